// Values made of the program's interface types further down (a pointer
// to a []Shape, an unnamed struct holding one, a map of arrays of them)
// handed to a function that takes any, printed and encoded.
package main

import (
	"encoding/json"
	"fmt"
)

type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

func show(label string, v any) {
	fmt.Printf("%s %v %+v\n", label, v, v)
	b, err := json.Marshal(v)
	fmt.Println(string(b), err)
}

func main() {
	shapes := []Shape{Square{1}, nil}
	show("pointer", &shapes)
	show("struct", struct {
		Name   string `json:"name"`
		Shapes []Shape
		Note   string `json:",omitempty"`
	}{"s", shapes, ""})
	show("map of arrays", map[int][2]Shape{1: {Square{2}}})
}
