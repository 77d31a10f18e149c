// Instances of a generic type alias (Go 1.24), written as the types they
// name (yaegi failed to compile them: "CFG post-order panic").
package main

import (
	"fmt"
	"slices"
)

type Set[T comparable] = map[T]struct{}

type Pairs[K comparable, V any] = []struct {
	Key K
	Val V
}

func Add[T comparable](s Set[T], vs ...T) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}

func Keys[T comparable](s Set[T]) []T {
	var out []T
	for k := range s {
		out = append(out, k)
	}
	return out
}

func main() {
	s := Set[string]{}
	Add(s, "b", "a", "b")
	keys := Keys(s)
	slices.Sort(keys)
	fmt.Println(len(s), keys)
	ps := Pairs[string, int]{{"x", 1}, {"y", 2}}
	fmt.Println(ps, len(ps))
}

// Output:
// 2 [a b]
// [{x 1} {y 2}] 2
