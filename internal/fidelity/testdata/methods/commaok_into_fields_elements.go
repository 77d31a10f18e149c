package main

import "fmt"

type Name string

func (n Name) String() string { return "name=" + string(n) }

type Node struct {
	next *Node
	V    any
	S    fmt.Stringer
}

func main() {
	m := map[string]Name{"a": "alice", "b": "bob"}
	var ok bool
	hs := []Node{{}, {}}
	hs[1].V, ok = m["a"]
	fmt.Println(hs[1].V, ok)
	xs := make([]fmt.Stringer, 3)
	for i := range 2 {
		xs[i], ok = m["a"]
	}
	fmt.Println(xs, ok)
	a := &Node{V: "a"}
	b := &Node{V: "b"}
	a.next = b
	p := a
	p, p.S = b, Name("on-a")
	fmt.Println(a.S, b.S, p == b)
	arr := [2]any{}
	arr[0], ok = m["b"]
	fmt.Println(arr, ok)
	j := 1
	var ys [3]any
	ys[j], ok = m["zz"]
	fmt.Println(ys[1] == nil, ok)
	ch := make(chan Name, 1)
	ch <- "c"
	p.next = a
	p.next.V, ok = <-ch
	fmt.Println(a.V, ok)
}
