// switch err { case ...: } with cases of the program's own error types:
// constants, struct values, pointers and sentinels, alone and in lists.
package main

import (
	"errors"
	"fmt"
	"io"
)

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

const (
	ErrBusy    = Code(1)
	ErrTimeout = Code(2)
)

type NotFound struct{ Name string }

func (n NotFound) Error() string { return n.Name + " not found" }

type Fatal struct{ Why string }

func (f *Fatal) Error() string { return "fatal: " + f.Why }

var (
	ErrFatal  = &Fatal{"disk"}
	ErrClosed = errors.New("closed")
)

func classify(err error) string {
	switch err {
	case nil:
		return "ok"
	case ErrBusy, ErrTimeout:
		return "retry (" + err.Error() + ")"
	case NotFound{"cfg"}:
		return "use defaults"
	case ErrFatal:
		return "give up"
	case ErrClosed, io.EOF:
		return "done"
	default:
		return "unknown: " + err.Error()
	}
}

func main() {
	for _, err := range []error{nil, ErrBusy, ErrTimeout, Code(3), NotFound{"cfg"}, NotFound{"x"}, ErrFatal, &Fatal{"disk"}, ErrClosed, io.EOF} {
		fmt.Println(classify(err))
	}
}
