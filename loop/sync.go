package loop

import (
	"errors"
	"fmt"
)

// Synchronisation primitives: asyncio's locks.py spelled as Go. They are
// not safe across goroutines; they order the tasks of one loop. Each one
// binds to a loop the first time a task has to wait on it (asyncio's
// _LoopBoundMixin), so it can be made before the loop runs, and then
// refuses tasks of another loop.
//
// A wait is a future of the loop that the waiting task awaits: cancelling
// the task cancels that future, and the primitive's own bookkeeping (the
// FIFO of waiters, a wake-up handed on) follows asyncio's rules.

// ---- helpers shared by sync.go, queue.go, combinators.go, taskgroup.go ----

// waitList is a FIFO of waiter futures (asyncio's deque of futures).
type waitList struct {
	buf  []*Future
	head int
}

func (w *waitList) len() int { return len(w.buf) - w.head }

func (w *waitList) at(i int) *Future { return w.buf[w.head+i] }

func (w *waitList) push(f *Future) {
	if w.head > 16 && w.head*2 >= len(w.buf) {
		n := copy(w.buf, w.buf[w.head:])
		clear(w.buf[n:])
		w.buf, w.head = w.buf[:n], 0
	}
	w.buf = append(w.buf, f)
}

func (w *waitList) popFront() *Future {
	f := w.buf[w.head]
	w.buf[w.head] = nil
	w.head++
	if w.head == len(w.buf) {
		w.buf, w.head = w.buf[:0], 0
	}
	return f
}

// remove drops f from the list; it reports whether f was there.
func (w *waitList) remove(f *Future) bool {
	for i := w.head; i < len(w.buf); i++ {
		if w.buf[i] != f {
			continue
		}
		if i == w.head {
			w.popFront()
			return true
		}
		copy(w.buf[i:], w.buf[i+1:])
		w.buf[len(w.buf)-1] = nil
		w.buf = w.buf[:len(w.buf)-1]
		return true
	}
	return false
}

// loopBinding is asyncio's _LoopBoundMixin: the loop a primitive belongs
// to, fixed by the first task that has to wait on it. It also keeps a
// waiter future for reuse, since waits are the hot path of a queue.
type loopBinding struct {
	loop  *Loop
	spare *Future
}

// waiter returns a new pending future of t's loop for t to wait on,
// binding the primitive to that loop on first use.
func (b *loopBinding) waiter(t *Task, what string, note waitNote) (*Future, error) {
	if b.loop == nil {
		b.loop = t.loop
	} else if b.loop != t.loop {
		return nil, fmt.Errorf("loop: %s is bound to a different event loop than %s", what, t)
	}
	if f := b.spare; f != nil {
		b.spare = nil
		f.setNote(note)
		return f, nil
	}
	return t.loop.newNotedFuture(note), nil
}

// recycle keeps f, a waiter future that completed with a result and is
// referenced by nobody any more (out of the wait list, its task resumed),
// for the next wait. A waiter is only ever completed by SetResult or
// cancelled, and only its task waits on it (no done callback refers to
// it), so a finished one may be reset.
func (b *loopBinding) recycle(f *Future) {
	if f.Done() && !f.Cancelled() {
		*f = Future{loop: f.loop, noted: f.noted}
		b.spare = f
	}
}

// park makes the calling task wait on a new waiter future, a member of w
// while the wait lasts, for a primitive bound by b (named what in errors;
// note says what the wait is for, see Task.Awaiting). It returns the task,
// the waiter, done or not, and the wait's error; no waiter when it could
// not wait. prep, if not nil, runs once the waiter exists and just before
// the wait. popped says that whoever wakes a waiter of w takes it out of w
// (a queue's wakeupNext): then only a failed wait has to.
func (b *loopBinding) park(w *waitList, what string, note waitNote, prep func(), popped bool) (*Task, *Future, error) {
	t, err := callingTask()
	if err != nil {
		return nil, nil, err
	}
	fut, err := b.waiter(t, what, note)
	if err != nil {
		return nil, nil, err
	}
	if prep != nil {
		prep()
	}
	w.push(fut)
	_, err = t.await(fut)
	if err != nil || !popped {
		w.remove(fut) // a search of the list
	}
	return t, fut, err
}

