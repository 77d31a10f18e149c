// Typed constants defined by constant expressions, of every kind, in a
// group with implicit repetition, at package level and in a function.
package main

import (
	"fmt"
	"time"
)

type S int
type K string
type F float32
type B bool
type C complex128

const (
	A S = iota + 1
	Bb
	_
	D
)

const (
	Y        S = 2 + 3
	Lit      S = 7
	Str      K = "a" + "b"
	Third    F = 1.0 / 3
	Yes      B = 1 < 2
	Cplx     C = 1 + 2i
	Wait       = 2 * time.Second
	Mixed, N   = S(1) << 2, 3 * 2
)

func (s S) String() string {
	if s == A {
		return "A"
	}
	return fmt.Sprint(int(s))
}

func main() {
	const local S = 1 << 4
	fmt.Println(A == 1, A == S(1), Bb == 2, D == 4, Y == 5, Lit == 7)
	fmt.Println(Str == "ab", Third == F(1.0/3), Yes == true, Cplx == 1+2i, Wait == 2000*time.Millisecond)
	fmt.Println(Mixed == 4, N == 6, local == 16)
	x := A
	days := map[S]bool{Bb: true}
	fmt.Println(x == A, A, Bb, days[Bb], days[2])
}

// Output:
// true true true true true true
// true true true true true
// true true true
// true A 2 true true
