// Method expressions of value and pointer receivers, variadic methods,
// interface methods and compiled types, as values and called at once.
package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) Sum(ks ...int) int {
	s := p.X + p.Y
	for _, k := range ks {
		s += k
	}
	return s
}

type Shape interface{ Area() float64 }
type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

func main() {
	add := Point.Add
	fmt.Println(add(Point{1, 2}, Point{3, 4}))
	scale := (*Point).Scale
	p := Point{1, 1}
	scale(&p, 5)
	fmt.Println(p, Point.Sum(p, 1, 2), (*Point).Add(&p, p))
	area := Shape.Area
	fmt.Println(area(Sq(3)))
	up := strings.ToUpper
	fmt.Println(up("x"), (*strings.Builder).Len(&strings.Builder{}))
	fs := []func(Point, ...int) int{Point.Sum}
	fmt.Println(fs[0](p, 10))
}

// Output:
// {4 6}
// {5 5} 13 {10 10}
// 9
// X 0
// 20
