// A blank variable declared without a value in a function declares
// nothing (the interpreter refused it: "cannot use _ as value").
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
	fmt.Println("ok", x)
}

// Output:
// ok 3
