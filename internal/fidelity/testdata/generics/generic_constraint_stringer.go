package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Shower interface {
	Show() string
}

type ID int

func (i ID) Show() string { return "#" + strconv.Itoa(int(i)) }

type Name string

func (n Name) Show() string { return strings.ToUpper(string(n)) }

func JoinAll[T Shower](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.Show()
	}
	return strings.Join(parts, sep)
}

type Numeric interface{ ~int | ~float64 }

func Scale[S ~[]E, E Numeric](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Vec []float64

func (v Vec) Norm1() float64 {
	t := 0.0
	for _, x := range v {
		if x < 0 {
			x = -x
		}
		t += x
	}
	return t
}

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func main() {
	fmt.Println(JoinAll([]ID{1, 2, 3}, ","), JoinAll([]Name{"ann", "bob"}, " & "))
	v := Scale(Vec{1, -2, 3}, 2)
	fmt.Println(v, v.Norm1())
	fmt.Printf("%T\n", v)
	fmt.Println(Scale([]int{1, 2}, 10), Keys(map[string]bool{"a": true}))
}
