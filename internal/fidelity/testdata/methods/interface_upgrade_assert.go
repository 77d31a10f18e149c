package main

import "fmt"

type Shape interface{ Area() float64 }
type Perimeterer interface{ Perimeter() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

func describe(s Shape) string {
	if p, ok := s.(Perimeterer); ok {
		return fmt.Sprintf("area %.1f, perimeter %.1f", s.Area(), p.Perimeter())
	}
	if c, ok := s.(Circle); ok {
		return fmt.Sprintf("circle of radius %.1f", c.R)
	}
	return "unknown"
}

func main() {
	shapes := []Shape{Rect{2, 3}, Circle{1}, nil}
	for _, s := range shapes[:2] {
		fmt.Println(describe(s))
	}
	var none Shape = shapes[2]
	_, ok := none.(Perimeterer)
	fmt.Println("nil shape has perimeter:", ok)
	fmt.Println(shapes[0] == Rect{2, 3}, shapes[0] != shapes[1])
}
