// A value of a named non-struct type with methods handed to compiled code
// (container/list) comes back as its representation: an assertion of a
// value from compiled code to an interface the type implements is checked
// when it runs (a comma-ok assertion and a type switch of an any, an
// assertion of a non-empty interface); one to an interface no such type
// implements, or to the empty interface, is left alone.
package main

import (
	"container/list"
	"fmt"
	"io"
)

type Color int

func (c Color) String() string { return "gray" }

type Named interface {
	fmt.Stringer
	Name() string
}

func main() {
	l := list.New()
	l.PushBack(Color(1))
	for e := l.Front(); e != nil; e = e.Next() {
		if s, ok := e.Value.(fmt.Stringer); ok {
			fmt.Println(s)
		}
		switch v := e.Value.(type) {
		case io.Reader:
			fmt.Println("reader", v)
		case fmt.Stringer:
			fmt.Println("stringer", v)
		}
		_, isReader := e.Value.(io.Reader)
		fmt.Println(isReader)
	}
	var s fmt.Stringer = Color(2)
	_, ok := s.(Named)
	fmt.Println(ok)
}
