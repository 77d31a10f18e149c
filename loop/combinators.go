package loop

import (
	"errors"
	"fmt"
	"time"
)

// WaitFor returns a coroutine that, awaited, awaits aw for at most d
// (asyncio.wait_for): its result is aw's, or, if d passes first, aw is
// cancelled, WaitFor waits until it has finished cancelling, and returns
// an error matching ErrTimeout. A coroutine runs inline in the awaiting
// task, as Await runs it (asyncio 3.12's wait_for); a future or task is
// waited for. Cancelling the awaiting task cancels aw and gives
// ErrCancelled, not ErrTimeout. With d <= 0, aw gets no time: it is made
// a future (a coroutine becomes a task) and, unless already done,
// cancelled, as asyncio does for a timeout <= 0. Safe from any goroutine
// (it only makes the coroutine); await it from a task.
func WaitFor(aw Awaitable, d time.Duration) *Coroutine {
	return Async(func() (any, error) {
		t, err := callingTask()
		if err != nil {
			return nil, err
		}
		if err := nilAwaitable("WaitFor", aw); err != nil {
			return nil, err
		}
		if d > 0 {
			return withDeadline(t, t.loop.clock.Now()+d.Seconds(), aw, fmt.Sprintf("WaitFor after %v", d))
		}
		f := t.loop.ensureFuture(aw)
		if f.Done() {
			return f.Result()
		}
		requests := t.Cancelling()
		f.Cancel()
		res, err := t.await(f)
		// A cancellation of the awaiting task itself is one more request
		// (passed on to f, so mustCancel may not be set).
		if isCancel(err) && f.Cancelled() && !t.mustCancel && t.Cancelling() == requests {
			return nil, fmt.Errorf("%w: deadline passed (WaitFor after %v)", ErrTimeout, d)
		}
		return res, err
	})
}

// Shield returns a future that follows aw but protects it from
// cancellation (asyncio.shield): cancelling the returned future (or the
// task awaiting it) does not cancel aw, which runs on; its result or error
// is then left for whoever else awaits it (an error nobody retrieves is
// reported, as asyncio does). A coroutine is wrapped in a task first; an
// aw already done is returned as it is. Loop goroutine only.
func Shield(aw Awaitable) *Future {
	if err := nilAwaitable("Shield", aw); err != nil {
		f := Get().CreateFuture()
		f.setException(err, "", "")
		return f
	}
	l := loopOf([]Awaitable{aw})
	inner := l.ensureFuture(aw)
	if inner.Done() {
		return inner
	}
	outer := inner.loop.newNotedFuture(waitNoteFunc(func() string { return "shield of " + describeFuture(inner) }))
	onInner := func(inner *Future) {
		if outer.Done() {
			return
		}
		switch {
		case inner.Cancelled():
			outer.cancel(inner.cancelMsg())
		case inner.err != nil:
			outer.setException(inner.Exception(), "", "")
		default:
			outer.SetResult(inner.result) //nolint:errcheck // checked pending
		}
	}
	i := inner.addCallback(onInner, nil)
	outer.AddDoneCallback(func(*Future) {
		if !inner.Done() {
			inner.removeCallbackAt(i)
		}
	})
	return outer
}

// ReturnWhen says when Wait returns (asyncio's return_when).
type ReturnWhen int

const (
	// AllCompleted: when every awaitable is done (ALL_COMPLETED, the
	// default, the zero value).
	AllCompleted ReturnWhen = iota
	// FirstCompleted: when any awaitable is done (FIRST_COMPLETED).
	FirstCompleted
	// FirstException: when any awaitable ends with an error, else when
	// all are done (FIRST_EXCEPTION). A cancellation is not an error.
	FirstException
)

// String returns asyncio's name of the constant. Safe from any goroutine.
func (r ReturnWhen) String() string {
	switch r {
	case AllCompleted:
		return "ALL_COMPLETED"
	case FirstCompleted:
		return "FIRST_COMPLETED"
	case FirstException:
		return "FIRST_EXCEPTION"
	}
	return fmt.Sprintf("ReturnWhen(%d)", int(r))
}

// WaitResult is the result of Wait: the futures done and those still
// pending, each in the order given to Wait (asyncio's (done, pending)
// sets).
type WaitResult struct {
	Done, Pending []*Future
}

