// A variadic method of an interface of the program's, deferred with a
// spread slice: the method gets the slice's elements.
package main

import "fmt"

type Shower interface {
	Show(prefix string, xs ...any)
	Sum(xs ...int) int
}

type T struct{ n int }

func (t *T) Show(prefix string, xs ...any) { fmt.Println(prefix, t.n, len(xs), xs) }

func (t *T) Sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	fmt.Println("sum", s)
	return s
}

type Wrap struct{ Shower }

func run(s Shower) {
	xs := []any{"a", 2}
	ns := []int{1, 2, 3}
	defer s.Sum(ns...)
	defer s.Show("show", xs...)
	w := Wrap{s}
	defer w.Show("wrapped", xs[:1]...)
	xs[1] = 20
}

func main() {
	run(&T{3})
}
