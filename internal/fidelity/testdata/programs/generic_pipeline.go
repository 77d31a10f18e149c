package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Filter[T any](xs []T, f func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if f(x) {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	words := []string{"go", "is", "a", "small", "language"}
	long := Filter(words, func(s string) bool { return len(s) > 2 })
	lens := Map(long, func(s string) int { return len(s) })
	fmt.Println(long, lens)
}
