package main

import "fmt"

type Row []any

func main() {
	// A []any appended to a []any is one element, not spread.
	var batches []any
	batches = append(batches, []any{1, "x"})
	batches = append(batches, []any{2, "y"})
	fmt.Println(batches, len(batches))

	var r Row
	r = append(r, Row{2, 3})
	fmt.Println(r, len(r))

	// Spread, it is its elements.
	flat := append([]any{}, []any{1, 2}...)
	fmt.Println(flat, len(flat))

	// A []int is one element of a []any either way.
	b := append([]any{}, []int{1, 2})
	fmt.Println(b, len(b))
}
