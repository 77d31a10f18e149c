package main

import "fmt"

type Key struct {
	A string
	B [2]int
}

func main() {
	seen := map[Key]bool{}
	keys := []Key{{"x", [2]int{1, 2}}, {"x", [2]int{1, 2}}, {"y", [2]int{1, 2}}}
	for _, k := range keys {
		seen[k] = true
	}
	fmt.Println(len(seen))
}
