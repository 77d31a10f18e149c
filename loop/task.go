package loop

import (
	"errors"
	"fmt"
	"iter"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"time"
	"unsafe"
)

// Task runs a coroutine on a loop (asyncio.Task). It is a Future: awaiting
// it gives the coroutine's result or error. The coroutine runs until it
// awaits something not yet done; then the loop runs the next ready
// callback, and the task resumes once what it awaits is done.
//
// Methods are loop goroutine only, like Future's, except Name, Origin,
// Coroutine and ToFuture, which are safe from any goroutine.
type Task struct {
	Future // first, so a task and its future share an address

	// A task's flags (queued, dead, mustCancel, onOwn, waitsTimer) live in
	// the spare bytes of the embedded Future, its rarely used fields
	// (cancelReq, ncancels, own) in Future.cold, and what it awaits in one
	// word: a Task is 128 bytes, where it took 240. The fields a switch to
	// and from the task reads (its state and flags, co, wait) share its
	// second cache line.

	coro       *Coroutine
	co         *coro          // the coroutine goroutine stepping the task, while it runs
	wait       unsafe.Pointer // what the task awaits: a *Future, or a *TimerHandle (waitsTimer)
	prev, next *Task          // the loop's list of pending tasks
	goid       atomic.Uint64  // its goroutine's id, when recorded (see coro.goid)
}

// waitFut returns the future the task awaits, if any.
func (t *Task) waitFut() *Future {
	if t.waitsTimer {
		return nil
	}
	return (*Future)(t.wait)
}

// waitTimer returns the timer of the sleep the task is in, if any.
func (t *Task) waitTimer() *TimerHandle {
	if !t.waitsTimer {
		return nil
	}
	return (*TimerHandle)(t.wait)
}

func (t *Task) setWaitFut(f *Future) { t.wait, t.waitsTimer = unsafe.Pointer(f), false }

func (t *Task) setWaitTimer(th *TimerHandle) { t.wait, t.waitsTimer = unsafe.Pointer(th), th != nil }

func (t *Task) cancelReq() string {
	if t.cold == nil {
		return ""
	}
	return t.cold.cancelReq
}

func (t *Task) ncancels() int {
	if t.cold == nil {
		return 0
	}
	return t.cold.ncancels
}

// handoff returns the channels of an OnOwnGoroutine task once started, else
// nil.
func (t *Task) handoff() *ownState {
	if t.cold == nil {
		return nil
	}
	return t.cold.own
}

// ownState is the channel hand-off of an OnOwnGoroutine task.
type ownState struct {
	resume  chan struct{}
	yielded chan struct{}
	fin     chan struct{} // closed when the body returned
	kill    chan struct{} // closed when the loop destroys the task
}

// CreateTask wraps the coroutine in a task scheduled to start on the loop
// soon (asyncio.create_task); options such as Name apply to the task.
// With a nil coroutine there is nothing to run: the task returned has
// failed already (Done is true), with an error saying so, as asyncio's
// create_task(None) raises at once.
// Loop goroutine only (from another goroutine use RunCoroutineThreadsafe).
func (l *Loop) CreateTask(c *Coroutine, opts ...TaskOption) *Task {
	if c == nil {
		return l.refusedTask("CreateTask(nil)", "", errNilCoroutine, opts)
	}
	t := l.newTask(c)
	for _, o := range opts {
		o(t)
	}
	if l.debug.Load() && !l.checkGoroutine("CreateTask") {
		// Reported; the task's bookkeeping is the loop's to do.
		l.CallSoonThreadsafe(func() {
			l.tasks.add(t)
			l.wakeTask(t)
		})
		return t
	}
	l.tasks.add(t)
	l.wakeTask(t)
	return t
}

// errNilCoroutine is the error of the task of CreateTask(nil).
var errNilCoroutine = errors.New("loop: CreateTask(nil): a nil *Coroutine, nothing to run; pass the coroutine a coroutine function returns (loop.Async(fn) makes one)")

// refusedTask returns a task of l that has failed already with err, its
// coroutine (named name, defined at origin) never run: where asyncio
// raises at once, the task returned says why at once. Like any task's,
// its error is reported if nothing retrieves it.
func (l *Loop) refusedTask(name, origin string, err error, opts []TaskOption) *Task {
	t := l.newTask(Async(func() error { return err }).Named(name, origin)) // scheduled, never run
	for _, o := range opts {
		o(t)
	}
	t.complete(nil, err, "")
	return t
}

