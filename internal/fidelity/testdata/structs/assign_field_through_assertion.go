// Shapes kept as []any, updated in place through pointer assertions.
package main

import "fmt"

type Pt struct{ X, Y int }

type Circle struct {
	C Pt
	R int
}

func main() {
	shapes := []any{&Pt{1, 1}, &Circle{Pt{0, 0}, 2}}
	shapes[0].(*Pt).X = 9
	shapes[1].(*Circle).C.Y += 3
	shapes[1].(*Circle).R *= 2
	byName := map[string]any{"p": &Pt{5, 5}}
	byName["p"].(*Pt).Y = 7
	p, c := shapes[0].(*Pt), shapes[1].(*Circle)
	fmt.Println(p.X, p.Y, c.C, c.R, byName["p"].(*Pt).Y)
}
