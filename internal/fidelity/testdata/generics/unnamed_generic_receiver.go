package main

import (
	"fmt"
	"strings"
)

// A generic queue whose methods that do not need the receiver leave it
// unnamed.
type Queue[T any] struct {
	items []T
}

func (Queue[T]) Kind() string { return "fifo" }

func (*Queue[T]) Limit() int { return 3 }

func (q *Queue[T]) Push(v T) bool {
	if len(q.items) == q.Limit() {
		return false
	}
	q.items = append(q.items, v)
	return true
}

type Table[K comparable, V any] map[K]V

func (Table[K, V]) Describe() string { return "table" }

func main() {
	var q Queue[string]
	for _, w := range strings.Fields("a b c d") {
		fmt.Println(w, q.Push(w))
	}
	fmt.Println(q.Kind(), q.items)
	t := Table[string, int]{"x": 1}
	fmt.Println(t.Describe(), t["x"])
}
