package loop

import (
	"fmt"
	"runtime/trace"
	"sync/atomic"
)

// A Tracer is told what a loop's tasks do, as it happens: each task's
// creation, every step (when the loop switches to the task and when the
// task switches back, awaiting something), what woke it, and its end. The
// package's own Tracer, Trace, records the events for a timeline in the
// terminal or a Chrome trace file; SetTracer, WithTracer and
// SetDefaultTracer install one.
//
// With no tracer the loop reports nothing and pays nothing: the loop
// checks for a tracer once per iteration, alongside its check for debug
// mode, and a wake-up tests one pointer; a traced iteration runs its
// items through a function of its own, which reports the steps.
type Tracer interface {
	// TraceEvent is called on the loop goroutine, in the loop's turn, for
	// every event, in order. It must return quickly and must not change
	// the loop's state (no CallSoon, no SetResult): reading the event's
	// tasks (Name, String, Awaiting) is fine. A Tracer installed on
	// several loops is called from each loop's goroutine, concurrently.
	// A Tracer that panics is dropped, and the panic reported through
	// the loop's exception handler; the loop runs on.
	TraceEvent(ev TraceEvent)
}

// TraceKind is what a TraceEvent reports.
type TraceKind uint8

// The events of a task's life, in the order they come.
const (
	// TaskCreated: a task was added to the loop. Other is the task whose
	// step created it, if any; Detail is where its coroutine was defined.
	TaskCreated TraceKind = iota + 1
	// TaskWoken: a task that awaited something was made ready for its
	// next step. Other is the task whose step woke it, if one did; By
	// names what woke it otherwise ("timer", "callback main.tick", "the
	// thread-safe door"); Detail is what the task awaited, now done
	// ("<Future finished result=1>", "sleep"), or "cancel".
	TaskWoken
	// StepStart: the loop switches to the task.
	StepStart
	// StepEnd: the task switched back to the loop. Detail is what it
	// awaits now, in Task.Awaiting's words; "" when the step ended it.
	StepEnd
	// TaskDone: the task finished. Detail is "result=...",
	// "exception=..." or "cancelled".
	TaskDone
)

var traceKindNames = [...]string{"", "created", "woken", "step start", "step end", "done"}

// String names the kind: "created", "woken", "step start", "step end",
// "done". Safe from any goroutine.
func (k TraceKind) String() string {
	if int(k) < len(traceKindNames) {
		return traceKindNames[k]
	}
	return "?"
}

// TraceEvent is one event of a task's life (see Tracer).
type TraceEvent struct {
	Kind   TraceKind
	Loop   *Loop
	Task   *Task
	Time   float64 // the loop's time (Loop.Time), in seconds
	Other  *Task   // the task that created or woke Task (see TraceKind)
	By     string  // what woke Task when no task did (TaskWoken)
	Detail string  // see TraceKind

	virtual bool // Loop's clock is virtual (set by the loop)
}

// defaultTracer is the tracer New gives the loops it makes. Package state,
// because a host tracing a program it runs (asyncrepl -trace) must see the
// loops the program makes for itself, with New, Get or Run.
var defaultTracer atomic.Pointer[Tracer]

// SetDefaultTracer makes tr the tracer of every loop New makes from now
// on (unless a WithTracer option says otherwise); nil for none. Loops made
// before keep theirs. Safe from any goroutine.
func SetDefaultTracer(tr Tracer) {
	if tr == nil {
		defaultTracer.Store(nil)
		return
	}
	defaultTracer.Store(&tr)
}

// WithTracer sets the loop's tracer (nil for none, even with a
// SetDefaultTracer). Options are values: safe from any goroutine, applied
// by New.
func WithTracer(tr Tracer) Option { return func(l *Loop) { l.SetTracer(tr) } }

// SetTracer makes tr the loop's tracer, from the loop's next event on; nil
// stops tracing. Loop goroutine only (from elsewhere, through
// CallSoonThreadsafe).
func (l *Loop) SetTracer(tr Tracer) {
	if l.trc == nil {
		if tr == nil {
			return
		}
		l.trc = &tracing{l: l}
	}
	l.trc.tr = tr
}

// Tracer returns the loop's tracer, nil if none. Loop goroutine only.
func (l *Loop) Tracer() Tracer {
	if l.trc == nil {
		return nil
	}
	return l.trc.tr
}

// tracing is a loop's tracing state, nil while nothing traces it: no
// Tracer, Go's execution tracer off. Loop goroutine only.
type tracing struct {
	l      *Loop
	tr     Tracer
	rt     bool // Go's execution tracer was on when the iteration began
	rtTask map[*Task]*rtTask

	// What the loop runs now, for the wake-ups it makes: an item of the
	// ready queue, with the function of a callback (which running it
	// clears from its handle).
	cur   item
	curFn any
	// region is the runtime/trace region of the step running.
	region *trace.Region
}