// callingTask returns the task running the caller, for the bodies of the
// package's coroutines.
func callingTask() (*Task, error) {
	if t := currentTask(); t != nil {
		return t, nil
	}
	return nil, ErrNoTask
}

// wake completes a waiter future with v (no-op if it is done already).
func wake(f *Future, v any) {
	if !f.Done() {
		f.SetResult(v) //nolint:errcheck // pending, a plain future
	}
}

// isCancel reports whether err is a cancellation.
func isCancel(err error) bool { return err != nil && errors.Is(err, ErrCancelled) }

// ---- Lock ----

// Lock is a mutual-exclusion lock for tasks (asyncio.Lock): Acquire waits
// while another task holds it, Release hands it to the waiter first in
// line. Waiters are served first in, first out; a waiter cancelled after
// the lock was handed to it passes it on to the next one. The zero value
// is an unlocked lock. Loop goroutine only.
//
//	if _, err := loop.Await(lock.Acquire()); err != nil {
//		return err
//	}
//	defer lock.Release()
type Lock struct {
	locked  bool
	holder  *Task // the task that took it, for Task.Awaiting
	waiters waitList
	bind    loopBinding
}

// NewLock returns an unlocked lock (asyncio.Lock()). It binds to the loop
// of the first task that waits on it, so it may be made before the loop
// runs. Safe from any goroutine.
func NewLock() *Lock { return &Lock{} }

// Locked reports whether a task holds the lock (asyncio's locked()). Loop
// goroutine only.
func (lk *Lock) Locked() bool { return lk.locked }

// Acquire returns a coroutine that, awaited, takes the lock, waiting for
// it if it is held (asyncio's acquire()); its result is true. Cancelling
// the waiting task ends the wait with ErrCancelled and the lock is not
// taken. Loop goroutine only.
func (lk *Lock) Acquire() *Coroutine {
	return Async(func() (any, error) { return lk.acquire() })
}

func (lk *Lock) acquire() (any, error) {
	if !lk.locked && lk.allWaitersCancelled() {
		lk.locked, lk.holder = true, currentTask()
		return true, nil
	}
	_, fut, err := lk.bind.park(&lk.waiters, "Lock", lk, nil, false)
	if err != nil {
		// The lock may have been handed to us: hand it on.
		if !lk.locked {
			lk.wakeUpFirst()
		}
		return nil, err
	}
	lk.bind.recycle(fut)
	lk.locked, lk.holder = true, currentTask()
	return true, nil
}

func (lk *Lock) allWaitersCancelled() bool {
	for i := range lk.waiters.len() {
		if !lk.waiters.at(i).Cancelled() {
			return false
		}
	}
	return true
}

func (lk *Lock) wakeUpFirst() {
	if lk.waiters.len() > 0 {
		wake(lk.waiters.at(0), true)
	}
}

// Release releases the lock and wakes the first waiter, if any (asyncio's
// release()). Releasing a lock that is not held gives an error matching
// ErrInvalidState (asyncio's RuntimeError). Any task may release it, not
// only the one that took it, as in asyncio. Loop goroutine only.
func (lk *Lock) Release() error {
	if !lk.locked {
		return fmt.Errorf("%w: Lock.Release of a lock that is not acquired", ErrInvalidState)
	}
	lk.locked, lk.holder = false, nil
	lk.wakeUpFirst()
	return nil
}

// ---- Event ----

// Event lets tasks wait until it is set (asyncio.Event): Set wakes every
// task waiting in Wait, and later waits return at once until Clear. The
// zero value is an unset event. Loop goroutine only.
type Event struct {
	value   bool
	waiters waitList
	bind    loopBinding
}

// NewEvent returns an unset event (asyncio.Event()). It binds to the loop
// of the first task that waits on it. Safe from any goroutine.
func NewEvent() *Event { return &Event{} }

// IsSet reports whether the event is set (asyncio's is_set()). Loop
// goroutine only.
func (e *Event) IsSet() bool { return e.value }

// Set sets the event and wakes all the tasks waiting for it (asyncio's
// set()). Loop goroutine only; from another goroutine use
// l.CallSoonThreadsafe(ev.Set).
func (e *Event) Set() {
	if e.value {
		return
	}
	e.value = true
	for i := range e.waiters.len() {
		wake(e.waiters.at(i), true)
	}
}

