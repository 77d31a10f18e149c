// Two labels on one statement: the outer one, only a goto's, labels an
// empty statement (the interpreter did not see the inner one).
package main

import "fmt"

func main() {
	n, tries := 0, 0
Again:
Outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue Outer
			}
			n += 10*i + j
		}
	}
	if tries++; tries < 2 {
		goto Again
	}
	fmt.Println(n, tries)
}

// Output:
// 60 2
