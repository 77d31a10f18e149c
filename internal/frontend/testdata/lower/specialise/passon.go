// Generic functions that instantiate the program's generic code with
// their own type parameters run as copies written for each instantiation
// (the interpreter failed to compile Combine[A, B, Pair[A, B]],
// sortedKeys[K] with Sorted[K](keys) and Wrap[Box[T]] in them).
package main

import (
	"cmp"
	"fmt"
	"sort"
)

type Pair[A, B any] struct {
	First  A
	Second B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	var out []Pair[A, B]
	for i := range min(len(as), len(bs)) {
		out = append(out, MakePair(as[i], bs[i]))
	}
	return out
}

type Sorted[T cmp.Ordered] []T

func (s Sorted[T]) Len() int           { return len(s) }
func (s Sorted[T]) Less(i, j int) bool { return s[i] < s[j] }
func (s Sorted[T]) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func sortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	var keys []K
	for k := range m {
		keys = append(keys, k)
	}
	sort.Sort(Sorted[K](keys))
	return keys
}

type Box[T any] struct{ V T }

func Wrap[T any](v T) Box[T] { return Box[T]{v} }

func WrapTwice[T any](v T) Box[Box[T]] { return Wrap[Box[T]](Wrap(v)) }

func main() {
	fmt.Println(Zip([]int{1, 2, 3}, []string{"a", "b"}))
	fmt.Println(sortedKeys(map[string]int{"b": 2, "a": 1, "c": 3}))
	fmt.Println(sortedKeys(map[float64]bool{2.5: true, -1: false}))
	fmt.Println(WrapTwice(7))
}

// Output:
// [{1 a} {2 b}]
// [a b c]
// [-1 2.5]
// {{7}}
