package main

import (
	"fmt"
	"io/fs"
	"strings"
)

type MyErr struct{ s string }

func (m MyErr) Error() string { return m.s }

type Code int

func (c Code) String() string { return "code" }

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	var e error = MyErr{"x"}
	try(func() { _ = e.(*fs.PathError) })
	var a any = Code(1)
	try(func() { _ = a.(*strings.Builder) })
	var s fmt.Stringer = Code(2)
	try(func() { _ = s.(*strings.Builder) })
	var p any = &MyErr{"y"}
	try(func() { _ = p.(error).(*fs.PathError) })
	try(func() { _ = a.(fmt.Formatter) })
}
