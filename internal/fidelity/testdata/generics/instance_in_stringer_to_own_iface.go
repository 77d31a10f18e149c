// A pointer to an instance of a generic type held as a fmt.Stringer,
// asserted to an interface of the program's, by comma-ok and in a type
// switch.
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T)       { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int       { return len(s.items) }
func (s *Stack[T]) String() string { return fmt.Sprint("Stack", s.items) }

type Sized interface{ Len() int }

func describe(s fmt.Stringer) {
	switch v := s.(type) {
	case Sized:
		fmt.Println(s, "holds", v.Len())
	default:
		fmt.Println(s, "has no size")
	}
}

func main() {
	ints := &Stack[int]{}
	ints.Push(1)
	ints.Push(2)
	words := &Stack[string]{}
	words.Push("go")
	for _, s := range []fmt.Stringer{ints, words} {
		if sz, ok := s.(Sized); ok {
			fmt.Println("sized", sz.Len())
		}
		describe(s)
	}
}
