// Errors of your own types wrapped with %w through a variadic helper,
// fmt.Errorf taken as a value, and a format built at run time: errors.Is
// and errors.As find them, as Go does.
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Timeout struct{ Op string }

func (t Timeout) Error() string { return t.Op + " timed out" }

func wrapf(format string, args ...any) error { return fmt.Errorf(format, args...) }

func main() {
	e1 := wrapf("load %s: %w", "cfg", &NotFound{"cfg"})
	var nf *NotFound
	fmt.Println(e1, errors.As(e1, &nf), nf.Key)

	ef := fmt.Errorf
	e2 := ef("step: %w", Code(7))
	fmt.Println(e2, errors.Is(e2, Code(7)), errors.Is(e2, Code(8)))

	format := "dial: %w"
	e3 := fmt.Errorf(format, Timeout{"read"})
	var to Timeout
	fmt.Println(e3, errors.As(e3, &to), to.Op)

	e4 := wrapf("both: %w and %w", Code(1), &NotFound{"z"})
	fmt.Println(e4, errors.Is(e4, Code(1)), errors.As(e4, &nf), nf.Key)
	fmt.Println(errors.Unwrap(e1) == error(nf), errors.Unwrap(e2))
}
