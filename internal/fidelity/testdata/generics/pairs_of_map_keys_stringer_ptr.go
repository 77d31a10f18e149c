package main

import (
	"fmt"
	"maps"
)

type Stats[T any] struct {
	N   int
	Sum T
}

func (s Stats[T]) String() string { return fmt.Sprintf("%d %v", s.N, s.Sum) }

type KV[K comparable, V any] struct {
	Key K
	Val V
}

func Pairs[K comparable, V any](m map[K]V) []KV[K, V] {
	var out []KV[K, V]
	for k := range maps.Keys(m) {
		out = append(out, KV[K, V]{k, m[k]})
	}
	return out
}

type Temp float64

func main() {
	fmt.Println(Pairs(map[string]*Stats[Temp]{"x": &Stats[Temp]{1, 2.5}}))
}
