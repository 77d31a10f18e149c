package main

import "fmt"

type K string

func (k K) String() string { return "K" + string(k) }

type P struct{ x, y int }

func (p P) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

type H struct {
	I int
	V any
	S fmt.Stringer
}

func main() {
	var v any
	var s fmt.Stringer
	var ok bool
	m := map[string]K{"a": "A"}
	ps := map[string]P{"a": {1, 2}}
	if v, ok = m["a"]; ok {
		fmt.Println("if any:", v)
	}
	if s, ok = ps["a"]; ok {
		fmt.Println("if stringer:", s)
	}
	switch v, ok = m["zz"]; {
	case !ok:
		fmt.Println("switch missing:", v == nil, v)
	}
	ch := make(chan K, 1)
	ch <- "C"
	if v, ok = <-ch; ok {
		fmt.Println("if recv:", v)
	}
	var x any = P{3, 4}
	if s, ok = x.(P); ok {
		fmt.Println("if assert:", s)
	}
	var h H
	h.V, ok = m["a"]
	fmt.Println("field:", h.V, ok)
	hp := &h
	hp.S, ok = ps["a"]
	fmt.Println("pointer field:", h.S, ok)
	for h.I, h.S = range []K{"p", "q"} {
		fmt.Println("range fields:", h.I, h.S)
	}
}
