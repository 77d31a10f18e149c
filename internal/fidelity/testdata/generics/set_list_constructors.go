package main

import "fmt"

type Set[T comparable] struct{ m map[T]struct{} }

func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: map[T]struct{}{}}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s *Set[T]) Add(v T)           { s.m[v] = struct{}{} }
func (s *Set[T]) Contains(v T) bool { _, ok := s.m[v]; return ok }

type List[T comparable] struct{ items []T }

func NewList[T comparable]() *List[T] { return &List[T]{} }

func (l *List[T]) Add(v T) { l.items = append(l.items, v) }
func (l *List[T]) Contains(v T) bool {
	for _, x := range l.items {
		if x == v {
			return true
		}
	}
	return false
}

type Adder[T comparable] interface {
	Add(T)
	Contains(T) bool
}

func fill[T comparable](a Adder[T], xs ...T) Adder[T] {
	for _, x := range xs {
		a.Add(x)
	}
	return a
}

func main() {
	s := NewSet(1, 2, 3)
	l := NewList[int]()
	l.Add(4)
	fmt.Println(s.Contains(2), s.Contains(4), l.Contains(4), l.Contains(1))
	a := fill[string](NewSet[string](), "x")
	b := fill(Adder[string](NewList[string]()), "y")
	fmt.Printf("%T %T %v %v\n", a, b, a.Contains("x"), b.Contains("x"))
	fmt.Printf("%T %T\n", s, l)
}
