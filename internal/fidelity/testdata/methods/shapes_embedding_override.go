package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named struct{ Name string }

func (n Named) Describe() string { return "shape " + n.Name }

type Circle struct {
	Named
	R float64
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

type Rect struct {
	Named
	W, H float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Describe() string   { return fmt.Sprintf("rect %s %gx%g", r.Name, r.W, r.H) }

type Square struct {
	Rect
}

func NewSquare(name string, s float64) Square {
	return Square{Rect{Named{name}, s, s}}
}

type Describer interface{ Describe() string }

func main() {
	shapes := []Shape{
		Circle{Named{"c1"}, 1},
		Rect{Named{"r1"}, 2, 3},
		NewSquare("s1", 2),
		&Circle{Named{"c2"}, 0.5},
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		d := s.(Describer)
		fmt.Printf("%-16s %6.2f %6.2f %T\n", d.Describe(), s.Area(), s.Perimeter(), s)
	}
	sq := NewSquare("s2", 3)
	fmt.Println(sq.Name, sq.W, sq.Describe(), sq.Named.Describe(), sq.Rect.Named.Name)
	var total float64
	for _, s := range shapes {
		switch v := s.(type) {
		case Circle:
			total += v.R
		case *Circle:
			total += v.R * 10
		case Square:
			total += 100
		case Rect:
			total += 1000
		}
	}
	fmt.Println(total)
	if _, ok := shapes[0].(interface{ Describe() string }); ok {
		fmt.Println("first describes itself")
	}
	fmt.Printf("%v\n", sq)
	fmt.Printf("%+v\n", shapes[1])
}
