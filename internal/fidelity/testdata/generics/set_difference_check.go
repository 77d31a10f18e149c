package main

import (
	"fmt"
	"slices"
)

type Set[E comparable] struct{ m map[E]struct{} }

func NewSet[E comparable](xs ...E) Set[E] {
	s := Set[E]{m: map[E]struct{}{}}
	for _, x := range xs {
		s.m[x] = struct{}{}
	}
	return s
}

func (s Set[E]) Remove(other Set[E]) {
	for v := range other.m {
		delete(s.m, v)
	}
}

func (s Set[E]) Values() []E {
	r := make([]E, 0, len(s.m))
	for v := range s.m {
		r = append(r, v)
	}
	return r
}

type Point struct{ X, Y int }

func main() {
	s := NewSet(1, 2, 3)
	s.Remove(NewSet(2, 3, 4))
	got, want := s.Values(), []int{1}
	fmt.Println(got, want, slices.Equal(got, want))

	n, origin := len(got), Point{}
	fmt.Println(n, origin)

	var label, p = "corner", Point{3, 4}
	fmt.Println(label, p)

	var count int
	var names []string
	count, names = len(want), []string{"a", "b"}
	fmt.Println(count, names)
}
