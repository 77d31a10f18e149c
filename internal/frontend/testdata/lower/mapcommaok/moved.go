// The fix of a comma-ok map index goes with the statement where the
// function holding it moves (a generic function declared after the types
// that use it goes first, lower_genfuncorder.go); so does a key read once.
package main

import "fmt"

type Box[T any] struct{ v T }

type Holder struct{ b Box[int] }

func main() {
	fmt.Println(Lookup(map[string]int{"a": 1}, []string{"a", "b"}), Holder{})
	fmt.Println(LookupKey(map[string]int{"a": 1}, []string{"a", "b"}))
}

func key(s string) string { return s }

func Lookup[K comparable, V any](m map[K]V, ks []K) []V {
	var out []V
	for _, k := range ks {
		v, ok := m[k]
		_ = ok
		out = append(out, v)
	}
	return out
}

func LookupKey[V any](m map[string]V, ks []string) []V {
	var out []V
	for _, k := range ks {
		v, ok := m[key(k)]
		_ = ok
		out = append(out, v)
	}
	return out
}

// Output:
// [1 0] {{0}}
// [1 0]
