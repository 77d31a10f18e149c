// min and max in generic functions, of their type parameter, instantiated
// with types the program declared.
package main

import (
	"fmt"
	"math"
)

type Score int
type Meters float64

func Best[T ~int](xs []T) T {
	best := xs[0]
	for _, x := range xs {
		best = max(best, x)
	}
	return best
}

func Low[T ~float64](a, b, c T) T { return min(a, b, c) }

func Clamp[T int | float64](v, lo, hi T) T { return max(lo, min(v, hi)) }

func main() {
	fmt.Println(Best([]Score{3, 9, 4}), Best([]int{1, 2}))
	fmt.Println(Low(Meters(2), 1.5, 3), Low(0.0, math.Copysign(0, -1), 1), Low(1, math.NaN(), 0))
	fmt.Println(Clamp(5, 0, 3), Clamp(-1.5, 0, 3))
}

// Output:
// 9 2
// 1.5 -0 NaN
// 3 0