func (l *Loop) newTask(c *Coroutine) *Task {
	t := &Task{coro: c}
	t.loop = l
	t.isTask = true
	if c == nil {
		t.coro = Async(func() error { return errors.New("loop: CreateTask(nil)") })
	}
	if !t.coro.consume(coroScheduled) {
		// Ends with the error, as asyncio's task of a coroutine already
		// awaited fails with its RuntimeError; named as c is.
		t.coro = Async(func() error { return ErrCoroutineReused }).Named(c.Name(), c.Origin())
		t.coro.consume(coroScheduled)
	}
	t.onOwn = t.coro.own
	return t
}

// CreateTask wraps the coroutine in a task of the running loop (Get);
// options such as Name apply to the task. Loop goroutine only.
func CreateTask(c *Coroutine, opts ...TaskOption) *Task { return Get().CreateTask(c, opts...) }

// ToFuture returns the task's future: it makes *Task an Awaitable.
// Safe from any goroutine.
func (t *Task) ToFuture(*Loop) *Future { return &t.Future }

// Name returns the task's name: the one Name or SetName gave it, else its
// coroutine's. Safe from any goroutine.
func (t *Task) Name() string {
	if m := t.coro.meta.Load(); m != nil && m.task != "" {
		return m.task
	}
	return t.coro.Name()
}

// Coroutine returns the task's coroutine. Safe from any goroutine.
func (t *Task) Coroutine() *Coroutine { return t.coro }

// Origin returns where the task's coroutine was created.
// Safe from any goroutine.
func (t *Task) Origin() string { return t.coro.Origin() }

// String describes the task as asyncio does: Task(<fetch>)<PENDING>,
// Task(<fetch>)<FINISHED result=1>, Task(<fetch>)<FINISHED exception=...>,
// Task(<fetch>)<CANCELLED>. Loop goroutine only.
func (t *Task) String() string {
	var b strings.Builder
	b.WriteString("Task(<")
	b.WriteString(t.Name())
	b.WriteString(">)<")
	switch t.state {
	case statePending:
		b.WriteString("PENDING")
	case stateCancelled:
		b.WriteString("CANCELLED")
	default:
		if t.err != nil {
			fmt.Fprintf(&b, "FINISHED exception=%v", t.err)
		} else {
			fmt.Fprintf(&b, "FINISHED result=%s", t.loop.reprValue(t.result))
		}
	}
	b.WriteString(">")
	return b.String()
}

// Cancel asks the task to cancel itself: ErrCancelled is delivered at the
// await it is suspended in (cancelling what it awaits), or at its next
// await if it is running. The task ends cancelled if its coroutine returns
// that error; one that swallows it and returns normally is not cancelled,
// as in asyncio. It returns false if the task is already done.
//
// Python raises the cancellation; Go returns it. Code that drops Await's
// error swallows the cancellation: check the error and return it.
// Loop goroutine only (debug mode reports a call from elsewhere and sends
// it to the loop through CallSoonThreadsafe: it returns true then, for a
// request made).
func (t *Task) Cancel(msg ...string) bool {
	if t.loop.foreign("Task.Cancel") {
		t.loop.routed("Task.Cancel", func() error { t.Cancel(msg...); return nil })
		return true
	}
	if t.state != statePending {
		return false
	}
	m := joinMsg(msg)
	c := t.warm()
	c.ncancels++
	if f := t.waitFut(); f != nil {
		if f.Cancel(m) {
			return true
		}
	}
	t.mustCancel = true
	if !c.reqKept {
		c.cancelReq = m
	}
	if th := t.waitTimer(); th != nil {
		// As asyncio cancels the future its sleep awaits: a request
		// made before the task resumes counts, but the sleep ends with
		// this one's message.
		th.Cancel()
		t.setWaitTimer(nil)
		c.reqKept = true
		t.loop.wakeTask(t)
	}
	return true
}

// Cancelling returns how many cancellation requests the task has had and
// not withdrawn with Uncancel (asyncio's Task.cancelling). Structured
// helpers such as Timeout use it to tell their own cancellation from
// someone else's. Loop goroutine only.
func (t *Task) Cancelling() int { return t.ncancels() }

