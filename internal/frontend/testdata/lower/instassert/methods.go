// Assertions to an instance of a generic type with a method taking the
// value (Result[int]), which the interpreter holds in an interface as its
// own interface value: comma-ok, in a type switch, from a []any.
package main

import "fmt"

type Result[T any] struct {
	Val T
	Err error
}

func (r Result[T]) OK() bool { return r.Err == nil }

func main() {
	var a any = Result[int]{Val: 42}
	v, ok := a.(Result[int])
	fmt.Println(v.Val, ok)
	_, ok = a.(Result[string])
	fmt.Println(ok)
	all := []any{Result[int]{Val: 1}, Result[string]{Val: "s"}, 4}
	for _, x := range all {
		switch r := x.(type) {
		case Result[int]:
			fmt.Println("int", r.Val, r.OK())
		case Result[string]:
			fmt.Println("string", r.Val)
		default:
			fmt.Println("other", x)
		}
	}
}

// Output:
// 42 true
// false
// int 1 true
// string s
// other 4
