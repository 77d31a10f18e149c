package main

import "fmt"

type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type Shape interface{ Area() int }

func main() {
	var last Shape
	var seen []Shape
	for _, last = range []Sq{{4}, {5}, {6}} {
		seen = append(seen, last)
	}
	fmt.Println(seen[0].Area(), seen[1].Area(), last.Area())
}
