package loop_test

// Benchmarks of the cases of internal/benchcmp/asyncio_peer.py, CPython
// asyncio's side of the comparison: the same case names (CamelCase here)
// and the same work per op, measured the same way (the clock starts before
// the work is queued and stops when the loop has run it all; making and
// closing the loop are outside, as in the Python script). One op is one
// item of the case's N: b.N plays N, so ns/op reads like the script's
// ns/op. For a like-for-like ratio run with the script's N:
//
//	go test -run '^$' -bench 'CallSoon$' -benchtime 1000000x ./loop/
//
// or run the whole comparison with go run ./internal/benchcmp.
//
// BenchmarkSleepers has a fixed shape instead (N tasks asleep at once): N
// is the -sleepers flag (go test ... ./loop/ -args -sleepers 1000000).

import (
	"flag"
	"math/rand"
	"runtime"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

var sleepersN = flag.Int("sleepers", 200_000, "BenchmarkSleepers: tasks asleep at once (the README's target is measured at 1000000)")

// benchLoop is a loop in the configuration the benchmarks measure,
// whatever the environment says: real clock, debug mode off.
func benchLoop() *loop.Loop {
	return loop.New(loop.WithDebug(false), loop.WithClock(loop.RealClock()))
}

// call_soon: N callbacks queued up front, then run.
func BenchmarkCallSoon(b *testing.B) {
	N := b.N
	l := benchLoop()
	defer l.Close()
	cnt := 0
	cb := func() {
		cnt++
		if cnt == N {
			l.Stop()
		}
	}
	b.ResetTimer()
	for range N {
		l.CallSoon(cb)
	}
	l.RunForever()
	b.StopTimer()
	if cnt != N {
		b.Fatalf("ran %d callbacks, want %d", cnt, N)
	}
}

// call_soon_chain: each callback schedules the next, one loop iteration
// per op.
func BenchmarkCallSoonChain(b *testing.B) {
	N := b.N
	l := benchLoop()
	defer l.Close()
	cnt := 0
	var cb func()
	cb = func() {
		cnt++
		if cnt == N {
			l.Stop()
		} else {
			l.CallSoon(cb)
		}
	}
	b.ResetTimer()
	l.CallSoon(cb)
	l.RunForever()
	b.StopTimer()
	if cnt != N {
		b.Fatalf("ran %d callbacks, want %d", cnt, N)
	}
}

// call_soon_threadsafe: another goroutine submits N callbacks through the
// thread-safe door while the loop runs them.
func BenchmarkCallSoonThreadsafe(b *testing.B) {
	N := b.N
	l := benchLoop()
	defer l.Close()
	cnt := 0
	cb := func() {
		cnt++
		if cnt == N {
			l.Stop()
		}
	}
	var wg sync.WaitGroup
	b.ResetTimer()
	wg.Go(func() {
		for range N {
			l.CallSoonThreadsafe(cb)
		}
	})
	l.RunForever()
	wg.Wait()
	b.StopTimer()
	if cnt != N {
		b.Fatalf("ran %d callbacks, want %d", cnt, N)
	}
}

// task_spawn_gather: N tasks created, each returns at once; gathered.
func BenchmarkTaskSpawnGather(b *testing.B) {
	N := b.N
	one := func() *loop.Coroutine { return loop.Async(func() any { return 1 }) }
	var got int
	runMain(b, func() error {
		b.ResetTimer()
		aws := make([]loop.Awaitable, N)
		for i := range aws {
			aws[i] = loop.EnsureFuture(one())
		}
		res, err := loop.Await(loop.Gather(aws...))
		b.StopTimer()
		got = len(res.([]any))
		return err
	})
	if got != N {
		b.Fatalf("gathered %d results, want %d", got, N)
	}
}

// sleep0_switch: N/10 tasks each yield 10 times with Sleep(0): N task
// switches.
func BenchmarkSleep0Switch(b *testing.B) {
	N := b.N
	switches := 0
	worker := func(k int) *loop.Coroutine {
		return loop.Async(func() error {
			for range k {
				if _, err := loop.Await(loop.Sleep(0)); err != nil {
					return err
				}
				switches++
			}
			return nil
		})
	}
	runMain(b, func() error {
		b.ResetTimer()
		aws := make([]loop.Awaitable, 0, N/10+1)
		for range N / 10 {
			aws = append(aws, worker(10))
		}
		if N%10 != 0 { // b.N is not always a multiple of ten
			aws = append(aws, worker(N%10))
		}
		_, err := loop.Await(loop.Gather(aws...))
		b.StopTimer()
		return err
	})
	if switches != N {
		b.Fatalf("%d switches, want %d", switches, N)
	}
}

// queue_pingpong: two tasks hand a value back and forth through two
// queues: N round trips.
func BenchmarkQueuePingpong(b *testing.B) {
	N := b.N
	runMain(b, func() error {
		ping, pong := loop.NewQueue(0), loop.NewQueue(0)
		echo := loop.EnsureFuture(loop.Async(func() error {
			for range N {
				v, err := loop.Await(ping.Get())
				if err != nil {
					return err
				}
				if err := pong.PutNowait(v); err != nil {
					return err
				}
			}
			return nil
		}))
		b.ResetTimer()
		for i := range N {
			if err := ping.PutNowait(i); err != nil {
				return err
			}
			v, err := loop.Await(pong.Get())
			if err != nil {
				return err
			}
			if v != i {
				b.Fatalf("round trip %d gave %v", i, v)
			}
		}
		b.StopTimer()
		_, err := loop.Await(echo)
		return err
	})
}

// future_pingpong: two tasks hand control back and forth through futures:
// the pinger sends a fresh reply future through the inbox future and
// awaits it; the ponger awaits the inbox, makes the next one and completes
// the reply. N round trips.
func BenchmarkFuturePingpong(b *testing.B) {
	N := b.N
	runMain(b, func() error {
		l := loop.Get()
		inbox := l.CreateFuture()
		pong := loop.EnsureFuture(loop.Async(func() error {
			for range N {
				v, err := loop.Await(inbox)
				if err != nil {
					return err
				}
				inbox = l.CreateFuture()
				if err := v.(*loop.Future).SetResult(nil); err != nil {
					return err
				}
			}
			return nil
		}))
		b.ResetTimer()
		for range N {
			reply := l.CreateFuture()
			if err := inbox.SetResult(reply); err != nil {
				return err
			}
			if _, err := loop.Await(reply); err != nil {
				return err
			}
		}
		b.StopTimer()
		_, err := loop.Await(pong)
		return err
	})
}

// call_later: N timers with random delays within 50 ms, on the real clock.
func BenchmarkCallLater(b *testing.B) {
	N := b.N
	l := benchLoop()
	defer l.Close()
	rnd := rand.New(rand.NewSource(1))
	cnt := 0
	cb := func() {
		cnt++
		if cnt == N {
			l.Stop()
		}
	}
	b.ResetTimer()
	for range N {
		l.CallLater(time.Duration(rnd.Float64()*0.05*float64(time.Second)), cb)
	}
	l.RunForever()
	b.StopTimer()
	if cnt != N {
		b.Fatalf("ran %d timers, want %d", cnt, N)
	}
}

// submit_roundtrip: the REPL's path. A foreign goroutine submits a
// coroutine to a loop running in the background and waits for its
// result, N times in a row.
func BenchmarkSubmitRoundtrip(b *testing.B) {
	N := b.N
	l := benchLoop()
	done := make(chan struct{})
	go func() {
		l.RunForever()
		close(done)
	}()
	snippet := func(i int) *loop.Coroutine { return loop.Async(func() any { return i }) }
	// Wait until the loop runs (the script's thread starts it first too).
	if _, err := loop.RunCoroutineThreadsafe(snippet(-1), l).Result(); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := range N {
		v, err := loop.RunCoroutineThreadsafe(snippet(i), l).Result()
		if err != nil || v != i {
			b.Fatalf("round trip %d: %v, %v", i, v, err)
		}
	}
	b.StopTimer()
	l.CallSoonThreadsafe(l.Stop)
	<-done
	l.Close()
}

// sleepers: N tasks all asleep at once for 0.5 s. N is the -sleepers
// flag, not b.N: the case has a fixed shape, run once per call whatever
// b.N is, and ns/op is overridden with the wall time of the whole gather
// divided by N (ns per task, as the script reports it). B/task is the
// peak growth, while all N sleep, of what the Go runtime holds for them
// (heap spans in use plus goroutine stacks), per task; rss-B/task is the
// process's peak resident set (getrusage ru_maxrss, the script's measure)
// divided by N, meaningful when the case runs alone in its process.
func BenchmarkSleepers(b *testing.B) {
	N := *sleepersN
	sl := func() *loop.Coroutine {
		return loop.Async(func() error {
			_, err := loop.Await(loop.Sleep(500 * time.Millisecond))
			return err
		})
	}
	var total time.Duration
	var peak uint64
	runtime.GC()
	base := inUse()
	b.ResetTimer()
	runMain(b, func() error {
		l := loop.Get()
		start := time.Now()
		aws := make([]loop.Awaitable, N)
		for i := range aws {
			aws[i] = sl()
		}
		g := loop.Gather(aws...)
		// The tasks take their first step in the loop's next iteration,
		// before this callback: then all N are asleep.
		l.CallSoon(func() {
			if m := inUse(); m > base {
				peak = m - base
			}
		})
		_, err := loop.Await(g)
		total = time.Since(start)
		return err
	})
	b.StopTimer()
	b.ReportMetric(float64(total.Nanoseconds())/float64(N), "ns/op")
	b.ReportMetric(float64(peak)/float64(N), "B/task")
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		b.ReportMetric(float64(ru.Maxrss)*1024/float64(N), "rss-B/task")
	}
	b.ReportMetric(float64(N), "tasks")
}

