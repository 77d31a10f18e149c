//go:build ignore

// The REPL's path: a foreign goroutine submits a coroutine to a loop running
// in the background and waits for its result, N times in a row.
//
// One case of the peer benchmark (asyncio_peer.py), run by asyncrepl:
//
//	asyncrepl repl/testdata/bench/submit_roundtrip.go [scale]
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

func snippet(i int) *loop.Coroutine {
	return loop.Async(func() (any, error) { return i, nil })
}

func main() {
	n := scale(20_000)
	l := loop.New()
	stopped := make(chan bool)
	go func() {
		l.RunForever()
		close(stopped)
	}()
	start := time.Now()
	for i := 0; i < n; i++ {
		loop.RunCoroutineThreadsafe(snippet(i), l).Result()
	}
	report("submit_roundtrip", n, time.Since(start).Seconds())
	l.CallSoonThreadsafe(l.Stop)
	<-stopped
	l.Close()
}
