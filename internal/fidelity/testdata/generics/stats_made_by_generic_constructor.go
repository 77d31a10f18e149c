package main

import "fmt"

type Celsius float64

type Stats[T ~float64] struct{ xs []T }

func NewStats[T ~float64](xs ...T) *Stats[T] { return &Stats[T]{xs: xs} }

func (s *Stats[T]) Mean() T {
	var t T
	for _, x := range s.xs {
		t += x
	}
	return t / T(len(s.xs))
}

func main() {
	s := NewStats[Celsius](20, 25)
	fmt.Println(s.Mean())
}
