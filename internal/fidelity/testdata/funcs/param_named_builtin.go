// Parameters named as Go's predeclared functions, of float types.
package main

import "fmt"

func clamp(v, min, max float64) float64 {
	if v < min {
		return min
	}
	if v > max {
		return max
	}
	return v
}

func scale(xs []float64, len float64) []float64 {
	out := make([]float64, 0, cap(xs))
	for _, x := range xs {
		out = append(out, x/len)
	}
	return out
}

func lowest[T ~int | ~float64](xs []T, min T) T {
	for _, x := range xs {
		if x < min {
			min = x
		}
	}
	return min
}

func main() {
	fmt.Println(clamp(5, 0, 3), clamp(-1, 0, 3), clamp(2, 0, 3))
	fmt.Println(scale([]float64{2, 4}, 2))
	fmt.Println(lowest([]float64{3, 1.5}, 2), lowest([]int{4, 9}, 5))
	f := clamp
	fmt.Println(f(10, 1, 9))
}
