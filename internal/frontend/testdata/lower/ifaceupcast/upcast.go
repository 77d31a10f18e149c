// A value held in an interface of the program's, converted to a compiled
// interface, keeps its own type's methods: io.Reader, fmt.Stringer, and
// error with a value boxed and a nil pointer a typed nil.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Source interface {
	io.Reader
	Name() string
}

type upper struct{ r *strings.Reader }

func (u *upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

func (u *upper) Name() string { return "upper" }

type Coded interface {
	error
	Code() int
}

type status int

func (s status) Error() string { return fmt.Sprint("status ", int(s)) }
func (s status) Code() int     { return int(s) }

func read(r io.Reader) string {
	b, _ := io.ReadAll(r)
	return string(b)
}

func main() {
	var s Source = &upper{strings.NewReader("hello")}
	fmt.Println(s.Name(), read(s))
	var c Coded = status(404)
	var err error = c
	_, isStatus := err.(status)
	fmt.Println(err, isStatus)
}

// Output:
// upper HELLO
// status 404 true
