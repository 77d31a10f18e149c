// A deferred function that panics runs the calls deferred before it, and
// its panic is the one that goes on.
package main

import "fmt"

func work(n int) {
	defer fmt.Println("cleanup", n)
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprint("again: ", r))
		}
	}()
	if n > 0 {
		panic("boom")
	}
}

func main() {
	defer func() { fmt.Println("main:", recover()) }()
	work(0)
	work(1)
}

// Output:
// cleanup 0
// cleanup 1
// main: again: boom
