package main

import "fmt"

type Color int

func (c Color) String() string { return fmt.Sprintf("C%d", int(c)) }

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

func (o Opt[T]) String() string {
	if !o.ok {
		return "none"
	}
	return fmt.Sprintf("some(%v)", o.v)
}

type List[T any] struct{ xs []T }

func (l List[T]) Show() { fmt.Printf("%v %d\n", l.xs, len(l.xs)) }

type Map[K comparable, V any] struct{ m map[K]V }

func (m Map[K, V]) Show() { fmt.Println(m.m) }

func main() {
	l := List[Opt[Color]]{[]Opt[Color]{Some(Color(1)), {}}}
	l.Show()
	m := Map[string, Opt[Color]]{map[string]Opt[Color]{"a": Some(Color(2))}}
	m.Show()
	l2 := List[Opt[int]]{[]Opt[int]{Some(4)}}
	l2.Show()
	fmt.Println(l.xs[0], l2.xs)
}
