package loop

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"slices"
	"sync"
	"time"
)

// executor is RunInExecutor's bounded pool of goroutines: at most max run
// at once; further jobs wait in a queue. Workers start on demand and exit
// when the queue is empty.
type executor struct {
	l       *Loop
	mu      sync.Mutex
	max     int
	workers int
	queue   []func()
	closed  bool
	jobs    []*execJob    // submitted, their functions not returned (ExecutorJobs)
	idle    chan struct{} // closed when jobs empties (see shutdown)
	used    bool          // a job was submitted (see shutdownExecutor)
}

// ExecutorJob is a job of a loop's executor (RunInExecutor) whose function
// has not returned.
type ExecutorJob struct {
	Func    string    // the function, as Go names it ("main.fetch"; "func" for an interpreter's)
	Since   time.Time // when RunInExecutor was called
	Running bool      // a worker runs it (else it waits in the queue)
	Task    *Task     // the task whose step called RunInExecutor, if any
}

// ExecutorJobs returns the loop's executor jobs whose functions have not
// returned, in the order they were submitted, whether or not anything
// still awaits their futures: cancelling a job's future (or the task that
// awaits it) does not stop a function that runs (one still queued is
// dropped when a worker reaches it). Safe from any goroutine.
func (l *Loop) ExecutorJobs() []ExecutorJob {
	e := l.exec
	e.mu.Lock()
	defer e.mu.Unlock()
	out := make([]ExecutorJob, 0, len(e.jobs))
	for _, j := range e.jobs {
		out = append(out, ExecutorJob{Func: funcName(j.fn), Since: j.since, Running: j.started.Load(), Task: j.task})
	}
	return out
}

// track adds job to the jobs whose functions have not returned.
func (e *executor) track(job *execJob) {
	e.mu.Lock()
	e.jobs = append(e.jobs, job)
	e.used = true
	e.mu.Unlock()
}

// untrack removes job, whose function returned (or which was dropped).
func (e *executor) untrack(job *execJob) {
	e.mu.Lock()
	if i := slices.Index(e.jobs, job); i >= 0 {
		e.jobs = slices.Delete(e.jobs, i, i+1)
	}
	if len(e.jobs) == 0 && e.idle != nil {
		close(e.idle)
		e.idle = nil
	}
	e.mu.Unlock()
}

func newExecutor(l *Loop) *executor {
	return &executor{l: l, max: min(32, runtime.GOMAXPROCS(0)+4)}
}

func (e *executor) submit(job func()) bool {
	e.mu.Lock()
	if e.closed {
		e.mu.Unlock()
		return false
	}
	e.queue = append(e.queue, job)
	start := e.workers < e.max
	if start {
		e.workers++
	}
	e.mu.Unlock()
	if start {
		go e.work()
	}
	return true
}

func (e *executor) work() {
	for {
		e.mu.Lock()
		if len(e.queue) == 0 {
			e.workers--
			e.mu.Unlock()
			return
		}
		job := e.queue[0]
		e.queue[0] = nil
		e.queue = e.queue[1:]
		e.mu.Unlock()
		job()
	}
}

// shutdown refuses new jobs; the ones submitted, queued or running, run
// to their end all the same (asyncio's shutdown(wait=False), which cancels
// no queued job). It returns nil if none is left, else a channel closed
// when the last one has returned (after its result was sent to the loop).
func (e *executor) shutdown() <-chan struct{} {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.closed = true
	if len(e.jobs) == 0 {
		return nil
	}
	if e.idle == nil {
		e.idle = make(chan struct{})
	}
	return e.idle
}

// shutdownExecutor refuses new executor jobs and runs the loop until the
// submitted ones have returned and their results reached their futures
// (asyncio.run's shutdown_default_executor, which waits as long as it
// takes). Loop goroutine only, the loop not running.
func shutdownExecutor(l *Loop) {
	idle := l.exec.shutdown()
	if idle == nil {
		if !l.exec.used {
			return
		}
		// The jobs returned, but their results may still be on their
		// way to the loop: taken below, before done.
		closed := make(chan struct{})
		close(closed)
		idle = closed
	}
	done := l.CreateFuture()
	go func() {
		<-idle
		// After the jobs' own deliveries: the loop takes what other
		// goroutines send in order.
		l.CallSoonThreadsafe(func() { done.SetResult(nil) })
	}()
	l.RunUntilComplete(done) //nolint:errcheck // done ends with nil
}

// RunInExecutor runs fn on the loop's executor, a bounded pool of
// goroutines (min(32, GOMAXPROCS+4) by default, WithExecutorWorkers), so
// blocking work does not stall the loop (asyncio's run_in_executor). fn is
// a func(), func() error, func() any, func() (any, error), func() T or
// func() (T, error). The returned future gets fn's result on the loop; a
// panic in fn becomes its exception. Cancelling the future drops fn if it
// waits in the queue, as asyncio's does, but does not stop it once it
// runs. Run, returning, waits for the jobs submitted, and meanwhile fails
// new ones with an error matching ErrClosed (asyncio's "Executor
// shutdown has been called"); Close does not wait (the jobs run on, their
// results dropped). Loop goroutine only.
func (l *Loop) RunInExecutor(fn any) *Future {
	job := &execJob{fn: fn, since: time.Now(), task: CurrentTask()}
	f := l.newNotedFuture(job)
	c := &Coroutine{fn: fn}
	if err := checkRunFunc(fn); err != nil {
		f.setException(err, "", "")
		return f
	}
	l.inflight.Add(1)
	l.exec.track(job)
	ok := l.exec.submit(func() {
		defer l.exec.untrack(job)
		var res any
		var err error
		deliver := func() {
			// A loop closed meanwhile drops the result, as asyncio does.
			l.post(func() {
				l.inflight.Add(-1)
				if f.state != statePending {
					return
				}
				if err != nil {
					stack := ""
					switch e := err.(type) {
					case *PanicError:
						stack = string(e.Stack)
					case *GoexitError:
						stack = string(e.Stack)
					}
					f.setException(err, funcLine(fn), stack)
				} else {
					f.result = res
					f.finish(stateFinished)
				}
			})
		}
		returned := false
		defer func() {
			if returned {
				return
			}
			if r := recover(); r != nil {
				err = l.panicError(r)
				deliver()
				return
			}
			// runtime.Goexit: the future gets the error, and another
			// worker takes this one's place.
			err = &GoexitError{Where: "executor function " + funcName(fn), Stack: debug.Stack()}
			deliver()
			go l.exec.work()
		}()
		if job.cancelled.Load() {
			// Cancelled while it waited in the queue: it never runs,
			// as asyncio's executor drops a job not started whose
			// future is cancelled.
			returned = true
			deliver()
			return
		}
		job.started.Store(true)
		defer enterExecutor(goid())() // no task's, for Await (see currentTask)
		res, err = c.call()
		returned = true
		deliver()
	})
	if !ok {
		l.inflight.Add(-1)
		l.exec.untrack(job)
		err := ErrClosed
		if !l.closed.Load() {
			err = errExecutorShutdown
		}
		f.setException(err, "", "")
	}
	return f
}

// errExecutorShutdown is RunInExecutor's error while Run, returning, waits
// for the executor's jobs (asyncio's "Executor shutdown has been called").
var errExecutorShutdown = fmt.Errorf("%w: its executor was shut down (Run is returning)", ErrClosed)

func checkRunFunc(fn any) error {
	switch fn.(type) {
	case func(), func() error, func() any, func() (any, error):
		return nil
	}
	return checkCoroFunc("RunInExecutor", fn)
}
