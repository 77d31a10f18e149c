package loop

import (
	"errors"
	"runtime"
	"runtime/debug"
	"sync"
)

// ErrGoexit matches (errors.Is) the error of a task whose code called
// runtime.Goexit, and the error a callback that did so is reported with.
var ErrGoexit = errors.New("loop: runtime.Goexit called")

// GoexitError is the error of a task whose code called runtime.Goexit (as
// testing's t.FailNow and t.SkipNow do, or a library that ends "its"
// goroutine): the goroutine running the code belongs to the loop, and
// ending it would take the loop (or the task's switching with it) down.
// A callback that called it is reported with one, through the exception
// handler, as a panicking callback is. It matches ErrGoexit.
type GoexitError struct {
	Where string // "task fetch", "callback main.tick"
	Stack []byte // the goroutine's stack at the call
}

// Error names where runtime.Goexit was called and what came of it. Safe
// from any goroutine.
func (e *GoexitError) Error() string {
	return "loop: runtime.Goexit called in " + e.Where + " (t.FailNow and t.SkipNow call it): " +
		"a task or callback ends by returning; the loop carried on without the rest of it"
}

// Is makes errors.Is(err, ErrGoexit) true. Safe from any goroutine.
func (e *GoexitError) Is(target error) bool { return target == ErrGoexit }

// A runtime.Goexit cannot be stopped once called: the goroutine ends when
// its deferred calls have run. The package keeps it from ending the
// goroutines it needs:
//
//   - a task's coroutine goroutine (see goexitTask) completes the task
//     with a *GoexitError in its deferred call, switches back to the loop,
//     and is never reused: the loop halts it, and the Goexit that iter.Pull
//     would pass on to the loop goroutine arrives there as a panic of
//     errHalted, which halt recovers;
//   - an OnOwnGoroutine task's goroutine completes the task the same way
//     and hands control back (ownMain's deferred end), then ends;
//   - the loop goroutine, in a callback (see goexitCallback), reports the
//     error and runs the loop on inside the deferred call; when the loop
//     stops, the Goexit goes on and ends the goroutine that ran the loop.

// ExitTask ends the code of the task running the caller as
// runtime.Goexit does (its deferred calls run, nothing can recover it),
// and the task with err rather than a *GoexitError: for a host that must
// end code whose stack is too deep to unwind by a panic in reasonable
// time (an interpreter that recovers and panics again in each of its
// frames). Outside any task it is runtime.Goexit. Safe from any goroutine.
func ExitTask(err error) {
	if t := CurrentTask(); t != nil && err != nil {
		exitErrs.Store(t, err)
	}
	runtime.Goexit()
}

// exitErrs are the errors ExitTask gave tasks whose goroutines are ending,
// until goexitTask takes them: package-level because ExitTask has only
// the task to go by, and a field would grow every Task for a rare event.
var exitErrs sync.Map // *Task -> error

// errHalted is what a coroutine goroutine whose task called runtime.Goexit
// panics with when the loop halts it, so that iter.Pull reports a panic
// (which halt recovers) instead of passing the Goexit on.
type errHalted struct{}

// halt ends a coroutine goroutine.
func (c *coro) halt() {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(errHalted); !ok {
				panic(r)
			}
		}
	}()
	c.stop()
}

// goexitTask handles a runtime.Goexit in t's code, on t's goroutine, in
// runBody's deferred call.
func (t *Task) goexitTask() {
	gerr := &GoexitError{Where: "task " + t.Name(), Stack: debug.Stack()}
	var err error = gerr
	if e, ok := exitErrs.LoadAndDelete(t); ok {
		err = e.(error) // ExitTask's
	}
	if !t.dead {
		t.complete(nil, err, string(gerr.Stack))
	}
	if t.onOwn {
		return // ownMain's deferred end hands control back
	}
	c := t.co
	c.goexited = true
	if !t.dead {
		// Back to the loop, which sees the task done and halts this
		// goroutine (putCoro): yield returns false then.
		c.yield(struct{}{})
	}
	panic(errHalted{})
}

// goexitCallback handles a runtime.Goexit in a callback, on the loop
// goroutine, in the callback's deferred call: it reports it as a panic in
// a callback is, then runs the loop on until it stops.
func (l *Loop) goexitCallback(ctx ExceptionContext, fn any) {
	ctx.Err = &GoexitError{Where: "callback " + funcName(fn), Stack: debug.Stack()}
	l.CallExceptionHandler(ctx)
	for !l.abandoned.Load() {
		l.runOnce()
		if l.stopping {
			break
		}
	}
}
