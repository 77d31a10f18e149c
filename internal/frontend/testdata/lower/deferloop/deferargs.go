// A function literal with parameters deferred in a loop, reading the
// loop's variable: its arguments are taken at the statement, with the
// pointer to the iteration's variable (the two lowerings together made a
// call with the arguments in the wrong place: "not enough arguments").
package main

import "fmt"

func stack() {
	for i := range 3 {
		defer func(n int) { fmt.Print(n, i, " ") }(i * 10)
	}
}

func main() {
	stack()
	fmt.Println()
}

// Output:
// 20 2 10 1 0 0
