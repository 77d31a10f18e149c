package main

import (
	"fmt"
	"sort"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Sorted[K string | byte, V any](m map[K]V) []Pair[K, V] {
	var out []Pair[K, V]
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func JoinAll[T fmt.Stringer](xs []T) string {
	return strings.Join(Map(xs, func(x T) string { return x.String() }), "&")
}

func main() {
	ps := Sorted(map[string]int{"z": 26, "a": 1})
	fmt.Println(JoinAll(ps))
}
