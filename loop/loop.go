package loop

import (
	"errors"
	"fmt"
	"math"
	"os"
	"runtime/trace"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sirupsen/logrus"
)

// Loop is an event loop: a queue of ready callbacks, a heap of timers, a
// door for other goroutines (CallSoonThreadsafe) and the tasks it steps.
// One goroutine at a time runs it (RunForever or RunUntilComplete); every
// callback and task step runs there, one after another, never overlapping.
//
// Methods say whether they are safe from any goroutine or must run on the
// loop goroutine ("loop goroutine only": a callback or task of the loop, or
// the goroutine that owns a loop that is not running).
type Loop struct {
	// Touched by the loop goroutine only.
	ready    ring
	hslab    []Handle // CallSoon's handles not handed out yet (see newHandle)
	timers   timerHeap
	ncancel  int // cancelled timers still in the heap
	seq      uint64
	stopping bool
	nested   []*Future
	tasks    taskList
	coros    []*coro // idle task coroutines, reused
	bigCoros []*coro // idle ones whose stack grew for a StackHint (see getCoro)
	slow     time.Duration
	handler  func(*Loop, ExceptionContext)
	clock    Clock
	trc      *tracing // nil unless something traces the loop (see trace.go)
	labels   bool     // pprof labels on task goroutines (SetProfileLabels)

	current atomic.Pointer[Task] // task being stepped, nil between steps
	running atomic.Bool
	closed  atomic.Bool
	// abandoned: given up for blocked (see Abandon); it runs no more.
	abandoned atomic.Bool
	// dispatching: running the items of an iteration (for findTask).
	dispatching atomic.Bool
	debug       atomic.Bool
	goid        atomic.Uint64 // loop goroutine's id, recorded in debug mode or once several loops have run at once

	logMu      sync.RWMutex
	logger     logrus.FieldLogger
	madeLogger logrus.FieldLogger // the logger New set, which SetLogger(nil) restores

	host atomic.Pointer[string] // who runs the loop for others (see SetHost), if anyone
	// showResult shows a result in the Strings of the loop's futures and
	// tasks (see SetResultText), if set.
	showResult atomic.Pointer[func(any) (string, bool)]

	raiseSite  atomic.Pointer[func(error) string] // see SetRaiseSite
	panicValue atomic.Pointer[func(any) any]      // see SetPanicValue

	// The door from other goroutines.
	mu   sync.Mutex
	shut bool         // closed: the door takes nothing more
	nin  atomic.Int32 // len(incoming), read without the lock
	// probes: the Probe callbacks sent and not yet run, in incoming or
	// ready; written under mu when sent, by the loop goroutine when run.
	probes   atomic.Int32
	incoming []item
	// The work of RunCoroutineThreadsafe whose ConcurrentFuture is not
	// done yet, which Close ends (with ErrClosed if its task is not done).
	submitted map[*ConcurrentFuture]struct{}
	spare     []item
	sleeping  bool
	wake      chan struct{}
	waitTimer *time.Timer   // the real clock's timer for this loop's waits
	inflight  atomic.Int64  // executor jobs and holds: the virtual clock waits
	stalled   atomic.Bool   // waiting with nothing to wait for (see Stalled)
	stalls    atomic.Uint64 // how many times it was

	exec *executor
}

// Option configures a loop made by New.
type Option func(*Loop)

// WithDebug turns debug mode on or off (see the package documentation).
// Options are values: safe from any goroutine, applied by New.
func WithDebug(on bool) Option { return func(l *Loop) { l.SetDebug(on) } }

// WithClock sets the loop's clock (RealClock or NewVirtualClock). Safe
// from any goroutine.
func WithClock(c Clock) Option { return func(l *Loop) { l.clock = c } }

// WithLogger sets the logger the loop's warnings go to. The default is
// logrus.StandardLogger() with the field logger=loop, the counterpart of
// asyncio's "asyncio" logger. Safe from any goroutine.
func WithLogger(lg logrus.FieldLogger) Option { return func(l *Loop) { l.logger = lg } }

