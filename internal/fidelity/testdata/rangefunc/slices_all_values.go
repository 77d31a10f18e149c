package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []string{"x", "y"}
	for i, v := range slices.All(s) {
		fmt.Println(i, v)
	}
	for v := range slices.Values(s) {
		fmt.Println(v)
	}
}
