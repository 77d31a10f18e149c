package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []float64{2.5, -1, 7.25}
	fmt.Println(slices.Max(s), slices.Min(s))
	words := []string{"kiwi", "fig", "banana"}
	fmt.Println(slices.Max(words), slices.Min(words))
}
