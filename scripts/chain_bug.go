//go:build ignore

// Chaining trap, the bug: tasks started and never awaited run out of order.
//
// test starts create, write and closeFile as tasks and moves on without awaiting
// them. Each task runs as soon as its sleep allows, not in the order they
// were made: closeFile prints first, write second, and the loop stops (after
// two seconds) before create, which sleeps for three, has printed anything.
// The pending task is still listed at exit, and closing the loop reports it.
//
// The two fixes are chain_fixed_tasks.go and chain_fixed_await.go.
//
// Run it:
//
//	asyncrepl scripts/chain_bug.go
//	go run scripts/chain_bug.go
//
// With asyncrepl -clock=virtual, or ASYNCREPL_CLOCK=virtual for either
// command, the sleeps take no time and the output is the same.
package main

import (
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func create() *loop.Coroutine {
	return loop.Async(func() error {
		if _, err := loop.Await(loop.Sleep(3 * time.Second)); err != nil {
			return err // cancelled: the file is not touched
		}
		fmt.Println("(1) create file")
		return nil
	})
}

func write() *loop.Coroutine {
	return loop.Async(func() error {
		if _, err := loop.Await(loop.Sleep(1 * time.Second)); err != nil {
			return err // cancelled: the file is not touched
		}
		fmt.Println("(2) write into file")
		return nil
	})
}

func closeFile() *loop.Coroutine {
	return loop.Async(func() {
		fmt.Println("(3) close file")
	})
}

func test() *loop.Coroutine {
	return loop.Async(func() {
		loop.CreateTask(create())    // bug: started, never awaited
		loop.CreateTask(write())     // bug: started, never awaited
		loop.CreateTask(closeFile()) // bug: started, never awaited
		loop.Await(loop.Sleep(2 * time.Second))
		loop.Get().Stop()
	})
}

func main() {
	l := loop.Get()
	loop.CreateTask(test())
	l.RunForever()
	fmt.Printf("Pending tasks at exit: %v\n", loop.AllTasks(l))
	l.Close()
}

// Output:
// (3) close file
// (2) write into file
// Pending tasks at exit: [Task(<create>)<PENDING>]

// Stderr:
// Task was destroyed but it is pending!.*Task\(<create>\)
