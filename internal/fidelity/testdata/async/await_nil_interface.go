package main

import (
	"fmt"
	"io"

	"github.com/asyncrepl/asyncrepl/loop"
)

type Shape interface{ Area() float64 }

func main() {
	loop.Run(loop.Async(func() (any, error) {
		a, _ := loop.Await(loop.Async(func() (fmt.Stringer, error) { return nil, nil }))
		b, _ := loop.Await(loop.Async(func() io.Reader { return nil }))
		c, _ := loop.Await(loop.Async(func() Shape { return nil }))
		d, _ := loop.Await(loop.Async(func() any { return nil }))
		var s Shape
		e, _ := loop.Await(loop.Async(func() Shape { return s }))
		fmt.Println(a == nil, b == nil, c == nil, d == nil, e == nil)
		return nil, nil
	}))
}
