package main

import (
	"fmt"
	"runtime"
)

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

var made = 0

func newShape() Shape {
	made++
	return Sq{2}
}

func try(fn func()) (error string) {
	defer func() {
		if e := recover(); e != nil {
			error = e.(runtime.Error).Error()
		}
	}()
	fn()
	return "none"
}

func main() {
	area := newShape().Area
	fmt.Println(made, area(), made)
	var xs []int
	fmt.Println(try(func() { _ = xs[3] }))
	fmt.Println(try(func() {}))
}
