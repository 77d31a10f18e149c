// min and max with the types Go gives them: constants, floats with NaN
// and negative zero, strings, named and compiled types; and clear.
package main

import (
	"fmt"
	"math"
	"time"
)

type Celsius float64

func main() {
	x := 2.5
	fmt.Println(min(x, 1), max(x, 3), min(1, x, -2))
	fmt.Println(min(1.5, 2), max(1, 2.5), min(3, 1, 2), max('a', 'b'))
	const big = max(1<<40, 5)
	fmt.Println(big, min("b", "a", "c"), max("b", "ab"))
	fmt.Println(min(math.NaN(), 1), max(2, math.NaN()), math.Signbit(min(0, math.Copysign(0, -1))))
	var c Celsius = 20
	fmt.Println(max(c, 25.5), min(c, 10))
	d := 3 * time.Second
	fmt.Println(min(d, time.Second), max(d, 2*time.Minute))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 7))
	var f32 float32 = 1.25
	fmt.Printf("%v %T\n", min(f32, 2), min(f32, 2))
	fmt.Printf("%T %T\n", min(1, 2.0), max(1, 2))

	m := map[string]int{"a": 1}
	s := []int{1, 2, 3}
	clear(m)
	clear(s[1:])
	fmt.Println(len(m), s)

	// Values of a tuple assignment, declared first (lower_tupleassign.go).
	lo, hi := 2.0, 2.0
	for _, v := range []float64{3, -1, 7.5} {
		lo, hi = min(lo, v), max(hi, v)
	}
	i, j := 1, 2
	i, j = min(i, 0), max(j, 5)
	fmt.Println(lo, hi, i, j)
}

// Output:
// 1 3 -2
// 1.5 2.5 1 98
// 1099511627776 a b
// NaN NaN true
// 25.5 10
// 1s 2m0s
// 200 7
// 1.25 float32
// float64 int
// 0 [1 0 0]
// -1 7.5 0 5
