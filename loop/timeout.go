package loop

import (
	"errors"
	"fmt"
	"time"
)

// Timeout returns a coroutine that, awaited, awaits aw with a deadline d
// from now (asyncio.timeout(d) around `await aw`): aw runs in the awaiting
// task (a coroutine inline, as Await runs it); if the deadline passes
// first, the task is cancelled where it waits, and once aw has finished
// cancelling, Timeout returns an error matching ErrTimeout. A cancellation
// from outside (the task cancelled by someone else) stays ErrCancelled.
// A body that swallows the timeout's cancellation and returns a result
// gives that result, as in asyncio. A deadline already past (d <= 0)
// expires at the task's first suspension: work that completes without
// waiting still completes.
//
// Go has no `async with`, so the scope of asyncio's timeout is the
// awaitable: wrap the block in a coroutine,
//
//	_, err := loop.Await(loop.Timeout(2*time.Second, loop.Async(func() error {
//		if _, err := loop.Await(step1()); err != nil {
//			return err
//		}
//		_, err := loop.Await(step2())
//		return err
//	})))
//	if errors.Is(err, loop.ErrTimeout) { ... }
//
// Safe from any goroutine (it only makes the coroutine); await it from a
// task.
func Timeout(d time.Duration, aw Awaitable) *Coroutine {
	return Async(func() (any, error) {
		t, err := callingTask()
		if err != nil {
			return nil, err
		}
		if err := nilAwaitable("Timeout", aw); err != nil {
			return nil, err
		}
		return withDeadline(t, t.loop.clock.Now()+d.Seconds(), aw, fmt.Sprintf("after %v", d))
	})
}

// TimeoutAt is Timeout with an absolute deadline on the loop's clock
// (Loop.Time) (asyncio.timeout_at(when)). Safe from any goroutine; await
// it from a task.
func TimeoutAt(when float64, aw Awaitable) *Coroutine {
	return Async(func() (any, error) {
		t, err := callingTask()
		if err != nil {
			return nil, err
		}
		if err := nilAwaitable("TimeoutAt", aw); err != nil {
			return nil, err
		}
		return withDeadline(t, when, aw, fmt.Sprintf("at %.3f", when))
	})
}

type deadlineScope struct {
	task    *Task
	expired bool // the scope cancelled the task
	exited  bool
}

func (s *deadlineScope) fire() {
	if s.exited || s.task.Done() {
		return
	}
	s.expired = true
	s.task.Cancel("deadline exceeded")
}

// withDeadline awaits aw in task t, cancelling t when the loop's clock
// reaches when. It tells its own cancellation from one sent by someone
// else by the task's cancellation count, as asyncio.timeout does: on exit
// it withdraws its request (Uncancel), and only if no other request is
// left does the cancellation become ErrTimeout.
func withDeadline(t *Task, when float64, aw Awaitable, what string) (any, error) {
	s := &deadlineScope{task: t}
	cancelling := t.Cancelling()
	var h interface{ Cancel() }
	if when <= t.loop.clock.Now() {
		h = t.loop.CallSoon(s.fire) // as asyncio: before what the block schedules
	} else {
		h = t.loop.CallAt(when, s.fire)
	}
	before := t.swallowed()
	res, err := t.await(aw)
	s.exited = true
	h.Cancel()
	if n := t.swallowed(); s.expired && err == nil && n != nil && n != before && !n.warned {
		// The block swallowed the deadline's cancellation: asyncio's
		// code would have raised (see swallow.go).
		t.warnWentOn(n, "gave a result after the deadline ("+what+") cancelled it")
	}
	if s.expired && t.Uncancel() <= cancelling && errors.Is(err, ErrCancelled) {
		return nil, fmt.Errorf("%w: deadline passed (%s)", ErrTimeout, what)
	}
	return res, err
}
