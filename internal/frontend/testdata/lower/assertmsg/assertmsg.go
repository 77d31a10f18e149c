// The run-time error of a failed one-result assertion to a type of the
// program's, in Go's words (the interpreter named its representations:
// "interface {} is struct { Xn string }, not struct { ... }").
package main

import (
	"errors"
	"fmt"
)

type VE struct{ Code int }

func (v VE) Error() string { return "ve" }

type PE struct{ Msg string }

func (p *PE) Error() string { return "pe" }

type Celsius float64

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Circ struct{ R float64 }

func (c *Circ) Area() float64 { return 3 * c.R * c.R }

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	f()
}

func main() {
	var err error = VE{3}
	fmt.Println(err.(VE).Code)
	err = &PE{"x"}
	fmt.Println(err.(*PE).Msg)
	try(func() { fmt.Println(err.(VE)) })
	var nilPE *PE
	err = nilPE
	fmt.Println(err.(*PE) == nil)
	var x any = Celsius(3.5)
	fmt.Println(x.(Celsius) + 1)
	x = &Circ{2}
	try(func() { fmt.Println(x.(Sq)) })
	var s Shape = &Circ{1}
	fmt.Println(s.(*Circ).R)
	try(func() { _ = s.(Sq) })
	s = nil
	try(func() { _ = s.(Sq) })
	try(func() { _ = errors.New("e").(*PE) })
	w := fmt.Errorf("w: %w", VE{9})
	try(func() { _ = errors.Unwrap(w).(*PE) })
	fmt.Println(errors.Unwrap(w).(VE).Code)
	var y any = Sq{2}
	fmt.Println(y.(Sq).Area())
	try(func() { _ = y.(*Circ) })
}

// Output:
// 3
// x
// recovered: interface conversion: error is *main.PE, not main.VE
// true
// 4.5
// recovered: interface conversion: interface {} is *main.Circ, not main.Sq
// 1
// recovered: interface conversion: main.Shape is *main.Circ, not main.Sq
// recovered: interface conversion: main.Shape is nil, not main.Sq
// recovered: interface conversion: error is *errors.errorString, not *main.PE
// recovered: interface conversion: error is main.VE, not *main.PE
// 9
// 4
// recovered: interface conversion: interface {} is main.Sq, not *main.Circ
