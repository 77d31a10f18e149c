// A var declaration of an interface type initialised by a call of a
// generic function: the value converted to the declared type, a nil
// pointer to a typed nil (the interpreter panicked: "reflect.Set: value
// of type error is not assignable").
package main

import (
	"fmt"
	"strconv"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return "my: " + e.msg }

func Zero[T any]() T {
	var z T
	return z
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

var pkgErr error = Zero[*MyErr]()

func main() {
	var e error = Zero[*MyErr]()
	fmt.Println(e == nil, pkgErr == nil)
	fmt.Printf("%T\n", e)
	var s fmt.Stringer = Zero[fmt.Stringer]()
	fmt.Println(s == nil)
	var v any = Must(strconv.Atoi("42"))
	fmt.Printf("%v %T\n", v, v)
	var n int64 = Must(strconv.ParseInt("7", 10, 64))
	fmt.Println(n)
}

// Output:
// false false
// *main.MyErr
// true
// 42 int
// 7
