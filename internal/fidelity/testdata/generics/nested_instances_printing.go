package main

import "fmt"

func str[T any](v T) string { return fmt.Sprintf("%v", v) }

type Pair[A, B any] struct {
	a A
	b B
}

func (p Pair[A, B]) String() string { return "(" + str(p.a) + "," + str(p.b) + ")" }

func main() {
	p := Pair[int, string]{1, "x"}
	fmt.Println(p)
	q := Pair[Pair[int, string], float64]{p, 2.5}
	fmt.Println(q)
}
