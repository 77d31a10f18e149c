// Constants declared out of order and built from each other, exact
// fractions, complex constants and real/imag of them, array lengths of
// float constants, and typed repeats.
package main

import "fmt"

type Perm uint8

const ok = p == 1 && q == 0

const (
	p = h * inv
	q = h*inv - 1
)

const (
	h   = 1.0 / 3
	inv = b3 / b1
)

const (
	b1 = f1
	b3 = f3
)

const (
	f1 = 1
	f3 = f1 * 3
)

const (
	c  = complex(f3, 2) * 1i
	re = real(c)
)

const n = 2e1

type Big = [n]int

const (
	r Perm = 1 << iota
	w
	x
)

const (
	huge  = 1 << 100
	huge1 = huge - 1
)

func isPow10(x uint64) bool {
	switch x {
	case 1e0, 1e1, 1e2, 1e15, 1e16, 1e19:
		return true
	}
	return false
}

func main() {
	fmt.Println(isPow10(1e16), isPow10(1e16+1), isPow10(1e19))
	var mask uint64 = 1 << 63
	var one int = 1
	fmt.Println(huge > huge1, huge1+1 == huge, huge>>98, mask, one<<1., one<<(1+0i), one<<(1<<one))
	var a [1e1]int
	var big Big
	fmt.Println(ok, p, q, h*3 == 1)
	fmt.Println(c, re, imag(c), real(c)*2)
	fmt.Println(len(a), len(big), r, w, x)
	fmt.Printf("%T %T\n", x, c)
}

// Output:
// true false true
// true true 4 9223372036854775808 2 2 4
// true 1 0 true
// (-2+3i) -2 3 -4
// 10 20 1 2 4
// main.Perm complex128
