package main

import "fmt"

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

var first, second any = Color(1), Point{1, 2}

func main() {
	fmt.Println(first, second)
	var a, b any = Color(2), Point{3, 4}
	fmt.Println(a, b)
	a, b = b, a
	fmt.Println(a, b)
	var s, t fmt.Stringer = Color(0), Point{5, 6}
	s, t = t, s
	fmt.Println(s, t)
}
