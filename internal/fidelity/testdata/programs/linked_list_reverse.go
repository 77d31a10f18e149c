package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

func build(vals ...int) *Node {
	var head *Node
	for i := len(vals) - 1; i >= 0; i-- {
		head = &Node{vals[i], head}
	}
	return head
}

func reverse(n *Node) *Node {
	var prev *Node
	for n != nil {
		n.Next, prev, n = prev, n, n.Next
	}
	return prev
}

func (n *Node) String() string {
	var parts []string
	for ; n != nil; n = n.Next {
		parts = append(parts, strconv.Itoa(n.Val))
	}
	return strings.Join(parts, "->")
}

func main() {
	l := build(1, 2, 3, 4)
	fmt.Println(l)
	fmt.Println(reverse(l))
}
