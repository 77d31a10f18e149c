package main

import (
	"cmp"
	"fmt"
	"slices"
)

func Keys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

type Inventory map[string]int

func main() {
	inv := Inventory{"pear": 3, "apple": 5, "fig": 1}
	for _, k := range Keys(inv) {
		fmt.Println(k, inv[k])
	}
}
