package main

import (
	"errors"
	"fmt"
)

type E1 struct{ msg string }

func (e E1) Error() string { return e.msg }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	err := fmt.Errorf("wrap: %w", E1{"one"})
	var p *E1
	try("nil *E1", func() { fmt.Println(errors.As(err, p)) })
	try("nil error", func() { fmt.Println(errors.As(nil, p)) })
	q := new(E1)
	try("new(E1)", func() { fmt.Println(errors.As(err, q), q.msg) })
}
