package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Norm1() int { return p.X + p.Y }

type Normer interface{ Norm1() int }

func main() {
	p := Point{1, 2}
	var a any = p
	var n Normer = p
	var s fmt.Stringer
	p.X = 100
	fmt.Println(a.(Point).X, n.Norm1(), s == nil)
	n = p
	p = Point{}
	fmt.Println(n.Norm1())
}
