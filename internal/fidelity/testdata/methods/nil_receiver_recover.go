package main

import (
	"fmt"
	"runtime"
)

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 {
	if c == nil {
		return 0
	}
	return 3 * c.R * c.R
}

func total[S Shape](shapes ...S) float64 {
	sum := 0.0
	for _, s := range shapes {
		sum += s.Area()
	}
	return sum
}

func safe(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			_, isRuntime := r.(runtime.Error)
			fmt.Println(name, "recovered:", r, isRuntime)
		}
	}()
	f()
}

func main() {
	var s Shape
	safe("unset shape", func() { fmt.Println(s.Area()) })
	var r *Rect
	s = r
	safe("nil *Rect", func() { fmt.Println(s.Area()) })
	var c *Circle
	s = c
	safe("nil *Circle", func() { fmt.Println(s.Area()) })
	safe("generic", func() { fmt.Println(total(Shape(Rect{1, 2}), nil)) })
	fmt.Println(total[Shape](Rect{2, 3}, &Circle{1}, c))
}
