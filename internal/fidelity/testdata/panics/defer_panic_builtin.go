// defer panic(v) panics when the deferred calls run, not at the defer
// statement: the body runs first, the value is the one taken at the
// statement, and the calls deferred before it run and may recover it.
package main

import (
	"errors"
	"fmt"
)

type E struct{ Code int }

func (e E) Error() string { return fmt.Sprint("code ", e.Code) }

func g() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for i := range 3 {
		defer fmt.Println("deferred", i)
	}
	code := 7
	defer panic(E{code})
	code = 8
	fmt.Println("g body", code)
	return nil
}

func only() {
	defer panic("only")
	fmt.Println("only body")
}

func main() {
	fmt.Println(g())
	var e E
	fmt.Println(errors.As(g(), &e), e.Code)
	func() {
		defer func() { fmt.Println("caller recovers:", recover()) }()
		only()
	}()
}
