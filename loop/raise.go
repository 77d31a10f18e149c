package loop

import (
	"path"
	"reflect"
	"runtime"
	"strconv"
	"strings"
)

// Where an error was raised: the raised_at of "exception was never
// retrieved". Go's stack shows where a panic happened and where
// SetException was called, but not which return statement returned a
// task's error, nor any position of interpreted code: a host that knows
// them (an interpreter that rewrites its code's returns) says so through
// SetRaiseSite.

// SetRaiseSite sets the function the loop asks where an error was raised
// (file:line, or an interpreter's position such as "input 3:5"), when a
// task ends with it or SetException sets it: its answer, if not empty, is
// the raised_at of the warning given if nobody retrieves the error. It is
// for hosts whose code's positions Go's stack does not show, such as an
// interpreter; fn runs on the loop goroutine, on the error path only. nil
// removes it. A loop made by New while l is the default loop (SetDefault)
// takes the same function: the code a host runs may make loops of its own
// (Run does). Without an answer, raised_at is where the panic happened
// (for a panic), where SetException was called, or where the task's
// coroutine function is defined (for the library's own coroutines, such as
// WaitFor's, where it was made). Safe from any goroutine.
func (l *Loop) SetRaiseSite(fn func(err error) string) {
	if fn == nil {
		l.raiseSite.Store(nil)
		return
	}
	l.raiseSite.Store(&fn)
}

// SetPanicValue sets the function the loop passes the value of a
// callback's, a done callback's, an executor function's or a tracer's
// panic through before it makes the *PanicError its exception handler
// (or the executor's future) gets: a host whose code panics with values
// Go's would not (an interpreter that raises reflection's errors where Go
// raises its runtime errors) gives them as Go's code would. fn may return
// v itself; a panic with a *PanicError is not passed. nil removes it. A
// loop made by New while l is the default loop takes the same function, as
// with SetRaiseSite. Safe from any goroutine.
func (l *Loop) SetPanicValue(fn func(v any) any) {
	if fn == nil {
		l.panicValue.Store(nil)
		return
	}
	l.panicValue.Store(&fn)
}

// panicError is panicError of r, passed through the host's function (see
// SetPanicValue).
func (l *Loop) panicError(r any) *PanicError {
	if fn := l.panicValue.Load(); fn != nil {
		if _, ok := r.(*PanicError); !ok {
			r = (*fn)(r)
		}
	}
	return panicError(r)
}

// askRaiseSite returns the host's answer for err, if any.
func (l *Loop) askRaiseSite(err error) string {
	if fn := l.raiseSite.Load(); fn != nil && err != nil {
		return (*fn)(err)
	}
	return ""
}

// raisedAt is where the task's error err was raised, as far as the loop
// can tell without its host (see SetRaiseSite).
func (t *Task) raisedAt(err error) string {
	if pe, ok := err.(*PanicError); ok {
		if at := panicLine(pe.Stack); at != "" {
			return at
		}
	}
	if t.coro.libraryOwn() {
		return t.coro.Created()
	}
	return t.Origin()
}

// libraryOwn reports whether the coroutine runs a function of this
// package (WaitFor's, Sleep's, a queue's Get...), unnamed: where that is
// defined says nothing to the code that made it.
func (c *Coroutine) libraryOwn() bool {
	if m := c.meta.Load(); m != nil && m.origin != "" {
		return false
	}
	if c.isSleep {
		return true
	}
	if _, ok := c.fn.(*TimerHandle); ok {
		return true
	}
	return inLoopPackage(c.fn)
}

// inLoopPackage reports whether the function fn is written in this
// package (its name does not tell: a closure of WaitFor inlined into its
// caller is named after the caller).
func inLoopPackage(fn any) bool {
	v := reflect.ValueOf(fn)
	if v.Kind() != reflect.Func || v.IsNil() {
		return false
	}
	f := runtime.FuncForPC(v.Pointer())
	if f == nil {
		return false
	}
	file, _ := f.FileLine(v.Pointer())
	return path.Dir(file) == loopDir && !strings.HasSuffix(file, "_test.go")
}

// panicLine returns the place (file:line) of the frame that panicked in
// a stack debug.Stack wrote while the panic unwound: the first frame
// below the runtime's panic call that is not the runtime's, reflection's,
// an interpreter's or this package's. "" if there is none.
func panicLine(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	start := 0
	for i, l := range lines {
		if strings.HasPrefix(l, "panic(") {
			start = i
			break
		}
	}
	for i := start; i+1 < len(lines); i++ {
		fn := lines[i]
		if fn == "" || strings.HasPrefix(fn, "\t") || strings.HasPrefix(fn, "goroutine ") {
			continue
		}
		if j := strings.LastIndex(fn, "("); j > 0 {
			fn = fn[:j]
		}
		if strings.HasPrefix(fn, "panic") || isLoopFrame(fn) || isRuntimeFrame(fn) || isHostFrame(fn) {
			continue
		}
		loc := strings.TrimPrefix(lines[i+1], "\t")
		if j := strings.LastIndex(loc, " +0x"); j >= 0 {
			loc = loc[:j]
		}
		return shortFile(loc)
	}
	return ""
}

// callerLine returns the place (file:line) of the code that called the
// function calling callerLine, skipping the runtime's, reflection's and an
// interpreter's frames; "" if there is none (interpreted code, whose host
// may answer through SetRaiseSite).
func callerLine() string {
	var pcs [16]uintptr
	n := runtime.Callers(3, pcs[:])
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if !isRuntimeFrame(f.Function) && !isHostFrame(f.Function) && !isLoopFrame(f.Function) {
			return shortFile(f.File) + ":" + strconv.Itoa(f.Line)
		}
		if !more {
			return ""
		}
	}
}

// isHostFrame reports frames of the asyncrepl shell and of its host
// runtime, which run interpreted code and say where through SetRaiseSite
// and Named.
func isHostFrame(fn string) bool {
	return strings.HasPrefix(fn, "github.com/asyncrepl/asyncrepl/repl.") ||
		strings.HasPrefix(fn, "github.com/asyncrepl/asyncrepl/internal/hostrt.")
}
