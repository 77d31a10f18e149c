// errors.As with a target of a type parameter's type, in a generic
// function: written out for each type argument, so the target's type is
// concrete (the interpreter failed to compile the instance, "CFG
// post-order panic").
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type MissingFile struct{ Name string }

func (e *MissingFile) Error() string { return e.Name + " not found" }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Temporary interface {
	error
	Temporary() bool
}

type netErr struct{}

func (netErr) Error() string   { return "net" }
func (netErr) Temporary() bool { return true }

// find reports the first error in err's chain of type T.
func find[T error](err error) (T, bool) {
	var t T
	ok := errors.As(err, &t)
	return t, ok
}

func main() {
	base := &MissingFile{"cfg"}
	err := fmt.Errorf("load: %w", base)
	nf, ok := find[*MissingFile](err)
	fmt.Println(nf, ok, nf == base)
	c, ok := find[Code](fmt.Errorf("x: %w", Code(7)))
	fmt.Println(c, ok)
	c, ok = find[Code](err)
	fmt.Println(c, ok)
	_, ok = find[*MissingFile](errors.New("plain"))
	fmt.Println(ok)
	tmp, ok := find[Temporary](fmt.Errorf("w: %w", netErr{}))
	fmt.Println(tmp, ok)
	_, ok = find[Temporary](err)
	fmt.Println(ok)
	e, ok := find[error](err)
	fmt.Println(e, ok)
	_, openErr := os.Open("/nonexistent/file")
	pe, ok := find[*fs.PathError](openErr)
	fmt.Println(pe.Op, ok)
	var none *MissingFile
	var held error = none
	n, ok := find[*MissingFile](fmt.Errorf("w: %w", held))
	fmt.Println(n == nil, ok)
}

// Output:
// cfg not found true true
// code 7 true
// code 0 false
// false
// net true
// false
// load: cfg not found true
// open true
// true true
