// A floating-point constant too small for its type rounds to zero, not to
// negative zero.
package main

import (
	"fmt"
	"math"
)

var m = -1e-10000

func main() {
	var f32 float32 = -1e-50
	x := -1e-400
	y := -0.0
	fmt.Println(math.Signbit(y), y)
	fmt.Println(math.Signbit(m), math.Signbit(float64(f32)), math.Signbit(x), m, f32, x)
	fmt.Println(math.Signbit(-0.5e-323), math.Signbit(math.Copysign(0, -1)))
}

// Output:
// false 0
// false false false 0 0 0
// true true
