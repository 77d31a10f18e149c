// A panic with a value of the program's error types recovers as an error
// (yaegi handed the value over as a plain struct: r.(error) was false).
package main

import (
	"errors"
	"fmt"
)

type E struct{ code int }

func (e E) Error() string { return fmt.Sprint("E", e.code) }

type PE struct{ msg string }

func (e *PE) Error() string { return "PE " + e.msg }

func try(f func()) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case E:
			fmt.Println("E", v.code)
		case *PE:
			fmt.Println("*PE", v.msg)
		default:
			fmt.Println("other", v)
		}
		if err, ok := r.(error); ok {
			var e E
			fmt.Println("error", errors.As(err, &e), err)
		}
		if e, ok := r.(E); ok {
			fmt.Println("code", e.code)
		}
	}()
	f()
}

func main() {
	try(func() { panic(E{1}) })
	try(func() { panic(&PE{"x"}) })
	try(func() { panic(errors.New("plain")) })
	try(func() { panic("str") })
}

// Output:
// E 1
// error true E1
// code 1
// *PE x
// error false PE x
// other plain
// error false plain
// other str
