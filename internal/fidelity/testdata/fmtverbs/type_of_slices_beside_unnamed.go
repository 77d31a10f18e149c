// Orders kept as any beside rows of an unnamed struct type of the same
// fields: %T names each as Go does.
package main

import "fmt"

type Order struct {
	ID    int
	Total float64
}

func main() {
	var a any = []Order{{1, 2.5}}
	rows := []struct {
		ID    int
		Total float64
	}{{2, 3}}
	var b any = rows
	var c any = map[string]Order{"x": {3, 1}}
	fmt.Printf("%T %T %T\n", a, b, c)
	fmt.Printf("%v %v\n", a, b)
}
