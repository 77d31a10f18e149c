// %T of a nil interface of the program's (a variable, a struct's field, a
// slice's element, the same put in an any): <nil>, where the program has
// types %T names by its own checks (Sq, *Sq).
package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S }

type Labeled struct {
	Label string
	Shape Shape
}

func main() {
	var s Shape
	fmt.Printf("%T\n", s)
	l := Labeled{Label: "none"}
	fmt.Printf("%T %v %+v\n", l.Shape, l, l)
	shapes := []Shape{Sq{2}, nil}
	for _, sh := range shapes {
		fmt.Printf("%T %v\n", sh, sh)
	}
	var a any = l.Shape
	fmt.Printf("%T\n", a)
}

// Output:
// <nil>
// <nil> {none <nil>} {Label:none Shape:<nil>}
// main.Sq {2}
// <nil> <nil>
// <nil>
