// x != nil of an empty interface holding a nil interface of the
// program's: the interpreter answered true; written !(x == nil). A value
// converted in place compared with nil (any(p) == nil of a struct)
// panicked; compared with any(nil). A nil Handler returned by a call and
// passed straight on as a Handler was not nil once converted to any in
// the callee; passed through a slice's element.
package main

import "fmt"

type Handler interface{ Handle() string }

type point struct{ X, Y int }

type echo struct{}

func (echo) Handle() string { return "echo" }

func pick() Handler { return nil }

func wrap(h Handler) any { return h }

func main() {
	var h Handler
	var v any = h
	fmt.Println(v == nil, v != nil, nil != v)
	if v != nil {
		fmt.Println("not nil")
	} else {
		fmt.Println("nil")
	}
	var b any = v != nil
	fmt.Println(b)
	v = Handler(echo{})
	fmt.Println(v != nil)
	p := point{1, 2}
	fmt.Println(any(p) == nil, nil != any(p), any(&p) != nil)
	fmt.Println(wrap(pick()) == nil, wrap(echo{}) == nil)
}

// Output:
// true false false
// nil
// false
// true
// false true true
// true false
