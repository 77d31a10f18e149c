//go:build ignore

// Concurrency: other goroutines hand work to the loop with CallSoonThreadsafe.
//
// One goroutine runs the loop, and loop objects (futures, tasks, the loop's
// queues) belong to it: calling fut.Cancel() or loop.CreateTask directly from
// any other goroutine races with the loop. CallSoonThreadsafe is the one door
// in: the function it is given runs on the loop goroutine, in order.
//
// Here main runs the loop until a future is done. A helper goroutine, as a
// worker or a signal handler would, schedules a coroutine and then cancels
// that future, both through CallSoonThreadsafe.
//
// Run it:
//
//	asyncrepl scripts/threadsafe.go
//	go run scripts/threadsafe.go
package main

import (
	"errors"
	"fmt"
	"sync"

	"github.com/asyncrepl/asyncrepl/loop"
)

func greet(from string) *loop.Coroutine {
	return loop.Async(func() {
		fmt.Println("greet: running on the loop, scheduled from", from)
	})
}

func main() {
	l := loop.Get()
	stopper := l.CreateFuture()

	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		// Not stopper.Cancel() or loop.CreateTask(...) from here: this is not
		// the loop's goroutine. Hand both calls to the loop instead.
		l.CallSoonThreadsafe(func() { loop.CreateTask(greet("another goroutine")) })
		l.CallSoonThreadsafe(func() { stopper.Cancel() })
	}()

	_, err := l.RunUntilComplete(stopper)
	wg.Wait()
	fmt.Println("main: the future was cancelled:", stopper.Cancelled(), errors.Is(err, loop.ErrCancelled))
	fmt.Println("main: tasks left:", len(loop.AllTasks(l)))
	l.Close()
}

// Output:
// greet: running on the loop, scheduled from another goroutine
// main: the future was cancelled: true true
// main: tasks left: 0
