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

// In a loop, each takes its own value; the last deferred runs first, and
// each later panic replaces the one before, as in Go.
func looped(n int) (out int) {
	defer func() { fmt.Println("looped recovers:", recover()); out = -n }()
	for i := 0; i < n; i++ {
		defer panic(fmt.Sprint("p", i))
	}
	defer fmt.Println("deferred last, runs first")
	return n
}

func main() {
	fmt.Println(g())
	var e E
	fmt.Println(errors.As(g(), &e), e.Code)
	func() {
		defer func() { fmt.Println("caller recovers:", recover()) }()
		only()
	}()
	fmt.Println(looped(3))
}