// Clear unsets the event (asyncio's clear()). Loop goroutine only.
func (e *Event) Clear() { e.value = false }

// Wait returns a coroutine that, awaited, waits until the event is set
// (asyncio's wait()); its result is true. Loop goroutine only.
func (e *Event) Wait() *Coroutine {
	return Async(func() (any, error) { return e.wait() })
}

func (e *Event) wait() (any, error) {
	if e.value {
		return true, nil
	}
	_, fut, err := e.bind.park(&e.waiters, "Event", e, nil, false)
	if err != nil {
		return nil, err
	}
	e.bind.recycle(fut)
	return true, nil
}

// ---- Condition ----

// Condition is a condition variable for tasks (asyncio.Condition): a lock
// and a set of tasks waiting to be notified. Wait releases the lock, waits
// for Notify, and takes the lock again before it returns, even when the
// waiting task is cancelled. Loop goroutine only.
type Condition struct {
	lock    *Lock
	waiters waitList
	bind    loopBinding
}

// NewCondition returns a condition variable using lock, or a new lock if
// lock is nil (asyncio.Condition(lock=None)). Safe from any goroutine.
func NewCondition(lock *Lock) *Condition {
	if lock == nil {
		lock = NewLock()
	}
	return &Condition{lock: lock}
}

// Acquire returns a coroutine that takes the condition's lock (see
// Lock.Acquire). Loop goroutine only.
func (c *Condition) Acquire() *Coroutine { return c.lock.Acquire() }

// Release releases the condition's lock (see Lock.Release). Loop
// goroutine only.
func (c *Condition) Release() error { return c.lock.Release() }

// Locked reports whether the condition's lock is held. Loop goroutine
// only.
func (c *Condition) Locked() bool { return c.lock.locked }

// Wait returns a coroutine that, awaited by a task holding the lock,
// releases the lock, waits until notified and takes the lock again
// (asyncio's wait()); its result is true. The lock is taken again even if
// the task is cancelled while waiting; then Wait returns ErrCancelled
// (with the lock held) and wakes another waiter, in case it had been
// notified, as asyncio does since 3.13 (before, a Notify(1) whose waiter
// was cancelled woke nobody; now a cancelled wait may wake one more than
// asked, a spurious wake-up). Called without the lock held it gives an
// error matching ErrInvalidState. Loop goroutine only.
func (c *Condition) Wait() *Coroutine {
	return Async(func() (any, error) { return c.wait() })
}

func (c *Condition) wait() (any, error) {
	if !c.lock.locked {
		return nil, fmt.Errorf("%w: Condition.Wait on a lock that is not acquired", ErrInvalidState)
	}
	t, fut, err := c.bind.park(&c.waiters, "Condition", c, func() {
		c.lock.Release() //nolint:errcheck // held, checked above
	}, false)
	if fut == nil {
		return nil, err // not waiting: the lock is still held
	}
	// Take the lock again, even if cancelled meanwhile.
	for {
		_, aerr := c.lock.acquire()
		if aerr == nil {
			break
		}
		if !isCancel(aerr) {
			err = aerr
			break
		}
		err = aerr // the most recent cancellation wins, as in asyncio
	}
	if err != nil {
		// We may have been notified: notify another task instead (a
		// spurious wake-up is allowed; a lost one is not), unless the
		// loop is gone.
		if !t.destroyedOwn() {
			c.notify(1)
		}
		return nil, err
	}
	return true, nil
}

// WaitFor returns a coroutine that, awaited by a task holding the lock,
// waits until pred returns true (asyncio's wait_for(predicate)): pred is
// checked first, then after each wake-up, with the lock held. Its result
// is true. Loop goroutine only.
func (c *Condition) WaitFor(pred func() bool) *Coroutine {
	return Async(func() (any, error) {
		for !pred() {
			if _, err := c.wait(); err != nil {
				return nil, err
			}
		}
		return true, nil
	})
}

// Notify wakes up to n of the tasks waiting on the condition, first come
// first served (asyncio's notify(n)). The caller must hold the lock;
// otherwise it gives an error matching ErrInvalidState. Loop goroutine
// only.
func (c *Condition) Notify(n int) error {
	if !c.lock.locked {
		return fmt.Errorf("%w: Condition.Notify on a lock that is not acquired", ErrInvalidState)
	}
	c.notify(n)
	return nil
}

