package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (c Circle) Name() string  { return "circle" }

func Largest[S Shape](shapes []S) S {
	var best S
	for i, s := range shapes {
		if i == 0 || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func Describe[S Shape](shapes ...S) string {
	var parts []string
	for _, s := range shapes {
		parts = append(parts, fmt.Sprintf("%s(%.1f)", s.Name(), s.Area()))
	}
	return strings.Join(parts, ", ")
}

type Named interface {
	comparable
	Name() string
}

func Dedup[T Named](xs []T) []T {
	seen := map[T]bool{}
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func main() {
	rects := []Rect{{1, 2}, {3, 1}, {2, 2}}
	fmt.Println(Largest(rects), Describe(rects...))
	mixed := []Shape{Rect{1, 1}, Circle{1}, Rect{5, 5}}
	fmt.Println(Largest(mixed).Name(), Describe(mixed...))
	fmt.Println(Dedup([]Rect{{1, 1}, {1, 1}, {2, 1}}))
	fmt.Println(len(Dedup(mixed)))
}
