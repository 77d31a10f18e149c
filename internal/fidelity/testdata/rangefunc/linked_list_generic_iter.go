package main

import (
	"fmt"
	"iter"
	"strings"
)

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head, tail *node[T]
	size       int
}

func (l *List[T]) Push(vs ...T) *List[T] {
	for _, v := range vs {
		n := &node[T]{val: v}
		if l.tail == nil {
			l.head = n
		} else {
			l.tail.next = n
		}
		l.tail = n
		l.size++
	}
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

func (l *List[T]) Reverse() {
	var prev *node[T]
	cur := l.head
	l.tail = l.head
	for cur != nil {
		next := cur.next
		cur.next = prev
		prev = cur
		cur = next
	}
	l.head = prev
}

func (l *List[T]) String() string {
	var parts []string
	for _, v := range l.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	for _, v := range l.All() {
		out.Push(f(v))
	}
	return out
}

func main() {
	l := (&List[int]{}).Push(1, 2, 3, 4)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	for i, v := range l.All() {
		if v == 2 {
			break
		}
		fmt.Println(i, v)
	}
	sl := MapList(l, func(v int) string { return strings.Repeat("*", v) })
	fmt.Println(sl.String())
	fmt.Printf("%v %d\n", sl, sl.size)
	var empty List[float64]
	fmt.Println(empty.String(), empty.head == nil)
	l.Push(9)
	fmt.Println(l.tail.val, l)
}
