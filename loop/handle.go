package loop

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"time"
)

// Handle is a callback scheduled by CallSoon or CallSoonThreadsafe.
type Handle struct {
	fn        func()
	cancelled bool
}

// Cancel keeps the callback from running if it has not run yet. Loop
// goroutine only; from elsewhere, l.CallSoonThreadsafe(h.Cancel).
func (h *Handle) Cancel() {
	if !h.cancelled {
		h.cancelled = true
		h.fn = nil
	}
}

// Cancelled reports whether Cancel was called. Loop goroutine only.
func (h *Handle) Cancelled() bool { return h.cancelled }

// String describes the callback as asyncio does: <Handle main.tick()>,
// or <Handle done> once it ran. Loop goroutine only.
func (h *Handle) String() string {
	switch {
	case h.cancelled:
		return "<Handle cancelled>"
	case h.fn == nil:
		return "<Handle done>"
	}
	return handleText(h.fn)
}

// handleText describes a handle of fn, pending or running.
func handleText(fn func()) string { return "<Handle " + funcName(fn) + "()>" }

// TimerHandle is a callback scheduled by CallLater or CallAt.
type TimerHandle struct {
	Handle
	when      float64 // its order among timers due together is kept in the heap (timerEntry.seq)
	loop      *Loop
	wake      *Task // set instead of fn by a sleeping task's timer
	scheduled bool
}

// When returns the time, on the loop's clock, the callback is due. Loop
// goroutine only.
func (t *TimerHandle) When() float64 { return t.when }

// Cancel keeps the callback from running if it has not run yet. Loop
// goroutine only; from elsewhere, l.CallSoonThreadsafe(h.Cancel) (debug
// mode reports a call from elsewhere and sends it so).
func (t *TimerHandle) Cancel() {
	if t.loop.foreign("TimerHandle.Cancel") {
		t.loop.routed("TimerHandle.Cancel", func() error { t.Cancel(); return nil })
		return
	}
	if !t.cancelled {
		t.cancelled = true
		t.fn = nil
		if t.scheduled {
			t.loop.ncancel++
			t.loop.maybeCompactTimers()
		}
	}
}

// String describes the timer: <TimerHandle when=3.500 main.tick()>, or
// <TimerHandle when=3.500 done> once it fired, <TimerHandle cancelled>.
// Loop goroutine only.
func (t *TimerHandle) String() string {
	switch {
	case t.cancelled:
		return "<TimerHandle cancelled>"
	case t.fn == nil && t.wake == nil:
		return fmt.Sprintf("<TimerHandle when=%.3f done>", t.when)
	case t.fn == nil:
		return fmt.Sprintf("<TimerHandle when=%.3f wakes %s>", t.when, taskName(t.wake))
	}
	return timerText(t.when, t.fn)
}

// timerText describes a timer handle of fn due at when, pending or running.
func timerText(when float64, fn func()) string {
	return fmt.Sprintf("<TimerHandle when=%.3f %s()>", when, funcName(fn))
}

// maybeCompactTimers drops the cancelled timers from the heap once they
// are more than half of it (and more than 64).
func (l *Loop) maybeCompactTimers() {
	if l.ncancel > 64 && l.ncancel*2 > len(l.timers) {
		live := l.timers[:0]
		for _, e := range l.timers {
			if !e.t.cancelled {
				live = append(live, e)
			} else {
				e.t.scheduled = false
			}
		}
		clear(l.timers[len(live):])
		l.timers = live
		l.timers.heapify()
		l.ncancel = 0
	}
}

// CallSoon schedules fn to run on the loop after the callbacks already
// ready, in FIFO order. On a closed loop fn never runs: the handle comes
// back cancelled and a warning is logged (asyncio raises RuntimeError).
// Loop goroutine only; from any other goroutine use CallSoonThreadsafe
// (debug mode reports the mistake).
func (l *Loop) CallSoon(fn func()) *Handle {
	if l.debug.Load() && !l.checkGoroutine("CallSoon") {
		return l.CallSoonThreadsafe(fn)
	}
	if l.closed.Load() {
		l.warnClosed("CallSoon", fn)
		return &Handle{cancelled: true}
	}
	h := l.newHandle(fn)
	l.drainIncoming()
	l.ready.push(handleItem(h))
	return h
}

