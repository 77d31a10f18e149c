//go:build ignore

// N timers with random delays within 50 ms.
//
// One case of the peer benchmark (asyncio_peer.py), run by asyncrepl:
//
//	asyncrepl repl/testdata/bench/call_later.go [scale]
//
// It prints "<case> <ops> ops <secs> s <ns/op> ns/op" as the Python side does.
package main

import (
	"fmt"
	"math/rand"
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
	n := scale(300_000)
	l := loop.New()
	rnd := rand.New(rand.NewSource(1))
	cnt := 0
	cb := func() {
		cnt++
		if cnt == n {
			l.Stop()
		}
	}
	start := time.Now()
	for i := 0; i < n; i++ {
		l.CallLater(time.Duration(rnd.Float64()*0.05*float64(time.Second)), cb)
	}
	l.RunForever()
	report("call_later", n, time.Since(start).Seconds())
	l.Close()
}
