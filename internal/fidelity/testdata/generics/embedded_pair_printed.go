package main

import "fmt"

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

type Named struct {
	Pair[string, int]
	Name string
}

func main() {
	n := Named{Pair[string, int]{"a", 1}, "n"}
	fmt.Println(n.Pair.Swap(), n.First)
	fmt.Printf("%+v\n", n)
	fmt.Printf("%#v\n", n)
}
