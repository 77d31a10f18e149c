package main

import "fmt"

// Generic struct types instantiated with types declared in functions.

type Box[T any] struct{ V T }

type Pair[K comparable, V any] struct {
	K K
	V V
}

func main() {
	type Local int
	fmt.Println(Box[Local]{}, Box[Local]{7}.V+1)
	type key struct{ a string }
	p := Pair[key, int]{key{"k"}, 3}
	fmt.Println(p.K.a, p.V)
	m := map[key]Box[Local]{{"x"}: {2}}
	fmt.Println(m[key{"x"}].V)
}