// WithSlowCallbackDuration sets how long a callback or task step may hold
// the loop before debug mode reports it (default 100ms). Safe from any
// goroutine.
func WithSlowCallbackDuration(d time.Duration) Option { return func(l *Loop) { l.slow = d } }

// WithExecutorWorkers bounds the goroutines RunInExecutor uses (default
// min(32, GOMAXPROCS+4), as asyncio's default executor). Safe from any
// goroutine.
func WithExecutorWorkers(n int) Option {
	return func(l *Loop) {
		if n > 0 {
			l.exec.max = n
		}
	}
}

// New returns a new, stopped event loop. Debug mode is on when
// ASYNCREPL_DEBUG is set to a non-empty value other than 0, and the clock
// is virtual when ASYNCREPL_CLOCK=virtual, unless options say otherwise.
// Safe from any goroutine.
func New(opts ...Option) *Loop {
	defaultMu.Lock()
	d := defaultLoop
	defaultMu.Unlock()
	return newLoop(d, opts)
}

// newLoop is New, with d the default loop when it was called.
func newLoop(d *Loop, opts []Option) *Loop {
	l := &Loop{
		slow: 100 * time.Millisecond,
		wake: make(chan struct{}, 1),
	}
	l.exec = newExecutor(l)
	v := os.Getenv("ASYNCREPL_DEBUG")
	envDebug.Store(v != "" && v != "0" && v != "false")
	if envDebug.Load() {
		l.SetDebug(true)
	}
	l.clock = clockFromEnv(os.Getenv("ASYNCREPL_CLOCK"))
	if tr := defaultTracer.Load(); tr != nil {
		l.SetTracer(*tr)
	}
	for _, o := range opts {
		o(l)
	}
	if l.clock == nil {
		l.clock = RealClock()
	}
	if l.logger == nil {
		l.logger = logrus.StandardLogger().WithField("logger", "loop")
	}
	l.madeLogger = l.logger
	if d != nil {
		l.raiseSite.Store(d.raiseSite.Load())
		l.panicValue.Store(d.panicValue.Load())
	}
	return l
}

var (
	defaultMu   sync.Mutex
	defaultLoop *Loop
)

// Get returns the running loop when called from one of its callbacks or
// tasks (when one loop runs in the process, that loop, from any
// goroutine), and otherwise the process's default loop, made on first use
// (asyncio.get_event_loop). Safe from any goroutine.
func Get() *Loop {
	if l := runningLoop(); l != nil {
		return l
	}
	defaultMu.Lock()
	defer defaultMu.Unlock()
	if defaultLoop == nil || defaultLoop.IsClosed() {
		defaultLoop = newLoop(defaultLoop, nil)
	}
	return defaultLoop
}

// SetDefault makes l the loop Get returns when no loop is running. Safe
// from any goroutine.
func SetDefault(l *Loop) {
	defaultMu.Lock()
	defaultLoop = l
	defaultMu.Unlock()
}

// Logger returns the logger the loop's warnings go to. Safe from any
// goroutine.
func (l *Loop) Logger() logrus.FieldLogger {
	l.logMu.RLock()
	defer l.logMu.RUnlock()
	return l.logger
}

// SetLogger replaces the loop's logger; nil restores the one it was made
// with (WithLogger's, or logrus's standard logger). Safe from any
// goroutine.
func (l *Loop) SetLogger(lg logrus.FieldLogger) {
	if lg == nil {
		lg = l.madeLogger
	}
	l.logMu.Lock()
	l.logger = lg
	l.logMu.Unlock()
}

// Debug reports whether debug mode is on. Safe from any goroutine.
func (l *Loop) Debug() bool { return l.debug.Load() }

// SetDebug turns debug mode on or off. Safe from any goroutine.
func (l *Loop) SetDebug(on bool) {
	l.debug.Store(on)
}

// SetSlowCallbackDuration sets the slow-callback threshold of debug mode.
// Loop goroutine only.
func (l *Loop) SetSlowCallbackDuration(d time.Duration) { l.slow = d }

