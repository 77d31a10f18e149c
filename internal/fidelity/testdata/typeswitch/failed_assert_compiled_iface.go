package main

import (
	"fmt"
	"io"
)

type Code int

func (c Code) String() string { return "code" }

type S struct{ N int }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	var a any = Code(1)
	var c any = S{1}
	try("a Formatter", func() { fmt.Println(a.(fmt.Formatter)) })
	try("a Reader", func() { fmt.Println(a.(io.Reader)) })
	try("a error", func() { fmt.Println(a.(error)) })
	try("c Stringer", func() { fmt.Println(c.(fmt.Stringer)) })
	try("a Stringer", func() { fmt.Println(a.(fmt.Stringer)) })
	var none any
	try("nil Reader", func() { fmt.Println(none.(io.Reader)) })
}
