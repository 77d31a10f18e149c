// Values of a generic type of two type parameters held in an any and
// asserted back, in plain and generic code.
package main

import (
	"fmt"
	"slices"
)

type entry[K comparable, V any] struct {
	key K
	val V
}

func valueOf[K comparable, V any](x any) (V, bool) {
	if e, ok := x.(*entry[K, V]); ok {
		return e.val, true
	}
	var zero V
	return zero, false
}

func sortedKeys[K comparable, V any](es []entry[K, V], less func(a, b K) int) []K {
	slices.SortFunc(es, func(a, b entry[K, V]) int { return less(a.key, b.key) })
	var out []K
	for _, e := range es {
		out = append(out, e.key)
	}
	return out
}

func main() {
	var x any = &entry[string, int]{"a", 1}
	e, ok := x.(*entry[string, int])
	fmt.Println(e.val, ok)
	switch v := x.(type) {
	case *entry[string, int]:
		fmt.Println("entry", v.key)
	}
	_, ok = x.(entry[string, int])
	fmt.Println(ok)
	fmt.Println(valueOf[string, int](x))
	fmt.Println(valueOf[string, string](x))
	es := []entry[string, int]{{"b", 2}, {"a", 1}, {"c", 3}}
	fmt.Println(sortedKeys(es, func(a, b string) int {
		if a < b {
			return -1
		}
		if a > b {
			return 1
		}
		return 0
	}))
}
