package main

import (
	"errors"
	"fmt"
)

type ParseError struct{ Line int }

func (e *ParseError) Error() string { return fmt.Sprintf("parse error on line %d", e.Line) }

func parse(ok bool) *ParseError {
	if ok {
		return nil
	}
	return &ParseError{Line: 3}
}

// check has the classic bug: it returns a nil *ParseError as a non-nil error.
func check(ok bool) error {
	return parse(ok)
}

func main() {
	err := check(true)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T %v\n", err, err)
	if pe, ok := err.(*ParseError); ok {
		fmt.Println("a *ParseError, nil:", pe == nil)
	}
	switch e := err.(type) {
	case nil:
		fmt.Println("nil")
	case *ParseError:
		fmt.Println("case *ParseError, nil:", e == nil)
	}
	var again error = parse(true)
	fmt.Println(again == err)
	var pe *ParseError
	fmt.Println(errors.As(check(false), &pe), pe.Line)
	fmt.Println(check(false))
}
