// Comma-ok assertions from an interface with methods to another
// interface and to a concrete type.
package main

import "fmt"

type Reader interface{ Read() string }
type Closer interface{ Close() error }
type ReadCloser interface {
	Reader
	Closer
}

type file struct{ closed bool }

func (f *file) Read() string { return "data" }
func (f *file) Close() error { f.closed = true; return nil }

type ro struct{}

func (ro) Read() string { return "ro" }

func main() {
	var rc ReadCloser = &file{}
	var r Reader = rc
	c, isCloser := r.(Closer)
	fmt.Println(isCloser, c != nil, c.Close())
	var r2 Reader = ro{}
	_, ok2 := r2.(Closer)
	var r3 Reader
	_, ok3 := r3.(Closer)
	f, ok4 := r.(*file)
	fmt.Println(ok2, ok3, ok4, f.closed)
}

// Output:
// true true <nil>
// false false true true
