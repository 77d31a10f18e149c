package main

import "fmt"

type Box[T any] struct{ V T }

type Pair[K comparable, V any] struct {
	K K
	V V
}

func show(x any) { fmt.Printf("%T %v\n", x, x) }

func main() {
	show(Box[int]{1})
	show(Pair[string, int]{"a", 1})
	show(&Box[string]{"s"})
	show([]Box[int]{{2}})
}
