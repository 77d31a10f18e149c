package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Color string

type Temp float64

func SortedKeys[K cmp.Ordered, V any](m map[K]V) []K { return slices.Sorted(maps.Keys(m)) }

func Copy[T any](xs []T) []T { return slices.Collect(slices.Values(xs)) }

func Top[T cmp.Ordered](xs []T, n int) []T {
	s := slices.Clone(xs)
	slices.SortFunc(s, func(a, b T) int { return cmp.Compare(b, a) })
	return s[:min(n, len(s))]
}

func main() {
	fmt.Println("start")
	fmt.Println(SortedKeys(map[Color]int{"red": 1, "blue": 2, "green": 3}))
	fmt.Println(SortedKeys(map[int]bool{3: true, 1: false}))
	fmt.Println(Copy([]Temp{3, 1, 2}))
	fmt.Println(Top([]Temp{20.5, 31, 18}, 2), Top([]Color{"b", "c", "a"}, 5))
}
