package main

import "fmt"

type Shape interface {
	Area() float64
}

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

func Total[S Shape](shapes []S) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	fmt.Println(Total([]Square{{2}, {3}}))
	fmt.Println(Total([]Shape{Square{1}, Circle{1}}))
}
