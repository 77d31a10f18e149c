package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "<nil MyErr>"
	}
	return e.Msg
}

func mayFail(fail bool) *MyErr {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func wrong(fail bool) error {
	return mayFail(fail)
}

func right(fail bool) error {
	if e := mayFail(fail); e != nil {
		return e
	}
	return nil
}

func main() {
	e1 := wrong(false)
	e2 := right(false)
	fmt.Println(e1 == nil, e2 == nil)
	fmt.Printf("%v %T\n", e1, e1)
	var me *MyErr
	fmt.Println(errors.As(e1, &me), me == nil)
	e3 := wrong(true)
	fmt.Println(e3, e3 != nil)
	errs := []error{e1, e2, e3}
	n := 0
	for _, e := range errs {
		if e != nil {
			n++
		}
	}
	fmt.Println("non-nil:", n)
}
