package main

import "fmt"

// ID is a defined array type; Get returns one, Raw its underlying type.
type ID [4]byte

type Node struct{ next *Node }

type List *Node

func Raw(b byte) [4]byte { return [4]byte{b, b, b, b} }

func Get(b byte) ID { return ID(Raw(b)) }

func main() {
	id := Get(7)
	fmt.Println(id == Raw(7), Raw(8) != id, id == Get(7))
	var any1 any = id == Raw(7)
	fmt.Println(any1)

	n := &Node{}
	var l List = n
	fmt.Println(l == n, n != l, l == nil)

	ch := make(chan int)
	type C chan int
	var c C = ch
	fmt.Println(c == ch)
}

// Output:
// true true true
// true
// true false false
// true
