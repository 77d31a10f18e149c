package loop

import (
	"cmp"
	"fmt"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"weak"

	"github.com/sirupsen/logrus"
)

// ---- Which task is running: the registry of running loops ----

var (
	runningMu    sync.Mutex
	runningLoops []*Loop
	sole         atomic.Pointer[Loop] // the only running loop, if exactly one runs
	multiSeen    atomic.Bool          // several loops have run at once: task goroutines record their ids
)

func registerRunning(l *Loop) {
	runningMu.Lock()
	runningLoops = append(runningLoops, l)
	updateSole()
	runningMu.Unlock()
}

func unregisterRunning(l *Loop) {
	runningMu.Lock()
	for i, x := range runningLoops {
		if x == l {
			runningLoops = append(runningLoops[:i], runningLoops[i+1:]...)
			break
		}
	}
	updateSole()
	runningMu.Unlock()
}

func updateSole() {
	// Sticky: with the flag down again between overlaps, tasks started
	// while one loop ran had no id, and two of them stepping at once when
	// loops overlapped again could not be told apart.
	if len(runningLoops) > 1 {
		multiSeen.Store(true)
	}
	if len(runningLoops) == 1 {
		sole.Store(runningLoops[0])
	} else {
		sole.Store(nil)
	}
}

// currentTask finds the task whose step is running. See doc.go.
func currentTask() *Task {
	t := findCurrentTask()
	if t != nil && nexec.Load() > 0 && onExecutor(goid()) {
		return nil // an executor's function, while a task steps
	}
	return t
}

// findCurrentTask is currentTask's lookup, before it leaves out the
// executors' goroutines.
func findCurrentTask() *Task {
	if l := sole.Load(); l != nil {
		return l.current.Load()
	}
	var g uint64
	for spin := 0; ; spin++ {
		t, settled := findTask(&g)
		if settled || spin == 200 {
			// After a while, the only task whose goroutine is unknown is
			// most likely the caller itself: any other step would have
			// ended by now.
			return t
		}
		runtime.Gosched()
	}
}

// findTask picks, among the loops stepping a task right now, the task run
// by the calling goroutine. When it cannot tell yet (a task that started
// before several loops ran has not recorded its goroutine), settled is
// false and t is the best guess, if any.
func findTask(g *uint64) (t *Task, settled bool) {
	for {
		t, settled, needID := findTaskLocked(*g)
		if !needID {
			return t, settled
		}
		*g = goid() // slow: not under runningMu
	}
}

// findTaskLocked is findTask's search, given the caller's goroutine id g
// if known; needID asks for it.
func findTaskLocked(g uint64) (t *Task, settled, needID bool) {
	runningMu.Lock()
	defer runningMu.Unlock()
	var found []*Task
	busy := 0 // loops running their ready items now
	for _, l := range runningLoops {
		if t := l.current.Load(); t != nil {
			found = append(found, t)
		}
		if l.dispatching.Load() {
			busy++
		}
	}
	switch {
	case len(found) == 0:
		return nil, true, false
	case len(found) == 1 && busy <= 1:
		// Only the task's loop is running anything: the caller is that
		// task (or a goroutine of no loop, which Await cannot tell).
		return found[0], true, false
	case g == 0:
		return nil, false, true
	}
	t, settled = pickTask(found, g)
	return t, settled, false
}

// pickTask picks among the tasks stepping now the one run by goroutine g.
func pickTask(found []*Task, g uint64) (*Task, bool) {
	for _, l := range runningLoops {
		if l.goid.Load() == g {
			return nil, true // a loop's own goroutine runs callbacks, not tasks
		}
	}
	var unknown, own []*Task
	for _, t := range found {
		switch id := t.goid.Load(); {
		case id == g:
			return t, true
		case t.onOwn:
			own = append(own, t) // the caller may be a helper goroutine of its body
		case id == 0:
			unknown = append(unknown, t)
		}
	}
	switch {
	case len(unknown) == 0 && len(own) == 1:
		return own[0], true
	case len(unknown) == 0 && len(own) == 0:
		return nil, true
	case len(unknown) == 1:
		return unknown[0], false
	}
	return nil, false
}

