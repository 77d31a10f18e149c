package main

import "fmt"

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Each(f func(T)) {
	func() {
		t.walk(f)
	}()
}

func (t *Tree[T]) walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.walk(f)
	f(t.Val)
	t.Right.walk(f)
}

func main() {
	t := &Tree[int]{Val: 2, Left: &Tree[int]{Val: 1}}
	t.Each(func(v int) { fmt.Println(v) })
}
