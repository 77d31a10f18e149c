// A width or precision given by * from a spread []any holding a value of a
// named basic type without methods: fmt reads it as Go's does.
package main

import "fmt"

type Col int

type Temp float64

func main() {
	args := []any{Col(4), 9}
	fmt.Printf("[%*d]\n", args...)
	args2 := []any{Col(6), Temp(1.5)}
	fmt.Printf("[%*.1f]\n", args2...)
	args3 := []any{Temp(3), 7}
	fmt.Printf("[%*d]\n", args3...)
	args4 := []any{2, Col(7)}
	fmt.Printf("[%*d] [%.*f]\n", append(args4, 1, Temp(2.25))...)
}