func currentTaskOf(l *Loop) *Task {
	if t := currentTask(); t != nil && t.loop == l {
		return t
	}
	return nil
}

// RunningLoops returns the loops running now (in RunForever,
// RunUntilComplete or Run), in the order they started: a host that
// watches a program's loops (for a stall, see Stalled) finds them here,
// nested runs included. Safe from any goroutine.
func RunningLoops() []*Loop {
	runningMu.Lock()
	defer runningMu.Unlock()
	return slices.Clone(runningLoops)
}

func runningLoop() *Loop {
	if l := sole.Load(); l != nil {
		return l
	}
	if t := currentTask(); t != nil {
		return t.loop
	}
	if multiSeen.Load() {
		// A callback of one of several running loops: the loop whose
		// goroutine this is (the slow read of the id only then).
		runningMu.Lock()
		several := len(runningLoops) > 1
		runningMu.Unlock()
		if !several {
			return nil
		}
		g := goid()
		runningMu.Lock()
		defer runningMu.Unlock()
		for _, l := range runningLoops {
			if l.goid.Load() == g {
				return l
			}
		}
	}
	return nil
}

// The goroutines running executors' functions now (see RunInExecutor):
// the lookup of the current task, which cannot tell one from the stepping
// task's goroutine (see the package documentation), asks them while any
// run, reading the caller's goroutine id (microseconds).
var (
	execMu   sync.Mutex
	execGors = map[uint64]int{}
	nexec    atomic.Int64
)

// enterExecutor records that goroutine g runs an executor's function
// until the function it returns is called.
func enterExecutor(g uint64) (leave func()) {
	execMu.Lock()
	execGors[g]++
	execMu.Unlock()
	nexec.Add(1)
	return func() {
		nexec.Add(-1)
		execMu.Lock()
		if execGors[g]--; execGors[g] <= 0 {
			delete(execGors, g)
		}
		execMu.Unlock()
	}
}

// onExecutor reports whether goroutine g runs an executor's function.
func onExecutor(g uint64) bool {
	execMu.Lock()
	defer execMu.Unlock()
	return execGors[g] > 0
}

// onTaskGoroutine reports whether the caller runs on a task's goroutine
// (a coroutine's, or an OnOwnGoroutine task's own, but not one its body
// waits on), whose body runBody calls. It walks the caller's whole stack
// (microseconds), for Run: from a plain goroutine while another loop's
// task steps, the lookup of the current task may take the caller for
// that task (see the package documentation), and Run would await the
// coroutine on that loop, from the wrong goroutine.
func onTaskGoroutine() bool {
	var pcs [64]uintptr
	for skip := 2; ; skip += len(pcs) {
		n := runtime.Callers(skip, pcs[:])
		frames := runtime.CallersFrames(pcs[:n])
		for {
			f, more := frames.Next()
			if f.Function == runBodyName {
				return true
			}
			if !more {
				break
			}
		}
		if n < len(pcs) {
			return false
		}
	}
}

// runBodyName is the name of Task.runBody as runtime.Frame gives it.
var runBodyName = runtime.FuncForPC(reflect.ValueOf((*Task).runBody).Pointer()).Name()

// goid returns the calling goroutine's id. It is slow (microseconds): the
// package calls it only in debug mode, once several loops have run at once
// (once per task goroutine and per run of a loop, and in CurrentTask, Await
// and Get while two loops run their ready items at once, or, for Get, while
// no task runs), in Await while some goroutine is detached (see Detach)
// or an executor's function runs (and once per such function), and in a
// task destroyed by Close.
func goid() uint64 {
	var buf [64]byte
	n := runtime.Stack(buf[:], false)
	b := buf[:n]
	const prefix = "goroutine "
	if len(b) < len(prefix) {
		return 0
	}
	b = b[len(prefix):]
	var id uint64
	for _, c := range b {
		if c < '0' || c > '9' {
			break
		}
		id = id*10 + uint64(c-'0')
	}
	return id
}

