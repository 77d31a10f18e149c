package main

import (
	"fmt"
	"math"
)

const tiny = 1e-400

func main() {
	a := -0.0 // a constant: Go's constants have no negative zero
	b := -tiny
	c := math.Copysign(0, -1) // a real negative zero
	fmt.Println(a, b, c)
	fmt.Println(math.Signbit(a), math.Signbit(b), math.Signbit(c))
	fmt.Println(1/a > 0, 1/c < 0)
}
