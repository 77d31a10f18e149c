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

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Square struct{ Rect }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func NewSquare(s float64) Square    { return Square{Rect{s, s}} }
func (s Square) String() string     { return fmt.Sprintf("Square(%g)", s.W) }

func main() {
	shapes := []Shape{Circle{1}, Rect{2, 3}, NewSquare(2), &Circle{0.5}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%-12v %-14T area=%6.3f perim=%6.3f\n", s, s, s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total %.4f\n", total)
	counts := map[string]int{}
	for _, s := range shapes {
		switch s.(type) {
		case Circle, *Circle:
			counts["circle"]++
		case Rect:
			counts["rect"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println(counts)
	_, isStringer := shapes[2].(fmt.Stringer)
	fmt.Println(isStringer)
}
