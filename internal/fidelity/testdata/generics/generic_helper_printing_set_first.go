package main

import (
	"fmt"
	"strings"
)

type Weekday int

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

func Join[T any](xs []T) string {
	var b strings.Builder
	for i, x := range xs {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprint(&b, x)
	}
	return b.String()
}

type Set[T comparable] struct{ items []T }

func (s Set[T]) String() string { return "Set(" + Join(s.items) + ")" }

func main() {
	s := Set[Weekday]{[]Weekday{1, 2}}
	fmt.Println(s)
	fmt.Println(Join([]Weekday{0, 1}))
}
