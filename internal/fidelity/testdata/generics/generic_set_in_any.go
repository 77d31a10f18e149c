package main

import (
	"fmt"
	"slices"
	"strings"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{m: map[T]struct{}{}}
	for _, x := range xs {
		s.m[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s.m[x]; return ok }
func (s Set[T]) Len() int     { return len(s.m) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := NewSet[T]()
	for k := range s.m {
		out.m[k] = struct{}{}
	}
	for k := range o.m {
		out.m[k] = struct{}{}
	}
	return out
}

func (s Set[T]) Items() []T {
	out := make([]T, 0, len(s.m))
	for k := range s.m {
		out = append(out, k)
	}
	return out
}

type Sizer interface{ Len() int }

func main() {
	a := NewSet("go", "rust")
	b := NewSet("go", "zig")
	u := a.Union(b)
	items := u.Items()
	slices.Sort(items)
	fmt.Println(strings.Join(items, ","), u.Has("zig"), u.Has("c"))
	nums := NewSet(1, 2, 3, 2)
	sizers := []Sizer{a, nums, u}
	total := 0
	for _, s := range sizers {
		total += s.Len()
	}
	fmt.Println(total)
	var anything any = nums
	if s, ok := anything.(Set[int]); ok {
		fmt.Println("ints:", s.Len(), s.Has(3))
	}
	if _, ok := anything.(Set[string]); !ok {
		fmt.Println("not a string set")
	}
}
