// Function values made in a function with a defer statement and called
// while its deferred calls run: through a variable, a field, a slice, a
// map, a parameter, compiled code, a method expression, a recover, a
// goroutine. yaegi hung on each (its issue 1697).
package main

import (
	"fmt"
	"sort"
)

type S struct{ f func() }

type P struct{ n int }

func (p P) show(s string) { fmt.Println(s, p.n) }

func run(f func()) { f() }

func field() {
	s := S{f: func() { fmt.Println("field") }}
	g := s.f
	defer g()
	defer s.f()
}

func containers() {
	fs := []func(){func() { fmt.Println("slice") }}
	m := map[string]func(){"a": func() { fmt.Println("map") }}
	defer fs[0]()
	defer m["a"]()
}

func passed() {
	g := func() { fmt.Println("passed") }
	defer run(g)
	defer func() { g() }()
	defer (func() { fmt.Println("parenthesized") })()
}

func compiled() {
	x := []int{3, 1, 2}
	defer func() { fmt.Println(x) }()
	defer sort.Slice(x, func(i, j int) bool { return x[i] < x[j] })
}

func methodExpr() {
	g := P.show
	defer g(P{2}, "method expression")
	defer P.show(P{3}, "method expression called")
}

func recovered() (r string) {
	k := func() string { return "recovered" }
	defer func() {
		if recover() != nil {
			r = k()
		}
	}()
	panic("x")
}

func goroutine() {
	ch := make(chan int)
	g := func() int { return 7 }
	defer func() { fmt.Println("goroutine", <-ch) }()
	go func() { ch <- g() }()
}

func nested() {
	func() {
		g := func() { fmt.Println("nested") }
		var k func()
		k = g
		defer k()
	}()
}

func show[T any](v T) { fmt.Println("generic", v) }

func generic() {
	g := show[int]
	defer g(5)
}

func counter() func() int {
	n := 0
	defer func() { n = 10 }()
	return func() int { n++; return n }
}

func main() {
	field()
	containers()
	passed()
	compiled()
	methodExpr()
	fmt.Println(recovered())
	goroutine()
	nested()
	generic()
	c := counter()
	fmt.Println(c(), c())
}

// Output:
// field
// field
// map
// slice
// parenthesized
// passed
// passed
// [1 2 3]
// method expression called 3
// method expression 2
// recovered
// goroutine 7
// nested
// generic 5
// 11 12
