package main

import (
	"errors"
	"fmt"
)

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

type V struct{ code int }

func (v V) Error() string { return fmt.Sprint("V", v.code) }

func lookup(k string) (*E, bool) {
	if k == "a" {
		return &E{"a"}, true
	}
	return nil, false
}

func val() (V, int) { return V{4}, 1 }

func main() {
	var err error
	var ok bool
	m := map[string]*E{"a": {"x"}}
	err, ok = m["a"]
	fmt.Println(err, ok)
	err, ok = m["zz"]
	fmt.Println(err == nil, ok)
	ch := make(chan *E, 1)
	ch <- &E{"ch"}
	if err, ok = <-ch; ok {
		fmt.Println("recv:", err)
	}
	var x any = &E{"as"}
	if err, ok = x.(*E); ok {
		var e *E
		fmt.Println("assert:", err, errors.As(err, &e), e.msg)
	}
	vs := map[int]V{1: {7}}
	switch err, ok = vs[1]; {
	case ok:
		fmt.Printf("switch: %v %T\n", err, err)
	}
	wrapped := fmt.Errorf("wrap: %w", err)
	fmt.Println(wrapped, errors.Unwrap(wrapped) == err)

	err, ok = lookup("a")
	fmt.Println(err, ok)
	err, ok = lookup("b")
	fmt.Println(err == nil, ok)
	var n int
	err, n = val()
	fmt.Printf("%v %T %d\n", err, err, n)
}