// checkGoroutine reports, in debug mode, a non-thread-safe method called
// from a goroutine other than the loop's. It returns false then, and the
// caller reaches the loop through the thread-safe door instead.
func (l *Loop) checkGoroutine(method string) bool {
	if !l.running.Load() {
		return true
	}
	lg := l.goid.Load()
	if lg == 0 {
		return true // debug mode was turned on while the loop ran
	}
	g := goid()
	if g == lg {
		return true
	}
	if t := l.current.Load(); t != nil && (t.onOwn && !detachedGoroutine(g) || t.goid.Load() == g) {
		return true
	}
	l.Logger().WithFields(logrus.Fields{"method": method, "goroutine": g, "loop_goroutine": lg}).
		Errorf("loop: %s called from goroutine %d, not the loop's goroutine %d; it is not thread-safe: "+
			"use l.CallSoonThreadsafe(fn) (or loop.RunCoroutineThreadsafe) to reach the loop from another goroutine", method, g, lg)
	return false
}

// foreign reports, in debug mode, a method of l's that is not thread-safe
// called from another goroutine (see checkGoroutine); the caller then
// reaches the loop through the thread-safe door instead (routed). Outside
// debug mode it costs a load and a branch.
func (l *Loop) foreign(method string) bool {
	return l != nil && l.debug.Load() && !l.checkGoroutine(method)
}

// routed runs call on the loop, for a method called from another
// goroutine in debug mode (see foreign); an error it returns is logged,
// since the caller has gone on.
func (l *Loop) routed(method string, call func() error) {
	l.CallSoonThreadsafe(func() {
		if err := call(); err != nil {
			l.Logger().WithFields(logrus.Fields{"method": method, "error": err.Error()}).
				Errorf("loop: %s, called from another goroutine and run on the loop's, failed: %v", method, err)
		}
	})
}

// ---- Exception handler ----

// ExceptionContext describes an error the loop could not hand to anyone
// (asyncio's exception handler context).
type ExceptionContext struct {
	Message string
	Err     error
	// Future and Task are the future or task concerned, where there is
	// one to give: for "... exception was never retrieved" there is none
	// (the report comes once the garbage collector has found it
	// unreachable, or the loop closes), and Fields["task"] or
	// Fields["future"] describes it instead.
	Future *Future
	Task   *Task
	Handle *Handle
	// Fields holds extra details for the log (created_at, raised_at, stack).
	Fields logrus.Fields
}

// SetExceptionHandler sets the function called with errors nobody else
// can take (a panic in a callback, an exception never retrieved found when
// the loop closes); nil restores the default, which logs through the
// loop's logger at error level. The handler runs on the loop goroutine: an
// exception never retrieved that the garbage collector finds while the
// loop lives is found on the collector's goroutine, and goes to the
// default handler. Safe from any goroutine before the loop runs; loop
// goroutine only after.
func (l *Loop) SetExceptionHandler(h func(*Loop, ExceptionContext)) { l.handler = h }

// CallExceptionHandler hands ctx to the exception handler. Loop goroutine
// only, except for the warnings the package itself raises from the
// garbage collector's goroutine, which go to the default handler.
func (l *Loop) CallExceptionHandler(ctx ExceptionContext) {
	if h := l.handler; h != nil {
		func() {
			defer func() {
				if r := recover(); r != nil {
					l.Logger().WithField("error", sprintValue(r)).Error("loop: the exception handler panicked")
					l.DefaultExceptionHandler(ctx)
				}
			}()
			h(l, ctx)
		}()
		return
	}
	l.DefaultExceptionHandler(ctx)
}

