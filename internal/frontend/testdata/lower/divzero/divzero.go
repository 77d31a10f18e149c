// Floats and complex numbers divided by a constant zero, in expressions
// and in /=, of basic and named types and a type parameter.
package main

import "fmt"

type Celsius float64

const zero = 0.0

func half[T float32 | float64](x T) T { return x / 0 * 0.5 }

func main() {
	f := 1.0
	fmt.Println(f/0, -f/0, 0*f/(1-1))
	c := Celsius(-2)
	c /= zero
	fmt.Println(c)
	z := 1 + 2i
	fmt.Println(z / 0)
	var g float32
	fmt.Println(g/0 == g/0, half(f), half[float32](-1))
	n := 7
	fmt.Println(n / 2)
}

// Output:
// +Inf -Inf NaN
// -Inf
// (+Inf+Infi)
// false +Inf -Inf
// 3
