package main

import (
	"fmt"
	"math"
)

type Number interface{ ~int | ~float64 }

type Celsius float64

// Clamp instantiates generic code with its own type parameter, so it is
// written out for each of its type arguments: the copies take their
// floats as any, and the constants passed to them keep their type.
func Clamp[T Number](x, lo, hi T) T {
	return max(lo, Smallest[T](x, hi))
}

func Smallest[T Number](a, b T) T {
	if a < b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Clamp(Celsius(-3), 0, 30), Clamp[Celsius](45, 0, 30))
	f := Clamp[Celsius]
	fmt.Println(f(12, 0, 10))
	nz := math.Copysign(0, -1)
	fmt.Println(Clamp(nz, -1, 1) == 0, Clamp(7, 0, 5))
}

// Output:
// 0 30
// 10
// true 5
