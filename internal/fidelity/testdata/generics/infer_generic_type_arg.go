package main

import (
	"fmt"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Box[T any] struct{ V T }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func First[T any](xs []T) (T, bool) {
	var zero T
	if len(xs) == 0 {
		return zero, false
	}
	return xs[0], true
}

func main() {
	words := strings.Fields("go is fun")
	pairs := Map(words, func(w string) Pair[string, int] { return Pair[string, int]{w, len(w)} })
	for _, p := range pairs {
		fmt.Println(p.Key, p.Val)
	}
	boxes := Map([]int{1, 2}, func(n int) Box[int] { return Box[int]{n * 10} })
	fmt.Println(boxes)
	if p, ok := First(pairs); ok {
		fmt.Printf("%+v\n", p)
	}
}
