// A generic pair with a constructor and a method returning the pair with
// its type arguments swapped.
package main

import "fmt"

type Pair[A, B any] struct {
	First  A
	Second B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

func main() {
	p := MakePair("x", 1)
	fmt.Println(p, p.Swap())
	q := MakePair(2.5, []string{"a"})
	fmt.Printf("%v %+v\n", q.Swap(), q)
	fmt.Println(p.Swap().Swap() == p, p.Swap().First+1)
}
