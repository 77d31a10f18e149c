// Deferred calls that panic, recovered by a function literal deferred
// before them: a declared function deferred in a loop, and a literal
// deferred after a builtin (delete) that runs on the way.
package main

import "fmt"

func release(id int) {
	if id == 1 {
		panic(fmt.Sprint("release ", id, " failed"))
	}
	fmt.Println("released", id)
}

func releaseAll() {
	defer func() { fmt.Println("recovered:", recover()) }()
	for id := range 3 {
		defer release(id)
	}
	fmt.Println("acquired all")
}

func cache() {
	defer func() { fmt.Println("recovered:", recover()) }()
	seen := map[string]int{"x": 1}
	defer delete(seen, "x")
	defer func() {
		var counts map[string]int
		counts["y"]++
	}()
	fmt.Println("caching", len(seen))
}

func main() {
	releaseAll()
	cache()
}
