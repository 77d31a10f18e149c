//go:build ignore

// N tasks all asleep at once for 0.5 s; then the process's peak memory.
//
// One case of the peer benchmark (asyncio_peer.py), run by asyncrepl:
//
//	asyncrepl repl/testdata/bench/sleepers.go [scale]
//
// It prints "<case> <ops> ops <secs> s <ns/op> ns/op" as the Python side does.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
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

func sleeper() *loop.Coroutine {
	return loop.Async(func() { loop.Await(loop.Sleep(500 * time.Millisecond)) })
}

func main() {
	n := scale(200_000)
	loop.Run(loop.Async(func() {
		start := time.Now()
		aws := make([]loop.Awaitable, n)
		for i := range aws {
			aws[i] = sleeper()
		}
		loop.Await(loop.Gather(aws...))
		report("sleepers", n, time.Since(start).Seconds())
	}))
	fmt.Printf("%-22s %s MiB\n", "sleepers_peak_rss", peakRSS())
}

// peakRSS returns the process's peak resident set size in MiB, from Linux's
// /proc (the interpreter has no syscall package), or "?".
func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "?"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			if kb, err := strconv.Atoi(f[1]); err == nil {
				return strconv.Itoa(kb / 1024)
			}
		}
	}
	return "?"
}