// Wait returns a coroutine that, awaited, waits for the awaitables until
// returnWhen says so or timeout passes (0: no timeout), and gives a
// WaitResult (asyncio.wait). It neither cancels the pending ones nor
// raises their errors, and a timeout is not an error: look at Pending.
// Coroutines are wrapped in tasks (their futures are in the result: use
// Future.Task); an awaitable given twice counts once. With no awaitables,
// or an unknown returnWhen, it gives an error (asyncio's ValueError).
// Cancelling the awaiting task ends the wait with ErrCancelled and leaves
// the awaitables running. Safe from any goroutine (it only makes the
// coroutine); await it from a task.
func Wait(aws []Awaitable, returnWhen ReturnWhen, timeout time.Duration) *Coroutine {
	return Async(func() (any, error) {
		if len(aws) == 0 {
			return nil, errors.New("loop: Wait needs at least one awaitable")
		}
		if returnWhen < AllCompleted || returnWhen > FirstException {
			return nil, fmt.Errorf("loop: Wait: invalid returnWhen %v", returnWhen)
		}
		t, err := callingTask()
		if err != nil {
			return nil, err
		}
		fs, err := futuresOf(t.loop, aws)
		if err != nil {
			return nil, err
		}
		counter := 0
		for _, f := range fs {
			if !f.Done() {
				counter++
			}
		}
		ready := func(f *Future) bool {
			return counter == 0 || returnWhen == FirstCompleted ||
				returnWhen == FirstException && !f.Cancelled() && f.err != nil
		}
		if counter < len(fs) {
			for _, f := range fs {
				if f.Done() && ready(f) {
					if returnWhen == FirstException && counter > 0 {
						f.Exception() // retrieved: Wait saw it, as asyncio's does
					}
					return splitDone(fs), nil
				}
			}
		}
		waiter := t.loop.newNotedFuture(waitNoteFunc(func() string {
			return fmt.Sprintf("wait (%v): %d of %d done", returnWhen, len(fs)-counter, len(fs))
		}))
		onDone := func(f *Future) {
			counter--
			if ready(f) {
				if returnWhen == FirstException && counter > 0 {
					f.Exception()
				}
				wake(waiter, nil)
			}
		}
		at := make([]int, len(fs))
		for i, f := range fs {
			at[i] = -1
			if !f.Done() {
				at[i] = f.addCallback(onDone, nil)
			}
		}
		var timer *TimerHandle
		if timeout > 0 {
			timer = t.loop.CallLater(timeout, func() { wake(waiter, nil) })
		}
		_, err = t.await(waiter)
		if timer != nil {
			timer.Cancel()
		}
		for i, f := range fs {
			if at[i] >= 0 && !f.Done() {
				f.removeCallbackAt(at[i])
			}
		}
		if err != nil {
			return nil, err
		}
		return splitDone(fs), nil
	})
}

func splitDone(fs []*Future) WaitResult {
	var r WaitResult
	for _, f := range fs {
		if f.Done() {
			r.Done = append(r.Done, f)
		} else {
			r.Pending = append(r.Pending, f)
		}
	}
	return r
}

// futuresOf makes futures of l of the awaitables (coroutines become
// tasks), dropping repeats.
func futuresOf(l *Loop, aws []Awaitable) ([]*Future, error) {
	fs := make([]*Future, 0, len(aws))
	var seen map[*Future]bool
	if len(aws) > 8 {
		seen = make(map[*Future]bool, len(aws))
	}
	for _, aw := range aws {
		f := l.ensureFuture(aw)
		if f.loop != l {
			return nil, fmt.Errorf("loop: %s is attached to a different loop", f)
		}
		if seen != nil {
			if seen[f] {
				continue
			}
			seen[f] = true
		} else if containsFuture(fs, f) {
			continue
		}
		fs = append(fs, f)
	}
	return fs, nil
}

func containsFuture(fs []*Future, f *Future) bool {
	for _, g := range fs {
		if g == f {
			return true
		}
	}
	return false
}

// AsCompleted starts the awaitables (coroutines become tasks) and returns
// one coroutine per distinct awaitable; awaiting the i-th gives the result
// (or error) of the i-th of them to complete (asyncio.as_completed):
//
//	for _, c := range loop.AsCompleted(a, b, c) {
//		v, err := loop.Await(c) // the earliest result not yet taken
//	}
//
// A consumer cancelled while waiting takes nothing: the next one gets that
// result. The coroutines left unawaited (a loop left at the first result)
// are not reported as never awaited: asyncio makes them as the loop asks,
// and the awaitables run on regardless. Loop goroutine only.
func AsCompleted(aws ...Awaitable) []*Coroutine {
	l := loopOf(aws)
	fs, err := futuresOf(l, aws)
	if err != nil {
		c := Async(func() (any, error) { return nil, err })
		return []*Coroutine{c}
	}
	done := &Queue{}
	done.bind.loop = l
	onDone := func(f *Future) { done.PutNowait(f) } //nolint:errcheck // unbounded
	for _, f := range fs {
		f.AddDoneCallback(onDone)
	}
	cs := make([]*Coroutine, len(fs))
	for i := range cs {
		// Untracked (see above): Async would watch it.
		cs[i] = &Coroutine{fn: func() (any, error) {
			v, err := done.get()
			if err != nil {
				return nil, err
			}
			return v.(*Future).Result()
		}}
	}
	return cs
}
