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
		return withDeadline(t, t.loop.Time()+d.Seconds(), aw, fmt.Sprintf("after %v", d))
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
		return withDeadline(t, when, aw, fmt.Sprintf("at %.3f", when))
	})
}

// timeoutCancelMsg is the message of the cancellation a timeout sends, by
// which it recognises its own cancellation coming back.
const timeoutCancelMsg = "deadline exceeded (loop.Timeout)"

type deadlineScope struct {
	task    *Task
	expired bool // the scope cancelled the task
	exited  bool
}

func (s *deadlineScope) fire() {
	t := s.task
	if s.exited || t.Done() {
		return
	}
	// A cancellation from outside already on its way wins: asyncio's
	// cancel count would stay above the scope's (see CORE_NEEDS.txt).
	if t.mustCancel || t.waitFut != nil && t.waitFut.Cancelled() {
		return
	}
	s.expired = true
	t.Cancel(timeoutCancelMsg)
}

// withDeadline awaits aw in task t, cancelling t when the loop's clock
// reaches when; its own cancellation comes back as ErrTimeout.
func withDeadline(t *Task, when float64, aw Awaitable, what string) (any, error) {
	s := &deadlineScope{task: t}
	var h interface{ Cancel() }
	if when <= t.loop.Time() {
		h = t.loop.CallSoon(s.fire) // as asyncio: before what the block schedules
	} else {
		h = t.loop.CallAt(when, s.fire)
	}
	res, err := t.await(aw)
	s.exited = true
	h.Cancel()
	if !s.expired {
		return res, err
	}
	if t.mustCancel && t.cancelReq == timeoutCancelMsg {
		// The scope's cancellation was never delivered: withdraw it
		// (asyncio's uncancel).
		t.mustCancel, t.cancelReq = false, ""
	}
	if isOwnCancel(err) && !t.mustCancel {
		return nil, fmt.Errorf("%w: deadline passed (%s)", ErrTimeout, what)
	}
	return res, err
}

// isOwnCancel reports whether err is the cancellation a timeout sent.
func isOwnCancel(err error) bool {
	var ce *CancelledError
	return errors.As(err, &ce) && ce.Msg == timeoutCancelMsg
}
