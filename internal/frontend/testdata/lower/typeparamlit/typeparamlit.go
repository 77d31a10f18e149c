// Nil conversions and literals of type parameters with a slice or map
// core type.
package main

import "fmt"

type Ints []int

func Clone[S ~[]E, E any](s S) S { return append(S(nil), s...) }

func Pair[S ~[]E, E any](a, b E) S { return S{a, b} }

func Empty[S ~[]E, E any]() S { return S{} }

func Index[M ~map[K]V, K comparable, V any](ks []K, v V) M {
	m := M{}
	for _, k := range ks {
		m[k] = v
	}
	return m
}

func main() {
	xs := Ints{7, 8, 9}
	c := Clone(xs)
	c[0] = 100
	fmt.Println(xs, c, Clone(Ints(nil)) == nil)
	fmt.Println(Pair[Ints](1, 2), Empty[Ints]() == nil, len(Empty[[]string]()))
	fmt.Println(Index[map[string]bool]([]string{"a", "b"}, true))
}

// Output:
// [7 8 9] [100 8 9] true
// [1 2] false 0
// map[a:true b:true]