// Uncancel withdraws one cancellation request and returns how many remain
// (asyncio's Task.uncancel); when none remain, a request not yet delivered
// is dropped. Loop goroutine only.
func (t *Task) Uncancel() int {
	if c := t.cold; c != nil && c.ncancels > 0 {
		c.ncancels--
		if c.ncancels == 0 {
			t.mustCancel = false
			c.reqKept = false
			c.swallow = nil // withdrawn: the task goes on on purpose
		}
	}
	return t.ncancels()
}

func (l *Loop) wakeTask(t *Task) {
	if t.queued {
		return
	}
	t.queued = true
	l.drainIncoming()
	l.ready.push(taskItem(t))
	if l.trc != nil {
		l.trc.woken(t)
	}
}

// step runs the task until it suspends or finishes. Loop goroutine.
func (l *Loop) step(t *Task) {
	t.queued = false
	if t.state != statePending {
		return
	}
	if t.onOwn {
		l.stepOwn(t)
		return
	}
	if t.co == nil {
		if t.mustCancel {
			t.finishCancelled(t.cancelReq())
			return
		}
		t.co = l.getCoro(t.coro.stack)
		t.co.task = t
	}
	l.current.Store(t)
	t.co.next()
	l.current.Store(nil)
	if t.state != statePending {
		l.putCoro(t.co)
		t.co = nil
	}
}

func (l *Loop) stepOwn(t *Task) {
	l.current.Store(t)
	if t.handoff() == nil {
		if t.mustCancel {
			l.current.Store(nil)
			t.finishCancelled(t.cancelReq())
			return
		}
		t.warm().own = &ownState{
			resume:  make(chan struct{}),
			yielded: make(chan struct{}),
			fin:     make(chan struct{}),
			kill:    make(chan struct{}),
		}
		go t.ownMain()
	} else {
		t.cold.own.resume <- struct{}{}
	}
	<-t.cold.own.yielded
	l.current.Store(nil)
}

func (t *Task) ownMain() {
	o := t.cold.own
	if multiSeen.Load() || t.loop.debug.Load() {
		t.goid.Store(goid())
	}
	defer func() {
		// Deferred: a body that called runtime.Goexit hands back too.
		close(o.fin)
		select {
		case o.yielded <- struct{}{}:
		case <-o.kill:
		}
	}()
	t.runBody()
}

// coro is a goroutine that steps tasks, switched to and from by the loop
// with a coroutine switch (iter.Pull). It outlives its task: when a task
// finishes, the loop keeps the coroutine for the next task.
type coro struct {
	next  func() (struct{}, bool)
	stop  func()
	yield func(struct{}) bool
	// probe, set by the loop while the task is suspended, asks the
	// task's goroutine for its stack (see Task.Stack): resumed with it
	// set, the goroutine runs it and suspends again.
	probe func()
	task  *Task
	goid  atomic.Uint64 // recorded only when several loops ran at once, or in debug mode
	// goexited: its task called runtime.Goexit; it must be halted, never
	// reused (see goexit.go).
	goexited bool
	// labelled: its goroutine carries a task's pprof labels (see
	// profileLabels).
	labelled bool
	// undetach ends the Detach of a goroutine whose task its closed loop
	// destroyed, once the body has unwound (see suspend).
	undetach func()

	// The stack size class the goroutine grew to for a StackHint, and
	// where a local of stackReady was then: if it is elsewhere, the stack
	// has moved since (shrunk by the collector, or grown) and its size is
	// no longer known. (A stack that moved back to the same place costs
	// at worst a growth in the middle of the task's code.)
	stackClass  uint8
	stackAnchor uintptr
}

// getCoro returns an idle coroutine for a task whose coroutine has the
// StackHint class hint (0 for none), or a new one. A task without a hint
// never takes a goroutine whose stack grew for one: it would hold that
// stack (up to 64 KiB) for as long as it runs or sleeps.
func (l *Loop) getCoro(hint uint8) *coro {
	if hint > 0 {
		if c := popCoro(&l.bigCoros); c != nil {
			return c
		}
	}
	if c := popCoro(&l.coros); c != nil {
		return c
	}
	return newCoro()
}

