//go:build ignore

// Exception trap, second fix: RunUntilComplete returns the task's error.
//
// The same bug coroutine as exception_never_retrieved.go, run as a task with
// RunUntilComplete, which returns the task's result and error: the error is
// consumed and nothing is reported.
//
// Run it:
//
//	asyncrepl scripts/exception_fixed_run_until_complete.go
//	go run scripts/exception_fixed_run_until_complete.go
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
	task := loop.CreateTask(bug())
	if _, err := l.RunUntilComplete(task); err != nil { // the fix
		fmt.Println("exception consumed:", err)
	}
	l.Close()
}

// Output:
// exception consumed: not consumed
