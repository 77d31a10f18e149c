package main

import (
	"fmt"
	"iter"
)

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head, tail *node[T]
	size       int
}

func (l *List[T]) Add(v T) *List[T] {
	n := &node[T]{val: v}
	if l.tail == nil {
		l.head, l.tail = n, n
	} else {
		l.tail.next = n
		l.tail = n
	}
	l.size++
	return l
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.val) {
				return
			}
			i++
		}
	}
}

func Collect[T any](l *List[T]) []T {
	var out []T
	for _, v := range l.All() {
		out = append(out, v)
	}
	return out
}

func main() {
	l := &List[string]{}
	l.Add("a").Add("b").Add("c")
	for i, v := range l.All() {
		fmt.Println(i, v)
		if i == 1 {
			break
		}
	}
	fmt.Println(Collect(l), l.size)
	nums := &List[float64]{}
	nums.Add(1.5).Add(-0.0)
	fmt.Println(Collect(nums))
}
