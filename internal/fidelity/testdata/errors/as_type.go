// errors.AsType (Go 1.26), the generic errors.As, with the program's
// error types: values, pointers, interfaces, wrapped chains, an As method.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type NotFound struct{ Name string }

func (e NotFound) Error() string { return e.Name + " not found" }

type Temporary interface {
	error
	Temporary() bool
}

type timeout struct{ op string }

func (t *timeout) Error() string   { return t.op + ": timeout" }
func (t *timeout) Temporary() bool { return true }

type Legacy struct{ code int }

func (l Legacy) Error() string { return fmt.Sprint("legacy ", l.code) }

// As lets a Legacy stand for a NotFound, as errors.As asks it.
func (l Legacy) As(target any) bool {
	if nf, ok := target.(*NotFound); ok && l.code == 404 {
		*nf = NotFound{"legacy thing"}
		return true
	}
	return false
}

func find(name string) error {
	if name == "" {
		return nil
	}
	return fmt.Errorf("lookup %q: %w", name, NotFound{name})
}

func first[E error](errs ...error) (E, int) {
	for i, err := range errs {
		if e, ok := errors.AsType[E](err); ok {
			return e, i
		}
	}
	var zero E
	return zero, -1
}

func main() {
	if nf, ok := errors.AsType[NotFound](find("cfg")); ok {
		fmt.Println("found:", nf.Name, "|", nf)
	}
	_, ok := errors.AsType[NotFound](find(""))
	fmt.Println("nil error:", ok)

	err := fmt.Errorf("dial: %w", &timeout{"connect"})
	if t, ok := errors.AsType[Temporary](err); ok {
		fmt.Println("temporary:", t.Temporary(), t)
	}
	if t, ok := errors.AsType[*timeout](err); ok {
		fmt.Println("timeout op:", t.op)
	}
	_, ok = errors.AsType[*timeout](find("x"))
	fmt.Println("timeout in find:", ok)

	if nf, ok := errors.AsType[NotFound](fmt.Errorf("old: %w", Legacy{404})); ok {
		fmt.Println("via As:", nf)
	}
	joined := errors.Join(errors.New("a"), Legacy{500}, find("b"))
	if l, ok := errors.AsType[Legacy](joined); ok {
		fmt.Println("joined legacy:", l.code)
	}

	_, err = os.Open("/no/such/file")
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		fmt.Println("path error:", pe.Op, pe.Path)
	}

	t, i := first[*timeout](errors.New("plain"), find("y"), err, fmt.Errorf("w: %w", &timeout{"read"}))
	fmt.Println("first timeout:", i, t)
	nf, i := first[NotFound](errors.New("plain"), find("z"))
	fmt.Println("first not found:", i, nf.Name)
}
