// errors.Join's result taken out of an interface of the program's into
// an any, and asserted to error there, as a generic error walker does.
package main

import (
	"errors"
	"fmt"
)

type multi interface{ Unwrap() []error }

func asErr(x any) error {
	if e, ok := x.(error); ok {
		return e
	}
	return nil
}

func main() {
	m := errors.Join(errors.New("a"), errors.New("b")).(multi)
	switch v := any(m).(type) {
	case error:
		fmt.Println("error:", v)
	}
	var x any = m
	e, ok := x.(error)
	fmt.Println(e, ok)
	fmt.Println(asErr(m) != nil, len(m.Unwrap()))
}
