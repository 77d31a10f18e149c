package main

import (
	"fmt"
	"sort"
	"strings"
)

// Set is a generic map type with a String method: its instances held in
// an any, a []any or a fmt.Stringer print through String.
type Set[T comparable] map[T]bool

func (s Set[T]) String() string {
	var parts []string
	for k := range s {
		parts = append(parts, fmt.Sprint(k))
	}
	sort.Strings(parts)
	return "{" + strings.Join(parts, ", ") + "}"
}

func Of[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = true
	}
	return s
}

func show(v any) { fmt.Println("show:", v) }

func main() {
	var a any = Set[int]{3: true, 1: true, 2: true}
	fmt.Println(a)
	fmt.Println([]any{Of("b", "a"), Set[int]{1: true}})
	var s fmt.Stringer = Set[string]{"x": true}
	fmt.Println(s)
	show(Set[float64]{1.5: true})
	fmt.Printf("%v|%s|%T\n", a, a, a)

	// A plain map beside the instance is still a plain map.
	var m any = map[int]bool{2: true}
	_, ok := m.(fmt.Stringer)
	fmt.Println(m, ok)
	_, ok = a.(fmt.Stringer)
	fmt.Println(ok)
}
