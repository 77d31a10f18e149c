package main

import (
	"fmt"
	"maps"
	"slices"
)

type List[T any] = []T

type Pred[T any] = func(T) bool

func main() {
	var l List[int] = []int{3, 1, 2}
	slices.Sort(l)
	fmt.Println(l, slices.Contains(l, 2))
	fmt.Printf("%T %T\n", l, Pred[string](nil))
	var p Pred[int] = func(x int) bool { return x > 1 }
	fmt.Println(slices.IndexFunc(l, p))
}

type Set[T comparable] = map[T]struct{}

func init() {
	s := Set[string]{"b": {}, "a": {}}
	keys := slices.Sorted(maps.Keys(s))
	fmt.Println(keys, len(s))
	var x any = s
	_, ok := x.(map[string]struct{})
	fmt.Println(ok)
}
