package main

import (
	"errors"
	"fmt"
	"io/fs"
)

// NotFoundError matches any other *NotFoundError with errors.Is.
type NotFoundError struct{ Name string }

func (e *NotFoundError) Error() string { return e.Name + ": not found" }
func (e *NotFoundError) Is(target error) bool {
	_, ok := target.(*NotFoundError)
	return ok
}

// OpError wraps the error of an operation.
type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

// Retryable is what callers check for.
type Retryable interface{ Retry() bool }

type BusyError struct{ Tries int }

func (e *BusyError) Error() string { return fmt.Sprintf("busy after %d tries", e.Tries) }
func (e *BusyError) Retry() bool   { return e.Tries < 3 }

func open(name string) error {
	if name == "" {
		return &OpError{"open", fs.ErrInvalid}
	}
	return &OpError{"open", &NotFoundError{name}}
}

func main() {
	err := open("config.yaml")
	fmt.Println(err)
	fmt.Println(errors.Is(err, &NotFoundError{}), errors.Is(err, fs.ErrInvalid))
	fmt.Println(errors.Unwrap(err))
	fmt.Println(errors.Is(open(""), fs.ErrInvalid))

	all := errors.Join(open("a"), &BusyError{Tries: 2}, nil)
	fmt.Println(all)
	var nf *NotFoundError
	fmt.Println(errors.As(all, &nf), nf.Name)
	var r Retryable
	if errors.As(fmt.Errorf("sync: %w", all), &r) {
		fmt.Println("retry:", r.Retry())
	}
	var e error = &BusyError{Tries: 5}
	if r, ok := e.(Retryable); ok {
		fmt.Println("retryable, retry:", r.Retry())
	}
	if _, ok := err.(Retryable); !ok {
		fmt.Println("open errors are not retryable")
	}
}
