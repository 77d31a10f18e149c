package limit

import (
	"iter"
	"math/rand"
	"runtime"
	"time"
)

// timer is an entry of a timerHeap: a deadline on the real clock (time
// since the program's start), a sequence number for FIFO order among equal
// deadlines, and what to run.
type timer[T any] struct {
	when time.Duration
	seq  uint64
	v    T
}

// timerHeap is a binary min-heap of timers by deadline, then sequence,
// with the entries inline in one slice.
type timerHeap[T any] struct {
	items []timer[T]
	seq   uint64
}

func (h *timerHeap[T]) len() int { return len(h.items) }

func (h *timerHeap[T]) less(i, j int) bool {
	a, b := &h.items[i], &h.items[j]
	return a.when < b.when || a.when == b.when && a.seq < b.seq
}

func (h *timerHeap[T]) push(when time.Duration, v T) {
	h.seq++
	h.items = append(h.items, timer[T]{when, h.seq, v})
	for i := len(h.items) - 1; i > 0; {
		p := (i - 1) / 2
		if !h.less(i, p) {
			break
		}
		h.items[i], h.items[p] = h.items[p], h.items[i]
		i = p
	}
}

// pop removes the earliest timer and returns it.
func (h *timerHeap[T]) pop() timer[T] {
	top := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items[last] = timer[T]{}
	h.items = h.items[:last]
	for i := 0; ; {
		c := 2*i + 1
		if c >= last {
			break
		}
		if c+1 < last && h.less(c+1, c) {
			c++
		}
		if !h.less(c, i) {
			break
		}
		h.items[i], h.items[c] = h.items[c], h.items[i]
		i = c
	}
	return top
}

// runDue runs the timers of h in deadline order on the real clock, since
// start, calling run for each: it sleeps until the earliest deadline,
// then runs every timer due by then, and so on until h is empty.
func runDue[T any](h *timerHeap[T], start time.Time, run func(T)) {
	for h.len() > 0 {
		now := time.Since(start)
		if d := h.items[0].when - now; d > 0 {
			time.Sleep(d)
			now = time.Since(start)
		}
		for h.len() > 0 && h.items[0].when <= now {
			run(h.pop().v)
		}
	}
}

// CallLater is call_later's floor: n callbacks put on a heap of timers
// with random delays within 50 ms (the loop benchmark's random source and
// seed), then run in deadline order on the real clock, sleeping until the
// next deadline when none is due. It returns how many ran. The heap keeps
// its entries inline (no handle per timer); the case cannot end before
// its last deadline, about 50 ms after its start, which at n = 300000 is
// about 170 ns of each op's figure.
func CallLater(n int, tm Timer) int {
	rnd := rand.New(rand.NewSource(1))
	cnt := 0
	cb := func() { cnt++ }
	var h timerHeap[func()]
	tm.ResetTimer()
	start := time.Now()
	for range n {
		h.push(time.Since(start)+time.Duration(rnd.Float64()*0.05*float64(time.Second)), cb)
	}
	runDue(&h, start, func(f func()) { f() })
	tm.StopTimer()
	return cnt
}

// SleepersResult is what Sleepers measured.
type SleepersResult struct {
	Woken   int           // coroutines that slept and returned
	Elapsed time.Duration // from the first coroutine made to the last one done
	// PeakBytes is the growth, while all n sleep, of the memory the Go
	// runtime holds for live objects and goroutine stacks (as the loop's
	// BenchmarkSleepers measures it).
	PeakBytes uint64
}

// Sleepers is sleepers' floor: n coroutines (iter.Pull), each started as
// it is made, put themselves on a heap of timers d ahead and suspend; when all n are
// asleep the memory is read; the timers are then run in deadline order
// on the real clock, each resuming its coroutine to its end, and the
// results gathered into a slice of n. A sleeping coroutine is a goroutine
// (its 2 KiB first stack and descriptor), iter.Pull's state and a heap
// entry: the least a sleeping task can be in Go with coroutine switches.
func Sleepers(n int, d time.Duration) SleepersResult {
	var res SleepersResult
	runtime.GC()
	base := inUse()
	start := time.Now()
	var h timerHeap[coroutine]
	// Each coroutine takes its first step as soon as it is made, as a
	// task's goroutine does when the loop starts the task.
	for range n {
		var next coroutine
		next, _ = iter.Pull(func(yield func(struct{}) bool) {
			h.push(time.Since(start)+d, next)
			yield(struct{}{})
		})
		next()
	}
	if m := inUse(); m > base {
		res.PeakBytes = m - base
	}
	results := make([]any, 0, n)
	runDue(&h, start, func(next coroutine) {
		if _, ok := next(); !ok {
			results = append(results, nil)
		}
	})
	res.Elapsed = time.Since(start)
	res.Woken = len(results)
	return res
}

// inUse is the memory the Go runtime holds for live objects and stacks:
// heap spans in use plus goroutine stacks.
func inUse() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse + ms.StackInuse
}
