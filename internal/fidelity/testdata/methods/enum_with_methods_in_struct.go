package main

import (
	"fmt"
	"sort"
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
func (s Suit) Red() bool      { return s == Diamonds || s == Hearts }

type Card struct {
	Rank int
	Suit Suit
}

func (c Card) String() string {
	names := map[int]string{1: "A", 11: "J", 12: "Q", 13: "K"}
	r, ok := names[c.Rank]
	if !ok {
		r = fmt.Sprint(c.Rank)
	}
	return r + c.Suit.String()
}

type Hand []Card

func (h Hand) String() string {
	parts := make([]string, len(h))
	for i, c := range h {
		parts[i] = c.String()
	}
	return strings.Join(parts, " ")
}

func main() {
	h := Hand{{12, Hearts}, {1, Spades}, {7, Diamonds}, {11, Clubs}}
	fmt.Println(h)
	sort.Slice(h, func(i, j int) bool {
		if h[i].Suit != h[j].Suit {
			return h[i].Suit < h[j].Suit
		}
		return h[i].Rank < h[j].Rank
	})
	fmt.Println(h, len(h))
	reds := 0
	bySuit := map[Suit][]Card{}
	for _, c := range h {
		if c.Suit.Red() {
			reds++
		}
		bySuit[c.Suit] = append(bySuit[c.Suit], c)
	}
	fmt.Println(reds, bySuit)
	fmt.Printf("%v %s %d %+v\n", h[0], h[1], h[2].Suit, h[3])
}
