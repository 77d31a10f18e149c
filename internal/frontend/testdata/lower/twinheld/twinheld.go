// A new user's enum: Color and int are held alike in an interface, but only
// Color is ever put in one (fmt's arguments do not count), so the type
// switch, the assertion and the comparisons run; a Color in an any compared
// with a Color compares the values, not the interpreter's wrappers.
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Shape struct{ Sides int }

func describe(x any) string {
	switch v := x.(type) {
	case Color:
		return "color " + v.String()
	case int:
		return fmt.Sprint("int ", v) // never reached by a Color: case Color is first
	case Shape:
		return fmt.Sprint("shape ", v.Sides)
	}
	return "other"
}

func main() {
	fmt.Println(Red, 1, Blue)
	fmt.Println(describe(Green), describe(Shape{3}), describe("s"))
	var c any = Blue
	_, isColor := c.(Color)
	fmt.Println(isColor, c == Blue, c != Red)
	seen := map[Color]bool{Red: true}
	fmt.Println(seen[Red], seen[Blue])
}

// Output:
// red 1 blue
// color green shape 3 other
// true true true
// true false
