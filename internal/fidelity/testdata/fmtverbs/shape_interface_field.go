package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
}

type Circle struct{ R float64 }
type Square struct{ Side float64 }
type Rect struct{ W, H float64 }

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (s Square) Area() float64 { return s.Side * s.Side }
func (r Rect) Area() float64   { return r.W * r.H }

type Labeled struct {
	Label string
	Shape Shape
}

func main() {
	items := []Labeled{
		{"wheel", Circle{1}},
		{"tile", Square{2}},
		{"door", Rect{1, 2}},
		{"nothing", nil},
	}
	total := 0.0
	for _, it := range items {
		if it.Shape != nil {
			total += it.Shape.Area()
		}
		fmt.Printf("%v | %+v | %T\n", it, it, it.Shape)
	}
	fmt.Printf("total %.3f\n", total)
	fmt.Printf("%#v\n", items[2])
}
