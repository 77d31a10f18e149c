package main

import "fmt"

type Names []string

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	out := S(nil)
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Of[S ~[]E, E any](vs ...E) S { return append(S{}, vs...) }

func GroupBy[M ~map[K][]V, K comparable, V any](vs []V, key func(V) K) M {
	m := M{}
	for _, v := range vs {
		m[key(v)] = append(m[key(v)], v)
	}
	return m
}

func main() {
	ns := Names{"ann", "bob", "al", "cy"}
	short := Filter(ns, func(s string) bool { return len(s) <= 2 })
	fmt.Printf("%v %T\n", short, short)
	fmt.Println(len(Filter(ns, func(string) bool { return false })) == 0)
	fmt.Println(Of[Names]("x", "y"))
	g := GroupBy[map[byte][]string](ns, func(s string) byte { return s[0] })
	fmt.Println(g['a'], g['b'], len(g))
}
