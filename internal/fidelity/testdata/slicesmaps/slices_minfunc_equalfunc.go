package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func main() {
	words := []string{"Banana", "apple", "Cherry"}
	shortest := slices.MinFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(shortest)
	fmt.Println(slices.EqualFunc([]string{"A", "b"}, []string{"a", "B"}, strings.EqualFold))
	fmt.Println(slices.IsSorted([]int{1, 2, 2, 5}))
}
