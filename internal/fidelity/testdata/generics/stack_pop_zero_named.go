package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() T {
	if len(s.items) == 0 {
		return Zero[T]()
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s *Stack[T]) String() string { return fmt.Sprint(len(s.items), " items") }

func Zero[T any]() T {
	var z T
	return z
}

type Word string

func main() {
	s := &Stack[int]{}
	s.Push(1)
	s.Push(2)
	fmt.Println(s.Pop(), s)
	w := &Stack[Word]{}
	w.Push("go")
	fmt.Printf("%q %q %v\n", w.Pop(), w.Pop(), w)
}