// DefaultExceptionHandler logs ctx through the loop's logger at error
// level. Safe from any goroutine.
func (l *Loop) DefaultExceptionHandler(ctx ExceptionContext) {
	fields := logrus.Fields{}
	for k, v := range ctx.Fields {
		fields[k] = v
	}
	if ctx.Err != nil {
		fields["error"] = ctx.Err.Error()
		switch e := ctx.Err.(type) {
		case *PanicError:
			if fields["stack"] == nil {
				fields["stack"] = string(e.Stack)
			}
		case *GoexitError:
			if fields["stack"] == nil {
				fields["stack"] = string(e.Stack)
			}
		}
	}
	if ctx.Task != nil {
		fields["task"] = ctx.Task.String()
	} else if ctx.Future != nil {
		fields["future"] = ctx.Future.String()
	}
	l.Logger().WithFields(fields).Error(ctx.Message)
}

func taskFields(t *Task) logrus.Fields {
	f := logrus.Fields{"task": t.String(), "coroutine": t.Coroutine().Name()}
	if o := t.Origin(); o != "" {
		f["defined_at"] = o
	}
	if a := t.Awaiting(); a != "" && !t.Done() {
		f["awaiting"] = a
	}
	return f
}

// ---- Coroutines never awaited ----
//
// A coroutine is checked cheaply: when made, it goes on a list of young
// coroutines; at the end of each loop iteration (and by FlushWarnings) the
// list is swept, and the coroutines still inert get a cleanup that warns
// if the garbage collector frees them before they are awaited. The common
// case, a coroutine awaited or scheduled right after it is made, costs an
// append.

type coroTrack struct {
	settled atomic.Bool
	seq     order // when it was made, the order of its report
	name    string
	origin  string
	created string
	stack   string
	loop    *Loop
	cleaned cleaned
}

// cleaned tells whether the cleanup of a tracked object was queued and
// whether it has run: FlushWarnings waits for the cleanups the collector
// queued, not for a quiet moment.
type cleaned struct {
	freed func() bool // whether the collector freed the tracked object
	done  atomic.Bool // its cleanup ran
}

// watchCleanup notes in c the object p, whose cleanup will run.
func watchCleanup[T any](c *cleaned, p *T) {
	w := weak.Make(p)
	c.freed = func() bool { return w.Value() == nil }
}

// queued reports whether the collector freed the object (its cleanup is
// queued, or ran) but the cleanup has not yet run to its end.
func (c *cleaned) queued() bool { return c.freed != nil && c.freed() && !c.done.Load() }

// ran marks the cleanup as run (its report queued), and wakes
// FlushWarnings.
func (c *cleaned) ran() {
	c.done.Store(true)
	signalCleaned()
}

var (
	youngMu      sync.Mutex
	sweepMu      sync.Mutex // held by a sweep (sweepYoung)
	young        youngList
	sweepPending atomic.Bool
	armSeq       atomic.Int64
	coroMu       sync.Mutex
	coroArmed    = map[*coroTrack]struct{}{}
	envDebug     atomic.Bool // ASYNCREPL_DEBUG was on when a loop was last made
)

// track puts a new coroutine on the young list. It notes the loop whose
// logger will take a warning about it: the running loop, else the default
// one; in that loop's debug mode it records where it was made.
func track(c *Coroutine) {
	l := sole.Load()
	if l == nil {
		defaultMu.Lock()
		l = defaultLoop
		defaultMu.Unlock()
	}
	if envDebug.Load() || l != nil && l.debug.Load() {
		stack, created := callerStack()
		c.setMeta(func(m *coroMeta) { m.stack, m.created = stack, created })
	}
	youngMu.Lock()
	young.push(youngCoro{c, l})
	youngMu.Unlock()
	if !sweepPending.Load() {
		sweepPending.Store(true)
	}
}

// youngCoro is a coroutine not yet swept, and the loop whose logger takes
// a warning about it.
type youngCoro struct {
	c *Coroutine
	l *Loop
}

// order is when a coroutine was made or a future failed: the warnings
// about them come out in that order (see reportGather). A coroutine's is
// its number among those made, from 1 (found from its young block's
// first: nothing more is kept per coroutine); a future's, how many
// coroutines were made before it failed, and its number among the futures
// failed since.
type order struct{ made, failed int64 }

func (a order) compare(b order) int {
	return cmp.Or(cmp.Compare(a.made, b.made), cmp.Compare(a.failed, b.failed))
}

