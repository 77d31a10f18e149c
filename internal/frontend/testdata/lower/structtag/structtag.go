// Struct types of the same fields, each with a representation of its own:
// told apart in interfaces, by assertions and ==, named by fmt; a value of
// an unnamed struct type assigned to a named one; the tags the program
// wrote, read back; a type declared in a function, named out of its scope.
package main

import (
	"fmt"
	"reflect"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Size struct {
	X, Y int `json:"x"`
}

type row struct {
	id   int
	Name string `db:"name"`
}

func local() any {
	type hit struct{ n int }
	return &hit{3}
}

func main() {
	p := Point{1, 2}
	items := []any{p, &p, Size{3, 4}}
	_, isSize := items[0].(Size)
	fmt.Println(items, isSize, items[2] == any(Point{3, 4}))
	var q Point = struct{ X, Y int }{5, 6}
	fmt.Println(q)
	f := reflect.TypeOf(row{}).Field(1)
	fmt.Println(f.Tag, reflect.TypeOf(Size{}).Field(0).Tag.Get("json"))
	fmt.Printf("%v %+v %#v %T\n", local(), local(), local(), local())
}

// Output:
// [(1,2) (1,2) {3 4}] false false
// (5,6)
// db:"name" x
// &{3} &{n:3} &main.hit{n:3} *main.hit
