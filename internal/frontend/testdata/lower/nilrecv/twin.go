// A nil pointer to a type whose method has a pointer receiver runs the
// method, also where another type of the same underlying type has a value
// method of that name: the interpreter's assertion to a pointer to the
// other type would hold for it, so neither is checked.
package main

import "fmt"

type Shape interface{ Area() int }

type Square struct{ side int }

func (s Square) Area() int { return s.side * s.side }

type Tile struct{ side int }

func (t *Tile) Area() int {
	if t == nil {
		return -2
	}
	return t.side
}

func main() {
	var t *Tile
	var s Shape = t
	fmt.Println(s.Area())
	s = Square{3}
	fmt.Println(s.Area())
}

// Output:
// -2
// 9
