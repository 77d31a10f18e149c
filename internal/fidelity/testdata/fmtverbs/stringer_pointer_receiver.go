package main

import "fmt"

type Node struct{ name string }

func (n *Node) String() string { return "node:" + n.name }

func main() {
	n := &Node{"a"}
	fmt.Println(n)
	fmt.Printf("%v|%s\n", n, n)
	fmt.Println(*n)
}
