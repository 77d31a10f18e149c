// Values of yours in io.Writer and io.Reader elements, map values and
// struct fields, printed: fmt shows the value each holds.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Sink struct{ n int }

func (s *Sink) Write(p []byte) (int, error) { s.n += len(p); return len(p), nil }

type Named map[string]int

func (n Named) Write(p []byte) (int, error) { return len(p), nil }

func main() {
	var ws []io.Writer
	ws = append(ws, Named{"a": 1}, nil)
	_ = ws
	rs := []io.Reader{strings.NewReader("x"), nil}
	fmt.Println(len(rs), rs[1])
	var w2 []io.Writer = []io.Writer{Named{"b": 2}, nil}
	fmt.Println(w2)
	fmt.Printf("%v %d\n", w2, len(w2))
	m := map[string]io.Writer{"k": Named{"c": 3}}
	fmt.Println(m)
	type holder struct{ W io.Writer }
	fmt.Printf("%+v\n", holder{Named{"d": 4}})
}
