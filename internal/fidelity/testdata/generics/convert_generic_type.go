package main

import (
	"fmt"
	"sort"
)

// Set is a set of ordered values, kept sorted.
type Set[T int | string] []T

func (s Set[T]) Len() int           { return len(s) }
func (s Set[T]) Less(i, j int) bool { return s[i] < s[j] }
func (s Set[T]) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type Counter[T comparable] struct {
	counts map[T]int
}

func NewCounter[T comparable]() *Counter[T] { return &Counter[T]{counts: map[T]int{}} }

func count[T comparable](c *Counter[T], words ...T) *Counter[T] {
	for _, w := range words {
		c.counts[w]++
	}
	return c
}

func first[S ~[]E, E any](s S) E { return s[0] }

func main() {
	words := []string{"pear", "apple", "fig"}
	s := Set[string](words)
	sort.Sort(s)
	fmt.Println(s, s.Len())
	fmt.Println(first[Set[int]](Set[int]{3, 1}))
	c := count(NewCounter[string](), "a", "b", "a")
	fmt.Println(c.counts["a"], c.counts["b"], len(Counter[int]{}.counts))
}
