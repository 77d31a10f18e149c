// A blank variable declared without a value in a function declares
// nothing (the interpreter refused it, "cannot use _ as value", also
// beside a name): it is given the zero value.
package main

import "fmt"

func main() {
	var _ int
	var _, _ string
	var (
		_ float64
		x = 3
	)
	var _ = fmt.Sprint("evaluated")
	var _, y int
	fmt.Println("ok", x, y)
}

// Output:
// ok 3 0
