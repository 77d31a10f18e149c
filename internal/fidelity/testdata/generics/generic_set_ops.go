package main

import (
	"fmt"
	"slices"
	"strings"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](vs ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	s.AddAll(vs...)
	return s
}

func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	out := s.Clone()
	out.AddAll(o.Items()...)
	return out
}

func (s *Set[T]) Intersect(o *Set[T]) *Set[T] {
	out := NewSet[T]()
	for v := range s.m {
		if o.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func (s *Set[T]) Clone() *Set[T] { return NewSet(s.Items()...) }

func (s *Set[T]) AddAll(vs ...T) {
	for _, v := range vs {
		s.Add(v)
	}
}

func (s *Set[T]) Add(v T)      { s.m[v] = struct{}{} }
func (s *Set[T]) Has(v T) bool { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int     { return len(s.m) }
func (s *Set[T]) Items() []T {
	out := make([]T, 0, len(s.m))
	for v := range s.m {
		out = append(out, v)
	}
	return out
}

func Sorted[T interface {
	comparable
	~int | ~string
}](s *Set[T]) []T {
	items := s.Items()
	slices.Sort(items)
	return items
}

type Color string

func main() {
	a := NewSet(1, 2, 3, 4)
	b := NewSet(3, 4, 5)
	fmt.Println(Sorted(a.Union(b)), Sorted(a.Intersect(b)), a.Len(), b.Has(5), b.Has(1))
	c := NewSet[Color]("red", "green")
	d := c.Clone()
	d.Add("blue")
	fmt.Println(Sorted(c), Sorted(d), c.Len() != d.Len())
	words := NewSet(strings.Fields("the cat and the hat and the bat")...)
	fmt.Println(words.Len(), Sorted(words))
}
