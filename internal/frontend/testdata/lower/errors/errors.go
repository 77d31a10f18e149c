package main

import (
	"errors"
	"fmt"
	"strconv"
)

// A value error type: boxed when held as error, taken back by name.
type NotFound struct{ Key string }

func (e NotFound) Error() string { return "missing " + e.Key }

// A pointer error type with Unwrap and Is methods, which the errors
// package's walk finds through the type switch written for it.
type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string        { return e.Op + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error        { return e.Err }
func (e *OpError) Is(target error) bool { return target == ErrOp }

var ErrOp = errors.New("op")

// An interface of the program's: assertions to it go through a type switch.
type Keyed interface{ Name() string }

func (e NotFound) Name() string { return e.Key }

func lookup(k string) error {
	if k == "" {
		var op *OpError
		return op // a typed nil: not a nil error
	}
	return &OpError{"lookup", NotFound{k}}
}

func main() {
	err := lookup("a")
	var nf NotFound
	fmt.Println(errors.As(err, &nf), nf.Key, errors.Is(err, ErrOp), errors.Is(err, NotFound{"a"}))
	switch e := errors.Unwrap(err).(type) {
	case NotFound:
		fmt.Println("not found:", e.Key)
	}
	if k, ok := errors.Unwrap(err).(Keyed); ok {
		fmt.Println("keyed:", k.Name())
	}
	nilErr := lookup("")
	fmt.Println(nilErr == nil, fmt.Sprintf("%T", nilErr))
	j := errors.Join(NotFound{"x"}, nil)
	_, multi := j.(interface{ Unwrap() []error })
	fmt.Println(multi, errors.Is(j, NotFound{"x"}))
	// A compiled error past one of the program's in the chain.
	_, perr := strconv.Atoi("x")
	var ne *strconv.NumError
	fmt.Println(errors.As(&OpError{"parse", perr}, &ne), ne.Func)
}

// Output:
// true a true true
// not found: a
// keyed: a
// false *main.OpError
// true true
// true Atoi
