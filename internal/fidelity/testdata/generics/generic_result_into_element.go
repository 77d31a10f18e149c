// A generic function's result stored in an element of a slice, in a generic
// function and out of one (the element stayed zero: DoubleAll gave
// [0 0 0]), and min and max of a named float type with methods and a
// negative zero.
package main

import (
	"fmt"
	"math"
)

func double[T ~int | ~float64](v T) T { return v * 2 }

func DoubleAll[T ~int | ~float64](xs []T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = double(x)
	}
	return out
}

func id[T any](v T) T { return v }

func set1[T any](xs []T, v T) { xs[0] = id(v) }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func both[T ~float64](a, b T) (T, T) { return min(a, b), max(a, b) }

func main() {
	fmt.Println(DoubleAll([]int{1, 2, 3}), DoubleAll([]float64{0.5}))
	xs := make([]int, 2)
	set1(xs, 5)
	set1(xs[1:], 6)
	fmt.Println(xs)
	words := []string{"", ""}
	words[1] = id("b")
	fmt.Println(words)

	nz := Celsius(math.Copysign(0, -1))
	lo, hi := both(nz, 0)
	fmt.Println(lo, hi, math.Signbit(float64(lo)), math.Signbit(float64(hi)))
	fmt.Println(math.Signbit(float64(max(nz, 0))), math.Signbit(float64(min(0, nz))), min(Celsius(3), 2, 5))
}
