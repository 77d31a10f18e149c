// A method value returning an iterator (f := l.All), ranged over later,
// and one returning a named func type.
package main

import (
	"fmt"
	"iter"
)

type List struct{ xs []int }

type Counter func() int

type Gen struct{ n int }

func (g *Gen) Next() Counter {
	return func() int { g.n++; return g.n }
}

func (l *List) All() iter.Seq[int] {
	return func(yield func(int) bool) {
		for _, x := range l.xs {
			if !yield(x) {
				return
			}
		}
	}
}

func main() {
	l := &List{[]int{1, 2, 3}}
	f := l.All
	for v := range f() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	var g = l.All
	sum := 0
	for v := range g() {
		sum += v
	}
	fmt.Println(sum)
	gen := &Gen{}
	next := gen.Next
	c := next()
	c()
	fmt.Println(c(), gen.n)
}
