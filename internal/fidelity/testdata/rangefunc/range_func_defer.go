package main

import (
	"fmt"
	"iter"
)

func Three() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range 3 {
			if !yield(i) {
				return
			}
		}
	}
}

func run() {
	for i := range Three() {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func main() {
	run()
}
