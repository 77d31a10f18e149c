// One instance of a generic struct type (Pair[string, int]) made by
// literals in several generic functions and methods with different
// signatures, as a small generic collections library does.
package main

import (
	"fmt"
	"sort"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func Swap[K, V comparable](p Pair[K, V]) Pair[V, K] { return Pair[V, K]{Key: p.Val, Val: p.Key} }

func Entries[K comparable, V any](m map[K]V, less func(a, b K) bool) []Pair[K, V] {
	var out []Pair[K, V]
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i].Key, out[j].Key) })
	return out
}

func Ptr[K comparable, V any](k K) *Pair[K, V] {
	var zero V
	return &Pair[K, V]{Key: k, Val: zero}
}

type Table[K comparable, V any] struct {
	rows []Pair[K, V]
}

func (t *Table[K, V]) Put(k K, v V) *Table[K, V] {
	t.rows = append(t.rows, Pair[K, V]{Key: k, Val: v})
	return t
}

func (t *Table[K, V]) First() (Pair[K, V], bool) {
	if len(t.rows) == 0 {
		return Pair[K, V]{}, false
	}
	return t.rows[0], true
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	p := MakePair("a", 1)
	fmt.Println(p, Swap(p))
	fmt.Printf("%+v %T\n", p, p)
	fmt.Println(Entries(map[string]int{"y": 2, "x": 1}, func(a, b string) bool { return a < b }))
	q := Ptr[string, int]("k")
	q.Val = 7
	fmt.Println(*q, q.Key)
	var t Table[string, int]
	t.Put("one", 1).Put("two", 2)
	first, ok := t.First()
	fmt.Println(first, ok, len(t.rows))
	var empty Table[int, bool]
	fmt.Println(empty.First())
	ps := Map([]string{"go", "rust"}, func(s string) Pair[string, int] { return MakePair(s, len(s)) })
	fmt.Println(ps, MakePair(1, true))
}
