package hostrt

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

// Safepoints are the session's requests to interpreted code, delivered at
// its next safe point (see lower_safepoints.go) to the one task or
// goroutine each names: stop with a panic (an interrupt, a stack grown
// past the limit), or say where it is (the watchdog's report of a stalled
// loop).
type Safepoints struct {
	// pending is true while any request is pending; flag, once set
	// (SetFlag), is the interpreted copy the inserted code reads, and
	// calls Safepoint only when it is true. It is written with mu held
	// and read by interpreted code with no synchronisation at all, a data
	// race Go's memory model makes benign (a read of a bool sees either
	// value, and a change is seen at the next poll), and the cheapest
	// test the interpreter runs (see lower_safepoints.go). Under the race
	// detector, which would report every poll, the inserted code reads
	// poll's length instead.
	pending bool
	flag    reflect.Value
	// poll holds a token while any request is pending.
	poll chan struct{}

	mu         sync.Mutex
	tasks      map[*loop.Task]*spRequest
	goroutines map[string]*spRequest // by goroutine id, as stack dumps show it

	// The stack overflows delivered, by task (or goroutine id, outside
	// any task), until the code at the bottom of the goroutine claims
	// them (see overflowed).
	overflows  map[*loop.Task]*StackOverflow
	overflowsG map[string]*StackOverflow

	// OnInterrupt, if set, is told of each interrupt delivered, before the
	// panic that delivers it (t is nil outside any task).
	OnInterrupt func(t *loop.Task, e *Interrupted)
	// interrupted are the tasks asked to stop, until they are done.
	interrupted map[*loop.Task]bool
	// Input returns the task of the running input, whose code runs on a
	// goroutine of the interpreter's: its end is seen by the session
	// (overflowed), not the task.
	Input func() *loop.Task
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

func NewSafepoints() *Safepoints {
	return &Safepoints{poll: make(chan struct{}, 1), tasks: map[*loop.Task]*spRequest{}, goroutines: map[string]*spRequest{},
		overflows: map[*loop.Task]*StackOverflow{}, overflowsG: map[string]*StackOverflow{}, interrupted: map[*loop.Task]bool{}}
}

// exports are the names the inserted polls use.
func (sp *Safepoints) exports() map[string]reflect.Value {
	return map[string]reflect.Value{
		"Poll":      reflect.ValueOf(&sp.poll).Elem(),
		"Safepoint": reflect.ValueOf(sp.safepoint),
	}
}

// SetFlag makes flag, a settable interpreted bool, the flag the inserted
// polls read (see lower_safepoints.go): set while any request is pending.
// Safe from any goroutine.
func (sp *Safepoints) SetFlag(flag reflect.Value) {
	sp.mu.Lock()
	defer sp.mu.Unlock()
	sp.flag = flag
	sp.update()
}

// update sets the flag and poll by whether any request is pending. Called
// with mu held.
func (sp *Safepoints) update() {
	sp.pending = len(sp.tasks)+len(sp.goroutines) > 0
	if sp.flag.IsValid() {
		sp.flag.SetBool(sp.pending)
	}
	if sp.pending {
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

// InterruptTask asks the code of t to stop at its next safe point, with
// an *interrupted panic that ends t cancelled. Safe from any goroutine.
func (sp *Safepoints) InterruptTask(t *loop.Task, why string) {
	sp.mu.Lock()
	defer sp.mu.Unlock()
	sp.tasks[t] = &spRequest{kind: spInterrupt, why: why}
	sp.interrupted[t] = true
	sp.update()
}

// Overflow asks goroutine id, whose stack is past the limit, to panic.
func (sp *Safepoints) Overflow(id string, stack uint64) {
	sp.set(id, &spRequest{kind: spOverflow, stack: stack})
}

func (sp *Safepoints) set(id string, r *spRequest) {
	r.expires = time.Now().Add(10 * time.Second)
	sp.mu.Lock()
	defer sp.mu.Unlock()
	sp.goroutines[id] = r
	sp.update()
}

// InterruptGoroutine asks the code of goroutine id to stop at its next
// safe point, with an *interrupted panic, if valid then still says so.
func (sp *Safepoints) InterruptGoroutine(id, why string, valid func() bool) {
	sp.set(id, &spRequest{kind: spInterrupt, why: why, valid: valid})
}

// WhereTask asks t's code where it is: the position of its next safe
// point comes on the channel returned. whereGoroutine is the same for a
// goroutine.
func (sp *Safepoints) WhereTask(t *loop.Task) <-chan string {
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

func (sp *Safepoints) WhereGoroutine(id string) <-chan string {
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

// Forget drops the requests for t (it ended) and those for goroutines
// that expired. A stale request only costs a slower poll.
func (sp *Safepoints) Forget(t *loop.Task) {
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

// ForgetDone drops the requests for tasks that are done. Loop goroutine
// only.
func (sp *Safepoints) ForgetDone() {
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

// Asked reports whether t was asked to stop (pending or delivered).
func (sp *Safepoints) Asked(t *loop.Task) bool {
	sp.mu.Lock()
	defer sp.mu.Unlock()
	return sp.interrupted[t]
}

// safepoint is called by a poll that found a request pending: if one
// names the calling goroutine or its task, it is delivered here.
func (sp *Safepoints) safepoint(pos string) {
	sp.mu.Lock()
	byGoroutine := len(sp.goroutines) > 0
	sp.mu.Unlock()
	id := "-"
	if byGoroutine {
		id = GoroutineID() // slow (a traceback), and only while a request waits
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
		e := &Interrupted{Pos: pos, Why: r.why}
		if sp.OnInterrupt != nil {
			sp.OnInterrupt(t, e)
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
		depth, methodCalls := interpretedDepth()
		sp.endOverflowed(t, id, &StackOverflow{Pos: pos, limit: r.stack, depth: depth, methodLoop: methodCalls > methodLoopCalls})
	}
}

// endOverflowed ends the calling goroutine, whose task is t (nil outside
// any task) and id id, with the stack overflow e, which the compiled code
// at its bottom reports (see overflowed): not a panic, which the code
// could recover from where Go's own overflow is fatal, and which would
// unwind in time quadratic in the depth (see safepoint).
func (sp *Safepoints) endOverflowed(t *loop.Task, id string, e *StackOverflow) {
	if t != nil && t != sp.Input() {
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

// Overflowed returns the stack overflow that ended the code of t, or, if t
// is nil, of the calling goroutine: for the compiled code at the bottom of
// a goroutine, which sees it end by runtime.Goexit (see safepoint).
func (sp *Safepoints) Overflowed(t *loop.Task) *StackOverflow {
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
	id := GoroutineID()
	sp.mu.Lock()
	e := sp.overflowsG[id]
	delete(sp.overflowsG, id)
	return e
}

// AnyOverflow returns a stack overflow no goroutine claimed: a script's
// main, whose goroutine is the interpreter's.
func (sp *Safepoints) AnyOverflow() *StackOverflow {
	sp.mu.Lock()
	defer sp.mu.Unlock()
	for id, e := range sp.overflowsG {
		delete(sp.overflowsG, id)
		return e
	}
	return nil
}

// GoroutineID returns the id of the calling goroutine, as stack dumps
// show it.
func GoroutineID() string {
	var buf [64]byte
	f := strings.Fields(string(buf[:runtime.Stack(buf[:], false)]))
	if len(f) < 2 {
		return ""
	}
	return f[1]
}

// Interrupted is the panic of code stopped at a safe point by an
// interrupt. A task it ends ends cancelled (loop's PanicError unwraps to
// it, and it to a CancelledError).
type Interrupted struct {
	Pos string // the safe point's position
	Why string
}

func (e *Interrupted) Error() string { return e.Why + " at " + e.Pos }

func (e *Interrupted) Unwrap() error { return &loop.CancelledError{Msg: e.Error()} }

// StackOverflow is the panic of a goroutine whose stack grew past the
// session's limit: Go's own overflow, at its 1 GB limit, would end the
// process.
type StackOverflow struct {
	Pos   string
	limit uint64 // bytes
	// cycle, if set, says what a call of fmt's would have printed without
	// end (see helpers_fmtcycle.go): Go's overflow, met before it happens.
	cycle string
	// depth is how many interpreted calls the goroutine's stack held
	// (0: not known).
	depth int
	// methodLoop says fmt called a value's String or Error method over
	// and over (see methodLoopCalls).
	methodLoop bool
}

// methodLoopCalls is how many of fmt's calls of methods on one stack
// tell the trap of a String or Error method printing its own receiver
// with fmt (fmt.Sprintf("%v", e) in e's Error), which calls itself without
// end.
const methodLoopCalls = 100

func (e *StackOverflow) Error() string { return e.Msg() + " at " + e.Pos }

func (e *StackOverflow) Msg() string {
	if e.cycle != "" {
		return "stack overflow: " + e.cycle
	}
	at := ""
	if e.depth > 0 {
		at = fmt.Sprintf(" at a depth of %d calls", e.depth)
	}
	if e.methodLoop {
		return fmt.Sprintf("stack overflow: the goroutine's stack passed the session's limit of %d MB%s, "+
			"fmt calling a String or Error method over and over: a method printing its own receiver with fmt (fmt.Sprint(e) or %%v of e in e's Error) calls itself; "+
			"print the value converted to a type without the method (fmt.Sprint(float64(e)) for a type E float64)", e.limit>>20, at)
	}
	return fmt.Sprintf("stack overflow: the goroutine's stack passed the session's limit of %d MB%s "+
		"(this may be legitimate deep recursion: make it iterate, or run it as a compiled program, whose stack may grow to 1 GB)", e.limit>>20, at)
}

// runCfgName is the function of the interpreter that runs one interpreted
// call: its frames on a stack count the interpreted calls.
const runCfgName = "github.com/traefik/yaegi/interp.runCfg"

// interpretedDepth returns how many interpreted calls the calling
// goroutine's stack holds, and how many calls of fmt's of a value's
// methods: a walk of the whole stack, made once when the stack passed the
// limit.
func interpretedDepth() (calls, methodCalls int) {
	pcs := make([]uintptr, 1<<16)
	for skip := 1; ; {
		k := runtime.Callers(skip, pcs)
		frames := runtime.CallersFrames(pcs[:k])
		for {
			f, more := frames.Next()
			switch f.Function {
			case runCfgName:
				calls++
			case fmtMethodsName:
				methodCalls++
			}
			if !more {
				break
			}
		}
		if k < len(pcs) {
			return calls, methodCalls
		}
		skip += k
	}
}

// fmtMethodsName is the function of fmt's that calls a value's Error or
// String method.
const fmtMethodsName = "fmt.(*pp).handleMethods"
