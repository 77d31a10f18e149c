package main

import (
	"fmt"
	"iter"
	"slices"
)

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	odd := Filter(slices.Values([]int{1, 2, 3, 4, 5}), func(n int) bool { return n%2 == 1 })
	fmt.Println(slices.Collect(odd))
}
