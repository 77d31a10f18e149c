// A generic type whose methods call generic functions declared after the
// types that name its instances: the program's own (clone, at the end) and
// the standard library's (slices.Sort, slices.Clone).
package main

import (
	"fmt"
	"slices"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T)   { s.items = append(s.items, x) }
func (s *Stack[T]) Clone() []T { return clone(s.items) }
func (s *Stack[T]) Copy() []T  { return slices.Clone(s.items) }

type Named struct {
	Name string
	S    *Stack[int]
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) String() string {
	parts := make([]string, 0, len(s))
	for k := range s {
		parts = append(parts, fmt.Sprint(k))
	}
	slices.Sort(parts)
	return fmt.Sprint(parts)
}

type Graph map[string]Set[string]

var registry map[string]Set[string]

func main() {
	s := &Stack[int]{}
	s.Push(1)
	s.Push(2)
	n := Named{"n", s}
	fmt.Println(n.Name, n.S.Clone(), n.S.Copy())
	g := Graph{"a": {"c": {}, "b": {}}}
	fmt.Println(g["a"], Set[int]{3: {}, 1: {}})
	registry = map[string]Set[string]{"x": {"z": {}, "y": {}}}
	fmt.Println(registry["x"])
}

func clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(s[:0:0], s...)
}
