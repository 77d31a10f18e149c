package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Counts map[string]int

func (c Counts) Add(k string) { c[k]++ }
func (c Counts) Top() (string, int) {
	best, n := "", -1
	for _, k := range slices.Sorted(maps.Keys(c)) {
		if c[k] > n {
			best, n = k, c[k]
		}
	}
	return best, n
}

func main() {
	c := Counts{}
	for _, w := range strings.Fields("a b a c b a") {
		c.Add(w)
	}
	fmt.Println(c.Top())
}
