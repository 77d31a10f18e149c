// A method of a generic type calling a generic constructor of the type
// (Clone calling NewSet): the interpreter failed on the input ("CFG
// post-order panic"); the type and the constructor are written out per
// instance.
package main

import (
	"fmt"
	"slices"
)

type Set[T comparable] struct{ m map[T]bool }

func NewSet[T comparable](vs ...T) *Set[T] {
	s := &Set[T]{m: map[T]bool{}}
	for _, v := range vs {
		s.m[v] = true
	}
	return s
}

func (s *Set[T]) Items() []T {
	var out []T
	for v := range s.m {
		out = append(out, v)
	}
	return out
}

func (s *Set[T]) Clone() *Set[T] { return NewSet(s.Items()...) }

func main() {
	a := NewSet(3, 1, 2)
	b := a.Clone()
	b.m[4] = true
	items := b.Items()
	slices.Sort(items)
	fmt.Println(len(a.m), items)
	w := NewSet("x").Clone()
	fmt.Printf("%v %T\n", w.Items(), w)
}

// Output:
// 3 [1 2 3 4]
// [x] *main.Set[string]
