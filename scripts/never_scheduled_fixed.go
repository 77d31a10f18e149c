//go:build ignore

// Coroutine trap, the fix: schedule the coroutine as a task (or await it).
//
// The same program as never_scheduled.go, except that the coroutine test()
// makes is wrapped in a task with CreateTask, and the loop runs until that
// task is done. Its body runs, and debug mode has nothing to report.
// Awaiting it from another coroutine (loop.Await(test())) works as well.
//
// Run it:
//
//	asyncrepl scripts/never_scheduled_fixed.go
//	go run scripts/never_scheduled_fixed.go
package main

import (
	"fmt"

	"github.com/asyncrepl/asyncrepl/loop"
)

func test() *loop.Coroutine {
	return loop.Async(func() {
		fmt.Println("test: running")
	})
}

func main() {
	l := loop.Get()
	defer l.SetDebug(l.Debug()) // put it back: loaded into the shell (:load never_scheduled_fixed), this program changes the shell's loop
	l.SetDebug(true)

	// the fix: schedule the coroutine, and run the loop until it is done.
	task := l.CreateTask(test())
	if _, err := l.RunUntilComplete(task); err != nil {
		fmt.Println("main:", err)
		return
	}

	fmt.Println("main: test() was scheduled and ran")
	l.Close()
}

// Output:
// test: running
// main: test() was scheduled and ran