// failedOrder returns the order of a future failing now.
func failedOrder() order {
	youngMu.Lock()
	defer youngMu.Unlock()
	if young.failedAt != young.made {
		young.failedAt, young.failed = young.made, 0
	}
	young.failed++
	return order{young.made, young.failed}
}

// youngList is the list of young coroutines, in blocks: a block is
// written once and never copied (appending to a slice copied every entry
// at each doubling, with a whole iteration's coroutines on the list), and
// swept blocks are kept for reuse.
type youngList struct {
	head, tail *youngBlock
	free       *youngBlock // swept blocks, for reuse (at most youngKeep)
	nfree      int
	made       int64 // coroutines pushed since the process started
	// failed counts the futures failed since the made-th coroutine
	// (failedAt).
	failedAt, failed int64
}

const (
	youngBlockLen = 255 // 4 KiB per block with its count, first and next pointer
	youngKeep     = 16
)

type youngBlock struct {
	items [youngBlockLen]youngCoro
	n     int
	first int64 // the made of items[0]
	next  *youngBlock
}

// push adds y. Under youngMu.
func (yl *youngList) push(y youngCoro) {
	b := yl.tail
	if b == nil || b.n == youngBlockLen {
		b = yl.free
		if b != nil {
			yl.free, b.next = b.next, nil
			yl.nfree--
		} else {
			b = new(youngBlock)
		}
		b.first = yl.made
		if yl.tail == nil {
			yl.head = b
		} else {
			yl.tail.next = b
		}
		yl.tail = b
	}
	b.items[b.n] = y
	b.n++
	yl.made++
}

// take removes and returns the list's blocks. Under youngMu.
func (yl *youngList) take() *youngBlock {
	h := yl.head
	yl.head, yl.tail = nil, nil
	return h
}

// recycle keeps emptied blocks for reuse. Under youngMu.
func (yl *youngList) recycle(b *youngBlock) {
	for b != nil && yl.nfree < youngKeep {
		next := b.next
		b.next, yl.free = yl.free, b
		yl.nfree++
		b = next
	}
}

// sweepYoung arms the young coroutines still inert. A sweep under way
// elsewhere is waited for (sweepMu): FlushWarnings must find armed what
// was made before it.
func sweepYoung() {
	sweepMu.Lock()
	defer sweepMu.Unlock()
	youngMu.Lock()
	blocks := young.take()
	sweepPending.Store(false)
	youngMu.Unlock()
	for b := blocks; b != nil; b = b.next {
		for i, y := range b.items[:b.n] {
			if y.c.state.Load() == coroInert && y.c.tracker() == nil {
				arm(y.c, y.l, order{made: b.first + int64(i) + 1})
			}
			b.items[i] = youngCoro{}
		}
		b.n = 0
	}
	if blocks != nil {
		youngMu.Lock()
		young.recycle(blocks)
		youngMu.Unlock()
	}
}

func arm(c *Coroutine, l *Loop, seq order) {
	armSeq.Add(1)
	tr := &coroTrack{name: c.Name(), loop: l, seq: seq}
	if !c.libraryOwn() {
		tr.origin = c.Origin()
	}
	armed := c.changeMeta(func(m *coroMeta) bool {
		if m.track != nil {
			return false
		}
		m.track = tr
		tr.created, tr.stack = m.created, m.stack
		return true
	})
	if !armed {
		return
	}
	watchCleanup(&tr.cleaned, c)
	coroMu.Lock()
	coroArmed[tr] = struct{}{}
	coroMu.Unlock()
	runtime.AddCleanup(c, fireCoro, tr)
	if c.state.Load() != coroInert { // consumed while being armed
		tr.settle()
	}
}

// settle marks the coroutine as awaited or scheduled: nothing to report.
func (tr *coroTrack) settle() bool {
	if !tr.settled.CompareAndSwap(false, true) {
		return false
	}
	coroMu.Lock()
	delete(coroArmed, tr)
	coroMu.Unlock()
	return true
}

func fireCoro(tr *coroTrack) {
	if tr.settle() {
		queueReport(tr.seq, tr.report)
	}
	tr.cleaned.ran()
}

