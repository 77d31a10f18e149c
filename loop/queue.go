package loop

import (
	"errors"
	"fmt"
)

// ErrQueueFull is PutNowait's error on a full queue (asyncio.QueueFull).
var ErrQueueFull = errors.New("loop: queue is full")

// ErrQueueEmpty is GetNowait's error on an empty queue
// (asyncio.QueueEmpty).
var ErrQueueEmpty = errors.New("loop: queue is empty")

type queueKind uint8

const (
	kindFIFO queueKind = iota
	kindLIFO
	kindPriority
)

// Queue is a first-in, first-out queue for tasks (asyncio.Queue): Put
// waits while the queue is full, Get waits while it is empty, and tasks
// waiting to put or to get are served first come, first served. TaskDone
// and Join track the items taken but not yet processed. A maxsize of zero
// or less means no bound. The zero value is an unbounded FIFO queue. Loop
// goroutine only: from another goroutine, reach a queue through
// CallSoonThreadsafe or RunCoroutineThreadsafe.
//
// PriorityQueue and LifoQueue are the same queue with another order.
type Queue struct {
	maxsize int
	kind    queueKind
	less    func(a, b any) bool // kindPriority; nil: natural order of numbers and strings

	// kindFIFO: a ring (buf, head, n); the others: buf[:n], a stack or a heap.
	buf  []any
	head int
	n    int

	getters    waitList
	putters    waitList
	joiners    waitList
	unfinished int
	bind       loopBinding
	getFn      func() (any, error) // Get's body, made once
}

// NewQueue returns a FIFO queue holding at most maxsize items (no bound if
// maxsize <= 0) (asyncio.Queue(maxsize)). It binds to the loop of the
// first task that waits on it, so it may be made before the loop runs.
// Safe from any goroutine.
func NewQueue(maxsize int) *Queue { return &Queue{maxsize: maxsize} }

// LifoQueue is a Queue that gives the most recently added item first
// (asyncio.LifoQueue). Loop goroutine only.
type LifoQueue struct {
	Queue
}

// NewLifoQueue returns a last-in, first-out queue holding at most maxsize
// items (asyncio.LifoQueue(maxsize)). Safe from any goroutine.
func NewLifoQueue(maxsize int) *LifoQueue {
	return &LifoQueue{Queue{maxsize: maxsize, kind: kindLIFO}}
}

// PriorityQueue is a Queue that gives the smallest item first
// (asyncio.PriorityQueue); items equal in order come out in no particular
// order, as from Python's heapq. Loop goroutine only.
type PriorityQueue struct {
	Queue
}

// NewPriorityQueue returns a queue that gives the smallest item first
// according to less, holding at most maxsize items
// (asyncio.PriorityQueue(maxsize)). With a nil less, items must be
// numbers (all of them integers, or all floats) or all strings, ordered
// naturally; putting another kind of item gives an error, as Python's
// comparison would raise TypeError. For asyncio's (priority, data) tuples,
// put a struct and pass a less that compares the priorities. Safe from any
// goroutine.
func NewPriorityQueue(maxsize int, less func(a, b any) bool) *PriorityQueue {
	return &PriorityQueue{Queue{maxsize: maxsize, kind: kindPriority, less: less}}
}

// Qsize returns the number of items in the queue (asyncio's qsize()).
// Loop goroutine only.
func (q *Queue) Qsize() int { return q.n }

// Maxsize returns the bound on the number of items; zero or less means
// none. Loop goroutine only.
func (q *Queue) Maxsize() int { return q.maxsize }

// Empty reports whether the queue holds no item. Loop goroutine only.
func (q *Queue) Empty() bool { return q.n == 0 }

// Full reports whether the queue holds maxsize items (never, without a
// bound). Loop goroutine only.
func (q *Queue) Full() bool { return q.maxsize > 0 && q.n >= q.maxsize }

