package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key   K
	Value V
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

// Entries returns the map's entries whose value passes keep.
func Entries[K comparable, V any](m map[K]V, keys []K, keep func(V) bool) []Pair[K, V] {
	all := Map(keys, func(k K) Pair[K, V] { return Pair[K, V]{k, m[k]} })
	return Filter(all, func(p Pair[K, V]) bool { return keep(p.Value) })
}

func Keys[K comparable, V any](ps []Pair[K, V]) []K {
	return Map(ps, func(p Pair[K, V]) K { return p.Key })
}

func main() {
	stock := map[string]int{"apples": 3, "pears": 0, "plums": 12}
	inStock := Entries(stock, []string{"apples", "pears", "plums"}, func(n int) bool { return n > 0 })
	fmt.Println(inStock)
	fmt.Println(Keys(inStock))
	prices := map[int]float64{1: 2.5, 2: 0.99}
	cheap := Entries(prices, []int{1, 2}, func(p float64) bool { return p < 1 })
	fmt.Printf("%d cheap: %v\n", len(cheap), Keys(cheap))
}
