// Unary expressions assigned or returned as an interface: each is
// computed with its operand's type, then converted.
package main

import "fmt"

type T struct{ f any }

func neg(x int) (string, any) { return "neg", -x }
func not(b bool) any          { return !b }

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
}

// Output:
// -3 map[k:-4] true
// neg -4
// false 2.5
