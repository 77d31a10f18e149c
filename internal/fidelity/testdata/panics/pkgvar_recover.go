// Package-level variables holding function literals that panic and
// recover: a safeCall helper, a panic of a named type with a String
// method, recovered in main and in another such literal.
package main

import (
	"errors"
	"fmt"
)

type Level int

func (l Level) String() string { return [...]string{"LOW", "MID", "HIGH"}[l] }

var safeCall = func(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

var raise = func(l Level) { panic(l) }

var caught = func() (r any) {
	defer func() { r = recover() }()
	raise(1)
	return nil
}

func main() {
	fmt.Println(safeCall(func() {}))
	fmt.Println(safeCall(func() { panic(errors.New("boom")) }))
	fmt.Println(safeCall(func() { raise(2) }))
	r := caught()
	fmt.Printf("%v %T\n", r, r)
	func() {
		defer func() {
			r := recover()
			l, ok := r.(Level)
			fmt.Println("main:", r, l, ok)
		}()
		raise(0)
	}()
}
