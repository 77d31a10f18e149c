package main

import (
	"fmt"
	"iter"
)

func Rows() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < 3; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
outer:
	for r := range Rows() {
		for c := range 3 {
			if c > r {
				continue outer
			}
			fmt.Print(r, c, " ")
		}
	}
	fmt.Println()
}
