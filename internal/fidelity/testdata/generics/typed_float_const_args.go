// Typed float and complex constants named as arguments of generic
// functions and methods' generic callers.
package main

import "fmt"

type N int
type C float64

const (
	n     N          = 3
	r     float64    = 1.5
	c     C          = 2.5
	small float32    = 0.1
	z     complex128 = 1 + 2i
	limit float64    = 2.5
)

func Id[T any](x T) T { return x }

func Clamp[T ~float64 | ~int](x, lo, hi T) T { return max(lo, min(x, hi)) }

func Sum[T ~float32 | ~float64](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return s
}

type Box[T any] struct{ v T }

func (b *Box[T]) Set(v T) { b.v = v }

func main() {
	fmt.Println(Id(n), Id(r), Id(c), Id[C](c), Id(small), Id(z))
	fmt.Println(Clamp(3.7, 0, limit), Clamp(c, 0, 2), Sum(r, limit, 1))
	b := &Box[float64]{r}
	b.Set(limit)
	fmt.Println(b.v, Id(r+0), Id((r)))
}
