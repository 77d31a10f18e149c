// A short variable declaration of several values assigns the names already
// declared in its scope: a pointer or a closure sees the assignment.
package main

import "fmt"

func main() {
	s := 1
	p := &s
	s, n := 2, 3
	*p = 4
	fmt.Println(s, n)

	status := "idle"
	set := func() { status = "done" }
	status, tries := "checking", 1
	set()
	fmt.Println(status, tries)

	x := 1.5
	x, y := 5, x*10 // every value first: y is the old x's
	fmt.Println(x, y)
}

// Output:
// 4 3
// done 1
// 5 15
