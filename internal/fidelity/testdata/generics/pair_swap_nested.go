package main

import "fmt"

type Pair[A, B any] struct {
	First  A
	Second B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

func main() {
	p := MakePair("a", 1)
	s := p.Swap()
	fmt.Println(s)
	nested := MakePair(p, []int{1})
	fmt.Println(nested.First.Second + 1)
	fmt.Printf("%T\n", nested)
	fmt.Printf("%+v\n", nested.Swap())
}
