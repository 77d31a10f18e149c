// A method named _ is in no method set: a type with one implements no
// interface for it, and an assertion to one fails (lower_iface.go).
package main

import "fmt"

type Fooer interface{ Foo() }

type S struct{}

func (s *S) _() {}

func check(e any) {
	defer func() { fmt.Println("panicked:", recover() != nil) }()
	_ = e.(Fooer)
}

func main() {
	var s *S
	var e any = s
	_, ok := e.(Fooer)
	fmt.Println(ok)
	check(e)
	check(S{})
	switch e.(type) {
	case Fooer:
		fmt.Println("Fooer")
	default:
		fmt.Println("not a Fooer")
	}
}

// Output:
// false
// panicked: true
// panicked: true
// not a Fooer
