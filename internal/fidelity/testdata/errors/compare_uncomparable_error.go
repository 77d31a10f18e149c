package main

import (
	"errors"
	"fmt"
)

type ListErr struct{ items []string }

func (l ListErr) Error() string { return fmt.Sprint("list ", l.items) }

type CodeErr struct{ Code int }

func (c CodeErr) Error() string { return fmt.Sprint("code ", c.Code) }

type PtrErr struct{ msg string }

func (p *PtrErr) Error() string { return p.msg }

var sentinel = &PtrErr{"sentinel"}

func main() {
	e := fmt.Errorf("wrap: %w", ListErr{[]string{"a"}})
	fmt.Println(errors.Is(e, ListErr{[]string{"a"}}))
	c := fmt.Errorf("w: %w", CodeErr{3})
	fmt.Println(errors.Is(c, CodeErr{3}), errors.Is(c, CodeErr{4}))
	p := fmt.Errorf("w: %w", sentinel)
	fmt.Println(errors.Is(p, sentinel), errors.Is(p, &PtrErr{"sentinel"}))
	var err error = CodeErr{3}
	fmt.Println(err == CodeErr{3}, err == error(CodeErr{3}))
	var le error = ListErr{}
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(le == le)
}