// Clock returns the loop's clock. Loop goroutine only.
func (l *Loop) Clock() Clock { return l.clock }

// SetClock replaces the loop's clock. Pending timers keep their deadlines
// shifted to the new clock's reading, so a timer due in 2s is still due in
// 2s. nil is the default, a real clock, reading no less than the loop's
// time. Loop goroutine only.
func (l *Loop) SetClock(c Clock) {
	if c == nil {
		c = RealClock()
		if now := l.clock.Now(); c.Now() < now {
			c = RealClockAt(now)
		}
	}
	if c == l.clock {
		return
	}
	shift := c.Now() - l.clock.Now()
	for i := range l.timers {
		l.timers[i].when += shift
		l.timers[i].t.when += shift
	}
	l.mu.Lock() // for Time on other goroutines; the loop reads it freely
	l.clock = c
	l.mu.Unlock()
}

// Time returns the loop clock's reading in seconds. Safe from any
// goroutine.
func (l *Loop) Time() float64 {
	l.mu.Lock()
	c := l.clock
	l.mu.Unlock()
	return c.Now()
}

// IsRunning reports whether the loop is running. Safe from any goroutine.
func (l *Loop) IsRunning() bool { return l.running.Load() }

// IsClosed reports whether the loop was closed. Safe from any goroutine.
func (l *Loop) IsClosed() bool { return l.closed.Load() }

// ErrClosed is returned by RunForever and RunUntilComplete on a closed loop.
var ErrClosed = errors.New("loop: the event loop is closed; make a new one with loop.New()")

// ErrRunning is returned when a loop is started while it already runs,
// outside the nested-run cases the package supports.
var ErrRunning = errors.New("loop: this event loop is already running")

// RunForever runs the loop until Stop is called. Called from a task of the
// same loop while it runs (a nested run, as in a script loaded into the
// REPL), it waits until Stop instead. On a hosted loop (SetHost), called
// from the host's own task (a Hidden coroutine's: the shell's input) while
// the loop has nothing else to run that could call Stop (no other task,
// timer, callback or executor job), it returns a *HostedError rather than
// wait for good. Loop goroutine only: the calling goroutine becomes the
// loop goroutine until it returns (a callback that calls runtime.Goexit
// ends that goroutine when the loop stops: see the package
// documentation).
func (l *Loop) RunForever() error {
	if l.closed.Load() || l.abandoned.Load() {
		return ErrClosed
	}
	if l.running.Load() {
		if t := currentTaskOf(l); t != nil {
			if t.coro.hidden && l.onlyTask(t) {
				if err := l.refuseHosted("RunForever"); err != nil {
					return err
				}
			}
			f := l.newNotedFuture(waitNoteFunc(func() string { return "nested RunForever: until Stop" }))
			l.nested = append(l.nested, f)
			if _, err := Await(f); err != nil {
				// Cancelled (or the loop closed): this run is over, and
				// the next Stop is not for it.
				if i := slices.Index(l.nested, f); i >= 0 {
					l.nested = slices.Delete(l.nested, i, i+1)
				}
				return err
			}
			return nil
		}
		return fmt.Errorf("%w: RunForever called while it runs; from a task, await instead", ErrRunning)
	}
	l.run()
	return nil
}

// onlyTask reports whether t is all the loop has: no other task, no timer,
// no callback ready or sent by another goroutine but a host's Probe, no
// executor job. Then nothing on the loop can call Stop for a nested
// RunForever of t's.
func (l *Loop) onlyTask(t *Task) bool {
	if l.tasks.head != t || t.next != nil || len(l.timers) != l.ncancel || l.inflight.Load() != 0 {
		return false
	}
	l.mu.Lock() // nin and probes of the same moment
	queued, probes := l.ready.len()+int(l.nin.Load()), int(l.probes.Load())
	l.mu.Unlock()
	return queued == probes
}

