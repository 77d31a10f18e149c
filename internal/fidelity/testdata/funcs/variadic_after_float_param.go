// A float parameter before a variadic one, given untyped constants.
package main

import "fmt"

func scaleAll(f float64, xs ...int) []float64 {
	var out []float64
	for _, x := range xs {
		out = append(out, f*float64(x))
	}
	return out
}

func sum(f float32, xs ...float32) float32 {
	for _, x := range xs {
		f += x
	}
	return f
}

func pair() (float64, int) { return 3, 4 }

func two(f float64, n int) float64 { return f * float64(n) }

func main() {
	fmt.Println(scaleAll(2, 1, 2), scaleAll(-0.0), scaleAll(1.5, []int{2}...))
	fmt.Println(sum(1, 2, 3), sum(0.5))
	fmt.Println(two(pair()))
}
