package main

import (
	"fmt"
	"strings"
)

type Suit int

const (
	Clubs Suit = iota
	Diamonds
	Hearts
	Spades
)

func (s Suit) String() string { return [...]string{"♣", "♦", "♥", "♠"}[s] }

type Card struct {
	Rank int
	Suit Suit
}

func (c Card) String() string { return fmt.Sprintf("%d%v", c.Rank, c.Suit) }

type Hand []Card

func (h Hand) String() string {
	parts := make([]string, len(h))
	for i, c := range h {
		parts[i] = c.String()
	}
	return strings.Join(parts, " ")
}

func main() {
	suits := []Suit{Spades, Hearts}
	hand := Hand{{10, Hearts}, {1, Spades}}
	state := map[string]any{
		"suits":  suits,
		"hand":   hand,
		"cards":  []Card(hand),
		"trump":  Diamonds,
		"bySuit": map[Suit]int{Clubs: 2},
	}
	for _, k := range []string{"bySuit", "cards", "hand", "suits", "trump"} {
		fmt.Printf("%-6s %v\n", k, state[k])
	}
	fmt.Println(state)
	log := []any{"dealt", suits, len(hand)}
	fmt.Println(log...)
	fmt.Printf("%v|%s|%d\n", log[1], log[1], log[1])
}
