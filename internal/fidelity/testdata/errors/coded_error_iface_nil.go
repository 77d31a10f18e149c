package main

import (
	"errors"
	"fmt"
)

type CodedError interface {
	error
	Code() int
}

type valErr struct{ c int }

func (v valErr) Error() string { return fmt.Sprint("val ", v.c) }
func (v valErr) Code() int     { return v.c }

type ptrErr struct{ c int }

func (p *ptrErr) Error() string {
	if p == nil {
		return "nil ptrErr"
	}
	return fmt.Sprint("ptr ", p.c)
}
func (p *ptrErr) Code() int { return 0 }

type Named interface {
	fmt.Stringer
	Name() string
}

type lvl int

func (l lvl) String() string { return "lvl!" }
func (l lvl) Name() string   { return "n" }

func get(i int) CodedError {
	switch i {
	case 0:
		return valErr{1}
	case 1:
		return &ptrErr{2}
	}
	var p *ptrErr
	return p
}

func asErr(c CodedError) error { return c }

func main() {
	for i := range 3 {
		err := asErr(get(i))
		var v valErr
		fmt.Println(err, err == nil, errors.As(err, &v), v.c)
	}
	var n Named = lvl(3)
	var s fmt.Stringer = n
	fmt.Println(s.String(), s)
	e := error(get(0))
	if ve, ok := e.(valErr); ok {
		fmt.Println("valErr", ve.c)
	}
}
