package main

import "fmt"

type Suit int

func (s Suit) String() string { return []string{"S", "H", "D", "C"}[s] }

type Pair[T any] struct{ A, B T }

func MakePair[T any](a, b T) Pair[T] {
	p := Pair[T]{a, b}
	fmt.Println("made", p, &p)
	return p
}

func Box[T any](v T) any {
	var x any = []T{v}
	fmt.Println(struct{ V T }{v}, [2]T{v, v}, x)
	return x
}

func main() {
	p := MakePair(Suit(0), Suit(3))
	fmt.Println(p)
	fmt.Println(Box(Suit(2)))
	MakePair("x", "y")
	Box(5)
}
