// A recovered value of a named type that is not a struct keeps its type:
// fmt calls its String method, an assertion takes it back, and a panic
// with it again prints its text.
package main

import (
	"errors"
	"fmt"
)

type Level int

func (l Level) String() string { return [...]string{"LOW", "MID", "HIGH"}[l] }

type Tags []string

func (t Tags) String() string { return fmt.Sprintf("tags%d", len(t)) }

type Code uint8

func guard(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name, "recovered:", r)
		if l, ok := r.(Level); ok {
			fmt.Println("  level", l, int(l))
		}
		if t, ok := r.(Tags); ok {
			fmt.Println("  tags", t, []string(t))
		}
		if c, ok := r.(Code); ok {
			fmt.Println("  code", c+1)
		}
	}()
	f()
}

func again() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(fmt.Sprint("again: ", r))
		}
	}()
	func() {
		defer func() {
			r := recover()
			panic(r)
		}()
		panic(Level(1))
	}()
	return nil
}

func main() {
	guard("level", func() { panic(Level(2)) })
	guard("tags", func() { panic(Tags{"a", "b"}) })
	guard("code", func() { panic(Code(7)) })
	guard("string", func() { panic("plain") })
	fmt.Println(again())
	var v any = Level(0)
	guard("held", func() { panic(v) })
}
