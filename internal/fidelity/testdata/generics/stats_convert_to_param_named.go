package main

import "fmt"

type Num interface{ ~int | ~float64 }

type Stats[T Num] struct{ xs []T }

func (s *Stats[T]) Add(x T) { s.xs = append(s.xs, x) }

func (s *Stats[T]) Mean() T {
	var sum T
	for _, x := range s.xs {
		sum += x
	}
	return sum / T(len(s.xs))
}

type Celsius float64

func main() {
	var s Stats[Celsius]
	s.Add(10)
	s.Add(21)
	fmt.Println(s.Mean())
	var i Stats[int]
	i.Add(7)
	i.Add(8)
	fmt.Println(i.Mean())
}
