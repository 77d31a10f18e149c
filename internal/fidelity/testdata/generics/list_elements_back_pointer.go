package main

import "fmt"

type Elem[T any] struct {
	Value T
	list  *List[T]
}

type List[T any] struct {
	root Elem[T]
	len  int
}

func (l *List[T]) Init() *List[T] {
	l.root.list = l
	return l
}

func main() {
	l := new(List[int]).Init()
	fmt.Println(l.len, l.root.list == l)
}
