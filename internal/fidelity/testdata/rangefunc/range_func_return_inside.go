package main

import (
	"fmt"
	"iter"
)

func Items() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, s := range []string{"a", "b", "c", "d"} {
			if !yield(s) {
				return
			}
		}
	}
}

func find(target string) int {
	i := 0
	for s := range Items() {
		if s == target {
			return i
		}
		i++
	}
	return -1
}

func main() {
	fmt.Println(find("c"), find("z"))
}
