package main

import (
	"errors"
	"fmt"
	"io"
)

type CodedError interface {
	error
	Code() int
}

type Source interface {
	io.Reader
	Name() string
}

func check(fail bool) CodedError {
	if fail {
		return nil
	}
	return nil
}

func open() Source { return nil }

func main() {
	var e error = check(true)
	fmt.Println(e == nil, errors.Is(e, io.EOF))
	var r io.Reader = open()
	fmt.Println(r == nil)
	if err := error(check(false)); err != nil {
		fmt.Println("unexpected", err)
	} else {
		fmt.Println("no error")
	}
}