// newCoro starts a coroutine goroutine. Its function is a literal rather
// than a method value, whose wrapper would be one more frame in every
// suspended task's stack.
func newCoro() *coro {
	c := &coro{}
	c.next, c.stop = iter.Pull(func(yield func(struct{}) bool) {
		c.yield = yield
		if multiSeen.Load() || c.task.loop.debug.Load() {
			c.goid.Store(goid())
		}
		for {
			t := c.task
			t.runBody()
			if c.undetach != nil {
				c.undetach()
				c.undetach = nil
			}
			c.task = nil
			if !yield(struct{}{}) {
				return
			}
			if c.goid.Load() == 0 && (multiSeen.Load() || c.task.loop.debug.Load()) {
				c.goid.Store(goid())
			}
		}
	})
	return c
}

func popCoro(pool *[]*coro) *coro {
	n := len(*pool)
	if n == 0 {
		return nil
	}
	c := (*pool)[n-1]
	(*pool)[n-1] = nil
	*pool = (*pool)[:n-1]
	return c
}

// maxIdleCoros bounds each pool of idle coroutines.
const maxIdleCoros = 1024

func (l *Loop) putCoro(c *coro) {
	switch {
	case c.goexited, l.closed.Load():
	case c.stackClass == 0 && len(l.coros) < maxIdleCoros:
		l.coros = append(l.coros, c)
		return
	case c.stackClass > 0 && len(l.bigCoros) < maxIdleCoros:
		l.bigCoros = append(l.bigCoros, c)
		return
	}
	c.halt()
}

// destroyed unwinds a task's goroutine when its loop is closed while
// the task is pending.
type destroyed struct{}

// PanicError is the error of a task whose coroutine panicked: the panic
// value and the goroutine's stack at the panic. A coroutine that panics
// with a *PanicError ends with that error as it is.
type PanicError struct {
	Value any
	Stack []byte
	// Text, if not empty, is the value's text for Error, set by a host
	// whose values fmt does not print as their code would (an
	// interpreter's, whose String methods compiled fmt does not see).
	Text string
}

// Error returns "panic: " and the panic value, as fmt's %v shows it (or
// Text); a value that holds itself (a map met again inside itself), on
// which fmt would recurse until the stack overflows, shows as <T holding
// itself>. Safe from any goroutine.
func (e *PanicError) Error() string {
	if e.Text != "" {
		return "panic: " + e.Text
	}
	return "panic: " + sprintValue(e.Value)
}

// Unwrap returns the panic value when it is an error. Safe from any goroutine.
func (e *PanicError) Unwrap() error {
	err, _ := e.Value.(error)
	return err
}

// panicError makes the error of a panic with value r. A panic with a
// *PanicError (code passing a task's panic on, or a host that describes
// the panics of the code it runs) is that error, not wrapped again.
func panicError(r any) *PanicError {
	if pe, ok := r.(*PanicError); ok && pe != nil {
		return pe
	}
	return &PanicError{Value: r, Stack: debug.Stack()}
}

// runBody runs the task's coroutine to the end on the task's goroutine.
// The frames between a task's body and its suspension are kept small, so
// that a simple task fits in a goroutine's first stack.
func (t *Task) runBody() {
	if t.co != nil {
		if g := t.co.goid.Load(); g != 0 {
			t.goid.Store(g)
		}
	}
	if t.loop.labels || t.co != nil && t.co.labelled {
		t.profileLabels()
	}
	defer t.recoverBody()
	c := t.coro
	if c.stack != 0 {
		t.stackReady(c.stack)
	}
	var res any
	var err error
	if c.isSleep {
		res, err = t.sleep(t.loop, c)
	} else {
		// Scheduled until done: only inert counts (for the
		// never-awaited warning), and each store is an atomic exchange.
		// The function is called from here, as Coroutine.call does,
		// for one frame less in the task's stack.
		switch f := c.fn.(type) {
		case func():
			f()
		case func() error:
			err = f()
		case func() any:
			res = f()
		case func() (any, error):
			res, err = f()
		default:
			res, err = callReflect(c.fn)
		}
		c.state.Store(coroDone)
	}
	t.complete(res, err, "")
}

