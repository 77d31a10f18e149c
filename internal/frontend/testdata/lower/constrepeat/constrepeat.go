// Const specs of several names repeating the previous spec, untyped and
// typed, at package level and in a function.
package main

import "fmt"

type Perm uint8

const (
	x, y = iota, iota * 10
	z, w
)

const (
	a, b Perm = 1 << iota, 2 << iota
	c, d
	_, e
)

func main() {
	const (
		p, q = iota * 1.5, "s"
		r, s
	)
	fmt.Println(x, y, z, w, a, b, c, d, e, p, q, r, s)
	fmt.Printf("%T %T %T\n", d, r, s)
}

// Output:
// 0 0 1 10 1 2 2 4 8 0 s 1.5 s
// main.Perm float64 string
