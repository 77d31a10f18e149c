package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func mayFailFixed(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type Speaker interface{ Speak() string }
type Dog struct{}

func (d *Dog) Speak() string {
	if d == nil {
		return "silent nil dog"
	}
	return "woof"
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Println(mayFailFixed(false) == nil)
	var me *MyErr
	fmt.Println(errors.As(mayFail(true), &me), me.msg)
	var d *Dog
	var s Speaker = d
	fmt.Println(s == nil, s.Speak())
	var s2 Speaker
	fmt.Println(s2 == nil)
	fmt.Printf("%v %T\n", s2, s)
}