// inUse is the memory the Go runtime holds for live objects and stacks:
// heap spans in use plus goroutine stacks.
func inUse() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse + ms.StackInuse
}

// runMain runs body as the main task of a fresh loop, as asyncio.run(main())
// does, and fails the benchmark on an error.
func runMain(b *testing.B, body func() error) {
	b.Helper()
	l := benchLoop()
	defer l.Close()
	if _, err := l.RunUntilComplete(loop.Async(body)); err != nil {
		b.Fatal(err)
	}
}

// sleep0_switch while a second loop runs, idle: what a task's Await costs
// once several loops have run (it must tell the loops' tasks apart).
func BenchmarkSleep0SwitchTwoLoops(b *testing.B) {
	other := benchLoop()
	up, done := make(chan struct{}), make(chan struct{})
	go func() {
		other.CallSoon(func() { close(up) })
		other.RunForever()
		close(done)
	}()
	<-up
	l := benchLoop()
	defer l.Close()
	b.ResetTimer()
	_, err := l.RunUntilComplete(loop.Async(func() error {
		for range b.N {
			if _, err := loop.Await(loop.Sleep(0)); err != nil {
				return err
			}
		}
		return nil
	}))
	b.StopTimer()
	other.CallSoonThreadsafe(other.Stop)
	<-done
	other.Close()
	if err != nil {
		b.Fatal(err)
	}
}
