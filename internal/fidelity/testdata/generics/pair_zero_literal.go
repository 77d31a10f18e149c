// Empty literals of instances of generic struct types, next to other
// values of the same type in the same function.
package main

import (
	"fmt"
	"sort"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Lookup[K comparable, V any](m map[K]V, k K) (Pair[K, V], bool) {
	if v, ok := m[k]; ok {
		return Pair[K, V]{k, v}, true
	}
	return Pair[K, V]{}, false
}

func Fresh[K comparable, V any](k K) *Pair[K, V] {
	p := &Pair[K, V]{}
	p.Key = k
	return p
}

func Sorted[V any](m map[string]V) []Pair[string, V] {
	out := make([]Pair[string, V], 0, len(m))
	for k, v := range m {
		p := Pair[string, V]{}
		p.Key, p.Val = k, v
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	fmt.Println(Lookup(m, "a"))
	fmt.Println(Lookup(m, "z"))
	fmt.Println(*Fresh[string, float64]("x"))
	fmt.Println(Sorted(m))
	fmt.Println(Pair[int, string]{}, Pair[int, string]{1, "one"})
}
