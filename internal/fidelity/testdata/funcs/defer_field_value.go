// A deferred call through a function held in a field, an element or a
// map takes the function at the defer statement, as its arguments: a
// later assignment to the field does not change what runs.
package main

import "fmt"

type H struct{ run func(p string) }

func main() {
	h := H{run: func(p string) { fmt.Println("first", p) }}
	defer h.run("field")
	hs := []func(string){func(p string) { fmt.Println("first", p) }}
	defer hs[0]("element")
	m := map[string]func(string){"k": func(p string) { fmt.Println("first", p) }}
	defer m["k"]("map value")
	hp := &h
	defer hp.run("through a pointer")
	mk := func() func(string) { return h.run }
	defer mk()("call result")

	h.run = func(p string) { fmt.Println("second", p) }
	hs[0] = h.run
	m["k"] = h.run
	hp = &H{run: h.run}
	fmt.Println("assigned")
}
