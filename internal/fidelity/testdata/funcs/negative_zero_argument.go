package main

import (
	"fmt"
	"math"
)

type Vec struct{ X, Y float64 }

func format(x float64) string { return fmt.Sprintf("%+.1f", x) }

func flip(v Vec) Vec { return Vec{-v.X, -v.Y} }

func describe(label string, v Vec) { fmt.Println(label, format(v.X), format(v.Y)) }

func main() {
	// Rounding a small negative number gives a negative zero.
	readings := []float64{-0.4, 0.4, -1.6}
	for _, r := range readings {
		fmt.Println(format(math.Round(r)))
	}
	describe("flipped", flip(Vec{0, 0}))
	describe("scaled", Vec{-1 * 0.0, math.Copysign(0, -1)})
	fmt.Println(math.Atan2(0, math.Round(-0.2)))
}
