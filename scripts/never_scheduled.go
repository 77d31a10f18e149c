//go:build ignore

// Coroutine trap: a coroutine never awaited nor scheduled never runs.
//
// Calling test() only makes a coroutine object: its body runs when the
// coroutine is awaited or wrapped in a task. Here nobody does either, so
// "test: running" is never printed. In debug mode the loop tracks every
// coroutine made and reports, when the loop is closed (or the coroutine is
// garbage collected), the ones never awaited: "Coroutine 'test' defined at
// never_scheduled.go:29 was never awaited", with created_at= the line that
// made it (40, the call of test() below) and the stack that led there.
//
// Debug mode: l.SetDebug(true), loop.WithDebug(true), ASYNCREPL_DEBUG=1, or
// asyncrepl -debug. The fix is in never_scheduled_fixed.go.
//
// Run it:
//
//	asyncrepl scripts/never_scheduled.go
//	go run scripts/never_scheduled.go
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
	defer l.SetDebug(l.Debug()) // put it back: loaded into the shell (:load never_scheduled), this program changes the shell's loop
	l.SetDebug(true)

	// bug: the coroutine is made, then dropped; its body never runs.
	test()

	fmt.Println("main: test() was called, its body never ran")
	l.Close()
}

// Output:
// main: test() was called, its body never ran

// Stderr:
// Coroutine 'test' .*was never awaited.*created_at="?\S*never_scheduled\.go:40\b
