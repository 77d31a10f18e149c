package main

import (
	"fmt"
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

func Sum[T Number](xs []T) T {
	return Reduce(xs, T(0), func(a, b T) T { return a + b })
}

type Celsius float64

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	fmt.Println(evens, squares, Sum(squares))
	words := Map(nums[:4], func(n int) string { return strings.Repeat("*", n) })
	fmt.Println(strings.Join(words, "|"))
	temps := []Celsius{20.5, 22, 19.25}
	fmt.Printf("%.2f %T\n", Sum(temps), Sum(temps))
	longest := Reduce([]string{"go", "python", "rust"}, "", func(a string, s string) string {
		if len(s) > len(a) {
			return s
		}
		return a
	})
	fmt.Println(longest)
}
