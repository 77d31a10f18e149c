package main

import "fmt"

func Span[T ~int | ~float64](xs []T) (T, T) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		lo, hi = min(lo, x), max(hi, x)
	}
	return lo, hi
}

type Meters float64

func main() {
	fmt.Println(Span([]int{4, 1, 7}))
	fmt.Println(Span([]Meters{2.5, 1, 3}))
}
