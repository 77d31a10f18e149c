package main

import "fmt"

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }

func (s *Stack[T]) Pop() T {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

// Reversed returns the values of s, last first.
func Reversed[T any](values []T) []T {
	st := Stack[T](append([]T(nil), values...))
	var out []T
	for len(st) > 0 {
		out = append(out, st.Pop())
	}
	return out
}

// Leaf returns a tree of one value, with no children.
func Leaf[T any](v T) *Tree[T] {
	return &Tree[T]{Left: (*Tree[T])(nil), Val: v}
}

func main() {
	fmt.Println(Reversed([]string{"a", "b", "c"}))
	t := Leaf(42)
	fmt.Println(t.Val, t.Left == nil, t.Right == nil)
}