// stackReady grows the task's goroutine stack for a StackHint of class,
// unless it is known to be that big already: a coroutine goroutine keeps
// its stack from task to task until the collector shrinks it, and growing
// a stack that needs no growth costs clearing kilobytes of it.
func (t *Task) stackReady(class uint8) {
	co := t.co
	if co == nil {
		growStack(class)
		return
	}
	var anchor byte
	if co.stackClass >= class && co.stackAnchor == uintptr(unsafe.Pointer(&anchor)) {
		return
	}
	growStack(class)
	co.stackClass, co.stackAnchor = class, uintptr(unsafe.Pointer(&anchor))
}

// recoverBody turns a panic in the body into the task's error; the panic
// that unwinds a destroyed task is let go. A body that neither returned
// (its coroutine is not done) nor panicked called runtime.Goexit.
func (t *Task) recoverBody() {
	r := recover()
	if r == nil {
		if c := t.coro; !c.isSleep && c.state.Load() != coroDone {
			t.goexitTask()
		}
		return
	}
	if _, ok := r.(destroyed); ok {
		return
	}

	pe := panicError(r)
	t.complete(nil, pe, string(pe.Stack))
}

func (t *Task) complete(res any, err error, stack string) {
	if t.dead || t.state != statePending {
		return
	}
	t.loop.tasks.remove(t)
	if err == nil && !t.mustCancel {
		if t.cold != nil && t.cold.swallow != nil {
			t.endSwallowed()
		}
		t.result = res
		t.finish(stateFinished)
		return
	}
	switch ce, isCE := errors.AsType[*CancelledError](err); {
	case isCE:
		t.setCancelMsg(ce.Msg)
		t.finish(stateCancelled)
	case errors.Is(err, ErrCancelled):
		t.finish(stateCancelled)
	case err != nil:
		t.err = err
		t.finish(stateFinished)
		t.armException(t.raisedAt(err), stack)
	case t.mustCancel:
		// Cancelled after its last await, it returned: asyncio's task
		// ends cancelled then, its result dropped.
		t.mustCancel = false
		t.setCancelMsg(t.cancelReq())
		t.finish(stateCancelled)
	default:
		t.result = res
		t.finish(stateFinished)
	}
}

func (t *Task) finishCancelled(msg string) {
	t.loop.tasks.remove(t)
	t.coro.state.Store(coroDone)
	t.setCancelMsg(msg)
	t.finish(stateCancelled)
}

// A task suspends (hands control back to the loop until it is woken) in
// await and in sleep, each with the same few lines: a function of its own
// would be one more frame in every suspended task, for the collector to
// scan in each of them at every cycle. The task's coroutine switches back
// to the loop; an OnOwnGoroutine task's goroutine hands over through
// channels (suspendOwn).

// unwindDestroyed unwinds the body of a task that Close destroyed: it
// runs now, on the task's goroutine, while the goroutine that called
// Close waits; an Await in a deferred call must not take that caller's
// task (when it is a task of another loop) for this one's.
//
//go:noinline
func (c *coro) unwindDestroyed() {
	c.undetach = Detach()
	panic(destroyed{})
}

//go:noinline
func (c *coro) recordGoid(t *Task) {
	c.goid.Store(goid())
	t.goid.Store(c.goid.Load())
}

//go:noinline
func (t *Task) suspendOwn() error {
	o := t.cold.own
	select {
	case o.yielded <- struct{}{}:
	case <-o.fin:
		return cancelledError("the task's body already returned")
	case <-o.kill:
		return errDestroyed
	}
	select {
	case <-o.resume:
	case <-o.kill:
		return errDestroyed
	}
	return nil
}

// errDestroyed is what an OnOwnGoroutine task's awaits return once its
// loop was closed with the task pending: not a cancellation, so that code
// retrying after one (Condition.Wait taking its lock again) stops.
var errDestroyed = fmt.Errorf("%w with the task pending", ErrClosed)

// destroyedOwn reports whether t is an OnOwnGoroutine task its closed loop
// destroyed: its body may still run, on its own goroutine, and must not
// touch the loop's structures again.
func (t *Task) destroyedOwn() bool {
	if !t.onOwn {
		return false
	}
	select {
	case <-t.cold.own.kill:
		return true
	default:
		return false
	}
}

// ErrNoTask is returned by Await called where no task is running. Where
// the package can tell, the error Await returns (errors.Is ErrNoTask) says
// which: a callback of the loop, a plain goroutine, or no loop running.
var ErrNoTask = errors.New("loop: Await called outside a task (from a callback, a plain goroutine, or with no loop running); " + noTaskAdvice)