// Put returns a coroutine that, awaited, puts v in the queue, waiting
// while it is full (asyncio's put()). Cancelling the waiting task leaves
// the queue as it was. Loop goroutine only.
func (q *Queue) Put(v any) *Coroutine {
	return Async(func() (any, error) { return nil, q.put(v) })
}

func (q *Queue) put(v any) error {
	for q.Full() {
		_, fut, err := q.bind.park(&q.putters, "Queue", (*queuePutters)(q), nil, true)
		if fut == nil {
			return err
		}
		if err != nil {
			fut.Cancel() // in case it is not done yet
			if !q.Full() && !fut.Cancelled() {
				// Woken by a get, but not taking the room: pass it on.
				q.wakeupNext(&q.putters)
			}
			return err
		}
		q.bind.recycle(fut)
	}
	return q.PutNowait(v)
}

// PutNowait puts v in the queue if there is room, else returns
// ErrQueueFull (asyncio's put_nowait()). It wakes the first task waiting
// in Get. Loop goroutine only.
func (q *Queue) PutNowait(v any) error {
	if q.Full() {
		return ErrQueueFull
	}
	if err := q.push(v); err != nil {
		return err
	}
	q.unfinished++
	q.wakeupNext(&q.getters)
	return nil
}

// Get returns a coroutine that, awaited, removes and returns an item from
// the queue, waiting while it is empty (asyncio's get()). Cancelling the
// waiting task takes no item. Loop goroutine only.
func (q *Queue) Get() *Coroutine {
	if q.getFn == nil {
		q.getFn = func() (any, error) { return q.get() }
	}
	return Async(q.getFn)
}

func (q *Queue) get() (any, error) {
	for q.n == 0 {
		_, fut, err := q.bind.park(&q.getters, "Queue", (*queueGetters)(q), nil, true)
		if fut == nil {
			return nil, err
		}
		if err != nil {
			fut.Cancel() // in case it is not done yet
			if q.n > 0 && !fut.Cancelled() {
				// Woken by a put, but not taking the item: pass it on.
				q.wakeupNext(&q.getters)
			}
			return nil, err
		}
		q.bind.recycle(fut)
	}
	return q.GetNowait()
}

// GetNowait removes and returns an item if one is there, else returns
// ErrQueueEmpty (asyncio's get_nowait()). It wakes the first task waiting
// in Put. Loop goroutine only.
func (q *Queue) GetNowait() (any, error) {
	if q.n == 0 {
		return nil, ErrQueueEmpty
	}
	v := q.pop()
	q.wakeupNext(&q.putters)
	return v, nil
}

// wakeupNext wakes the first waiter of w that is not done (cancelled).
func (q *Queue) wakeupNext(w *waitList) {
	for w.len() > 0 {
		if f := w.popFront(); !f.Done() {
			f.SetResult(nil) //nolint:errcheck // pending, a plain future
			return
		}
	}
}

// TaskDone tells the queue that an item taken by Get is processed
// (asyncio's task_done()): when every item put is processed, Join
// returns. Called more times than items were put, it gives an error
// matching ErrInvalidState (asyncio's ValueError). Loop goroutine only.
func (q *Queue) TaskDone() error {
	if q.unfinished <= 0 {
		return fmt.Errorf("%w: Queue.TaskDone called too many times", ErrInvalidState)
	}
	q.unfinished--
	if q.unfinished == 0 {
		for q.joiners.len() > 0 {
			wake(q.joiners.popFront(), nil)
		}
	}
	return nil
}

// Join returns a coroutine that, awaited, waits until every item put in
// the queue has been taken and marked processed with TaskDone (asyncio's
// join()). Loop goroutine only.
func (q *Queue) Join() *Coroutine {
	return Async(func() error {
		if q.unfinished == 0 {
			return nil
		}
		_, _, err := q.bind.park(&q.joiners, "Queue", (*queueJoiners)(q), nil, true)
		return err
	})
}

// ---- storage ----

