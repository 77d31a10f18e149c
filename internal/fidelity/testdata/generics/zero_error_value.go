package main

import (
	"errors"
	"fmt"
)

type ParseError struct{ Line int }

func (e *ParseError) Error() string { return fmt.Sprintf("line %d", e.Line) }

func Zero[T any]() T {
	var z T
	return z
}

func First[T any](xs []T) (T, bool) {
	if len(xs) == 0 {
		return Zero[T](), false
	}
	return xs[0], true
}

func main() {
	// The classic trap: a nil *ParseError in an error is not a nil error.
	var err error = Zero[*ParseError]()
	fmt.Println(err == nil)
	fmt.Printf("%T\n", err)

	var fallback error = Zero[error]()
	fmt.Println(fallback == nil)

	var first error = errors.New("first")
	errs := []error{first}
	e, ok := First(errs)
	fmt.Println(e, ok)
	var none []error
	e, ok = First(none)
	fmt.Println(e == nil, ok)
}
