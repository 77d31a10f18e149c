package main

import "fmt"

type Node struct {
	v    int
	next *Node
}

func pad[T any](s []*T, n int) []*T {
	for i := 0; i < n; i++ {
		s = append(s, nil)
	}
	return s
}

type List[T any] struct{ items []*T }

func (l *List[T]) AddNil() { l.items = append(l.items, nil) }

func main() {
	s := pad([]*Node{{v: 1}}, 2)
	fmt.Println(len(s), s[1] == nil, s[2] == nil, s[0].v)
	var l List[int]
	l.AddNil()
	l.AddNil()
	fmt.Println(len(l.items), l.items[0] == nil)
	nodes := []*Node{}
	nodes = append(nodes, nil)
	nodes = append(nodes[:0], nil, nil)
	fmt.Println(len(nodes), nodes[1] == nil)
}