const noTaskAdvice = "run the code in a task (loop.Run(coro), l.RunUntilComplete(coro), l.CreateTask(coro)), " +
	"or hand it to a running loop with loop.RunCoroutineThreadsafe"

// noTaskError is ErrNoTask in words that say where Await was called.
type noTaskError struct{ where string }

func (e *noTaskError) Error() string {
	return "loop: Await called outside a task (" + e.where + "); " + noTaskAdvice
}

func (e *noTaskError) Is(target error) bool { return target == ErrNoTask }

var (
	errNoTaskCallback  = &noTaskError{"in a callback: a callback cannot await"}
	errNoTaskGoroutine = &noTaskError{"from a plain goroutine"}
	errNoTaskNoLoop    = &noTaskError{"with no loop running"}
)

// noTask is Await's error where no task runs (t is the task stepping now,
// if any, which the caller is not part of): ErrNoTask, in words that say
// where Await was called when the package can tell. A coroutine aw is
// marked refused (closeRefused).
func noTask(t *Task, aw Awaitable) error {
	closeRefused(aw)
	if t != nil {
		return errNoTaskGoroutine // a detached goroutine
	}
	l := runningLoop()
	if l == nil {
		runningMu.Lock()
		n := len(runningLoops)
		runningMu.Unlock()
		if n == 0 {
			return errNoTaskNoLoop
		}
		return ErrNoTask
	}
	switch lg := l.goid.Load(); {
	case !l.dispatching.Load():
		return errNoTaskGoroutine // the loop runs no callback now
	case lg != 0 && goid() == lg:
		return errNoTaskCallback
	case lg != 0:
		return errNoTaskGoroutine
	}
	return ErrNoTask
}

// Await suspends the calling task until aw is done and returns its result
// (asyncio's await). A coroutine runs inline, in the calling task; a future
// or task is waited for while the loop runs other work. With an error the
// result is nil, whichever aw is: a coroutine whose function returns a
// value and an error gives the error alone, as the task running it would. If the task is
// cancelled meanwhile, Await returns ErrCancelled (and cancels what it was
// waiting for). Call it from a task's own code: the task's goroutine, or
// for an OnOwnGoroutine task any goroutine its body waits on; elsewhere it
// returns ErrNoTask (the error is the report of a coroutine aw, which is
// not also reported as never awaited; it stays unstarted, and a task may
// await it later). Loop goroutine only, in effect: a task's code runs in
// the loop goroutine's turn, and only a task's code may call it.
func Await(aw Awaitable) (any, error) {
	// The task's loop is taken from the registry when one loop runs, not
	// from the task: a task's hot fields share one cache line, which is
	// all of the task a switch touches (with many tasks, each line is a
	// miss).
	var t *Task
	l := sole.Load()
	if l != nil {
		t = l.current.Load()
	} else if t = currentTask(); t != nil {
		l = t.loop
	}
	if t == nil || (ndetached.Load() > 0 || nexec.Load() > 0) && foreignGoroutine() {
		return nil, noTask(t, aw)
	}
	if l.debug.Load() {
		if !t.onOwn {
			if err := t.checkAwaitGoroutine(); err != nil {
				closeRefused(aw)
				return nil, err
			}
		}
		return t.awaitDebug(l, aw)
	}
	if c, ok := aw.(*Coroutine); ok && c != nil && c.isSleep && !t.onOwn {
		// Straight to the sleep: one frame less in every sleeping task.
		if c != sleep0 && !c.consume(coroRunning) {
			return nil, ErrCoroutineReused
		}
		return t.sleep(l, c)
	}
	return t.awaitOn(l, aw)
}

// closeRefused marks aw, if a coroutine, that an Await refused with an
// error: the error reports it, and it must not also be reported as never
// awaited; it stays unstarted, and a task may await or schedule it later.
func closeRefused(aw Awaitable) {
	c, ok := aw.(*Coroutine)
	if !ok || c == nil || c == sleep0 || !c.state.CompareAndSwap(coroInert, coroRefused) {
		return
	}
	if tr := c.tracker(); tr != nil {
		tr.settle()
	}
}

