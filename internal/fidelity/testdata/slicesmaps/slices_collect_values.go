package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{3, 1, 2}
	sorted := slices.Sorted(slices.Values(s))
	fmt.Println(sorted)
	back := slices.Collect(slices.Values(sorted))
	fmt.Println(back, len(back))
	for i, v := range slices.Backward(s) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
}