// RunUntilComplete runs the loop until aw is done and returns its result
// (a coroutine is wrapped in a task first). Called from a task of the same
// loop while it runs (a nested run), it awaits aw instead, a coroutine
// wrapped in a task all the same: the callbacks already ready run before
// it, as they would in a run of the loop. Loop goroutine only.
func (l *Loop) RunUntilComplete(aw Awaitable) (any, error) {
	if l.closed.Load() || l.abandoned.Load() {
		return nil, ErrClosed
	}
	if l.running.Load() {
		if t := currentTaskOf(l); t != nil {
			return Await(l.ensureFuture(aw))
		}
		return nil, fmt.Errorf("%w: RunUntilComplete called while it runs; from a task, await instead", ErrRunning)
	}
	f := l.ensureFuture(aw)
	if f.loop != l {
		// asyncio: "The future belongs to a different loop than the one
		// specified as the loop argument". Running l would wait forever.
		return nil, fmt.Errorf("loop: RunUntilComplete: %s belongs to another loop than the one asked to run it; "+
			"make it with this loop's methods (l.CreateTask), or make this loop the default first (loop.SetDefault(l))", f)
	}
	// Not Stop: that would release a task's nested RunForever instead.
	stop := f.addCallback(func(*Future) { l.stopping = true }, nil)
	l.run()
	f.removeCallbackAt(stop) // a later run must not stop when f is done
	if !f.Done() {
		return nil, errors.New("loop: the event loop stopped before the future completed")
	}
	return f.Result()
}

// Stalled reports whether the loop waits with nothing of its own that
// could ever wake it: no callback ready, no timer, no executor job or
// Hold, nothing sent by other goroutines, on the real clock as on a
// virtual one. Then only another goroutine can move it on
// (CallSoonThreadsafe, RunCoroutineThreadsafe, a virtual clock's
// Advance); if none will, the tasks waiting on it are deadlocked, and a
// host that knows its goroutines (the asyncrepl shell reads them from a
// dump) can say so rather than hang. n counts the loop's stalls: two reads that give the same n, with ok both
// times, saw one stall, the loop idle all along. Safe from any goroutine.
func (l *Loop) Stalled() (n uint64, ok bool) {
	n = l.stalls.Load()
	ok = l.stalled.Load() && l.inflight.Load() == 0 && l.nin.Load() == 0
	if n != l.stalls.Load() {
		return n, false // it moved while being read
	}
	return n, ok
}

// Stepping returns the task whose step the loop is running now, nil
// between steps. A host watching a loop that does not respond reads it to
// name the task that holds the loop. Safe from any goroutine (the answer
// may be stale by the time it is read).
func (l *Loop) Stepping() *Task { return l.current.Load() }

// Stop asks the loop to stop once the callbacks already ready have run.
// A nested RunForever (see RunForever) is released instead of the loop.
// On a hosted loop (SetHost) with no nested run to release, it panics with
// a *HostedError. Loop goroutine only; from elsewhere,
// CallSoonThreadsafe(l.Stop).
func (l *Loop) Stop() {
	if len(l.nested) > 0 {
		f := l.nested[len(l.nested)-1]
		l.nested = l.nested[:len(l.nested)-1]
		f.SetResult(nil)
		return
	}
	if err := l.refuseHosted("Stop"); err != nil {
		panic(err)
	}
	l.stopping = true
}

func (l *Loop) run() {
	l.running.Store(true)
	registerRunning(l)
	defer func() {
		l.dispatching.Store(false)
		l.goid.Store(0)
		l.stopping = false
		unregisterRunning(l)
		l.running.Store(false)
	}()
	if l.debug.Load() || multiSeen.Load() {
		// Before the first wait, not after it (runOnce): a call from
		// another goroutine during that wait was not reported in debug
		// mode, nor routed to the loop.
		l.goid.Store(goid())
	}
	for {
		l.runOnce()
		if l.stopping || l.abandoned.Load() {
			break
		}
	}
}

