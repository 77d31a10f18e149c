package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[N Number](xs []N) N {
	var s N
	for _, x := range xs {
		s += x
	}
	return s
}

type Cents int

func main() {
	nums := []int{1, 2, 3, 4, 5, 6}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	strs := Map(evens, strconv.Itoa)
	fmt.Println(evens, strings.Join(strs, "+"), Sum(evens))
	lengths := Map([]string{"go", "rust", "zig"}, func(s string) int { return len(s) })
	fmt.Println(lengths)
	longest := Reduce([]string{"go", "rust", "zig"}, "", func(best, s string) string {
		if len(s) > len(best) {
			return s
		}
		return best
	})
	fmt.Println(longest)
	fmt.Println(Sum([]float64{0.5, 0.25}), Sum([]Cents{100, 250}))
	fmt.Printf("%T %v\n", Sum([]Cents{1}), Map(nums[:2], func(n int) Cents { return Cents(n * 100) }))
}
