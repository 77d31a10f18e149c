package main

import (
	"fmt"
	"strings"
)

func Apply[T any](v T, fs ...func(T) T) T {
	for _, f := range fs {
		v = f(v)
	}
	return v
}

func double(n int) int { return n * 2 }
func inc(n int) int    { return n + 1 }

func main() {
	fmt.Println(Apply(3, double, inc, double))
	f := Apply[string]
	fmt.Println(f("go", strings.ToUpper))
}
