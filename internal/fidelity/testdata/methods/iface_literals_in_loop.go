package main

import (
	"fmt"
	"io"
)

// Struct literals converted to compiled interfaces with methods in a loop:
// each element, map value and sent value keeps its own iteration's value.

type P struct{ X int }

func (p P) String() string { return fmt.Sprintf("P(%d)", p.X) }

type W struct{ id int }

func (w W) Write(b []byte) (int, error) { return fmt.Print(w.id, ":", string(b)) }

func main() {
	var c, d []fmt.Stringer
	for i := range 3 {
		c = append(c, P{i})
	}
	for i := range 3 {
		var x fmt.Stringer = P{i}
		d = append(d, x)
	}
	e := make([]fmt.Stringer, 3)
	for i := range 3 {
		e[i] = P{i}
	}
	fmt.Println(c, d, e)

	m := map[int]fmt.Stringer{}
	for i := range 2 {
		m[i] = P{i * 10}
	}
	fmt.Println(m[0], m[1])

	ch := make(chan fmt.Stringer, 3)
	for i := range 3 {
		ch <- P{i + 100}
	}
	close(ch)
	for s := range ch {
		fmt.Print(s, " ")
	}
	fmt.Println()

	var ws []io.Writer
	for i := range 3 {
		ws = append(ws, W{i})
	}
	for _, w := range ws {
		fmt.Fprintln(w, "hi")
	}
}
