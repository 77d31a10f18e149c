// A generic pair that prints itself, with a method returning the pair
// with its type arguments swapped and a generic constructor called with
// slices and floats.
package main

import "fmt"

type Pair[K, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("(%v, %v)", p.Key, p.Val) }

func (p Pair[K, V]) Swap() Pair[V, K] { return Pair[V, K]{p.Val, p.Key} }

func MakePair[K, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func main() {
	p := MakePair("x", 1)
	fmt.Println(p, p.Swap())
	q := MakePair(2, []string{"a"})
	fmt.Println(q, q.Swap(), q.Swap().String())
	r := MakePair(2.5, []string{"b", "c"})
	fmt.Printf("%v %s\n", r.Swap(), r)
	fmt.Println(r.Swap().Swap().Key + 1)
}
