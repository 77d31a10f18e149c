// p.f = v() of a nil p calls v before it panics, as Go does (the
// interpreter took the field's address first, and v never ran), also
// through a field of a field, an element, (*p), in an if header and
// after a label.
package main

import "fmt"

type S struct {
	n     int
	items []string
	in    struct{ m int }
	arr   [2]int
}

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func v() int { fmt.Println("value evaluated"); return 1 }

func main() {
	s := &S{}
	s.items = append(s.items, "a")
	s.n = v()
	fmt.Println(s.n, s.items)
	var p *S
	try(func() { p.n = v() })
	try(func() { p.in.m = v() })
	try(func() { p.arr[1] = v() })
	try(func() { (*p).n = v() })
	try(func() {
		if p.n = v(); true {
		}
	})
	try(func() {
	L:
		p.n = v()
		if false {
			goto L
		}
	})
}

// Output:
// value evaluated
// 1 [a]
// value evaluated
// recovered: runtime error: invalid memory address or nil pointer dereference
// value evaluated
// recovered: runtime error: invalid memory address or nil pointer dereference
// value evaluated
// recovered: runtime error: invalid memory address or nil pointer dereference
// value evaluated
// recovered: runtime error: invalid memory address or nil pointer dereference
// value evaluated
// recovered: runtime error: invalid memory address or nil pointer dereference
// value evaluated
// recovered: runtime error: invalid memory address or nil pointer dereference