// reportLeft reports, at Close, the coroutines of l still neither awaited
// nor scheduled and the exceptions of its futures nobody retrieved,
// without waiting for the garbage collector (an interpreter may keep a
// dropped coroutine reachable for long), in the order they were made.
// What the collector found before comes first.
func reportLeft(l *Loop) {
	drainReports()
	sweepYoung()
	var left []pendingReport
	coroMu.Lock()
	for tr := range coroArmed {
		if tr.loop == l {
			left = append(left, pendingReport{tr.seq, func() {
				if tr.settle() {
					tr.report()
				}
			}})
		}
	}
	coroMu.Unlock()
	excMu.Lock()
	for tr := range excArmed {
		if tr.loop == l {
			left = append(left, pendingReport{tr.seq, func() {
				if tr.settle() {
					tr.report(true)
				}
			}})
		}
	}
	excMu.Unlock()
	slices.SortFunc(left, func(a, b pendingReport) int { return a.seq.compare(b.seq) })
	for _, r := range left {
		r.report()
	}
}

func (tr *coroTrack) report() {
	fields := logrus.Fields{"coroutine": tr.name}
	msg := "Coroutine '" + tr.name + "'"
	if tr.origin != "" {
		fields["defined_at"] = tr.origin
		msg += " defined at " + tr.origin
	}
	msg += " was never awaited"
	if tr.created != "" {
		fields["created_at"] = tr.created
	}
	if tr.stack != "" {
		fields["stack"] = tr.stack
	}
	warnLogger(tr.loop).WithFields(fields).Warn(msg)
}

func warnLogger(l *Loop) logrus.FieldLogger {
	if l != nil {
		return l.Logger()
	}
	defaultMu.Lock()
	d := defaultLoop
	defaultMu.Unlock()
	if d != nil {
		return d.Logger()
	}
	return logrus.StandardLogger().WithField("logger", "loop")
}

// callerStack returns the stack of the code that made a coroutine, without
// this package's frames, and the call site of the coroutine function (the
// frame above the one that called Async) as file:line.
func callerStack() (stack, created string) {
	var pcs [32]uintptr
	n := runtime.Callers(3, pcs[:])
	frames := runtime.CallersFrames(pcs[:n])
	var b []byte
	n = 0
	// A coroutine function calls Async and is called where the coroutine
	// is made (the second frame of the user's code); the library's own
	// (Sleep, or WaitFor calling Async) are called there (the first).
	made, first := 2, true
	for {
		f, more := frames.Next()
		if first {
			first = false
			if f.Function != pkgPath+"Async" {
				made = 1
			}
		} else if n == 0 && isLoopFrame(f.Function) {
			made = 1
		}
		if !isLoopFrame(f.Function) && !isRuntimeFrame(f.Function) {
			loc := shortFile(f.File) + ":" + strconv.Itoa(f.Line)
			if n++; n == made {
				created = loc
			}
			b = fmt.Appendf(b, "%s\n\t%s\n", shortFuncName(f.Function), loc)
		}
		if !more {
			break
		}
	}
	return string(b), created
}

const pkgPath = "github.com/asyncrepl/asyncrepl/loop."

func isLoopFrame(fn string) bool {
	return len(fn) > len(pkgPath) && fn[:len(pkgPath)] == pkgPath
}

// isRuntimeFrame reports frames that say nothing about the user's code:
// the runtime's, reflection's, and an interpreter's (yaegi runs
// interpreted code through its own functions; the asyncrepl shell passes
// interpreted positions with Named instead).
func isRuntimeFrame(fn string) bool {
	return strings.HasPrefix(fn, "runtime.") || strings.HasPrefix(fn, "reflect.") ||
		strings.HasPrefix(fn, "github.com/traefik/yaegi/") || strings.HasPrefix(fn, "iter.")
}

// ---- Exceptions never retrieved ----

type excTrack struct {
	settled  atomic.Bool
	seq      order // when it failed, the order of its report
	loop     *Loop
	what     string // "Task" or "Future"
	desc     string
	err      error
	raisedAt string
	stack    string
	cleaned  cleaned
}

