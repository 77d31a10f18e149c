// A nil value of the program's types held in an any, asserted to error,
// fmt.Stringer or io.Reader (one result, comma-ok, a type switch's case):
// the interface holds the nil value, as in Go. A value of a slice type
// with value methods asserted so is the value, not a nil interface.
package main

import (
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

type Tags []int

func (t Tags) String() string { return fmt.Sprint(len(t), " tags") }

type Source struct{ data string }

func (s *Source) Read(p []byte) (int, error) { return 0, io.EOF }

func kind(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case error:
		return fmt.Sprint("error ", x != nil, " ", x)
	case fmt.Stringer:
		return fmt.Sprint("stringer ", x != nil, " ", x)
	default:
		return "other"
	}
}

func main() {
	var nf *NotFound
	var a any = nf
	err, ok := a.(error)
	fmt.Println(err != nil, ok, err)
	err = a.(error)
	fmt.Printf("%v %T\n", err != nil, err)
	var ps Problems
	a = ps
	err, ok = a.(error)
	fmt.Println(err != nil, ok, err)
	var l *Label
	var b any = l
	s, ok := b.(fmt.Stringer)
	fmt.Println(s != nil, ok, s)
	var src *Source
	var c any = src
	r, ok := c.(io.Reader)
	fmt.Println(r != nil, ok)
	fmt.Println(kind(nil))
	fmt.Println(kind(nf))
	fmt.Println(kind(l))
	fmt.Println(kind(&NotFound{"k"}))
	fmt.Println(kind(42))
	tags()
	var plain any = []string(nil)
	_, ok = plain.(error)
	fmt.Println(ok)
}

func tags() {
	fmt.Println(kind(Tags{1, 2}))
	var tags Tags
	fmt.Println(kind(tags))
}

// Output:
// true true not found (nil)
// true *main.NotFound
// true true 0 problems
// true true <no label>
// true true
// nil
// error true not found (nil)
// stringer true <no label>
// error true not found: k
// other
// stringer true 2 tags
// stringer true 0 tags
// false