func (q *Queue) push(v any) error {
	switch q.kind {
	case kindFIFO:
		if q.n == len(q.buf) {
			q.grow()
		}
		q.buf[(q.head+q.n)&(len(q.buf)-1)] = v
		q.n++
	case kindLIFO:
		q.buf = append(q.buf[:q.n], v)
		q.n++
	case kindPriority:
		less := q.less
		if less == nil {
			if err := q.checkOrdered(v); err != nil {
				return err
			}
			less = naturalLess
		}
		q.buf = append(q.buf[:q.n], v)
		q.n++
		// Sift up.
		h := q.buf
		for j := q.n - 1; j > 0; {
			i := (j - 1) / 2
			if !less(h[j], h[i]) {
				break
			}
			h[i], h[j] = h[j], h[i]
			j = i
		}
	}
	return nil
}

func (q *Queue) pop() any {
	switch q.kind {
	case kindFIFO:
		v := q.buf[q.head]
		q.buf[q.head] = nil
		q.head = (q.head + 1) & (len(q.buf) - 1)
		q.n--
		return v
	case kindLIFO:
		q.n--
		v := q.buf[q.n]
		q.buf[q.n] = nil
		return v
	}
	less := q.less
	if less == nil {
		less = naturalLess
	}
	h := q.buf
	v := h[0]
	q.n--
	h[0] = h[q.n]
	h[q.n] = nil
	h = h[:q.n]
	// Sift down.
	for i := 0; ; {
		j := 2*i + 1
		if j >= len(h) {
			break
		}
		if r := j + 1; r < len(h) && less(h[r], h[j]) {
			j = r
		}
		if !less(h[j], h[i]) {
			break
		}
		h[i], h[j] = h[j], h[i]
		i = j
	}
	return v
}

func (q *Queue) grow() {
	n := 2 * len(q.buf)
	if n == 0 {
		n = 8
	}
	nb := make([]any, n)
	for i := range q.n {
		nb[i] = q.buf[(q.head+i)&(len(q.buf)-1)]
	}
	q.buf, q.head = nb, 0
}

// ---- natural order for a PriorityQueue without a less function ----

type orderKind uint8

const (
	orderNone orderKind = iota
	orderInt
	orderUint
	orderFloat
	orderString
)

func orderOf(v any) orderKind {
	switch v.(type) {
	case int, int8, int16, int32, int64:
		return orderInt
	case uint, uint8, uint16, uint32, uint64, uintptr:
		return orderUint
	case float32, float64:
		return orderFloat
	case string:
		return orderString
	}
	return orderNone
}

func (q *Queue) checkOrdered(v any) error {
	k := orderOf(v)
	if k == orderNone {
		return fmt.Errorf("loop: PriorityQueue cannot order %T items; pass a less function to NewPriorityQueue", v)
	}
	if q.n > 0 {
		if k0 := orderOf(q.buf[0]); k0 != k {
			return fmt.Errorf("loop: PriorityQueue cannot compare %T with %T; pass a less function to NewPriorityQueue", v, q.buf[0])
		}
	}
	return nil
}

func naturalLess(a, b any) bool {
	switch orderOf(a) {
	case orderInt:
		return asInt(a) < asInt(b)
	case orderUint:
		return asUint(a) < asUint(b)
	case orderFloat:
		return asFloat(a) < asFloat(b)
	case orderString:
		return a.(string) < b.(string)
	}
	return false
}

func asInt(v any) int64 {
	switch x := v.(type) {
	case int:
		return int64(x)
	case int8:
		return int64(x)
	case int16:
		return int64(x)
	case int32:
		return int64(x)
	case int64:
		return x
	}
	return 0
}

func asUint(v any) uint64 {
	switch x := v.(type) {
	case uint:
		return uint64(x)
	case uint8:
		return uint64(x)
	case uint16:
		return uint64(x)
	case uint32:
		return uint64(x)
	case uint64:
		return x
	case uintptr:
		return uint64(x)
	}
	return 0
}

func asFloat(v any) float64 {
	switch x := v.(type) {
	case float32:
		return float64(x)
	case float64:
		return x
	}
	return 0
}
