package main

import (
	"fmt"
	"maps"
)

func main() {
	m := map[string]int{"x": 1, "y": 2}
	c := maps.Clone(m)
	c["z"] = 3
	fmt.Println(len(m), len(c), maps.Equal(m, c))
	delete(c, "z")
	fmt.Println(maps.Equal(m, c))
}
