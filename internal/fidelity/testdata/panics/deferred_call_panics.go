// A deferred call of a function, a method or a function value that panics
// (explicitly or at run time) runs the calls deferred before it, and a
// recover deferred before those gets the panic: a deferred Unlock still
// unlocks.
package main

import (
	"fmt"
	"sync"
)

type R struct{ name string }

func (r *R) Close() { panic("close " + r.name) }

func boom() { panic("boom") }

func work(mu *sync.Mutex) {
	mu.Lock()
	defer mu.Unlock()
	r := &R{"a"}
	defer r.Close()
	fmt.Println("work")
}

func declared() {
	defer fmt.Println("cleanup ran")
	defer boom()
	fmt.Println("declared")
}

func value() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var m map[string]int
	g := func() { m["x"] = 1 }
	defer g()
	fmt.Println("value")
}

func main() {
	var mu sync.Mutex
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		work(&mu)
	}()
	fmt.Println("unlocked by defer:", mu.TryLock())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		declared()
	}()
	value()
}
