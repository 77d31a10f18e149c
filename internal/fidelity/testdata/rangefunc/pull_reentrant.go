package main

import (
	"fmt"
	"iter"
)

func main() {
	var next func() (int, bool)
	var stop func()
	next, stop = iter.Pull(func(yield func(int) bool) {
		defer func() { fmt.Println("inner recovered:", recover()) }()
		next() // panics: next called again before yield
	})
	fmt.Println(next())
	stop()
	fmt.Println("end")
}
