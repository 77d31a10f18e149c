// A method called on a nil interface, or through an interface on a nil
// pointer whose method has a value receiver, panics with Go's run-time
// error (yaegi panicked in reflection's words: "call of
// reflect.Value.Interface on zero Value", "... Set on zero Value").
package main

import (
	"fmt"
	"runtime"
)

type Shape interface{ Area() int }

type Square struct{ side int }

func (s Square) Area() int { return s.side * s.side }

type Circle struct{ r int }

type Fault struct{ msg string }

func (f Fault) Error() string { return f.msg }

func (c *Circle) Area() int {
	if c == nil {
		return -1
	}
	return 3 * c.r * c.r
}

type Badge struct{ s string }

func (l Badge) String() string { return l.s }

func badge() *Badge { return nil }

func area[S Shape](s S) int { return s.Area() }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Println(name, isRuntime, r)
	}()
	f()
}

func main() {
	var s Shape
	try("nil interface", func() { fmt.Println(s.Area()) })
	try("generic", func() { fmt.Println(area[Shape](nil)) })
	try("method expression", func() { fmt.Println(Shape.Area(nil)) })
	var sq *Square
	s = sq
	try("nil *Square", func() { fmt.Println(s.Area()) })
	var c *Circle
	s = c
	try("nil *Circle", func() { fmt.Println(s.Area()) })
	// Through error, where the nil pointer is the typed nil's box.
	var fp *Fault
	var err error = fp
	try("nil *Fault", func() { fmt.Println(err.Error()) })
	var st fmt.Stringer = badge()
	try("nil *Badge", func() { fmt.Println(st.String()) })
	for _, s := range []Shape{Square{2}, &Square{3}, &Circle{1}} {
		fmt.Println(s.Area(), area(s))
	}
}

// Output:
// nil interface true runtime error: invalid memory address or nil pointer dereference
// generic true runtime error: invalid memory address or nil pointer dereference
// method expression true runtime error: invalid memory address or nil pointer dereference
// nil *Square true value method main.Square.Area called using nil *Square pointer
// -1
// nil *Circle false <nil>
// nil *Fault true runtime error: invalid memory address or nil pointer dereference
// nil *Badge true runtime error: invalid memory address or nil pointer dereference
// 4 4
// 9 9
// 3 3
