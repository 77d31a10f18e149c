// A method value p.M of a nil pointer, with M on the pointed-to type, and
// i.M of a nil interface panic where they are evaluated, as in Go; i.M of
// an interface holding a nil pointer panics only when called.
package main

import "fmt"

type T struct{ a int }

func (t T) M() int { return t.a }

type I interface{ M() int }

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

var g func() int

func main() {
	try("pointer", func() { var p *T; g = p.M; fmt.Println("not reached") })
	try("interface", func() { var i I; g = (i.M); fmt.Println("not reached") })
	try("pointer in interface", func() { var p *T; var i I = p; g = i.M; fmt.Println("not called yet") })
	try("call", func() { var p *T; fmt.Println(p.M()) })
}

// Output:
// pointer runtime error: invalid memory address or nil pointer dereference
// interface runtime error: invalid memory address or nil pointer dereference
// not called yet
// pointer in interface <nil>
// call runtime error: invalid memory address or nil pointer dereference
