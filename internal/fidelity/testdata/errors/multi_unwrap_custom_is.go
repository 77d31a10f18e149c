package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type OpError struct {
	Op   string
	Errs []error
}

func (e *OpError) Error() string   { return fmt.Sprintf("%s: %d errors", e.Op, len(e.Errs)) }
func (e *OpError) Unwrap() []error { return e.Errs }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }
func (c Code) Is(target error) bool {
	t, ok := target.(Code)
	return ok && (t == 0 || t == c)
}

func main() {
	err := &OpError{"sync", []error{Code(404), io.EOF, fmt.Errorf("disk: %w", os.ErrPermission)}}
	fmt.Println(err)
	fmt.Println(errors.Is(err, io.EOF), errors.Is(err, os.ErrPermission), errors.Is(err, Code(404)), errors.Is(err, Code(0)), errors.Is(err, Code(500)))
	var c Code
	fmt.Println(errors.As(err, &c), c)
	two := fmt.Errorf("both: %w and %w", Code(1), io.ErrUnexpectedEOF)
	fmt.Println(two, errors.Is(two, Code(1)), errors.Is(two, io.ErrUnexpectedEOF))
	fmt.Println(errors.Join(nil, nil) == nil, errors.Join(nil, Code(2)))
	var target *OpError
	wrapped := fmt.Errorf("outer: %w", err)
	fmt.Println(errors.As(wrapped, &target), target.Op, errors.Unwrap(wrapped) == error(err))
	fmt.Printf("%v|%s|%q|%T\n", Code(3), Code(3), Code(3), Code(3))
}
