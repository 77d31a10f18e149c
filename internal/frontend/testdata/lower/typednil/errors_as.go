// errors.As of a typed nil (a nil *E returned as error, wrapped by %w or
// not) to *E: found, the target set to the nil *E, as in Go.
package main

import (
	"errors"
	"fmt"
)

type E struct{ Msg string }

func (e *E) Error() string {
	if e == nil {
		return "<nil E>"
	}
	return e.Msg
}

func find(ok bool) *E {
	if ok {
		return nil
	}
	return &E{"missing"}
}

func check(ok bool) error { return find(ok) }

func main() {
	err := check(true)
	target := &E{"before"}
	fmt.Println(err != nil, errors.As(err, &target), target == nil)
	wrapped := fmt.Errorf("lookup: %w", check(true))
	var e2 *E
	fmt.Println(errors.As(wrapped, &e2), e2 == nil, wrapped)
	var e3 *E
	fmt.Println(errors.As(check(false), &e3), e3.Msg)
}

// Output:
// true true true
// true true lookup: <nil E>
// true missing
