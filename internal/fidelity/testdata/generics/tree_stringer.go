package main

import (
	"fmt"
	"strings"
)

type Tree[T any] struct {
	Val      T
	Children []*Tree[T]
}

func (t *Tree[T]) Add(v T) *Tree[T] {
	c := &Tree[T]{Val: v}
	t.Children = append(t.Children, c)
	return c
}

func (t *Tree[T]) String() string {
	if len(t.Children) == 0 {
		return fmt.Sprint(t.Val)
	}
	return fmt.Sprintf("%v%v", t.Val, t.Children)
}

func (t *Tree[T]) Print(depth int) {
	fmt.Printf("%s%v\n", strings.Repeat("  ", depth), t.Val)
	for _, c := range t.Children {
		c.Print(depth + 1)
	}
}

func main() {
	root := &Tree[string]{Val: "root"}
	a := root.Add("a")
	a.Add("a1")
	root.Add("b")
	fmt.Println(root)
	fmt.Println(root.Children)
	root.Print(0)

	nums := &Tree[int]{Val: 1}
	nums.Add(2).Add(3)
	fmt.Println(nums)
}
