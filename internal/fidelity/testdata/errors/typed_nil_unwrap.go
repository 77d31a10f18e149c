// A nil pointer of an error type held as an error: errors.Unwrap, Is and
// As call its methods on the nil receiver, as Go does.
package main

import (
	"errors"
	"fmt"
	"io"
)

type QueryError struct{ Err error }

func (e *QueryError) Error() string { return "query" }
func (e *QueryError) Unwrap() error { return e.Err }

type SafeError struct{ Err error }

func (e *SafeError) Error() string { return "safe" }
func (e *SafeError) Unwrap() error {
	if e == nil {
		return io.EOF
	}
	return e.Err
}

func main() {
	var se *SafeError
	var err error = se
	fmt.Println(err != nil, errors.Unwrap(err), errors.Is(err, io.EOF))
	var target *SafeError
	fmt.Println(errors.As(err, &target), target == nil)

	var qe *QueryError
	err = qe
	for _, f := range []func(){
		func() { fmt.Println("unwrap:", errors.Unwrap(err)) },
		func() { fmt.Println("is:", errors.Is(err, io.EOF)) },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
}