// checkAwaitGoroutine reports, in debug mode, an Await called from a
// goroutine other than the running task's: outside debug mode the package
// cannot tell it cheaply, and the task's state would be corrupted.
//
//go:noinline
func (t *Task) checkAwaitGoroutine() error {
	id := t.goid.Load()
	if id == 0 {
		return nil
	}
	if g := goid(); g != id {
		err := fmt.Errorf("loop: Await called from goroutine %d while %s runs on goroutine %d: "+
			"only a task's own code may await; start the work as a task (l.CreateTask) "+
			"or hand it to the loop with CallSoonThreadsafe", g, t, id)
		t.loop.Logger().WithField("goroutine", g).Error(err.Error())
		return err
	}
	return nil
}

func (t *Task) await(aw Awaitable) (any, error) { return t.awaitOn(t.loop, aw) }

// awaitOn is await, given the task's loop l.
func (t *Task) awaitOn(l *Loop, aw Awaitable) (any, error) {
	var f *Future
	switch x := aw.(type) {
	case *Future:
		if x != nil && x.loop == l {
			f = x
		}
	case *Task:
		if x != nil && x != t && x.loop == l {
			f = &x.Future
		}
	case *Coroutine:
		if x != nil {
			if x.isSleep {
				return t.awaitSleep(x)
			}
			if t.destroyedOwn() {
				return nil, errDestroyed
			}
			if !x.consume(coroRunning) {
				return nil, ErrCoroutineReused
			}
			if c := t.cold; c != nil && c.chain != nil {
				return c.chain.call(x) // a level of the chain AwaitAt records
			}
			res, err := x.call()
			x.state.Store(coroDone)
			return res, err
		}
	}
	if t.destroyedOwn() {
		return nil, errDestroyed
	}
	if f == nil {
		var err error
		if f, err = t.awaitedFuture(aw); err != nil {
			return nil, err
		}
	}
	if f.state != statePending {
		return f.Result()
	}
	t.setWaitFut(f)
	f.addWaiter(t)
	if t.mustCancel {
		// Cancelled while it ran: the future is cancelled now, after the
		// task waits on it, so that its cancellation wakes the task.
		if f.Cancel(t.cancelReq()) {
			t.mustCancel = false
		}
	}
	if t.onOwn {
		if err := t.suspendOwn(); err != nil {
			f.removeWaiter(t)
			t.setWaitFut(nil)
			return nil, err
		}
	} else if c := t.co; !c.yield(struct{}{}) { // suspend (see above)
		c.unwindDestroyed()
	} else if c.probe != nil {
		c.answerProbes()
	} else if (multiSeen.Load() || l.debug.Load()) && c.goid.Load() == 0 {
		c.recordGoid(t)
	}
	t.setWaitFut(nil)
	if t.mustCancel {
		if res, err := f.Result(); isCancel(err) {
			// A request made after the future was cancelled: the
			// future's own cancellation, with its message, answers it
			// (asyncio's Task.__step keeps a CancelledError).
			t.mustCancel = false
			return res, err
		}
		return t.takeCancel()
	}
	return f.Result()
}

// awaitSleep awaits c, a coroutine Sleep made.
func (t *Task) awaitSleep(c *Coroutine) (any, error) {
	if t.destroyedOwn() {
		return nil, errDestroyed
	}
	if c != sleep0 && !c.consume(coroRunning) {
		return nil, ErrCoroutineReused
	}
	return t.sleep(t.loop, c)
}

// nilAwaitable returns the error of who (Await, or a combinator: WaitFor,
// Timeout, Shield) given a nil aw, or a nil *Coroutine, *Task or *Future,
// naming it; or nil. With who "" (a combinator of several awaitables) it
// says "nil awaitable".
func nilAwaitable(who string, aw Awaitable) error {
	var typ string
	switch x := aw.(type) {
	case nil:
		if who == "" {
			return errors.New("loop: nil awaitable")
		}
		return fmt.Errorf("loop: %s(nil): nothing to await", who)
	case *Coroutine:
		if x == nil {
			typ = "*Coroutine"
		}
	case *Task:
		if x == nil {
			typ = "*Task"
		}
	case *Future:
		if x == nil {
			typ = "*Future"
		}
	}
	switch {
	case typ == "":
		return nil
	case who == "":
		return errors.New("loop: nil awaitable (a nil " + typ + ")")
	}
	return fmt.Errorf("loop: %s of a nil %s", who, typ)
}

