package main

import "fmt"

type Node struct{ Name string }

func (n *Node) Label() string { return "node " + n.Name }

type Labeler interface{ Label() string }

func main() {
	p := &Node{"a"}
	var l Labeler = p
	p = &Node{"b"}
	fmt.Println(l.Label(), p.Label())
	var ls []Labeler
	for _, name := range []string{"x", "y", "z"} {
		ls = append(ls, &Node{name})
	}
	fmt.Println(ls[0].Label(), ls[2].Label())
}
