// Two error types of the same fields: errors.As finds the one asked for,
// and fmt names each.
package main

import (
	"errors"
	"fmt"
)

type NotFoundError struct{ Code int }

func (e *NotFoundError) Error() string { return fmt.Sprintf("not found (%d)", e.Code) }

type ConflictError struct{ Code int }

func (e *ConflictError) Error() string { return fmt.Sprintf("conflict (%d)", e.Code) }

func lookup(key string) error {
	switch key {
	case "missing":
		return fmt.Errorf("lookup %q: %w", key, &NotFoundError{404})
	case "taken":
		return fmt.Errorf("lookup %q: %w", key, &ConflictError{409})
	}
	return nil
}

func main() {
	for _, key := range []string{"missing", "taken", "ok"} {
		err := lookup(key)
		var nf *NotFoundError
		var cf *ConflictError
		fmt.Println(key, err, errors.As(err, &nf), errors.As(err, &cf))
		if u := errors.Unwrap(err); u != nil {
			fmt.Printf("%v | %+v | %#v | %T\n", u, u, u, u)
		}
	}
}
