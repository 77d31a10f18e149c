// A deferred function literal is caught whole: a panic of a function it
// calls, or a run-time panic, runs the calls deferred before it too, and
// a literal deferred before it that calls recover gets it.
package main

import (
	"errors"
	"fmt"
)

func mustPositive(n int) {
	if n < 0 {
		panic(errors.New("negative"))
	}
}

func check(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("check: %v", r)
		}
	}()
	defer fmt.Println("cleanup", n)
	defer func() {
		mustPositive(n)
	}()
	return nil
}

func main() {
	fmt.Println(check(1))
	fmt.Println(check(-1))
}

// Output:
// cleanup 1
// <nil>
// cleanup -1
// check: negative
