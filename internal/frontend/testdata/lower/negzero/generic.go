package main

import (
	"fmt"
	"math"
)

type Number interface{ ~int | ~float64 }

type Celsius float64

func Largest[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Clamp[T Number](x, lo, hi T) T {
	return Largest(lo, Smallest[T](x, hi))
}

func Smallest[T Number](a, b T) T {
	if a < b {
		return a
	}
	return b
}

// Largest and Smallest take a negative zero in their float64 copies.
func main() {
	fmt.Println(Clamp(Celsius(-3), 0, 30), Clamp[Celsius](45, 0, 30))
	f := Clamp[Celsius]
	fmt.Println(f(12, 0, 10))
	g := Clamp[float64]
	nz := math.Copysign(0, -1)
	fmt.Println(1/g(nz, nz, 1), 1/Clamp(nz, nz, 1))
}

// Output:
// 0 30
// 10
// -Inf -Inf
