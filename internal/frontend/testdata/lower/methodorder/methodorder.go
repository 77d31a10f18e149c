// Methods of generic types calling methods declared below them (the
// interpreter called an empty function: index out of range [0] with
// length 0), and taking one as a value.
package main

import (
	"fmt"
	"strings"
)

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) All() []T { return t.walk(nil) }

func (t *Tree[T]) String() string {
	var b strings.Builder
	t.each(func(v T) { fmt.Fprint(&b, v, ";") })
	return b.String()
}

func (t *Tree[T]) each(f func(T)) {
	for _, v := range t.All() {
		f(v)
	}
}

func (t *Tree[T]) walk(acc []T) []T {
	if t == nil {
		return acc
	}
	acc = t.Left.walk(acc)
	acc = append(acc, t.Val)
	return t.Right.walk(acc)
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) PushAll(vs ...T) {
	push := s.push
	for _, v := range vs {
		push(v)
	}
}

func (s *Stack[T]) push(v T) { s.items = append(s.items, v) }

func main() {
	t := &Tree[int]{Val: 2, Left: &Tree[int]{Val: 1}, Right: &Tree[int]{Val: 3}}
	fmt.Println(t.All(), t)
	var s Stack[string]
	s.PushAll("a", "b")
	fmt.Println(s.items)
}

// Output:
// [1 2 3] 1;2;3;
// [a b]
