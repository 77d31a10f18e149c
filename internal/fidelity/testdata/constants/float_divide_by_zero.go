package main

import (
	"fmt"
	"math"
)

func average(xs []float64) float64 {
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	return sum / float64(len(xs))
}

func main() {
	f := 1.0
	fmt.Println(f/0, -f/0)
	fmt.Println(math.IsInf(f/0, 1), math.IsNaN(average(nil)))
	ratio := 3.0
	ratio /= 0
	fmt.Println(ratio > math.MaxFloat64)
}
