package main

import (
	"fmt"
	"maps"
)

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	sum := 0
	for k := range maps.Keys(m) {
		sum += m[k]
	}
	fmt.Println(sum)
	total := 0
	for k, v := range maps.All(m) {
		total += len(k) + v
	}
	fmt.Println(total)
}
