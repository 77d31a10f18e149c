// errors.As with a target pointing to a type that is no interface and has
// no Error method panics with Go's message (go vet reports the call; the
// program runs): a pointer passed where its address was meant, a *string.
package main

import (
	"errors"
	"fmt"
)

type StatusErr struct{ Code int }

func (e *StatusErr) Error() string { return fmt.Sprint("status ", e.Code) }

type Kind string

func (k Kind) Error() string { return string(k) }

func try(name string, f func() bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	err := fmt.Errorf("w: %w", &StatusErr{500})
	se := &StatusErr{1}
	try("pointer for its address", func() bool { return errors.As(err, se) })
	var nilse *StatusErr
	try("nil pointer", func() bool { return errors.As(err, nilse) })
	try("address", func() bool { return errors.As(err, &se) })
	fmt.Println(se.Code)

	kerr := fmt.Errorf("k: %w", Kind("timeout"))
	var k Kind
	try("Kind", func() bool { return errors.As(kerr, &k) })
	fmt.Println(k)
	var s string
	try("string", func() bool { return errors.As(kerr, &s) })
	// Of a nil error, As is false before it looks at the target.
	try("nil error", func() bool { return errors.As(nil, &s) })
	try("nil error, pointer", func() bool { return errors.As(nil, se) })
}
