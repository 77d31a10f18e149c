// Variadic functions held in struct fields, copied out of them, and
// deferred: called with several values, with a spread, and with none.
package main

import (
	"fmt"
	"strings"
)

type Handler struct {
	name string
	run  func(prefix string, parts ...string) string
}

type Logger struct{ out func(format string, a ...any) }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	b := struct{ f func(...int) int }{f: sum}
	fmt.Println(b.f(1, 2, 3), b.f(), b.f(7))
	g := b.f
	fmt.Println(g(4, 5), g([]int{6, 7}...))

	hs := []Handler{{"join", func(p string, parts ...string) string { return p + strings.Join(parts, ",") }}}
	for _, h := range hs {
		fmt.Println(h.name, h.run(">", "a", "b", "c"))
	}
	hp := &hs[0]
	fmt.Println(hp.run("<", "x", "y"))

	l := Logger{out: func(f string, a ...any) { fmt.Printf(f, a...) }}
	l.out("%d-%d\n", 3, 4)
	l.out("%v\n", []any{5}...)

	type pt struct{ x int }
	c := struct{ f func(...pt) int }{f: func(p ...pt) int { return len(p) }}
	fmt.Println(c.f(pt{1}, pt{2}))

	xs := []string{"1", "2"}
	defer hp.run("deferred", xs...)                                       // result dropped
	defer l.out("deferred %s %s\n", "with", "values")                     // more values than parameters
	defer func() { fmt.Println(hp.run("literal", xs...)) }()              // read when it runs
	defer l.out("deferred spread %v %v\n", []any{xs[0], xs[1]}...)        // spread at the statement
	l.out = func(f string, a ...any) { fmt.Printf("replaced: "+f, a...) } // after the statements
	xs[0] = "changed"
}
