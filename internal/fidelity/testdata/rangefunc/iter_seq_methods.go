package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T, less func(a, b T) bool) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if less(v, t.Val) {
		t.Left = t.Left.Insert(v, less)
	} else {
		t.Right = t.Right.Insert(v, less)
	}
	return t
}

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		t.walk(yield)
	}
}

func (t *Tree[T]) walk(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func main() {
	var root *Tree[int]
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = root.Insert(v, func(a, b int) bool { return a < b })
	}
	for v := range root.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	evens := Filter(root.All(), func(v int) bool { return v%2 == 0 })
	fmt.Println(slices.Collect(evens))
	for i, v := range Enumerate(root.All()) {
		if i == 3 {
			break
		}
		fmt.Println(i, v)
	}
	for f := range Fib() {
		if f > 50 {
			break
		}
		fmt.Print(f, ",")
	}
	fmt.Println()

	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	for i, w := range slices.Backward(keys) {
		fmt.Print(i, w, " ")
	}
	fmt.Println()
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	next, stop := iter.Pull(Fib())
	defer stop()
	for range 5 {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	fmt.Println()
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks)
}
