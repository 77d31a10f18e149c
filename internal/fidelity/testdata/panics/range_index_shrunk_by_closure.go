package main

import "fmt"

var global = []string{"a", "b", "c"}

func trim() { global = global[:1] }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

// A range's index used on the slice the loop ranges over, which a closure
// or another function shrinks while the loop runs: Go's message names the
// index and the length.
func main() {
	try("closure", func() {
		s := []int{1, 2, 3}
		shrink := func() { s = s[:1] }
		for i := range s {
			shrink()
			fmt.Println(s[i])
		}
	})
	try("pointer", func() {
		s := []int{1, 2, 3}
		p := &s
		for i := range s {
			*p = nil
			fmt.Println(s[i])
		}
	})
	try("package variable", func() {
		for i := range global {
			trim()
			fmt.Println(global[i])
		}
	})
}
