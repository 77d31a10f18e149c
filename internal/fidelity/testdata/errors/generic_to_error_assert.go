// A generic function returning its error-typed argument as error, and the
// result asserted back to the concrete type.
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (e NotFound) Error() string { return e.Name + " not found" }

type Timeout int

func (t Timeout) Error() string { return fmt.Sprintf("timeout after %ds", int(t)) }

func toErr[T error](t T) error { return t }

func wrap[T error](op string, t T) error {
	var err error = t
	return fmt.Errorf("%s: %w", op, err)
}

func main() {
	err := toErr(NotFound{"config"})
	fmt.Println(err)
	if nf, ok := err.(NotFound); ok {
		fmt.Println("not found:", nf.Name)
	}
	switch e := toErr(Timeout(3)).(type) {
	case NotFound:
		fmt.Println("not found", e.Name)
	case Timeout:
		fmt.Println("timeout of", int(e))
	}
	var nf NotFound
	w := wrap("load", NotFound{"db"})
	fmt.Println(w, errors.As(w, &nf), nf.Name)
	fmt.Println(err.(NotFound).Name, errors.Is(err, NotFound{"config"}))
}
