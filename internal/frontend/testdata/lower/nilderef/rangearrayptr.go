// A range with a value over a nil pointer to an array panics with Go's
// run-time error (the interpreter's was reflection's); with no value it
// ranges over the array's length, as in Go.
package main

import "fmt"

func main() {
	var p *[3]int
	for i := range p {
		fmt.Print(i)
	}
	fmt.Println()
	q := &[2]string{"a", "b"}
	for i, v := range q {
		q[1] = "changed"
		fmt.Println(i, v)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	for i, v := range p {
		fmt.Println(i, v)
	}
}

// Output:
// 012
// 0 a
// 1 changed
// recovered: runtime error: invalid memory address or nil pointer dereference
