package main

import (
	"fmt"
	"strings"
)

func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func main() {
	words := Map([]int{1, 2, 3}, func(i int) string { return strings.Repeat("x", i) })
	fmt.Println(words, len(words))
}
