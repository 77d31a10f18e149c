//go:build ignore

// Blocking trap, the fix: run the blocking call with RunInExecutor.
//
// The same program as blocking.go, except that app hands readConfig to
// RunInExecutor, which runs it on a goroutine of the loop's worker pool and
// delivers its result to the loop as a future. While app awaits that future
// the loop is free: the ping task runs at once, and no step is slow, so
// debug mode has nothing to report.
//
// Run it:
//
//	asyncrepl scripts/blocking_fixed.go
//	go run scripts/blocking_fixed.go
package main

import (
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

// readConfig stands for any blocking call: file or network I/O, a lock, a
// long computation.
func readConfig() string {
	time.Sleep(time.Second)
	return "config: 3 entries"
}

func ping() *loop.Coroutine {
	return loop.Async(func() {
		fmt.Println("ping: the loop ran me")
	})
}

func app() *loop.Coroutine {
	return loop.Async(func() (any, error) {
		loop.CreateTask(ping()) // ready to run as soon as app lets the loop go
		fmt.Println("app: reading the config")
		cfg, err := loop.Await(loop.Get().RunInExecutor(readConfig)) // the fix
		fmt.Println("app: config read")
		return cfg, err
	})
}

func main() {
	l := loop.Get()
	defer l.SetDebug(l.Debug()) // put it back: loaded into the shell (:load blocking_fixed), this program changes the shell's loop
	l.SetDebug(true)            // report slow steps (or ASYNCREPL_DEBUG=1, or asyncrepl -debug)
	cfg, err := l.RunUntilComplete(app())
	fmt.Println("main:", cfg, err)
	l.Close()
}

// Output:
// app: reading the config
// ping: the loop ran me
// app: config read
// main: config: 3 entries <nil>
