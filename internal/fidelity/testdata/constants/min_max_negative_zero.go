// min and max of a negative zero and a positive zero, in every order, and
// with NaN and infinities: -0 is less than +0 to them.
package main

import (
	"fmt"
	"math"
)

func main() {
	nz := math.Copysign(0, -1)
	fmt.Println(min(nz, 0.0), min(0.0, nz), max(nz, 0.0), max(0.0, nz))
	z := 0.0
	fmt.Println(min(nz, z), min(z, nz), max(nz, z), max(z, nz))
	fmt.Println(math.Signbit(min(nz, z, 1)), math.Signbit(max(nz, z)))
	fmt.Println(min(math.NaN(), 1), max(1, math.NaN()), min(1.0, 2, math.Inf(-1)))
	var f32 float32 = float32(nz)
	fmt.Println(min(f32, 0), max(f32, 0))
}
