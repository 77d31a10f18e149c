package main

import (
	"fmt"
	"slices"
	"strings"
)

// An ordered map whose String prints values of another generic type with
// a String method, beside methods calling slices' generic functions.
type OM[K comparable, V any] struct {
	keys []K
	m    map[K]V
}

func (o *OM[K, V]) Add(k K, v V) {
	if !slices.Contains(o.keys, k) {
		o.keys = slices.Insert(o.keys, 0, k)
	}
	o.m[k] = v
}

func (o *OM[K, V]) String() string {
	s := ""
	for _, k := range o.keys {
		s += fmt.Sprint(k, o.m[k], " ")
	}
	return s
}

type Box[T any] struct{ v T }

func (b Box[T]) String() string { return fmt.Sprint("box:", b.v) }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Temps = []Celsius

type Stack[T any] struct{ items []T }

func (s Stack[T]) String() string {
	var b strings.Builder
	for _, v := range s.items {
		fmt.Fprint(&b, v, ";")
	}
	return b.String()
}

func main() {
	o := &OM[int, Box[string]]{nil, map[int]Box[string]{}}
	o.Add(1, Box[string]{"go"})
	o.Add(2, Box[string]{"py"})
	fmt.Println(o)
	st := Stack[Celsius]{[]Celsius{5}}
	fmt.Println(st)
	ts := Temps{30, 10, 20}
	fmt.Println(ts, slices.Index(ts, 20))
}
