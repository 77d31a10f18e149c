package loop

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// EnsureFuture returns aw as a future of the running loop (Get): a future
// or task as it is, a coroutine wrapped in a new task (asyncio's
// ensure_future). Loop goroutine only.
func EnsureFuture(aw Awaitable) *Future { return Get().ensureFuture(aw) }

func (l *Loop) ensureFuture(aw Awaitable) *Future {
	if err := nilAwaitable("", aw); err != nil {
		f := l.CreateFuture()
		f.setException(err, "", "")
		return f
	}
	return aw.ToFuture(l)
}

// Task returns the task the future belongs to, or nil for a plain future.
// Loop goroutine only.
func (f *Future) Task() *Task { return f.task() }

// ConcurrentFuture is the result of work submitted to a loop from another
// goroutine (RunCoroutineThreadsafe): it can be waited for from any
// goroutine (concurrent.futures.Future). All its methods are safe from any
// goroutine.
type ConcurrentFuture struct {
	mu     sync.Mutex
	done   chan struct{}
	result any
	err    error
	task   *Task
	loop   *Loop
	cancel bool
}

// Done reports whether the work has finished. Safe from any goroutine.
func (cf *ConcurrentFuture) Done() bool {
	select {
	case <-cf.done:
		return true
	default:
		return false
	}
}

// Cancelled reports whether the work ended cancelled (its error matches
// ErrCancelled; concurrent.futures' cancelled()). Safe from any goroutine.
func (cf *ConcurrentFuture) Cancelled() bool {
	return cf.Done() && isCancel(cf.err)
}

// Wait returns a channel closed when the work has finished.
// Safe from any goroutine.
func (cf *ConcurrentFuture) Wait() <-chan struct{} { return cf.done }

// Result blocks until the work has finished and returns its result.
// Called from the loop's own goroutine it would wait forever; await the
// task instead. Safe from any goroutine.
func (cf *ConcurrentFuture) Result() (any, error) {
	<-cf.done
	return cf.result, cf.err
}

// ResultTimeout is Result waiting at most d; then it returns ErrTimeout.
// Safe from any goroutine.
func (cf *ConcurrentFuture) ResultTimeout(d time.Duration) (any, error) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-cf.done:
		return cf.result, cf.err
	case <-t.C:
		return nil, fmt.Errorf("%w: no result after %v", ErrTimeout, d)
	}
}

// ResultContext is Result until ctx is done; then it returns ctx's error.
// Safe from any goroutine.
func (cf *ConcurrentFuture) ResultContext(ctx context.Context) (any, error) {
	select {
	case <-cf.done:
		return cf.result, cf.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// Cancel asks the loop to cancel the task running the work; it reports
// false if the work had already finished, or its loop is closed. Safe from
// any goroutine.
func (cf *ConcurrentFuture) Cancel(msg ...string) bool {
	if cf.Done() {
		return false
	}
	return cf.loop.post(func() {
		if cf.task != nil {
			cf.task.Cancel(msg...)
		} else {
			cf.mu.Lock()
			cf.cancel = true
			cf.mu.Unlock()
		}
	})
}

func (cf *ConcurrentFuture) finish(res any, err error) {
	cf.result, cf.err = res, err
	close(cf.done)
}

// Task returns the task running the work once the loop has started it,
// else nil. Safe from any goroutine.
func (cf *ConcurrentFuture) Task() *Task {
	cf.mu.Lock()
	defer cf.mu.Unlock()
	return cf.task
}

// RunCoroutineThreadsafe submits the coroutine to loop l from any
// goroutine and returns a ConcurrentFuture to wait for its result with
// (asyncio.run_coroutine_threadsafe). Work the loop has not started when
// it is closed, or submitted to a closed loop, ends with ErrClosed. Safe
// from any goroutine.
func RunCoroutineThreadsafe(c *Coroutine, l *Loop) *ConcurrentFuture {
	cf := &ConcurrentFuture{done: make(chan struct{}), loop: l}
	start := func() {
		t := l.newTask(c)
		l.tasks.add(t)
		if l.trc != nil {
			l.trc.created(t) // started here, not woken (see tracing.woken)
		}
		cf.mu.Lock()
		cf.task = t
		cancel := cf.cancel
		cf.mu.Unlock()
		t.addCallback(func(f *Future) {
			l.mu.Lock()
			delete(l.submitted, cf)
			l.mu.Unlock()
			cf.finish(f.Result())
		}, nil)
		if tc := l.trc; tc != nil {
			tc.stepStart(t)
			l.step(t)
			tc.stepEnd(t)
		} else {
			l.step(t)
		}
		if cancel {
			t.Cancel()
		}
	}
	if !l.submit(handleItem(&Handle{fn: start}), cf) {
		cf.finish(nil, ErrClosed)
	}
	return cf
}

// Run runs the coroutine on a new loop until it completes, then cancels
// the tasks left, lets them finish, waits for the executor's jobs
// (RunInExecutor) to return, and closes the loop; it returns the
// coroutine's result (asyncio.run). Called from a task of a running loop
// it awaits the coroutine there instead (so a script's main works inside
// the asyncrepl shell), and the tasks left run on. Options apply to the
// new loop: from a task, where there is none, Run with options returns
// (and logs) an error without running the coroutine (the loop's clock or
// debug mode would not be what the options ask). Call it from a task, or
// from a goroutine running no loop, which becomes the loop goroutine until
// Run returns.
func Run(c *Coroutine, opts ...Option) (any, error) {
	if t := currentTask(); t != nil && (t.onOwn || onTaskGoroutine()) && !(ndetached.Load() > 0 && isDetached()) {
		// (An OnOwnGoroutine task's body may run Run on a goroutine it
		// waits on, as the asyncrepl shell's input does.)
		if len(opts) > 0 {
			// Also said through the logger: a program that drops Run's
			// error (a script's main, loaded into the shell) would
			// otherwise run nothing without a word.
			closeRefused(c)
			t.loop.Logger().Warn(errNestedRunOptions.Error())
			return nil, errNestedRunOptions
		}
		return t.await(c)
	}
	l := New(opts...)
	defer l.Close()
	res, err := l.RunUntilComplete(c)
	cancelAll(l)
	shutdownExecutor(l)
	return res, err
}

var errNestedRunOptions = errors.New("loop: Run with options, called from a task of a running loop: it would run the coroutine on that loop, which the options (its clock, debug mode) cannot change; call Run without them, or, in the asyncrepl shell, set them with :clock and :debug")

// cancelAll cancels the loop's pending tasks and runs the loop until they
// are done (asyncio.run's epilogue).
func cancelAll(l *Loop) {
	ts := AllTasks(l)
	if len(ts) == 0 {
		return
	}
	for _, t := range ts {
		t.Cancel()
	}
	aws := make([]Awaitable, len(ts))
	for i, t := range ts {
		aws[i] = t
	}
	l.RunUntilComplete(GatherReturnExceptions(aws...)) //nolint:errcheck // errors were reported per task
	for _, t := range ts {
		if !t.Cancelled() && t.err != nil {
			l.CallExceptionHandler(ExceptionContext{
				Message: "unhandled exception during loop.Run() shutdown", Err: t.err, Task: t,
			})
			t.markRetrieved()
		}
	}
}
