package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	groups := map[int][]string{}
	for _, w := range []string{"a", "bb", "cc", "d", "eee"} {
		groups[len(w)] = append(groups[len(w)], w)
	}
	for _, n := range slices.Sorted(maps.Keys(groups)) {
		fmt.Println(n, groups[n])
	}
}
