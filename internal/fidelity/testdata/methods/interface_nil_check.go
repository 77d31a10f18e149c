package main

import "fmt"

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func main() {
	var s Shape
	fmt.Println(s == nil)
	s = Rect{2, 3}
	fmt.Println(s == nil, s.Area())
	fmt.Printf("%v %T\n", s, s)
}
