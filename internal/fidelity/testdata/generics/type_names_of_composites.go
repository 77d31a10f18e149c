package main

import "fmt"

type Suit int

func (s Suit) String() string { return []string{"spades", "hearts"}[s] }

type Card struct {
	Rank int
	Suit Suit
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Describe[T any](v T) {
	fmt.Printf("%T / %T / %T\n", v, []T{v}, map[string]T{})
}

func Pairs[K comparable, V any](m map[K]V) []Pair[K, V] {
	var out []Pair[K, V]
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	fmt.Printf("%T %v\n", out, out)
	return out
}

func main() {
	Describe(Suit(1))
	Describe(Card{10, 0})
	Describe(3.5)
	Pairs(map[string]Suit{"x": 1})
	Pairs(map[int]Card{7: {7, 1}})
}
