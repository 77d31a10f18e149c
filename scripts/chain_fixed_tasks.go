//go:build ignore

// Chaining trap, first fix: await each task before starting the next.
//
// The same program as chain_bug.go, except that test awaits every task it
// creates: create finishes before write starts, write before closeFile, and the
// loop stops only after all three. Nothing is pending at exit.
//
// Run it:
//
//	asyncrepl scripts/chain_fixed_tasks.go
//	go run scripts/chain_fixed_tasks.go
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
	return loop.Async(func() error {
		// Each error is checked and returned: a cancelled test stops at
		// the await it is in (asyncrepl vet reports an error dropped).
		for _, step := range []func() *loop.Coroutine{create, write, closeFile} {
			if _, err := loop.Await(loop.CreateTask(step())); err != nil {
				return err
			}
		}
		if _, err := loop.Await(loop.Sleep(2 * time.Second)); err != nil {
			return err
		}
		loop.Get().Stop()
		return nil
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
// (1) create file
// (2) write into file
// (3) close file
// Pending tasks at exit: []
