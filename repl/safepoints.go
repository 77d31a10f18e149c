package repl

import (
	"fmt"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

// safepoints are the session's requests to interpreted code, delivered at
// its next safe point (see lower_safepoints.go) to the one task or
// goroutine each names: stop with a panic (an interrupt, a stack grown
// past the limit), or say where it is (the watchdog's report of a stalled
// loop).
type safepoints struct {
	// pending[0] is true while any request is pending: the inserted code
	// reads it, and calls Safepoint only then. It is written with mu held
	// and read by interpreted code with no synchronisation at all, a data
	// race Go's memory model makes benign (a read of a bool sees either
	// value, and each poll is a load of its own, through reflection, so a
	// change is seen at the next poll), and the cheapest test the
	// interpreter runs (see lower_safepoints.go). An array, because the
	// interpreter reads a compiled bool variable used as a condition once,
	// when it compiles the code. Under the race detector, which would
	// report every poll, the inserted code reads poll's length instead.
	pending [1]bool
	// poll holds a token while any request is pending.
	poll chan struct{}

	mu         sync.Mutex
	tasks      map[*loop.Task]*spRequest
	goroutines map[string]*spRequest // by goroutine id, as stack dumps show it

	// The stack overflows delivered, by task (or goroutine id, outside
	// any task), until the code at the bottom of the goroutine claims
	// them (see overflowed).
	overflows  map[*loop.Task]*stackOverflow
	overflowsG map[string]*stackOverflow

	// onInterrupt, if set, is told of each interrupt delivered, before the
	// panic that delivers it (t is nil outside any task).
	onInterrupt func(t *loop.Task, e *interrupted)
	// interrupted are the tasks asked to stop, until they are done.
	interrupted map[*loop.Task]bool
	// input returns the task of the running input, whose code runs on a
	// goroutine of the interpreter's: its end is seen by the session
	// (overflowed), not the task.
	input func() *loop.Task
}

type spKind int

const (
	spInterrupt spKind = iota // panic with an *interrupted
	spOverflow                // panic with a *stackOverflow
	spWhere                   // send the position on where, and go on
)

type spRequest struct {
	kind    spKind
	why     string      // spInterrupt: what asked ("interrupted", "cancelled with :cancel")
	stack   uint64      // spOverflow: the goroutine's stack, in bytes, when it was seen
	where   chan string // spWhere
	expires time.Time   // goroutine requests: a goroutine may end before its next safe point
	// valid, if set, says whether the request still stands when a safe
	// point is reached: an interrupt of the callback that holds the loop
	// does not stand once the loop has turned (the next callback is not
	// the one asked to stop).
	valid func() bool
}

func newSafepoints() *safepoints {
	return &safepoints{poll: make(chan struct{}, 1), tasks: map[*loop.Task]*spRequest{}, goroutines: map[string]*spRequest{},
		overflows: map[*loop.Task]*stackOverflow{}, overflowsG: map[string]*stackOverflow{}, interrupted: map[*loop.Task]bool{}}
}

// exports are the names the inserted polls use.
func (sp *safepoints) exports() map[string]reflect.Value {
	return map[string]reflect.Value{
		"Pending":   reflect.ValueOf(&sp.pending).Elem(),
		"Poll":      reflect.ValueOf(&sp.poll).Elem(),
		"Safepoint": reflect.ValueOf(sp.safepoint),
	}
}

// update sets poll by whether any request is pending. Called with mu held.
func (sp *safepoints) update() {
	sp.pending[0] = len(sp.tasks)+len(sp.goroutines) > 0
	if sp.pending[0] {
		select {
		case sp.poll <- struct{}{}:
		default:
		}
		return
	}
	select {
	case <-sp.poll:
	default:
	}
}

// interruptTask asks the code of t to stop at its next safe point, with
// an *interrupted panic that ends t cancelled. Safe from any goroutine.
func (sp *safepoints) interruptTask(t *loop.Task, why string) {
	sp.mu.Lock()
	defer sp.mu.Unlock()
	sp.tasks[t] = &spRequest{kind: spInterrupt, why: why}
	sp.interrupted[t] = true
	sp.update()
}

// overflow asks goroutine id, whose stack is past the limit, to panic.
func (sp *safepoints) overflow(id string, stack uint64) {
	sp.set(id, &spRequest{kind: spOverflow, stack: stack})
}

func (sp *safepoints) set(id string, r *spRequest) {
	r.expires = time.Now().Add(10 * time.Second)
	sp.mu.Lock()
	defer sp.mu.Unlock()
	sp.goroutines[id] = r
	sp.update()
}

// interruptGoroutine asks the code of goroutine id to stop at its next
// safe point, with an *interrupted panic, if valid then still says so.
func (sp *safepoints) interruptGoroutine(id, why string, valid func() bool) {
	sp.set(id, &spRequest{kind: spInterrupt, why: why, valid: valid})
}

// whereTask asks t's code where it is: the position of its next safe
// point comes on the channel returned. whereGoroutine is the same for a
// goroutine.
func (sp *safepoints) whereTask(t *loop.Task) <-chan string {
	r := &spRequest{kind: spWhere, where: make(chan string, 1)}
	sp.mu.Lock()
	defer sp.mu.Unlock()
	if old := sp.tasks[t]; old != nil && old.kind != spWhere {
		return r.where // an interrupt is pending: it will say where
	}
	sp.tasks[t] = r
	sp.update()
	return r.where
}

func (sp *safepoints) whereGoroutine(id string) <-chan string {
	r := &spRequest{kind: spWhere, where: make(chan string, 1)}
	sp.mu.Lock()
	old := sp.goroutines[id]
	sp.mu.Unlock()
	if old != nil && old.kind != spWhere {
		return r.where
	}
	sp.set(id, r)
	return r.where
}

// forget drops the requests for t (it ended) and those for goroutines
// that expired. A stale request only costs a slower poll.
func (sp *safepoints) forget(t *loop.Task) {
	sp.mu.Lock()
	defer sp.mu.Unlock()
	if t != nil {
		delete(sp.tasks, t)
		delete(sp.interrupted, t)
	}
	now := time.Now()
	for id, r := range sp.goroutines {
		if now.After(r.expires) {
			delete(sp.goroutines, id)
		}
	}
	sp.update()
}

// forgetDone drops the requests for tasks that are done. Loop goroutine
// only.
func (sp *safepoints) forgetDone() {
	sp.mu.Lock()
	defer sp.mu.Unlock()
	for t := range sp.tasks {
		if t.Done() {
			delete(sp.tasks, t)
		}
	}
	for t := range sp.interrupted {
		if t.Done() {
			delete(sp.interrupted, t)
		}
	}
	sp.update()
}

// asked reports whether t was asked to stop (pending or delivered).
func (sp *safepoints) asked(t *loop.Task) bool {
	sp.mu.Lock()
	defer sp.mu.Unlock()
	return sp.interrupted[t]
}

// safepoint is called by a poll that found a request pending: if one
// names the calling goroutine or its task, it is delivered here.
func (sp *safepoints) safepoint(pos string) {
	sp.mu.Lock()
	byGoroutine := len(sp.goroutines) > 0
	sp.mu.Unlock()
	id := "-"
	if byGoroutine {
		id = goroutineID() // slow (a traceback), and only while a request waits
	}
	t := loop.CurrentTask()
	sp.mu.Lock()
	r, ok := sp.goroutines[id]
	if ok {
		delete(sp.goroutines, id)
	} else if t != nil {
		if r, ok = sp.tasks[t]; ok {
			delete(sp.tasks, t)
		}
	}
	sp.update()
	sp.mu.Unlock()
	if !ok || r.valid != nil && !r.valid() {
		return
	}
	switch r.kind {
	case spWhere:
		r.where <- pos
	case spInterrupt:
		e := &interrupted{pos: pos, why: r.why}
		if sp.onInterrupt != nil {
			sp.onInterrupt(t, e)
		}
		panic(e)
	case spOverflow:
		// Not a panic: yaegi recovers and panics again in every
		// interpreted frame a panic leaves, each time inside the last
		// one's deferred call, so unwinding takes time quadratic in the
		// depth (1,000 calls: 0.2 s; 10,000: 50 s). runtime.Goexit
		// unwinds in linear time (200,000 calls: 2 s), running the
		// deferred calls; the compiled code at the bottom of the
		// goroutine then reports the overflow (overflowed).
		sp.endOverflowed(t, id, &stackOverflow{pos: pos, limit: r.stack})
	}
}

// endOverflowed ends the calling goroutine, whose task is t (nil outside
// any task) and id id, with the stack overflow e, which the compiled code
// at its bottom reports (see overflowed): not a panic, which the code
// could recover from where Go's own overflow is fatal, and which would
// unwind in time quadratic in the depth (see safepoint).
func (sp *safepoints) endOverflowed(t *loop.Task, id string, e *stackOverflow) {
	if t != nil && t != sp.input() {
		loop.ExitTask(e) // the task ends with e
	}
	sp.mu.Lock()
	if t != nil {
		sp.overflows[t] = e
	} else {
		sp.overflowsG[id] = e
	}
	sp.mu.Unlock()
	runtime.Goexit()
}

// overflowed returns the stack overflow that ended the code of t, or, if t
// is nil, of the calling goroutine: for the compiled code at the bottom of
// a goroutine, which sees it end by runtime.Goexit (see safepoint).
func (sp *safepoints) overflowed(t *loop.Task) *stackOverflow {
	sp.mu.Lock()
	defer sp.mu.Unlock()
	if t != nil {
		e := sp.overflows[t]
		delete(sp.overflows, t)
		return e
	}
	if len(sp.overflowsG) == 0 {
		return nil
	}
	sp.mu.Unlock()
	id := goroutineID()
	sp.mu.Lock()
	e := sp.overflowsG[id]
	delete(sp.overflowsG, id)
	return e
}

// anyOverflow returns a stack overflow no goroutine claimed: a script's
// main, whose goroutine is the interpreter's.
func (sp *safepoints) anyOverflow() *stackOverflow {
	sp.mu.Lock()
	defer sp.mu.Unlock()
	for id, e := range sp.overflowsG {
		delete(sp.overflowsG, id)
		return e
	}
	return nil
}

// goroutineID returns the id of the calling goroutine, as stack dumps
// show it.
func goroutineID() string {
	var buf [64]byte
	f := strings.Fields(string(buf[:runtime.Stack(buf[:], false)]))
	if len(f) < 2 {
		return ""
	}
	return f[1]
}

// interrupted is the panic of code stopped at a safe point by an
// interrupt. A task it ends ends cancelled (loop's PanicError unwraps to
// it, and it to a CancelledError).
type interrupted struct {
	pos string // the safe point's position
	why string
}

func (e *interrupted) Error() string { return e.why + " at " + e.pos }

func (e *interrupted) Unwrap() error { return &loop.CancelledError{Msg: e.Error()} }

// stackOverflow is the panic of a goroutine whose stack grew past the
// session's limit: Go's own overflow, at its 1 GB limit, would end the
// process.
type stackOverflow struct {
	pos   string
	limit uint64 // bytes
	// cycle, if set, says what a call of fmt's would have printed without
	// end (see helpers_fmtcycle.go): Go's overflow, met before it happens.
	cycle string
}

func (e *stackOverflow) Error() string { return e.msg() + " at " + e.pos }

func (e *stackOverflow) msg() string {
	if e.cycle != "" {
		return "stack overflow: " + e.cycle
	}
	return fmt.Sprintf("stack overflow: goroutine stack exceeds %d-byte limit (runaway recursion)", e.limit)
}

// interruptAtSafepoint asks the task or callback that holds the loop, or
// else the running input's task, to stop at its next safe point, and
// returns the task it asked (nil for a callback).
func (s *Session) interruptAtSafepoint() *loop.Task {
	t := s.stepping()
	if t == nil && s.interruptCallback() {
		return nil
	}
	if t == nil {
		t = s.help.inputTask.Load()
	}
	if t != nil {
		s.help.sp.interruptTask(t, "interrupted")
	}
	return t
}

// interruptHolder asks the task that holds the loop, if it is not the
// input's and was not asked yet, or the callback that holds it, to stop
// at its next safe point, and reports whether it did.
func (s *Session) interruptHolder() bool {
	t := s.stepping()
	if t == nil {
		return s.interruptCallback()
	}
	if s.help.sp.asked(t) {
		return false
	}
	s.help.sp.interruptTask(t, "interrupted")
	return true
}

// interruptStalled is Ctrl-C at the prompt: it asks the task or callback
// that has held the loop for callbackHeld, if one has, to stop at its
// next safe point (the watchdog's report of a stalled loop offers it), and
// reports whether it did. Safe from any goroutine.
func (s *Session) interruptStalled() bool {
	if s.watch == nil {
		return false
	}
	if _, held := s.watch.held(); held < callbackHeld {
		return false
	}
	return s.interruptHolder()
}

// callbackHeld is how long a callback must have held the loop for an
// interrupt to be meant for it (the loop's goroutine runs other
// callbacks' code too).
const callbackHeld = 100 * time.Millisecond

// interruptCallback asks the callback that holds the loop, if one has for
// callbackHeld, to stop at its next safe point (the loop's goroutine
// reaches it running the callback's interpreted code), and reports
// whether it did. The request lapses when the loop turns: then the
// callback ended by itself.
func (s *Session) interruptCallback() bool {
	id := s.loopG.Load()
	if id == nil || s.watch == nil || s.loop.Stepping() != nil {
		return false
	}
	seq, held := s.watch.held()
	if held < callbackHeld {
		return false
	}
	s.help.sp.interruptGoroutine(*id, "interrupted", func() bool {
		return s.watch.stillHeld(seq) && loop.CurrentTask() == nil
	})
	return true
}

// onInterrupt says that a task other than the running input was
// interrupted: its end (cancelled) is seen by nobody else.
func (s *Session) onInterrupt(t *loop.Task, e *interrupted) {
	if t == nil || t == s.help.inputTask.Load() {
		return
	}
	s.errorf("Task(<%s>) %s at %s: it ends cancelled; the other tasks run on", t.Name(), e.why, decodePositions(e.pos))
}

// safepointError is the session's error for a panic of a safe point
// (v), nil for any other panic. trace are the interpreted calls it
// unwound, innermost first.
func (s *Session) safepointError(v any, trace []string) *Error {
	switch e := v.(type) {
	case *interrupted:
		return &Error{Msg: fmt.Sprintf("input %d %s at %s", s.n, e.why, e.pos)}
	case *stackOverflow:
		// The innermost call is Safepoint's own, inserted at the line
		// of the function it stopped: e.pos says that better.
		if len(trace) > 0 {
			trace = trace[1:]
		}
		trace = slices.Compact(trace)
		return &Error{Pos: e.pos, Msg: "panic: " + e.msg() + traceSuffix(trace)}
	}
	return nil
}
