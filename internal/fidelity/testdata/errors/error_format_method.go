package main

import (
	"errors"
	"fmt"
)

// ParseError formats itself with detail for %+v, as errors packages do.
type ParseError struct {
	Line int
	Msg  string
}

func (e ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func (e ParseError) Format(f fmt.State, verb rune) {
	switch {
	case verb == 'v' && f.Flag('+'):
		fmt.Fprintf(f, "parse error at line %d: %s (see the manual)", e.Line, e.Msg)
	case verb == 'q':
		fmt.Fprintf(f, "%q", e.Error())
	default:
		fmt.Fprint(f, e.Error())
	}
}

// Code is an error code with a Go-syntax form.
type Code int

func (c Code) Error() string    { return fmt.Sprintf("code %d", int(c)) }
func (c Code) GoString() string { return fmt.Sprintf("Code(%d)", int(c)) }

type Wrapped struct{ Err error }

func (w *Wrapped) Error() string                 { return "wrapped: " + w.Err.Error() }
func (w *Wrapped) Unwrap() error                 { return w.Err }
func (w *Wrapped) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "<%v>", w.Err) }

func parse(s string) error {
	if s == "" {
		return ParseError{3, "empty input"}
	}
	return nil
}

func main() {
	err := parse("")
	fmt.Println(err)
	fmt.Printf("%v\n%+v\n%s\n%q\n", err, err, err, err)
	fmt.Println(err.Error())

	var pe ParseError
	if errors.As(err, &pe) {
		fmt.Println("as:", pe.Line)
	}
	if p, ok := err.(ParseError); ok {
		fmt.Println("asserted:", p.Msg)
	}
	switch e := err.(type) {
	case ParseError:
		fmt.Println("switch:", e.Line)
	}

	w := fmt.Errorf("load config: %w", err)
	fmt.Println(w)
	fmt.Printf("%+v\n", errors.Unwrap(w))
	fmt.Println(errors.Is(w, err))

	var c error = Code(7)
	fmt.Printf("%v %#v\n", c, c)
	errs := []error{err, c, &Wrapped{c}}
	fmt.Println(errs)
	fmt.Printf("%+v\n", errs)
	fmt.Printf("%#v\n", errs[1])
	fmt.Println(errors.Join(err, c))
	retry := fmt.Errorf("retry: %w", ParseError{9, "bad token"})
	fmt.Printf("%v\n%+v\n", retry, errors.Unwrap(retry))
	ch := make(chan error, 1)
	ch <- ParseError{10, "late"}
	fmt.Printf("%+v\n", <-ch)
	s := fmt.Sprint(err)
	fmt.Println(len(s), s)
}
