// Functions, methods and literals with unnamed parameters.
package main

import "fmt"

type H struct{}

func (H) Handle(string, int) bool { return true }

func ignore(string) bool { return true }

func main() {
	var h H
	fmt.Println(ignore("x"), h.Handle("a", 1))
	f := ignore
	fmt.Println(f("y"))
}

// Output:
// true true
// true
