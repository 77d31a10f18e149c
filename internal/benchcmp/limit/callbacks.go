package limit

import "sync"

// fifo is a ready queue of callbacks: a chain of fixed-size blocks of
// func values, so that it grows without copying what it holds (a single
// slice that doubles would copy a million pointers, with the collector's
// write barriers, on its way to a million); a queue that never holds more
// than a block stays in its first one.
type fifo struct {
	head, tail *fifoBlock
	hi, ti     int        // next pop index in head, next push index in tail
	spare      *fifoBlock // the last block emptied, for reuse
}

const fifoBlockLen = 511 // 4 KiB per block with its next pointer

type fifoBlock struct {
	items [fifoBlockLen]func()
	next  *fifoBlock
}

func (q *fifo) push(f func()) {
	if q.tail == nil || q.ti == fifoBlockLen {
		b := q.spare
		if b != nil {
			q.spare = nil
		} else {
			b = new(fifoBlock)
		}
		if q.tail == nil {
			q.head, q.hi = b, 0
		} else {
			q.tail.next = b
		}
		q.tail, q.ti = b, 0
	}
	q.tail.items[q.ti] = f
	q.ti++
}

func (q *fifo) pop() (func(), bool) {
	if q.head == nil || q.head == q.tail && q.hi == q.ti {
		return nil, false
	}
	if q.hi == fifoBlockLen {
		b := q.head
		q.head, q.hi = b.next, 0
		b.next, q.spare = nil, b
	}
	f := q.head.items[q.hi]
	q.head.items[q.hi] = nil
	q.hi++
	if q.head == q.tail && q.hi == q.ti {
		q.hi, q.ti = 0, 0
	}
	return f, true
}

// CallSoon is call_soon's floor: n callbacks appended to a slice-backed
// FIFO up front, then popped and called in order until the n-th one says
// stop. It returns how many callbacks ran. A queue of func values is the
// least a ready queue can be: no handle per callback, no cancelled flag.
func CallSoon(n int, tm Timer) int {
	var q fifo
	cnt, stopped := 0, false
	cb := func() {
		cnt++
		if cnt == n {
			stopped = true
		}
	}
	tm.ResetTimer()
	for range n {
		q.push(cb)
	}
	for !stopped {
		f, ok := q.pop()
		if !ok {
			break
		}
		f()
	}
	tm.StopTimer()
	return cnt
}

// CallSoonChain is call_soon_chain's floor: each callback pushes the next
// one onto the same FIFO as CallSoon's, until n have run. It returns how
// many ran. The queue holds one callback at a time and never grows: what
// is left is a push, a pop and an indirect call per op.
func CallSoonChain(n int, tm Timer) int {
	var q fifo
	cnt := 0
	var cb func()
	cb = func() {
		cnt++
		if cnt < n {
			q.push(cb)
		}
	}
	tm.ResetTimer()
	q.push(cb)
	for {
		f, ok := q.pop()
		if !ok {
			break
		}
		f()
	}
	tm.StopTimer()
	return cnt
}

// CallSoonThreadsafe is call_soon_threadsafe's floor: one goroutine hands
// n callbacks to another, which runs them as they come. Of the two plain
// Go ways to do it, it takes the faster on the 2-core machine the
// README's figures come from: a mutex-guarded slice that the running side
// swaps for its spare one and drains as a batch, with a one-slot channel to
// wake it when the slice turns non-empty (a median of 40 ns per callback
// in six runs interleaved with the other way, 19-87 ns), rather than a
// buffered channel of funcs (CallSoonThreadsafeChan: 77 ns, 48-94 ns; a
// lock taken per callback on each side). It returns how many callbacks
// ran.
func CallSoonThreadsafe(n int, tm Timer) int {
	var d batchDoor
	d.wake = make(chan struct{}, 1)
	cnt := 0
	cb := func() { cnt++ }
	var wg sync.WaitGroup
	tm.ResetTimer()
	wg.Go(func() {
		for range n {
			d.send(cb)
		}
	})
	var batch []func()
	for cnt < n {
		batch = d.take(batch)
		for i, f := range batch {
			f()
			batch[i] = nil
		}
	}
	wg.Wait()
	tm.StopTimer()
	return cnt
}

// batchDoor is a mutex-guarded slice of callbacks with a one-slot wake-up
// channel, signalled by the send that makes the slice non-empty.
type batchDoor struct {
	mu    sync.Mutex
	items []func()
	wake  chan struct{}
}

func (d *batchDoor) send(f func()) {
	d.mu.Lock()
	d.items = append(d.items, f)
	first := len(d.items) == 1
	d.mu.Unlock()
	if first {
		select {
		case d.wake <- struct{}{}:
		default: // a wake-up is pending already
		}
	}
}

// take waits for a wake-up, then swaps the queued callbacks for spare
// (emptied) and returns them.
func (d *batchDoor) take(spare []func()) []func() {
	<-d.wake
	d.mu.Lock()
	items := d.items
	d.items = spare[:0]
	d.mu.Unlock()
	return items
}

// CallSoonThreadsafeChan is call_soon_threadsafe done through a buffered
// channel of funcs, the other plain Go way; kept so that the choice of
// CallSoonThreadsafe can be checked again (BenchmarkCallSoonThreadsafeChan).
func CallSoonThreadsafeChan(n int, tm Timer) int {
	ch := make(chan func(), 1024)
	cnt := 0
	cb := func() { cnt++ }
	tm.ResetTimer()
	go func() {
		for range n {
			ch <- cb
		}
	}()
	for cnt < n {
		(<-ch)()
	}
	tm.StopTimer()
	return cnt
}
