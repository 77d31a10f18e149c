package main

import (
	"fmt"
	"slices"
)

func main() {
	a := []int{1, 2, 3}
	b := slices.Clone(a)
	b[0] = 99
	fmt.Println(a, b)
	c := slices.Grow(a[:1], 10)
	fmt.Println(len(c), cap(c) >= 11)
	fmt.Println(slices.Concat(a, b, []int{7}))
}