// Abandon gives up on a loop whose goroutine is blocked for good, in a
// callback or a task's step that waits in compiled code for something
// that never comes, so that it can be neither stopped nor closed. The loop
// stops counting as a running loop: while it did, every other loop's tasks
// had to find themselves among its blocked step too (see doc.go), and an
// await from a helper goroutine of a task of another loop could be taken
// as the blocked task's. Should the blocked code return after all, the
// loop stops after that step, and the code that goes on until then is to
// Await what a plain goroutine is (see doc.go): it must not await. The
// loop runs no more (RunForever and RunUntilComplete return ErrClosed).
// On a hosted loop (SetHost) it panics with a *HostedError. Safe from any
// goroutine.
func (l *Loop) Abandon() {
	if err := l.refuseHosted("Abandon"); err != nil {
		panic(err)
	}
	if l.abandoned.Swap(true) {
		return
	}
	unregisterRunning(l)
}

// runOnce is one iteration: take in what other goroutines sent, wait for
// work or the next timer, move due timers to the ready queue, then run
// what was ready at that point (callbacks added meanwhile wait for the next
// iteration, as in asyncio).
func (l *Loop) runOnce() {
	l.drainIncoming()
	if l.ready.len() == 0 && !l.stopping {
		deadline := math.Inf(1)
		for l.ncancel > 0 && len(l.timers) > 0 && l.timers[0].t.cancelled {
			l.timers.pop()
			l.ncancel--
		}
		if len(l.timers) > 0 {
			deadline = l.timers[0].when
		}
		if deadline > l.clock.Now() {
			if l.dispatching.Load() {
				l.dispatching.Store(false)
			}
			l.mu.Lock()
			empty := len(l.incoming) == 0
			if empty {
				l.sleeping = true
			}
			l.mu.Unlock()
			if empty {
				// Stalled: with no timer and nothing in flight, only
				// another goroutine can wake the loop.
				stall := math.IsInf(deadline, 1) && l.inflight.Load() == 0
				if stall {
					l.stalls.Add(1)
					l.stalled.Store(true)
				}
				l.clock.wait(deadline, l, l.inflight.Load() > 0)
				if stall {
					l.stalled.Store(false)
				}
				l.mu.Lock()
				l.sleeping = false
				l.mu.Unlock()
				select { // a wake-up sent after the wait ended
				case <-l.wake:
				default:
				}
			}
			l.drainIncoming()
		}
	}
	if len(l.timers) > 0 {
		// Due within the clock's resolution, as asyncio takes it: a
		// deadline computed as now+10 is not missed by a clock that
		// reached it as now+5+5, one rounding short.
		now := l.clock.Now() + clockResolution
		for len(l.timers) > 0 {
			// ncancel guards the look at the handle: with many timers
			// each handle is a cache miss, and most heaps hold no
			// cancelled timer.
			if l.ncancel > 0 && l.timers[0].t.cancelled {
				l.timers.pop()
				l.ncancel--
				continue
			}
			if l.timers[0].when > now {
				break
			}
			t := l.timers.pop()
			t.scheduled = false
			l.ready.push(timerItem(t))
		}
	}
	debug := l.debug.Load()
	slow := debug || (l.trc != nil || trace.IsEnabled()) && l.traceIteration()
	if (debug || multiSeen.Load()) && l.goid.Load() == 0 {
		l.goid.Store(goid())
	}
	if !l.dispatching.Load() {
		// Left up from one iteration to the next while the loop has
		// work, down before it waits (an atomic store per iteration
		// costs as much as the rest of an iteration's bookkeeping): the
		// registry then counts the loop as running its items while it
		// moves between them, which only sends an Await of another
		// loop's task through the lookup by goroutine id.
		l.dispatching.Store(true)
	}
	for n := l.ready.len(); n > 0 && !l.abandoned.Load(); n-- {
		it := l.ready.pop()
		if slow {
			l.runTraced(it, debug)
		} else {
			l.dispatch(it)
		}
	}
	if sweepPending.Load() {
		sweepYoung()
	}
}

