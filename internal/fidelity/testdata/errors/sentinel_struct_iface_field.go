// A sentinel error that is a struct holding another error of the
// program's, compared with ==, errors.Is and a switch, and a struct error
// holding a pointer error compared with itself.
package main

import (
	"errors"
	"fmt"
)

type Errno int

func (e Errno) Error() string { return fmt.Sprint("errno ", int(e)) }

type OpError struct {
	Op  string
	Err error
}

func (o OpError) Error() string { return o.Op + ": " + o.Err.Error() }

type PathError struct{ Path string }

func (p *PathError) Error() string { return "bad path " + p.Path }

var ErrDenied = OpError{"read", Errno(13)}

func read(name string) error {
	if name == "secret" {
		return OpError{"read", Errno(13)}
	}
	return fmt.Errorf("reading %s: %w", name, OpError{"read", Errno(2)})
}

func main() {
	for _, name := range []string{"secret", "missing"} {
		err := read(name)
		fmt.Println(name, err == ErrDenied, errors.Is(err, ErrDenied))
		switch err {
		case ErrDenied:
			fmt.Println("  denied")
		default:
			fmt.Println("  other:", err)
		}
	}
	p := &PathError{"/tmp"}
	a := OpError{"open", p}
	var x, y error = a, a
	var z error = OpError{"open", &PathError{"/tmp"}}
	fmt.Println(x == y, x == z, errors.Is(z, x))
}