// NotifyAll wakes all the tasks waiting on the condition (asyncio's
// notify_all()). The caller must hold the lock. Loop goroutine only.
func (c *Condition) NotifyAll() error { return c.Notify(c.waiters.len()) }

func (c *Condition) notify(n int) {
	woken := 0
	for i := 0; i < c.waiters.len() && woken < n; i++ {
		if f := c.waiters.at(i); !f.Done() {
			wake(f, false)
			woken++
		}
	}
}

// ---- Semaphore ----

// Semaphore is a counter of permits for tasks (asyncio.Semaphore): Acquire
// takes one, waiting while none is left; Release gives one back and wakes
// the first waiter. Waiters are served first in, first out: a permit freed
// while tasks wait goes to them before a newcomer. A waiter cancelled after
// a permit was handed to it gives it back to the next one. Loop goroutine
// only. The zero value is a semaphore with no permits.
type Semaphore struct {
	value   int
	bounded bool // a BoundedSemaphore: Release checks bound
	bound   int
	waiters waitList
	bind    loopBinding
}

// NewSemaphore returns a semaphore with value permits (asyncio.Semaphore
// (value)). A negative value panics, as asyncio raises ValueError. Safe
// from any goroutine.
func NewSemaphore(value int) *Semaphore {
	if value < 0 {
		panic("loop: NewSemaphore: the initial value must be >= 0")
	}
	return &Semaphore{value: value}
}

// BoundedSemaphore is a Semaphore whose Release fails when it would raise
// the count above the initial value (asyncio.BoundedSemaphore): it catches
// a release without an acquire. Loop goroutine only.
type BoundedSemaphore struct {
	Semaphore
}

// NewBoundedSemaphore returns a bounded semaphore with value permits
// (asyncio.BoundedSemaphore(value)). A negative value panics. Safe from
// any goroutine.
func NewBoundedSemaphore(value int) *BoundedSemaphore {
	if value < 0 {
		panic("loop: NewBoundedSemaphore: the initial value must be >= 0")
	}
	return &BoundedSemaphore{Semaphore{value: value, bounded: true, bound: value}}
}

// Locked reports whether Acquire would wait: no permit is left, or tasks
// already wait for one (asyncio's locked()). Loop goroutine only.
func (s *Semaphore) Locked() bool {
	if s.value == 0 {
		return true
	}
	for i := range s.waiters.len() {
		if !s.waiters.at(i).Cancelled() {
			return true
		}
	}
	return false
}

// Value returns the number of permits left. Loop goroutine only.
func (s *Semaphore) Value() int { return s.value }

// Acquire returns a coroutine that, awaited, takes a permit, waiting for
// one if none is left or other tasks wait first (asyncio's acquire()); its
// result is true. Loop goroutine only.
func (s *Semaphore) Acquire() *Coroutine {
	return Async(func() (any, error) { return s.acquire() })
}

func (s *Semaphore) acquire() (any, error) {
	if !s.Locked() {
		s.value--
		return true, nil
	}
	_, fut, err := s.bind.park(&s.waiters, "Semaphore", s, nil, false)
	if fut == nil {
		return nil, err
	}
	if err != nil && fut.state == stateFinished {
		// A permit was handed to us but we are not taking it.
		s.value++
	}
	// Newcomers may have queued behind us: wake as many as permits allow.
	for s.value > 0 && s.wakeUpNext() {
	}
	if err != nil {
		return nil, err
	}
	s.bind.recycle(fut)
	return true, nil
}

// wakeUpNext hands a permit to the first waiter not yet woken.
func (s *Semaphore) wakeUpNext() bool {
	for i := range s.waiters.len() {
		if f := s.waiters.at(i); !f.Done() {
			s.value--
			wake(f, true)
			return true
		}
	}
	return false
}

// Release gives a permit back and wakes the first waiter (asyncio's
// release()). For a BoundedSemaphore, a release above the initial value
// gives an error matching ErrInvalidState (asyncio's ValueError); for a
// Semaphore it is always nil. Loop goroutine only.
func (s *Semaphore) Release() error {
	if s.bounded && s.value >= s.bound {
		return fmt.Errorf("%w: BoundedSemaphore released too many times", ErrInvalidState)
	}
	s.value++
	s.wakeUpNext()
	return nil
}
