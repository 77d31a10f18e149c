package main

import (
	"errors"
	"fmt"
)

type FieldError struct {
	Field string
	Msg   string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg }

type NotFoundError struct {
	Field string
	Msg   string
}

func (e NotFoundError) Error() string { return "not found: " + e.Field }

func validate(name string, age int) error {
	if name == "" {
		return &FieldError{"name", "must not be empty"}
	}
	if age < 0 {
		return fmt.Errorf("validate %q: %w", name, &FieldError{"age", "negative"})
	}
	if name == "ghost" {
		return NotFoundError{Field: name, Msg: "no such user"}
	}
	return nil
}

func main() {
	inputs := []struct {
		name string
		age  int
	}{{"", 3}, {"bob", -1}, {"ghost", 5}, {"amy", 30}}
	for _, in := range inputs {
		err := validate(in.name, in.age)
		var fe *FieldError
		var nf NotFoundError
		switch {
		case err == nil:
			fmt.Println("ok", in.name)
		case errors.As(err, &fe):
			fmt.Printf("field error on %s (%v) -> %T\n", fe.Field, err, err)
		case errors.As(err, &nf):
			fmt.Printf("not found %+v %T\n", nf, err)
		}
	}
}
