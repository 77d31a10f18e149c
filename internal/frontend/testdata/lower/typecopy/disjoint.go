package main

import (
	"fmt"
	"math"
)

// intAbs and complexAbs both have methods Abs and Value, but no type
// argument instantiates both: their methods' instances are never named
// alike, so they are not written out per instance, and absDiff, which
// builds values of its type parameter U, runs as written out by
// lower_specialise.go.
type Integer interface{ ~int | ~int64 }

type Complex interface{ ~complex64 | ~complex128 }

type absValue[T any] interface {
	~struct{ V T }
	Abs() T
	Value() T
}

func absDiff[T ~int | ~int64 | ~complex64 | ~complex128, U absValue[T]](a, b U) T {
	d := U{V: a.Value() - b.Value()}
	return d.Abs()
}

type intAbs[T Integer] struct{ V T }

func (a intAbs[T]) Abs() T {
	if a.V < 0 {
		return -a.V
	}
	return a.V
}

func (a intAbs[T]) Value() T { return a.V }

type complexAbs[T Complex] struct{ V T }

func (a complexAbs[T]) Abs() T {
	var c complex128
	switch v := any(a.V).(type) {
	case complex64:
		c = complex128(v)
	case complex128:
		c = v
	}
	return T(complex(math.Hypot(real(c), imag(c)), 0))
}

func (a complexAbs[T]) Value() T { return a.V }

func IntDiff[T Integer](a, b T) T { return absDiff(intAbs[T]{a}, intAbs[T]{b}) }

func ComplexDiff[T Complex](a, b T) T { return absDiff(complexAbs[T]{a}, complexAbs[T]{b}) }

func main() {
	fmt.Println(IntDiff(3, 10), IntDiff[int64](-4, 4))
	fmt.Println(ComplexDiff(5+2i, 2-2i))
}

// Output:
// 7 8
// (5+0i)
