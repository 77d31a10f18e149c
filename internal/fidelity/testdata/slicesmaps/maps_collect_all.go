package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := maps.Collect(slices.All([]string{"zero", "one", "two"}))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Println(k, m[k])
	}
	fmt.Println(len(m))
}
