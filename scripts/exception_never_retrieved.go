//go:build ignore

// Exception trap: a task fails and nobody looks at its error.
//
// bug returns an error (a panic would do the same). It runs as a task that
// nothing awaits, so its error is never retrieved: no caller sees it, and the
// program carries on as if all went well. The loop reports such errors,
// deterministically when it is closed (or when the task is garbage
// collected): "Task exception was never retrieved", with the error and where
// it was raised.
//
// The two fixes are exception_fixed_await.go (handle the error in a calling
// coroutine) and exception_fixed_run_until_complete.go (RunUntilComplete
// returns it).
//
// Run it:
//
//	asyncrepl scripts/exception_never_retrieved.go
//	go run scripts/exception_never_retrieved.go
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

func main() {
	l := loop.Get()
	loop.CreateTask(bug()) // bug: nobody awaits this task or asks for its error
	l.CallSoon(l.Stop)     // stop once the task has had its turn
	l.RunForever()
	fmt.Println("main: the loop stopped and nobody saw the error")
	l.Close()
}

// Output:
// main: the loop stopped and nobody saw the error

// Stderr:
// Task exception was never retrieved.*not consumed
