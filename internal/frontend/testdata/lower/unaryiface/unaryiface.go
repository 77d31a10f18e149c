// Arithmetic assigned or returned as an interface: each operation is
// computed with its operands' type, then converted.
package main

import "fmt"

type T struct{ f any }

func neg(x int) (string, any) { return "neg", -x }
func not(b bool) any          { return !b }
func rem(x, y int) (int, any) { return 1, x % y }

func main() {
	x := 3
	var a any
	a = -x
	m := map[string]any{}
	m["k"] = ^x
	var t T
	b := false
	t.f = !b
	fmt.Println(a, m, t.f)
	fmt.Println(neg(4))
	fmt.Println(not(true), func(f float64) any { return +f }(2.5))
	y := 4
	a = x % y
	m["s"] = x << 2
	t.f = y >> 1
	fmt.Println(a, m["s"], t.f, func() any { return x * y }())
	fmt.Println(rem(9, 4))
}

// Output:
// -3 map[k:-4] true
// neg -4
// false 2.5
// 3 12 2 12
// 1 1
