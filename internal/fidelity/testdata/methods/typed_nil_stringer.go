package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) String() string {
	if n == nil {
		return "end"
	}
	return fmt.Sprintf("%d -> %v", n.Val, n.Next)
}

func describe(s fmt.Stringer) string {
	if s == nil {
		return "no value"
	}
	return "value: " + s.String()
}

func main() {
	var list *Node
	fmt.Println(describe(list))
	list = &Node{1, &Node{2, nil}}
	fmt.Println(describe(list))
	var s fmt.Stringer = list.Next.Next
	fmt.Println(s == nil, s)
}
