//go:build ignore

// Blocking trap: a blocking call inside a task stalls the whole loop.
//
// app reads a config with readConfig, which blocks for a second the way a
// slow disk or network read would. It runs on the loop's goroutine, so for
// that second nothing else runs: the ping task, ready from the start, only
// gets its turn once app is done. In debug mode the loop reports the step
// that held it: "Executing Task(<app>) took 1.001 seconds".
//
// The fix, blocking_fixed.go, runs readConfig with RunInExecutor.
//
// Run it:
//
//	asyncrepl scripts/blocking.go
//	go run scripts/blocking.go
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
	return loop.Async(func() any {
		loop.CreateTask(ping()) // ready to run as soon as app lets the loop go
		fmt.Println("app: reading the config")
		cfg := readConfig() // bug: blocks the loop for a second
		fmt.Println("app: config read")
		return cfg
	})
}

func main() {
	l := loop.Get()
	defer l.SetDebug(l.Debug()) // put it back: loaded into the shell (:load blocking), this program changes the shell's loop
	l.SetDebug(true)            // report slow steps (or ASYNCREPL_DEBUG=1, or asyncrepl -debug)
	cfg, err := l.RunUntilComplete(app())
	fmt.Println("main:", cfg, err)
	l.Close()
}

// Output:
// app: reading the config
// app: config read
// ping: the loop ran me
// main: config: 3 entries <nil>

// Stderr:
// Executing Task\(<app>\).* took [0-9]+\.[0-9]{3} seconds
