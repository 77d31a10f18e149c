package main

import "fmt"

func Show[T any](x T) string { return fmt.Sprint(x) }

type Set[T any] struct{ v T }

func (s *Set[T]) String() string { return "{" + Show(s.v) + "}" }

func main() {
	a := &Set[int]{1}
	fmt.Println(Show(a)) // go and OLD: {1}; NEW refuses
}