// dispatch runs one item of the ready queue.
func (l *Loop) dispatch(it item) {
	switch it.kind {
	case kindTask:
		l.step((*Task)(it.p))
	case kindHandle:
		if h := (*Handle)(it.p); !h.cancelled {
			l.callHandle(h, nil)
		}
	case kindTimer:
		switch th := (*TimerHandle)(it.p); {
		case th.cancelled:
		case th.wake != nil:
			// A sleep's end: the task steps in the next iteration,
			// after the callbacks due with it, as asyncio's timer
			// completes a future whose done callback wakes the task.
			l.wakeTask(th.wake)
		default:
			l.callHandle(&th.Handle, th)
		}
	case kindDone:
		f := (*Future)(it.p)
		switch cb := f.callbackAt(int(it.idx)); {
		case cb.fn != nil:
			l.callDone(f, cb.fn)
		case it.idx == 0 && f.cb0Link && cb.p != nil:
			link := (*gatherLink)(cb.p)
			link.g.childDone(f, link.i)
		}
	}
}

func (l *Loop) callDone(f *Future, cb func(*Future)) {
	returned := false
	defer func() {
		if returned {
			return
		}
		ctx := ExceptionContext{
			Message: "Exception in done callback " + funcName(cb) + "(" + f.String() + ")",
			Future:  f,
		}
		if r := recover(); r != nil {
			ctx.Err = l.panicError(r)
			l.CallExceptionHandler(ctx)
		} else {
			l.goexitCallback(ctx, cb)
		}
	}()
	cb(f)
	returned = true
}

// doneName names a done callback for messages.
func doneName(f *Future, i int) string {
	if i == 0 && f.cb0Link {
		return "loop.gather"
	}
	return funcName(f.callbackAt(i).fn)
}

// callHandle runs a handle's callback once and lets go of it: a handle
// from CallSoon's slab (see newHandle) would otherwise keep what its
// callback holds alive until the slab is used up. th is the timer handle
// h is of, nil for CallSoon's.
func (l *Loop) callHandle(h *Handle, th *TimerHandle) {
	fn := h.fn
	h.fn = nil
	returned := false
	defer func() {
		if returned {
			return
		}
		what := handleText(fn)
		if th != nil {
			what = timerText(th.when, fn)
		}
		ctx := ExceptionContext{Message: "Exception in callback " + what, Handle: h}
		if r := recover(); r != nil {
			ctx.Err = l.panicError(r)
			l.CallExceptionHandler(ctx)
		} else {
			// Neither returned nor panicked: runtime.Goexit.
			l.goexitCallback(ctx, fn)
		}
	}()
	fn()
	returned = true
}

func (l *Loop) runDebug(it item) {
	var fn func() // a handle's, which running it lets go of
	switch it.kind {
	case kindHandle:
		fn = (*Handle)(it.p).fn
	case kindTimer:
		fn = (*TimerHandle)(it.p).fn
	}
	start := time.Now()
	l.dispatch(it)
	d := time.Since(start)
	if d < l.slow {
		return
	}
	var what string
	fields := logrus.Fields{"duration": d.Round(time.Millisecond).String()}
	var t *Task
	switch it.kind {
	case kindTask:
		t = (*Task)(it.p)
	case kindTimer:
		// (A sleep's end only wakes its task, whose step is reported
		// as a kindTask item's.)
		what = timerText((*TimerHandle)(it.p).when, fn)
	case kindHandle:
		what = handleText(fn)
	case kindDone:
		f := (*Future)(it.p)
		what = "<Handle " + doneName(f, int(it.idx)) + "(" + f.String() + ")>"
	}
	if t != nil {
		what = "Task(<" + t.Name() + ">)"
		fields["task"] = t.Name()
		fields["defined_at"] = t.coro.Origin()
	}
	l.Logger().WithFields(fields).Warnf("Executing %s took %.3f seconds", what, d.Seconds())
}

// drainIncoming moves what other goroutines sent to the ready queue. Each
// push to the ready queue on the loop goroutine comes after one, so that a
// callback CallSoonThreadsafe scheduled there runs before one CallSoon
// scheduled later, as in asyncio, where both append to the same queue.
func (l *Loop) drainIncoming() {
	if l.nin.Load() != 0 {
		l.takeIncoming()
	}
}