var (
	excMu    sync.Mutex
	excArmed = map[*excTrack]struct{}{}
)

func armException(f *Future, raisedAt, stack string) *excTrack {
	if at := f.loop.askRaiseSite(f.err); at != "" {
		raisedAt = at
	}
	tr := &excTrack{loop: f.loop, what: "Future", desc: f.String(), err: f.err, raisedAt: raisedAt, stack: stack, seq: failedOrder()}
	armSeq.Add(1)
	if f.isTask {
		tr.what = "Task"
	}
	watchCleanup(&tr.cleaned, f)
	excMu.Lock()
	excArmed[tr] = struct{}{}
	excMu.Unlock()
	runtime.AddCleanup(f, fireExc, tr)
	return tr
}

// settle marks the exception as retrieved or reported: nothing (more) to
// report. It reports whether it was the one to do so.
func (tr *excTrack) settle() bool {
	if !tr.settled.CompareAndSwap(false, true) {
		return false
	}
	excMu.Lock()
	delete(excArmed, tr)
	excMu.Unlock()
	return true
}

func (tr *excTrack) retrieve() { tr.settle() }

func fireExc(tr *excTrack) {
	if tr.settle() {
		queueReport(tr.seq, func() { tr.report(false) })
	}
	tr.cleaned.ran()
}

func (tr *excTrack) report(onLoop bool) {
	fields := logrus.Fields{}
	if tr.raisedAt != "" {
		fields["raised_at"] = tr.raisedAt
	}
	if tr.stack != "" {
		fields["stack"] = tr.stack
	}
	fields[map[bool]string{true: "task", false: "future"}[tr.what == "Task"]] = tr.desc
	ctx := ExceptionContext{Message: tr.what + " exception was never retrieved", Err: tr.err, Fields: fields}
	if onLoop {
		tr.loop.CallExceptionHandler(ctx)
		return
	}
	tr.loop.DefaultExceptionHandler(ctx)
}

// ---- Flushing ----

// The collector runs the cleanups of what one cycle freed in an order of
// its own. Their reports wait a moment (reportGather) for one another,
// and come out in the order the coroutines were made and the futures
// failed (order): two coroutines dropped on one line are reported left to
// right, every time.
const reportGather = 10 * time.Millisecond

type pendingReport struct {
	seq    order
	report func()
}

var (
	reportMu    sync.Mutex
	reports     []pendingReport
	reportTimer *time.Timer
	drainMu     sync.Mutex // held while reports are written, so two drains do not interleave
)

// queueReport has report run with the others of its burst, in seq order.
func queueReport(seq order, report func()) {
	reportMu.Lock()
	defer reportMu.Unlock()
	reports = append(reports, pendingReport{seq, report})
	if reportTimer == nil {
		reportTimer = time.AfterFunc(reportGather, drainReports)
	}
}

// drainReports writes the reports queued, in seq order.
func drainReports() {
	drainMu.Lock()
	defer drainMu.Unlock()
	reportMu.Lock()
	q := reports
	reports = nil
	if reportTimer != nil {
		reportTimer.Stop()
		reportTimer = nil
	}
	reportMu.Unlock()
	slices.SortFunc(q, func(a, b pendingReport) int { return a.seq.compare(b.seq) })
	for _, r := range q {
		r.report()
		signalFired()
	}
}

// Watched returns how many times, since the process started, a coroutine
// or a failed future began to be watched for the warnings the garbage
// collector drives (never awaited, never retrieved). A host that wants
// those warnings as soon as they can be found calls FlushWarnings when the
// number changes, rather than on a timer. Safe from any goroutine.
func Watched() uint64 { return uint64(armSeq.Load()) }

var (
	firedMu sync.Mutex
	nfired  uint64        // warnings the collector's cleanups logged
	cleanCh chan struct{} // closed when a cleanup ran (nil: nobody waits)
)

func signalFired() {
	firedMu.Lock()
	nfired++
	firedMu.Unlock()
}

