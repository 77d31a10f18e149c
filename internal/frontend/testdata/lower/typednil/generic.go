// A nil value of the program's types given to generic code as a type
// parameter and converted there to error, fmt.Stringer or io.Reader: not
// a nil interface, as in Go.
package main

import (
	"errors"
	"fmt"
	"io"
)

type NotFound struct{ key string }

func (e *NotFound) Error() string {
	if e == nil {
		return "not found (nil)"
	}
	return "not found: " + e.key
}

type Problems []string

func (p Problems) Error() string { return fmt.Sprintf("%d problems", len(p)) }

type Label struct{ s string }

func (l *Label) String() string {
	if l == nil {
		return "<no label>"
	}
	return l.s
}

type Source struct{ data string }

func (s *Source) Read(p []byte) (int, error) { return 0, io.EOF }

func asError[T error](v T) error { return v }

func firstError[T error](vs ...T) error {
	var err error
	for _, v := range vs {
		err = v
		break
	}
	return err
}

func describe[T fmt.Stringer](v T) string {
	var s fmt.Stringer = v
	return fmt.Sprint(s != nil, " ", s)
}

func isNil(err error) bool { return err == nil }

func check[T error](v T) bool { return isNil(v) }

func reader[T io.Reader](v T) io.Reader { return io.Reader(v) }

func main() {
	var nf *NotFound
	err := asError(nf)
	fmt.Println(err != nil, err)
	fmt.Printf("%T\n", err)
	var target *NotFound
	fmt.Println(errors.As(err, &target), target == nil)
	fmt.Println(asError(&NotFound{"k"}))
	var ps Problems
	fmt.Println(asError(ps) != nil, asError(ps))
	fmt.Println(firstError(nf) != nil, check(nf), check[error](nil))
	var l *Label
	fmt.Println(describe(l))
	fmt.Println(describe(&Label{"x"}))
	var src *Source
	fmt.Println(reader(src) != nil)
}

// Output:
// true not found (nil)
// *main.NotFound
// true true
// not found: k
// true 0 problems
// true false true
// true <no label>
// true x
// true
