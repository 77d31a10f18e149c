package main

import "fmt"

type Shape interface{ Area() float64 }

type Box struct{ S Shape }

type Outer struct{ In Box }

type Framed struct{ Shape }

type Dog struct{ Name string }

func (d Dog) Bark() string { return d.Name + "!" }

func (d *Dog) Rename(n string) {
	if d != nil {
		d.Name = n
	}
}

type Puppy struct{ *Dog }

type Litter struct{ *Puppy }

func find() Shape { return nil }

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	try("field", func() {
		var b Box
		b.S.Area()
	})
	try("fields", func() {
		var o Outer
		fmt.Println(o.In.S.Area())
	})
	try("through a pointer", func() {
		b := &Box{}
		b.S.Area()
	})
	try("call result", func() { find().Area() })
	try("slice element", func() {
		shapes := make([]Shape, 1)
		shapes[0].Area()
	})
	try("map value", func() {
		m := map[string]Shape{}
		m["x"].Area()
	})
	try("method value", func() {
		var b Box
		f := b.S.Area
		f()
	})
	try("embedded interface", func() {
		var f Framed
		f.Area()
	})
	try("embedded pointer", func() {
		var p Puppy
		p.Bark()
	})
	try("embedded pointer, pointer method", func() {
		var p Puppy
		p.Rename("x")
		fmt.Println("no panic")
	})
	try("two embedded pointers", func() {
		var l Litter
		l.Bark()
	})
}

// Output:
// field runtime error: invalid memory address or nil pointer dereference
// fields runtime error: invalid memory address or nil pointer dereference
// through a pointer runtime error: invalid memory address or nil pointer dereference
// call result runtime error: invalid memory address or nil pointer dereference
// slice element runtime error: invalid memory address or nil pointer dereference
// map value runtime error: invalid memory address or nil pointer dereference
// method value runtime error: invalid memory address or nil pointer dereference
// embedded interface runtime error: invalid memory address or nil pointer dereference
// embedded pointer runtime error: invalid memory address or nil pointer dereference
// no panic
// embedded pointer, pointer method <nil>
// two embedded pointers runtime error: invalid memory address or nil pointer dereference
