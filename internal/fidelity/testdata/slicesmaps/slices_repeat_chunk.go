package main

import (
	"fmt"
	"slices"
)

func main() {
	fmt.Println(slices.Repeat([]string{"ab"}, 3))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Println(c)
	}
}
