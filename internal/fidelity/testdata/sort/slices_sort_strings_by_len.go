package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func main() {
	words := strings.Fields("go is a fun language to use")
	slices.SortFunc(words, func(a, b string) int {
		if c := cmp.Compare(len(a), len(b)); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	fmt.Println(words)
}
