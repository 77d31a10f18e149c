//go:build ignore

// Two tasks hand control back and forth through futures: N round trips.
// The pinger sends a fresh reply future through the inbox future and
// awaits it; the ponger awaits the inbox, makes the next one and
// completes the reply.
//
// One case of the peer benchmark (asyncio_peer.py), run by asyncrepl:
//
//	asyncrepl repl/testdata/bench/future_pingpong.go [scale]
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

func main() {
	n := scale(200_000)
	loop.Run(loop.Async(func() {
		l := loop.Get()
		inbox := l.CreateFuture()
		pong := loop.CreateTask(loop.Async(func() {
			for i := 0; i < n; i++ {
				v, _ := loop.Await(inbox)
				inbox = l.CreateFuture()
				v.(*loop.Future).SetResult(nil)
			}
		}))
		start := time.Now()
		for i := 0; i < n; i++ {
			reply := l.CreateFuture()
			inbox.SetResult(reply)
			loop.Await(reply)
		}
		report("future_pingpong", n, time.Since(start).Seconds())
		loop.Await(pong)
	}))
}
