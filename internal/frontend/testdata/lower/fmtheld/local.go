// Values of types declared inside a function, and of package-level
// structs held bare, held in an interface: printed with their fields'
// names and named by %T.
package main

import "fmt"

type Point struct {
	x, y int
	name string
}

func main() {
	type cell struct {
		row, col int
	}
	var a any = Point{1, 2, "p"}
	var b any = cell{3, 4}
	fmt.Printf("%v %+v %#v %T\n", a, a, a, a)
	fmt.Printf("%v %+v %#v %T\n", b, b, b, b)
	fmt.Printf("%v %+v\n", []any{b, Point{5, 6, "q"}}, map[string]any{"c": b})
	var none any
	fmt.Printf("%T %v\n", none, none)
}

// Output:
// {1 2 p} {x:1 y:2 name:p} main.Point{x:1, y:2, name:"p"} main.Point
// {3 4} {row:3 col:4} main.cell{row:3, col:4} main.cell
// [{3 4} {5 6 q}] map[c:{row:3 col:4}]
// <nil> <nil>
