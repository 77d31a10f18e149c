// A value of a named non-struct type with methods handed to compiled code
// (container/list) comes back as its representation: an assertion of a
// value from an interface to an interface the type implements is checked
// when it runs (a comma-ok assertion and a type switch of an any); one to
// an interface no such type implements is left alone, as is one of a value
// that cannot come from compiled code (s). (The values asserted here are
// of other representations, which pass the check.)
package main

import (
	"container/list"
	"fmt"
	"io"
	"strings"
)

type Color int

func (c Color) String() string { return "gray" }

type Named interface {
	fmt.Stringer
	Name() string
}

type Reader struct{ *strings.Reader }

func (r Reader) String() string { return "reader" }

func main() {
	colors := list.New()
	colors.PushBack(Color(1))
	l := list.New()
	l.PushBack("text")
	l.PushBack(Reader{strings.NewReader("x")})
	for e := l.Front(); e != nil; e = e.Next() {
		if s, ok := e.Value.(fmt.Stringer); ok {
			fmt.Println(s)
		}
		switch v := e.Value.(type) {
		case io.Reader:
			b, _ := io.ReadAll(v)
			fmt.Println("reader", string(b))
		case fmt.Stringer:
			fmt.Println("stringer", v)
		default:
			fmt.Println("other", v)
		}
		_, isReader := e.Value.(io.Reader)
		fmt.Println(isReader)
	}
	var s fmt.Stringer = Color(2)
	_, ok := s.(Named)
	fmt.Println(ok, colors.Len())
}

// Output:
// other text
// false
// reader
// reader x
// true
// false 1
