//go:build ignore

// Exception trap, first fix: await the failing coroutine, handle its error.
//
// The same bug coroutine as exception_never_retrieved.go, but awaited by
// handleException, which gets bug's error from loop.Await, the way Python
// code catches an exception around "yield from": the error is consumed and
// nothing is reported.
//
// Run it:
//
//	asyncrepl scripts/exception_fixed_await.go
//	go run scripts/exception_fixed_await.go
package main

import (
	"errors"
	"fmt"

	"github.com/asyncrepl/asyncrepl/loop"
)

func bug() *loop.Coroutine {
	return loop.Async(func() error {
		return errors.New("not consumed")
	})
}

func handleException() *loop.Coroutine {
	return loop.Async(func() {
		if _, err := loop.Await(bug()); err != nil { // the fix
			fmt.Println("exception consumed:", err)
		}
		loop.Get().Stop()
	})
}

func main() {
	l := loop.Get()
	loop.CreateTask(handleException())
	l.RunForever()
	l.Close()
}

// Output:
// exception consumed: not consumed
