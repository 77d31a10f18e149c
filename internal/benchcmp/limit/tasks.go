package limit

import "iter"

// A coroutine is resumed by next, which reports false once its body has
// returned.
type coroutine = func() (struct{}, bool)

// TaskSpawnGather is task_spawn_gather's floor: n coroutine bodies made up
// front (an object each, as each task's coroutine is one), each run once
// to its end on an iter.Pull coroutine where it returns 1, the results
// gathered into a slice of n. It returns the slice.
//
// A body that never suspends needs a goroutine only while it runs, so the
// bodies run one after another on a reused coroutine: a resume and a
// yield per task, about 130 ns here with the allocations. Making a fresh
// iter.Pull coroutine per task instead (TaskSpawnGatherFresh) costs
// several times that (830 ns and more in the same runs), and the loop
// reuses its task goroutines, so that would not be a floor.
func TaskSpawnGather(n int, tm Timer) []any {
	tm.ResetTimer()
	one := func() any { return 1 }
	bodies := make([]*body, n)
	for i := range bodies {
		bodies[i] = &body{fn: one}
	}
	var cur *body
	next, stop := iter.Pull(func(yield func(struct{}) bool) {
		for {
			cur.res = cur.fn()
			if !yield(struct{}{}) {
				return
			}
		}
	})
	results := make([]any, n)
	for i, b := range bodies {
		cur = b
		next()
		results[i] = b.res
	}
	tm.StopTimer()
	stop()
	return results
}

// body is a coroutine's work and its result.
type body struct {
	fn  func() any
	res any
}

// TaskSpawnGatherFresh is TaskSpawnGather with a fresh iter.Pull coroutine
// per task, all n made before the first runs: what a loop that does not
// reuse its task goroutines cannot go below. BenchmarkTaskSpawnGatherFresh
// keeps the figure at hand.
func TaskSpawnGatherFresh(n int, tm Timer) []any {
	tm.ResetTimer()
	results := make([]any, n)
	one := func() any { return 1 }
	coros := make([]coroutine, n)
	for i := range coros {
		coros[i], _ = iter.Pull(func(func(struct{}) bool) { results[i] = one() })
	}
	for _, next := range coros {
		next()
	}
	tm.StopTimer()
	return results
}

// Sleep0Switch is sleep0_switch's floor: n/10 coroutines (one more with the
// n%10 left over) that each yield 10 times, each made at its first step and
// run round-robin through a ring of ready coroutines until all have
// returned, and their results gathered into a slice. It returns the number of yields (n) and of coroutines that
// finished. With 100k coroutines alive each switch touches a cold
// goroutine stack, which is most of the cost, and the loop pays it too.
func Sleep0Switch(n int, tm Timer) (switches, finished int) {
	tm.ResetTimer()
	worker := func(k int) coroutine {
		next, _ := iter.Pull(func(yield func(struct{}) bool) {
			for range k {
				if !yield(struct{}{}) {
					return
				}
				switches++
			}
		})
		return next
	}
	workers := n / 10
	if n%10 != 0 {
		workers++
	}
	ring := make([]coroutine, workers)
	results := make([]any, workers)
	// The ready coroutines are ring[head], ring[head+1], ... (modulo its
	// length), size of them: the first runs, and goes back at the tail
	// unless it returned. In the first round, ring[i] is nil: worker i is
	// made at its first step, as the loop makes a task's goroutine when it
	// first steps the task.
	for head, size := 0, workers; size > 0; {
		next := ring[head]
		if next == nil {
			k := 10
			if head == workers-1 && n%10 != 0 {
				k = n % 10
			}
			next = worker(k)
		}
		ring[head] = nil
		head, size = (head+1)%workers, size-1
		if _, ok := next(); ok {
			ring[(head+size)%workers] = next
			size++
		} else {
			results[finished] = nil
			finished++
		}
	}
	tm.StopTimer()
	return switches, finished
}

// future is a one-shot result slot, what a pingpong coroutine waits on.
type future struct {
	val  any
	done bool
}

// FuturePingpong is future_pingpong's floor: two coroutines, run in turn
// by a runner, hand control back and forth through futures, n round trips.
// The pinger makes a fresh reply future, completes the inbox future with
// it and waits for the reply; the ponger waits for the inbox, makes the
// next inbox and completes the reply. Two futures allocated and four
// switches per round trip. It returns the number of round trips.
func FuturePingpong(n int, tm Timer) int {
	trips := 0
	inbox := &future{}
	ping, stopPing := iter.Pull(func(yield func(struct{}) bool) {
		for range n {
			reply := &future{}
			inbox.val, inbox.done = reply, true
			for !reply.done {
				if !yield(struct{}{}) {
					return
				}
			}
			trips++
		}
	})
	pong, stopPong := iter.Pull(func(yield func(struct{}) bool) {
		for range n {
			for !inbox.done {
				if !yield(struct{}{}) {
					return
				}
			}
			reply := inbox.val.(*future)
			inbox = &future{}
			reply.done = true
		}
	})
	defer stopPing()
	defer stopPong()
	tm.ResetTimer()
	runPair(ping, pong)
	tm.StopTimer()
	return trips
}

// QueuePingpong is queue_pingpong's floor: two coroutines, run in turn by
// a runner, hand a value back and forth through two one-slot queues, n
// round trips: the pinger puts i (boxed, as a queue of any boxes it) and
// waits for it back, the ponger waits for a value and puts it back. Four
// switches per round trip. It returns the values the pinger got back.
func QueuePingpong(n int, tm Timer) int {
	var pingQ, pongQ future
	got := 0
	ping, stopPing := iter.Pull(func(yield func(struct{}) bool) {
		for i := range n {
			pingQ.val, pingQ.done = i, true
			for !pongQ.done {
				if !yield(struct{}{}) {
					return
				}
			}
			v := pongQ.val
			pongQ.val, pongQ.done = nil, false
			if v != any(i) {
				panic("limit: queue_pingpong got another value back")
			}
			got++
		}
	})
	pong, stopPong := iter.Pull(func(yield func(struct{}) bool) {
		for range n {
			for !pingQ.done {
				if !yield(struct{}{}) {
					return
				}
			}
			v := pingQ.val
			pingQ.val, pingQ.done = nil, false
			pongQ.val, pongQ.done = v, true
		}
	})
	defer stopPing()
	defer stopPong()
	tm.ResetTimer()
	runPair(ping, pong)
	tm.StopTimer()
	return got
}

// runPair resumes a and b in turn until both have returned.
func runPair(a, b coroutine) {
	for aLive, bLive := true, true; aLive || bLive; {
		if aLive {
			_, aLive = a()
		}
		if bLive {
			_, bLive = b()
		}
	}
}
