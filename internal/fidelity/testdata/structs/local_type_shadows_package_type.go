package main

import "fmt"

// Point is the package's point, with a method.
type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

type Grid [2]int

func local() {
	// A local Point of the same fields, without the method, and a local
	// Grid of another kind.
	type Point struct{ X, Y int }
	type Grid struct{ W, H int }
	p := Point{1, 2}
	var v any = p
	_, hasSum := v.(interface{ Sum() int })
	g := Grid{3, 4}
	fmt.Println(p, hasSum, g, g.W*g.H)
	{
		type Point [3]string
		fmt.Println(Point{"a", "b", "c"}, len(Point{}))
	}
	fmt.Printf("%T %T %+v\n", p, g, p)
}

func main() {
	local()
	p := Point{3, 4}
	fmt.Println(p, p.Sum(), Grid{5, 6})
}
