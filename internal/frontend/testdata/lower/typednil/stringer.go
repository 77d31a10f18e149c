// A nil pointer of the program's held as fmt.Stringer: not a nil interface,
// printed by its String method, asserted back to its type.
package main

import "fmt"

type T struct{ n int }

func (t *T) String() string {
	if t == nil {
		return "nil T"
	}
	return "T"
}

type U struct{}

func (u *U) String() string { return fmt.Sprint("U", u == nil) }

func find(ok bool) *T {
	if ok {
		return &T{1}
	}
	return nil
}

func asStringer(t *T) fmt.Stringer { return t }

func main() {
	var p *T
	var s fmt.Stringer = p
	fmt.Println(s != nil, s == nil)
	s = nil
	fmt.Println(s != nil)
	s = (*T)(nil)
	fmt.Println(s != nil, s)
	fmt.Printf("%v %s %T\n", s, s, s)
	q, ok := s.(*T)
	fmt.Println(q == nil, ok)
	r := asStringer(find(false))
	fmt.Println(r != nil, r)
	r = asStringer(find(true))
	fmt.Println(r != nil, r)
	var u *U
	xs := []fmt.Stringer{u}
	fmt.Println(xs[0] != nil)
	switch v := s.(type) {
	case *T:
		fmt.Println("T", v == nil)
	default:
		fmt.Println("other")
	}
}

// Output:
// true false
// false
// true nil T
// nil T nil T *main.T
// true true
// true nil T
// true T
// true
// T true
