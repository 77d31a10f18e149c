package main

import (
	"encoding/json"
	"fmt"
)

// Pair's fields are named as its type parameters, as is common.
type Pair[K comparable, V any] struct {
	K K
	V V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.K, p.V) }

func (p *Pair[K, V]) Set(v V) { p.V = v }

func Make[K comparable, V any](k K, v V) Pair[K, V] {
	return Pair[K, V]{K: k, V: v}
}

type Node[T any] struct {
	T    T
	Next *Node[T]
}

func Sum[T int | float64](xs []T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	{
		T := "a local variable named T"
		fmt.Println(T)
	}
	return t
}

func main() {
	p := Make("a", 1)
	p.Set(2)
	fmt.Println(p, p.K, p.V)
	b, _ := json.Marshal(p)
	fmt.Println(string(b))
	fmt.Printf("%+v %#v\n", Pair[int, bool]{K: 3, V: true}, Pair[int, bool]{K: 3})
	n := &Node[string]{T: "x", Next: &Node[string]{T: "y"}}
	fmt.Println(n.T, n.Next.T)
	fmt.Printf("%+v\n", *n.Next)
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}))
}