func fireCount() uint64 {
	firedMu.Lock()
	defer firedMu.Unlock()
	return nfired
}

func signalCleaned() {
	firedMu.Lock()
	if cleanCh != nil {
		close(cleanCh)
		cleanCh = nil
	}
	firedMu.Unlock()
}

// cleanups returns a channel closed when the next cleanup has run.
func cleanups() <-chan struct{} {
	firedMu.Lock()
	defer firedMu.Unlock()
	if cleanCh == nil {
		cleanCh = make(chan struct{})
	}
	return cleanCh
}

// FlushWarnings makes the garbage-collector-driven warnings (coroutines
// never awaited, exceptions never retrieved) appear now for everything
// already unreachable: when anything is being watched it runs the
// collector and waits until the cleanups of what it freed have logged
// their warnings (up to timeout, a second if zero: a guard, should a
// cleanup of the program's hold the goroutine that runs them), in the
// order the coroutines were made and the futures failed. The
// asyncrepl shell calls it after each input and before a script ends
// (Close reports what is left without the collector). It returns how many
// warnings were logged. Safe from any goroutine.
func FlushWarnings(timeout time.Duration) int {
	sweepYoung()
	var watched []*cleaned
	excMu.Lock()
	for tr := range excArmed {
		watched = append(watched, &tr.cleaned)
	}
	excMu.Unlock()
	coroMu.Lock()
	for tr := range coroArmed {
		watched = append(watched, &tr.cleaned)
	}
	coroMu.Unlock()
	if len(watched) == 0 {
		return 0
	}
	if timeout <= 0 {
		timeout = time.Second
	}
	before := fireCount()
	// Two cycles: an object allocated while a cycle runs survives it.
	// When runtime.GC returns, what it freed is swept: the cleanups are
	// queued, and the weak pointers to the objects are nil.
	runtime.GC()
	runtime.GC()
	deadline := time.After(timeout)
	for {
		ran := cleanups()
		if !slices.ContainsFunc(watched, (*cleaned).queued) {
			break
		}
		select {
		case <-ran:
		case <-deadline:
			drainReports()
			return int(fireCount() - before)
		}
	}
	drainReports()
	return int(fireCount() - before)
}

// ---- Detached goroutines ----

var (
	detachedMu sync.Mutex
	detached   = map[uint64]int{}
	ndetached  atomic.Int32
)

// Detach marks the calling goroutine as one that runs no task's code, and
// returns the function that undoes it (call it before the goroutine ends).
// Await called from a detached goroutine returns ErrNoTask even while a
// task's step runs, a call Await could not otherwise tell from the task's
// own (see "How Await finds its task"). It is meant for hosts that start
// goroutines for code they do not control: the asyncrepl shell detaches the
// goroutine of every go statement it runs. In debug mode, a detached
// goroutine's calls of the loop's methods are reported as from another
// goroutine even while an OnOwnGoroutine task runs (whose code may run on
// any goroutine it waits on). While any goroutine is detached, each Await
// reads the caller's goroutine id (microseconds).
// Safe from any goroutine.
func Detach() (undo func()) {
	g := goid()
	detachedMu.Lock()
	detached[g]++
	detachedMu.Unlock()
	ndetached.Add(1)
	var once sync.Once
	return func() {
		once.Do(func() {
			detachedMu.Lock()
			if detached[g]--; detached[g] <= 0 {
				delete(detached, g)
			}
			detachedMu.Unlock()
			ndetached.Add(-1)
		})
	}
}

func isDetached() bool { return detachedGoroutine(goid()) }

// foreignGoroutine reports whether the caller is a goroutine no task's
// code runs on, though a task may be stepping: a Detached one, or one
// running an executor's function.
func foreignGoroutine() bool {
	g := goid()
	return detachedGoroutine(g) || nexec.Load() > 0 && onExecutor(g)
}

func detachedGoroutine(g uint64) bool {
	if ndetached.Load() == 0 {
		return false
	}
	detachedMu.Lock()
	defer detachedMu.Unlock()
	return detached[g] > 0
}
