// Defer in the body of a range over a function runs when the function
// returns, in Go's order among its other deferred calls, with its
// arguments and receiver taken at the statement.
package main

import (
	"fmt"
	"iter"
	"slices"
	"sync"
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

type T struct{ n int }

func (t T) Show() { fmt.Println("show", t.n) }

func run() {
	defer fmt.Println("first deferred")
	for i := range Three() {
		defer fmt.Println("deferred", i)
		t := T{i * 10}
		defer t.Show()
		t.n = -1
		if i == 1 {
			continue
		}
		defer func() { fmt.Println("closure", i) }()
	}
	defer fmt.Println("last deferred")
	fmt.Println("body done")
}

func early() (r int) {
	defer func() { r *= 2 }()
	for k, v := range slices.All([]string{"a", "b", "c"}) {
		defer fmt.Println("early", k, v)
		if v == "b" {
			return k + 10
		}
	}
	return -1
}

func main() {
	run()
	fmt.Println(early())
	var mu sync.Mutex
	func() {
		for i := range Three() {
			mu.Lock()
			defer mu.Unlock()
			_ = i
			break
		}
	}()
	mu.Lock()
	fmt.Println("unlocked")
}

// Output:
// body done
// last deferred
// closure 2
// show 20
// deferred 2
// show 10
// deferred 1
// closure 0
// show 0
// deferred 0
// first deferred
// early 1 b
// early 0 a
// 22
// unlocked
