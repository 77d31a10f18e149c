// A nil pointer held as error or fmt.Stringer whose method has a value
// receiver: calling it panics with Go's run-time error, which recover
// gives as a runtime.Error.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type T struct{ msg string }

func (t T) Error() string { return t.msg }

type P struct{ msg string }

func (p *P) Error() string {
	if p == nil {
		return "nil P"
	}
	return p.msg
}

func main() {
	var tp *T
	var e error = tp
	fmt.Println(e != nil)
	func() {
		defer func() {
			r := recover()
			_, isRT := r.(runtime.Error)
			fmt.Println("recovered:", isRT, r)
		}()
		fmt.Println(e.Error())
	}()
	var pp *P
	var e2 error = pp
	fmt.Println(e2 != nil, e2, errors.Is(e2, e2))
}
