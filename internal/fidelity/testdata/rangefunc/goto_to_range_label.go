// A goto back to the label of a range over a function, which also
// continue and break name, with deferred calls in the body.
package main

import (
	"fmt"
	"slices"
)

func run() {
	n := 0
top:
	for v := range slices.Values([]int{1, 2, 3}) {
		if v == 2 {
			continue top
		}
		if v == 3 && n == 1 {
			break top
		}
		fmt.Println("pass", n, v)
		defer fmt.Println("deferred", n, v)
	}
	n++
	if n < 3 {
		goto top
	}
	fmt.Println("done", n)
}

func main() {
	run()
	fmt.Println("after run")
}
