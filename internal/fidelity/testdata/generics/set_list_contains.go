package main

import (
	"fmt"
	"sort"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func (s *Set[T]) Add(v T) { s.m[v] = struct{}{} }

func (s *Set[T]) Contains(v T) bool {
	_, ok := s.m[v]
	return ok
}

func (s *Set[T]) Len() int { return len(s.m) }

type List[T comparable] struct {
	items []T
}

func (l *List[T]) Add(v T) { l.items = append(l.items, v) }

func (l *List[T]) Contains(v T) bool {
	for _, x := range l.items {
		if x == v {
			return true
		}
	}
	return false
}

func (l *List[T]) Len() int { return len(l.items) }

type Collection[T comparable] interface {
	Add(T)
	Contains(T) bool
	Len() int
}

func main() {
	var cs []Collection[string]
	cs = append(cs, &Set[string]{m: map[string]struct{}{}}, &List[string]{})
	for _, c := range cs {
		for _, w := range []string{"go", "is", "go", "fun"} {
			c.Add(w)
		}
		fmt.Printf("%T: len=%d go=%v rust=%v\n", c, c.Len(), c.Contains("go"), c.Contains("rust"))
	}

	nums := &List[int]{}
	nums.Add(3)
	nums.Add(1)
	fmt.Printf("%v %+v %T\n", nums.items, *nums, nums)

	set := &Set[int]{m: map[int]struct{}{}}
	set.Add(2)
	set.Add(2)
	set.Add(5)
	var keys []int
	for k := range set.m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys, set.Contains(5), set.Len())
}
