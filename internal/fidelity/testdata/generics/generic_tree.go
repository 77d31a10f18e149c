package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Tree[T cmp.Ordered] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func main() {
	var root *Tree[string]
	for _, w := range strings.Fields("m c x a d") {
		root = root.Insert(w)
	}
	root.Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println()
}
