// An empty literal of a generic struct type's instance is the zero value,
// also next to another value of the type in the same function, and its
// address is a new variable.
package main

import "fmt"

type Pair[K, V any] struct {
	Key K
	Val V
}

func Make[K, V any](ok bool, k K, v V) Pair[K, V] {
	if ok {
		return Pair[K, V]{k, v}
	}
	return Pair[K, V]{}
}

func Fresh[K, V any](k K) *Pair[K, V] {
	p := &Pair[K, V]{}
	p.Key = k
	return p
}

func main() {
	fmt.Println(Make(true, "a", 1), Make(false, "a", 1))
	fmt.Println(*Fresh[string, int]("x"), Pair[int, string]{})
}

// Output:
// {a 1} { 0}
// {x 0} {0 }