// awaitedFuture checks what a task may await and gives its future.
//
//go:noinline
func (t *Task) awaitedFuture(aw Awaitable) (*Future, error) {
	// (A coroutine that is not nil is awaited before it comes here.)
	if err := nilAwaitable("Await", aw); err != nil {
		return nil, err
	}
	if x, ok := aw.(*Task); ok && x == t {
		return nil, fmt.Errorf("loop: %s cannot await itself", t)
	}
	f := aw.ToFuture(t.loop)
	if f == nil {
		return nil, fmt.Errorf("loop: Await: %T gave a nil future", aw)
	}
	if f.loop != t.loop {
		return nil, fmt.Errorf("loop: Await: %s is attached to a different loop than %s", f, t)
	}
	return f, nil
}

// takeCancel delivers a pending cancellation request.
func (t *Task) takeCancel() (any, error) {
	t.mustCancel = false
	t.cold.reqKept = false
	return nil, cancelledError(t.cancelReq())
}

// sleep suspends the task for the duration of c, a coroutine Sleep made.
func (t *Task) sleep(l *Loop, c *Coroutine) (any, error) {
	if th := c.sleepTimer(); th == nil || t.mustCancel {
		// Sleep(0), or a sleep of a task cancelled while it ran, which
		// asyncio ends in the next iteration: yield once.
		l.wakeTask(t)
	} else {
		t.startTimer(th)
	}
	if t.onOwn {
		if err := t.suspendOwn(); err != nil {
			t.setWaitTimer(nil)
			return nil, err
		}
	} else if c := t.co; !c.yield(struct{}{}) { // suspend (see above)
		c.unwindDestroyed()
	} else if c.probe != nil {
		c.answerProbes()
	} else if (multiSeen.Load() || l.debug.Load()) && c.goid.Load() == 0 {
		c.recordGoid(t)
	}
	t.setWaitTimer(nil)
	if t.mustCancel {
		return t.takeCancel()
	}
	return nil, nil
}

//go:noinline
func (t *Task) startTimer(th *TimerHandle) {
	l := t.loop
	th.when += l.clock.Now() // it held the duration (see sleepCoro)
	th.loop, th.wake = l, t
	l.pushTimer(th)
	t.setWaitTimer(th)
}

// CurrentTask returns the task running the calling code, or nil
// (asyncio.current_task): nil on a goroutine that was Detached, as Await
// fails there. Safe from any goroutine.
func CurrentTask() *Task {
	t := currentTask()
	if t != nil && ndetached.Load() > 0 && isDetached() {
		return nil
	}
	return t
}

// AllTasks returns the tasks of l not yet done, in creation order
// (asyncio.all_tasks), but for those of Hidden coroutines. Loop goroutine
// only.
func AllTasks(l *Loop) []*Task {
	var ts []*Task
	for t := l.tasks.head; t != nil; t = t.next {
		if !t.coro.hidden {
			ts = append(ts, t)
		}
	}
	return ts
}

// taskList is a doubly linked list of a loop's pending tasks.
type taskList struct{ head, tail *Task }

func (tl *taskList) add(t *Task) {
	t.prev = tl.tail
	if tl.tail != nil {
		tl.tail.next = t
	} else {
		tl.head = t
	}
	tl.tail = t
}

func (tl *taskList) remove(t *Task) {
	if t.prev != nil {
		t.prev.next = t.next
	} else if tl.head == t {
		tl.head = t.next
	} else {
		return
	}
	if t.next != nil {
		t.next.prev = t.prev
	} else {
		tl.tail = t.prev
	}
	t.prev, t.next = nil, nil
}

// destroyPending reports and unwinds every pending task. Loop goroutine,
// loop stopped.
func (l *Loop) destroyPending() {
	for t := l.tasks.head; t != nil; {
		next := t.next
		l.Logger().WithFields(taskFields(t)).Error("Task was destroyed but it is pending!")
		l.tasks.remove(t)
		t.dead = true
		if o := t.handoff(); o != nil {
			close(o.kill)
		} else if t.co != nil {
			t.co.halt()
			t.co = nil
		}
		t = next
	}
}

// fmtSeconds shows a duration in seconds the way people read it: 1.5s,
// 250ms, 2h0m0s.
func fmtSeconds(sec float64) string {
	if sec < 0 {
		sec = 0
	}
	return time.Duration(sec * float64(time.Second)).Round(time.Millisecond).String()
}
