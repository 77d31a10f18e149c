package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
}

func (e *ValidationError) Error() string {
	if e == nil {
		return "validation error (nil)"
	}
	return "invalid " + e.Field
}

// First returns the first error of a list, as error.
func First[E error](errs []E) error {
	for _, e := range errs {
		return e
	}
	return nil
}

// Check calls f and returns its error as error.
func Check[E error](f func() E) error {
	err := f()
	return err
}

func validate(name string) *ValidationError {
	if name == "" {
		return &ValidationError{"name"}
	}
	return nil
}

func main() {
	err := Check(func() *ValidationError { return validate("bob") })
	fmt.Println("err == nil:", err == nil)
	fmt.Printf("%v (%T)\n", err, err)

	var ve *ValidationError
	fmt.Println("errors.As:", errors.As(err, &ve), ve == nil)

	err = Check(func() *ValidationError { return validate("") })
	fmt.Println("err == nil:", err == nil, err)

	list := []*ValidationError{nil, {"age"}}
	first := First(list)
	fmt.Println("first == nil:", first == nil)

	err = First([]error{nil})
	fmt.Println("plain nil:", err == nil)
}