// newHandle hands out CallSoon's handles from a slab: one allocation per
// handleSlab handles instead of one per call. The cost: a handle the
// caller keeps alive keeps its whole slab (2 KiB) and the callbacks in it
// alive. Loop goroutine only, as CallSoon is; CallSoonThreadsafe, which
// any goroutine calls, allocates its handles one by one.
func (l *Loop) newHandle(fn func()) *Handle {
	if len(l.hslab) == 0 {
		l.hslab = make([]Handle, handleSlab)
	}
	h := &l.hslab[0]
	l.hslab = l.hslab[1:]
	h.fn = fn
	return h
}

const handleSlab = 128

// CallSoonThreadsafe schedules fn to run on the loop, waking the loop if it
// waits. It is the one door into the loop from other goroutines. On a
// closed loop fn never runs: the handle comes back cancelled and a warning
// is logged (asyncio raises RuntimeError). Safe from any goroutine.
func (l *Loop) CallSoonThreadsafe(fn func()) *Handle {
	h := &Handle{fn: fn}
	if !l.submit(handleItem(h), nil) {
		l.warnClosed("CallSoonThreadsafe", fn)
		h.fn, h.cancelled = nil, true
	}
	return h
}

// warnClosed logs that fn, scheduled by method on the closed loop, will
// not run (its handle comes back cancelled).
func (l *Loop) warnClosed(method string, fn func()) {
	l.Logger().WithField("callback", funcName(fn)).Warn("loop: " + method + " on a closed event loop: the callback will not run")
}

// CallLater schedules fn to run once d has passed on the loop's clock.
// Timers due at the same time run in the order they were scheduled. On a
// closed loop fn never runs, as for CallSoon. Loop goroutine only.
func (l *Loop) CallLater(d time.Duration, fn func()) *TimerHandle {
	return l.callAt("CallLater", l.clock.Now()+d.Seconds(), fn)
}

// CallAt schedules fn to run when the loop's clock (see Time) reaches when.
// On a closed loop fn never runs, as for CallSoon. Loop goroutine only.
func (l *Loop) CallAt(when float64, fn func()) *TimerHandle {
	return l.callAt("CallAt", when, fn)
}

func (l *Loop) callAt(method string, when float64, fn func()) *TimerHandle {
	if l.closed.Load() {
		l.warnClosed(method, fn)
		return &TimerHandle{Handle: Handle{cancelled: true}, when: when, loop: l}
	}
	t := &TimerHandle{Handle: Handle{fn: fn}, when: when, loop: l}
	if l.debug.Load() && !l.checkGoroutine(method) {
		l.CallSoonThreadsafe(func() { l.pushTimer(t) })
		return t
	}
	l.pushTimer(t)
	return t
}

func (l *Loop) pushTimer(t *TimerHandle) {
	if t.cancelled {
		return
	}
	l.seq++
	t.scheduled = true
	l.timers.push(t, l.seq)
}

// funcName names a Go function for messages: "main.tick", without the
// package path; closures are named after the function they are in.
func funcName(fn any) string {
	if fn == nil {
		return "<nil>"
	}
	v := reflect.ValueOf(fn)
	if v.Kind() != reflect.Func || v.IsNil() {
		return fmt.Sprintf("%T", fn)
	}
	f := runtime.FuncForPC(v.Pointer())
	if f == nil || strings.HasPrefix(f.Name(), "reflect.") {
		return "func" // a function made by reflection, such as an interpreter's
	}
	return shortFuncName(f.Name())
}

// shortFuncName turns "github.com/x/y.(*T).run.func1" into "y.(*T).run".
func shortFuncName(name string) string {
	if i := strings.LastIndex(name, "/"); i >= 0 {
		name = name[i+1:]
	}
	for {
		i := strings.LastIndex(name, ".")
		if i < 0 {
			break
		}
		last := name[i+1:]
		if strings.HasPrefix(last, "func") && isDigits(last[4:]) || isDigits(last) {
			name = name[:i]
			continue
		}
		break
	}
	return name
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
