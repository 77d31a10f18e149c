package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{5, 2, 8, 1, 9}
	slices.Sort(s)
	fmt.Println(s)
	i, found := slices.BinarySearch(s, 8)
	fmt.Println(i, found)
	fmt.Println(slices.Index(s, 9), slices.Contains(s, 3))
}