// traceIteration reports whether the iteration about to run is traced,
// keeping the loop's tracing state in step with Go's execution tracer.
// runOnce calls it only when something may trace (l.trc set, or the
// execution tracer on): with nothing traced, one pointer test and one
// atomic load per iteration.
func (l *Loop) traceIteration() bool {
	rt := trace.IsEnabled()
	tc := l.trc
	if tc == nil {
		tc = &tracing{l: l}
		l.trc = tc
	}
	if tc.rt && !rt {
		tc.endRuntimeTasks()
	}
	tc.rt = rt
	if tc.tr == nil && !rt {
		l.trc = nil
		return false
	}
	return true
}

// runTraced runs an item of the ready queue in a traced iteration (or in
// debug mode), noting what runs for the wake-ups it makes, and reporting
// the step it is, if it is one (a task's, or a sleep's end). The loop's
// step function itself knows nothing of tracing.
func (l *Loop) runTraced(it item, debug bool) {
	tc := l.trc
	var t *Task
	if tc != nil {
		tc.cur = it
		switch it.kind {
		case kindHandle:
			tc.curFn = (*Handle)(it.p).fn
		case kindTimer:
			th := (*TimerHandle)(it.p)
			tc.curFn = th.fn // a sleep's end only wakes its task
		case kindTask:
			t = (*Task)(it.p)
		}
		if t != nil && t.state != statePending {
			t = nil // no step: step lets it be
		}
		if t != nil {
			tc.stepStart(t)
		}
	}
	if debug {
		l.runDebug(it)
	} else {
		l.dispatch(it)
	}
	if tc != nil {
		if t != nil {
			tc.stepEnd(t)
		}
		tc.cur, tc.curFn = item{}, nil
	}
}

func (tc *tracing) emit(ev TraceEvent) {
	ev.Loop = tc.l
	ev.Time = tc.l.clock.Now()
	ev.virtual = tc.l.clock.Virtual()
	tr := tc.tr
	defer func() {
		if r := recover(); r != nil {
			// A tracer's panic must not end the loop: the tracer is
			// dropped, and the panic reported as a callback's is.
			tc.tr = nil
			tc.l.CallExceptionHandler(ExceptionContext{
				Message: fmt.Sprintf("Exception in tracer %T (%s of %s); the loop traces no more", tr, ev.Kind, ev.Task.Name()),
				Err:     tc.l.panicError(r),
			})
		}
	}()
	tr.TraceEvent(ev)
}

// created reports a task added to the loop.
func (tc *tracing) created(t *Task) {
	if tc.tr != nil {
		tc.emit(TraceEvent{Kind: TaskCreated, Task: t, Other: tc.l.current.Load(), Detail: t.Origin()})
	}
	if tc.rt {
		tc.runtimeTask(t)
	}
}

// woken reports a task made ready. A task not started yet is one
// CreateTask has just made: its first wake-up is its creation.
func (tc *tracing) woken(t *Task) {
	if t.co == nil && t.handoff() == nil {
		tc.created(t)
		return
	}
	if tc.tr == nil {
		return
	}
	ev := TraceEvent{Kind: TaskWoken, Task: t, Other: tc.l.current.Load()}
	switch f := t.waitFut(); {
	case f != nil:
		ev.Detail = f.String()
	case t.waitTimer() != nil:
		ev.Detail = "sleep" // its end (a cancellation drops the timer first)
	case t.mustCancel:
		ev.Detail = "cancel"
	}
	if ev.Other == nil {
		ev.By = tc.running()
	}
	tc.emit(ev)
}

// running names what the loop runs when no task's step is running.
func (tc *tracing) running() string {
	switch it := tc.cur; it.kind {
	case kindHandle:
		if it.p != nil {
			if fn, _ := tc.curFn.(func()); fn != nil {
				return "callback " + funcName(fn)
			}
			return "callback"
		}
	case kindTimer:
		if fn, _ := tc.curFn.(func()); fn != nil {
			return "timer callback " + funcName(fn)
		}
		return "timer"
	case kindDone:
		return "done callback " + doneName((*Future)(it.p), int(it.idx))
	}
	return "the loop"
}

// stepStart reports the start of a step of t, about to run.
func (tc *tracing) stepStart(t *Task) {
	if tc.tr != nil {
		tc.emit(TraceEvent{Kind: StepStart, Task: t})
	}
	if tc.rt {
		tc.region = trace.StartRegion(tc.runtimeTask(t).ctx, "step")
	}
}

// stepEnd reports the end of the step of t stepStart reported.
func (tc *tracing) stepEnd(t *Task) {
	if tc.region != nil {
		tc.region.End()
		tc.region = nil
	}
	done := t.state != statePending
	if tc.tr != nil {
		aw := ""
		if !done {
			aw = t.Awaiting()
		}
		tc.emit(TraceEvent{Kind: StepEnd, Task: t, Detail: aw})
		if done {
			tc.emit(TraceEvent{Kind: TaskDone, Task: t, Detail: outcome(&t.Future)})
		}
	}
	if tc.rt {
		tc.runtimeStepEnd(t, done)
	}
}

// outcome says how a done future ended: result=..., exception=...,
// cancelled.
func outcome(f *Future) string {
	switch {
	case f.state == stateCancelled:
		return "cancelled"
	case f.err != nil:
		return "exception=" + f.err.Error()
	}
	return "result=" + f.loop.reprValue(f.result)
}
