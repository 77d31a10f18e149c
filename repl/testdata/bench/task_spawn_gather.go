//go:build ignore

// N tasks created, each returns at once; gathered.
//
// One case of the peer benchmark (asyncio_peer.py), run by asyncrepl:
//
//	asyncrepl repl/testdata/bench/task_spawn_gather.go [scale]
//
// It prints "<case> <ops> ops <secs> s <ns/op> ns/op" as the Python side does.
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func scale(base int) int {
	s := 1.0
	if len(os.Args) > 1 {
		if v, err := strconv.ParseFloat(os.Args[1], 64); err == nil {
			s = v
		}
	}
	if n := int(float64(base) * s); n > 1 {
		return n
	}
	return 1
}

func report(name string, ops int, secs float64) {
	fmt.Printf("%-22s %9d ops %8.3f s %10.1f ns/op\n", name, ops, secs, secs/float64(ops)*1e9)
}

func one() *loop.Coroutine {
	return loop.Async(func() (any, error) { return 1, nil })
}

func main() {
	n := scale(200_000)
	loop.Run(loop.Async(func() {
		start := time.Now()
		aws := make([]loop.Awaitable, n)
		for i := range aws {
			aws[i] = loop.EnsureFuture(one())
		}
		loop.Await(loop.Gather(aws...))
		report("task_spawn_gather", n, time.Since(start).Seconds())
	}))
}
