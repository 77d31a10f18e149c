package main

import (
	"fmt"
	"slices"
	"strings"
)

type entry struct {
	key string
	val int
}

func main() {
	es := []entry{{"a", 1}, {"c", 3}, {"e", 5}}
	i, ok := slices.BinarySearchFunc(es, "c", func(e entry, k string) int { return strings.Compare(e.key, k) })
	fmt.Println(i, ok)
	i, ok = slices.BinarySearchFunc(es, "d", func(e entry, k string) int { return strings.Compare(e.key, k) })
	fmt.Println(i, ok)
}
