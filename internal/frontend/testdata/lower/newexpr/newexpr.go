// new with a value (Go 1.26): a constant, a variable, a composite value,
// a call, nested; new of a type unchanged.
package main

import "fmt"

type point struct{ X, Y int }

func origin() point { return point{} }

func main() {
	x := 42
	p, q, r := new(123), new(x), new(point{1, 2})
	x = 7
	s := new(origin())
	t := new(new("deep"))
	u := new(int)
	*q = 8
	fmt.Println(*p, *q, x, *r, *s, **t, *u)
	fmt.Printf("%T %T\n", p, t)
}

// Output:
// 123 8 7 {1 2} {0 0} deep 0
// *int **string
