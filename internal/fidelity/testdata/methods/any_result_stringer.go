package main

import (
	"encoding/json"
	"fmt"
)

type Suit int

func (s Suit) String() string { return [...]string{"spades", "hearts", "diamonds", "clubs"}[s] }

func (s Suit) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

type Card struct {
	Rank int
	Suit Suit
}

func (c Card) String() string { return fmt.Sprintf("%d of %v", c.Rank, c.Suit) }

type Hand struct {
	Rank int
	Suit Suit
}

func lookup(name string) any {
	switch name {
	case "suit":
		return Suit(2)
	case "card":
		return Card{10, 1}
	}
	return nil
}

func first[T any](xs []T) any {
	if len(xs) == 0 {
		return nil
	}
	return xs[0]
}

func main() {
	for _, n := range []string{"suit", "card", "none"} {
		v := lookup(n)
		fmt.Printf("%s: %v\n", n, v)
	}
	fmt.Println(first([]Suit{3, 1}), first([]Card{{2, 0}}), first([]int{}))
	b, _ := json.Marshal(map[string]any{"s": lookup("suit")})
	fmt.Println(string(b))
	conv := any(Suit(1))
	fmt.Println(conv)
	var h any = Hand{4, 2}
	var c any = Card{4, 2}
	fmt.Println(h, c)
	if s, ok := lookup("suit").(fmt.Stringer); ok {
		fmt.Println("stringer:", s)
	}
}
