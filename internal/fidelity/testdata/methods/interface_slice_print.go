package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
}

type Circle struct{ R float64 }

func (c Circle) Area() float64  { return math.Pi * c.R * c.R }
func (c Circle) String() string { return fmt.Sprintf("Circle(r=%g)", c.R) }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func main() {
	shapes := []Shape{Circle{1}, Rect{2, 3}, Circle{0.5}}
	fmt.Println(shapes)
	for _, s := range shapes {
		fmt.Printf("%v has area %.2f\n", s, s.Area())
	}
	var biggest Shape = shapes[1]
	fmt.Printf("biggest: %+v\n", biggest)
}
