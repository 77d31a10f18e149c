// Values of your types in an io.Writer printed with %#v name their type.
package main

import (
	"fmt"
	"io"
)

type Counts map[string]int

func (c Counts) Write(p []byte) (int, error) { c[string(p)]++; return len(p), nil }

type Buf []byte

func (b *Buf) Write(p []byte) (int, error) { *b = append(*b, p...); return len(p), nil }

type Lines struct{ n int }

func (l *Lines) Write(p []byte) (int, error) { l.n++; return len(p), nil }

func main() {
	c := Counts{"a": 1}
	var a any = c
	fmt.Printf("%#v\n", a)
	var w io.Writer = c
	fmt.Printf("%#v\n", w)
	b := &Buf{}
	w = b
	fmt.Fprint(w, "xy")
	fmt.Printf("%#v\n", w)
	w = &Lines{2}
	fmt.Printf("%#v\n", w)
	ws := []io.Writer{c, Counts{"b": 2}}
	fmt.Printf("%#v %v\n", ws, ws)
}
