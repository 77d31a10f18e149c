// %w outside Errorf (or of a value that is no error) and %p of a value
// that is no pointer are bad verbs whatever the value: fmt names the type
// and prints the value with %v, calling no method.
package main

import (
	"errors"
	"fmt"
)

type Kind string

func (k Kind) Error() string { return string(k) }

type Point struct{ X, Y int }

func (p Point) String() string { return "point" }

type Level int

type Rec struct {
	P    Point
	L    Level
	name string
}

func main() {
	fmt.Printf("%w\n", Kind("timeout"))
	fmt.Printf("%w %p\n", Point{1, 2}, Point{3, 4})
	fmt.Printf("%w %p\n", Level(3), Level(4))
	r := Rec{Point{5, 6}, 7, "r"}
	fmt.Printf("%w|%+w|%#w|%p|%#p\n", r, r, r, r, r)
	fmt.Printf("%w\n", &r)
	var np *Rec
	fmt.Printf("%w\n", np)
	fmt.Println(fmt.Errorf("lvl: %w", Level(1)))
	fmt.Println(fmt.Errorf("kind: %w", Kind("k")))
	fmt.Println(errors.Unwrap(fmt.Errorf("kind: %w", Kind("k"))))
	s := fmt.Sprintf("%6w|%-6p|", Level(8), Level(9))
	fmt.Println(s)
}
