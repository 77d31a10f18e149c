//go:build ignore

// N/10 tasks each yield 10 times with Sleep(0): N task switches.
//
// One case of the peer benchmark (asyncio_peer.py), run by asyncrepl:
//
//	asyncrepl repl/testdata/bench/sleep0_switch.go [scale]
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

func worker() *loop.Coroutine {
	return loop.Async(func() {
		for i := 0; i < 10; i++ {
			loop.Await(loop.Sleep(0))
		}
	})
}

func main() {
	n := scale(1_000_000)
	loop.Run(loop.Async(func() {
		start := time.Now()
		aws := make([]loop.Awaitable, n/10)
		for i := range aws {
			aws[i] = worker()
		}
		loop.Await(loop.Gather(aws...))
		report("sleep0_switch", n, time.Since(start).Seconds())
	}))
}
