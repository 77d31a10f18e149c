package main

import "fmt"

type Elem[T any] struct {
	next *Elem[T]
	list *List[T]
	V    T
}

type List[T any] struct {
	root *Elem[T]
	n    int
}

func (l *List[T]) Push(v T) {
	e := &Elem[T]{V: v, list: l, next: l.root}
	l.root = e
	l.n++
}

func main() {
	l := &List[string]{}
	l.Push("a")
	l.Push("b")
	for e := l.root; e != nil; e = e.next {
		fmt.Print(e.V, e.list == l, " ")
	}
	fmt.Println(l.n)
}
