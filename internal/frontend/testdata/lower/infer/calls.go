// Generic functions called without their type arguments: each call runs
// with the ones Go infers.
package main

import (
	"fmt"
	"strconv"
	"time"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Reduce[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Number interface{ ~int | ~int64 | ~float64 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Pair[K comparable, V any](k K, v V) map[K]V { return map[K]V{k: v} }

func Double[T Number](x T) T { return x * 2 }

// Twice calls a generic function with its own type parameter.
func Twice[T Number](x T) T { return Double(Double(x)) }

type Celsius float64

func main() {
	fmt.Println(Map([]int{1, 2}, func(i int) string { return strconv.Itoa(i * 10) }))
	fmt.Println(Map([]string{"a", "bb"}, func(s string) int { return len(s) }))
	fmt.Println(Reduce([]int{1, 2, 3}, "", func(a string, x int) string { return a + strconv.Itoa(x) }))
	fmt.Println(Sum(1.5, 2), Sum[int64](1, 2), Sum(Celsius(1), 2))
	fmt.Println(Pair[string]("k", 3))
	var f func(float64) float64 = Double
	fmt.Println(f(1.25), Twice(3))
	fmt.Println(Sum(time.Second, time.Millisecond))
	type local struct{ n int }
	fmt.Println(Map([]local{{1}, {2}}, func(l local) int { return l.n }))
}

// Output:
// [10 20]
// [1 2]
// 123
// 3.5 3 3
// map[k:3]
// 2.5 12
// 1.001s
// [1 2]
