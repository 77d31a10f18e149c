package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Optional[T any] struct {
	value T
	ok    bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }

func None[T any]() Optional[T] { return Optional[T]{} }

func (o Optional[T]) String() string {
	if !o.ok {
		return "none"
	}
	return fmt.Sprint("some ", o.value)
}

// Reverse pushes every element on a stack and pops them back.
func Reverse[T any](xs []T) []T {
	var s Stack[T]
	for _, x := range xs {
		s.Push(x)
	}
	var out []T
	for {
		v, ok := s.Pop()
		if !ok {
			return out
		}
		out = append(out, v)
	}
}

func Last[T any](xs []T) Optional[T] {
	r := Reverse(xs)
	if len(r) == 0 {
		return None[T]()
	}
	return Some(r[0])
}

func main() {
	fmt.Println(Reverse([]string{"a", "b", "c"}))
	fmt.Println(Last([]int{4, 5, 6}))
	fmt.Println(Last([]float64{}))
	fmt.Println(Last([][]int{{1}, {2, 3}}))
}
