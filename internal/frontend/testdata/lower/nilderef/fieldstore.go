// p.f = v() of a nil p calls v before it panics, as Go does (the
// interpreter took the field's address first, and v never ran).
package main

import "fmt"

type S struct {
	n     int
	items []string
}

func v() int { fmt.Println("value evaluated"); return 1 }

func main() {
	s := &S{}
	s.items = append(s.items, "a")
	s.n = v()
	fmt.Println(s.n, s.items)
	defer func() { fmt.Println("recovered:", recover()) }()
	var p *S
	p.n = v()
}

// Output:
// value evaluated
// 1 [a]
// value evaluated
// recovered: runtime error: invalid memory address or nil pointer dereference