func (l *Loop) takeIncoming() {
	l.mu.Lock()
	in := l.incoming
	l.incoming = l.spare[:0]
	l.nin.Store(0)
	l.mu.Unlock()
	for i := range in {
		l.ready.push(in[i])
		in[i] = item{}
	}
	l.spare = in[:0] // the loop goroutine's alone: submit never sees it
}

// Close closes the loop: it must not be running. What is left is
// reported, deterministically, through the logger: every task still
// pending ("Task was destroyed but it is pending!"), every coroutine made
// while the loop ran (or as the default loop) never awaited nor scheduled,
// and every exception never retrieved; then the pending tasks' goroutines are unwound (their
// deferred calls run), the executor is shut down and the ready queue
// dropped. Closing a closed loop does nothing. Called from a task of the
// loop while it runs (a nested run, as a script loaded into the REPL
// does), it returns nil and leaves the loop as it is. On a hosted loop
// (SetHost) it returns a *HostedError. Loop goroutine only.
func (l *Loop) Close() error {
	if err := l.refuseHosted("Close"); err != nil {
		return err
	}
	if l.running.Load() {
		if currentTaskOf(l) != nil {
			return nil
		}
		return errors.New("loop: cannot close a running event loop; call Stop first")
	}
	if l.closed.Swap(true) {
		return nil
	}
	l.mu.Lock()
	l.shut = true
	l.incoming, l.spare = nil, nil
	submitted := l.submitted
	l.submitted = nil
	l.mu.Unlock()
	for cf := range submitted {
		// Not started, or done with its report to cf still queued.
		if t := cf.Task(); t != nil && t.state != statePending {
			cf.finish(t.Result())
		} else {
			cf.finish(nil, ErrClosed)
		}
	}
	l.destroyPending()
	reportLeft(l)
	l.exec.shutdown() // its jobs' results will find the loop closed
	for l.ready.len() > 0 {
		l.ready.pop()
	}
	l.timers = nil
	for _, c := range l.coros {
		c.halt()
	}
	for _, c := range l.bigCoros {
		c.halt()
	}
	l.coros, l.bigCoros = nil, nil
	return nil
}

// Hold keeps a virtual clock from jumping until release is called, as if
// work were in flight outside the loop (an interactive shell holds its
// loop while it waits for the next input). Release may be called once.
// Safe from any goroutine.
func (l *Loop) Hold() (release func()) {
	l.inflight.Add(1)
	var once sync.Once
	return func() {
		once.Do(func() {
			l.inflight.Add(-1)
			l.wakeup()
		})
	}
}

func (l *Loop) wakeup() {
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// post hands fn to the loop from any goroutine, as CallSoonThreadsafe
// does, but says nothing when the loop is closed (it reports false): for
// the package's own deliveries, which a closed loop drops.
func (l *Loop) post(fn func()) bool { return l.submit(handleItem(&Handle{fn: fn}), nil) }

// submit hands an item to the loop from any goroutine; false if the loop
// is closed. cf, if not nil, is the work the item starts: it is recorded
// in submitted in the same step, for Close to end.
func (l *Loop) submit(it item, cf *ConcurrentFuture) bool { return l.send(it, cf, false) }

// send is submit; probe counts the item among the probes (see Probe).
func (l *Loop) send(it item, cf *ConcurrentFuture, probe bool) bool {
	l.mu.Lock()
	if l.shut {
		l.mu.Unlock()
		return false
	}
	if probe {
		l.probes.Add(1)
	}
	if cf != nil {
		if l.submitted == nil {
			l.submitted = map[*ConcurrentFuture]struct{}{}
		}
		l.submitted[cf] = struct{}{}
	}
	l.incoming = append(l.incoming, it)
	l.nin.Store(int32(len(l.incoming)))
	wake := l.sleeping
	l.mu.Unlock()
	if wake {
		l.wakeup()
	}
	return true
}
