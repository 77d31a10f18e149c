// A generic set type with a String method, and named types built of its
// instances (an Advent of Code graph).
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set[T comparable] map[T]struct{}

func Of[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) String() string {
	var parts []string
	for k := range s {
		parts = append(parts, fmt.Sprint(k))
	}
	sort.Strings(parts)
	return "{" + strings.Join(parts, ",") + "}"
}

type Graph map[string]Set[string]

func (g Graph) Link(a, b string) {
	for _, p := range [][2]string{{a, b}, {b, a}} {
		if g[p[0]] == nil {
			g[p[0]] = Set[string]{}
		}
		g[p[0]][p[1]] = struct{}{}
	}
}

type Layers []Set[int]

func main() {
	g := Graph{}
	g.Link("a", "b")
	g.Link("a", "c")
	fmt.Println(g["a"], g["b"], len(g))
	fmt.Printf("%v %s\n", Of(3, 1, 2), Of("y", "x"))
	ls := Layers{Of(1, 2), Of[int]()}
	fmt.Println(ls, ls[1])
}
