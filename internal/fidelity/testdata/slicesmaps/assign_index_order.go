package main

import "fmt"

func main() {
	// The index on the left is read before any assignment is made.
	seen := map[int]string{}
	id := 0
	id, seen[id] = 1, "first"
	fmt.Println(id, seen)

	// Swapping elements chosen by indices that the same statement moves.
	order := []string{"a", "b", "c"}
	lo, hi := 0, 2
	order[lo], order[hi], lo, hi = order[hi], order[lo], lo+1, hi-1
	fmt.Println(order, lo, hi)
}
