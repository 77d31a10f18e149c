package repl

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"reflect"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

// helpers are the compiled functions the rewritten code calls (as package
// __repl): they carry values and events from interpreted code back to the
// session that runs it.
type helpers struct {
	sp      *safepoints // stop requests for interpreted code (Poll, Safepoint)
	mu      sync.Mutex
	results []any // the values of the input's final expression
	decls   map[string]any
	onPanic func(pos string, v any) // a goroutine started by interpreted code panicked
	stderr  io.Writer               // where print and println write
	block   chan struct{}           // what Block waits for

	// onExit, if set, is called by os.Exit in interpreted code (see
	// osExit): a program records its status and stops.
	onExit func(code int)

	// The position and value of the last explicit panic call, which yaegi
	// itself places at the first statement of the function.
	panicPos string
	panicVal any

	// stops counts the hard stops of the interpreter, and stopMsg says
	// which input the last one stopped: a coroutine function still running
	// when one happens returns zero values, cut short, and its task ends
	// cancelled with that message rather than finished (see coroutine).
	stops   atomic.Uint64
	stopMsg atomic.Pointer[string]

	runMu   sync.Mutex
	running map[*loop.Task]int // tasks in interpreted coroutine code, and how deep

	// The task running the current input (or :load), and whether its own
	// code called runtime.Goexit (see goexit).
	inputTask   atomic.Pointer[loop.Task]
	inputGoexit atomic.Bool
}

// goexit is runtime.Goexit for interpreted code. In an input's own code it
// records the call before making it: the interpreter runs the code on a
// goroutine of its own, whose end by runtime.Goexit it takes for the
// code's return, so the session would show the input as done when the rest
// of it never ran (see Session.execute). In a task or a callback the loop
// turns the call into an error; in a goroutine it ends the goroutine, as
// in Go.
func (h *helpers) goexit() {
	if t := loop.CurrentTask(); t != nil && t == h.inputTask.Load() {
		h.inputGoexit.Store(true)
	}
	runtime.Goexit()
}

func (h *helpers) enter(t *loop.Task) {
	h.runMu.Lock()
	if h.running == nil {
		h.running = map[*loop.Task]int{}
	}
	h.running[t]++
	h.runMu.Unlock()
}

func (h *helpers) leave(t *loop.Task) {
	h.runMu.Lock()
	if h.running[t]--; h.running[t] <= 0 {
		delete(h.running, t)
	}
	h.runMu.Unlock()
}

// runningTasks returns the tasks running interpreted coroutine code, the
// ones a hard stop of the interpreter cuts short.
func (h *helpers) runningTasks() []*loop.Task {
	h.runMu.Lock()
	defer h.runMu.Unlock()
	ts := make([]*loop.Task, 0, len(h.running))
	for t := range h.running {
		ts = append(ts, t)
	}
	return ts
}

// coroutine wraps fn, a coroutine function of interpreted code, for
// loop.Async: if a hard stop of the interpreter cuts it short, it returns
// a cancellation instead of the zero values the interpreter leaves.
func (h *helpers) coroutine(fn any) func() (any, error) {
	return func() (any, error) {
		stops := h.stops.Load()
		if t := loop.CurrentTask(); t != nil {
			h.enter(t)
			defer h.leave(t)
		}
		res, err := loop.CallFunc(fn)
		if h.stops.Load() != stops {
			msg := "stopped"
			if m := h.stopMsg.Load(); m != nil {
				msg = *m
			}
			return nil, &loop.CancelledError{Msg: msg}
		}
		return res, err
	}
}

// panicAt returns the position of the panic call that panicked with v, if
// it was the last one.
func (h *helpers) panicAt(v any) string {
	h.mu.Lock()
	defer h.mu.Unlock()
	pos, last := h.panicPos, h.panicVal
	h.panicPos, h.panicVal = "", nil
	if rv, ok := v.(reflect.Value); ok && rv.IsValid() && rv.CanInterface() {
		v = rv.Interface()
	}
	if pos == "" || v == nil || last == nil {
		return ""
	}
	if t := reflect.TypeOf(v); t != reflect.TypeOf(last) || !t.Comparable() || v != last {
		return ""
	}
	return pos
}

func (h *helpers) reset() {
	h.mu.Lock()
	h.results, h.decls = nil, map[string]any{}
	h.mu.Unlock()
}

func (h *helpers) taken() (results []any, decls map[string]any) {
	h.mu.Lock()
	defer h.mu.Unlock()
	results, decls = h.results, h.decls
	h.results, h.decls = nil, map[string]any{}
	return results, decls
}

// awaitOutside warns about a loop.Await statement run outside any task,
// whose error (ErrNoTask) the statement drops.
func awaitOutside() {
	loop.Get().Logger().Warn("loop.Await outside any task (a go statement's goroutine runs none) returned loop.ErrNoTask, which the statement drops: start the work as a task (loop.CreateTask) to await in it")
}

// osExit is os.Exit for interpreted code. In a program (a script, or the
// code of asyncrepl -e) it ends the program with code, from any goroutine,
// task or callback, as os.Exit does: onExit records the status and stops
// the program's run, and the calling goroutine never returns, so neither
// its deferred calls nor anything after the call run. In the interactive
// session it panics as the interpreter's own os.Exit does, so that the
// input ends with an ExitError and the session keeps running.
func (h *helpers) osExit(code int) {
	if h.onExit == nil {
		panic("os.Exit(" + strconv.Itoa(code) + ")")
	}
	h.onExit(code)
	select {}
}

// logFatal returns log.Fatal, Fatalf and Fatalln for interpreted code,
// writing through out (the interpreter's log.Output, with the prefix, flags
// and writer the code set): in a program the message is followed by
// os.Exit(1) (osExit), as in Go; in the session the call panics with the
// message, as the interpreter's own log.Fatal does.
func (h *helpers) logFatal(out func(int, string) error) map[string]reflect.Value {
	fatal := func(msg string) {
		out(3, msg) //nolint:errcheck // as log.Fatal
		if h.onExit == nil {
			panic(msg)
		}
		h.osExit(1)
	}
	return map[string]reflect.Value{
		"Fatal":   reflect.ValueOf(func(v ...any) { fatal(fmt.Sprint(v...)) }),
		"Fatalf":  reflect.ValueOf(func(format string, v ...any) { fatal(fmt.Sprintf(format, v...)) }),
		"Fatalln": reflect.ValueOf(func(v ...any) { fatal(fmt.Sprintln(v...)) }),
	}
}

func (h *helpers) exports() map[string]map[string]reflect.Value {
	ex := map[string]map[string]reflect.Value{
		helperPath + "/session": {
			"Result": reflect.ValueOf(func(vs ...any) {
				h.mu.Lock()
				h.results = vs
				h.mu.Unlock()
			}),
			"Decl": reflect.ValueOf(func(name string, v any) {
				h.mu.Lock()
				if h.decls == nil {
					h.decls = map[string]any{}
				}
				h.decls[name] = v
				h.mu.Unlock()
			}),
			"Clear": reflect.ValueOf(clearValue),
			// recover()'s value as Go gives it: yaegi v0.16.1 hands back
			// an explicit panic's value wrapped in a reflect.Value, so
			// r.(error) failed and %T said reflect.Value.
			"Recovered": reflect.ValueOf(func(v any) any {
				if rv, ok := v.(reflect.Value); ok {
					if !rv.IsValid() {
						return new(runtime.PanicNilError)
					}
					if !rv.CanInterface() {
						return v
					}
					return rv.Interface()
				}
				return v
			}),
			// The body of a go statement at pos, or the function of a
			// time.AfterFunc or context.AfterFunc call there, guarded: its
			// goroutine runs no task's code (its loop.Await fails rather
			// than act for the running input), and a panic in it is
			// reported, not the end of the process.
			"Guard": reflect.ValueOf(func(pos string, f func()) func() {
				if f == nil {
					return nil
				}
				return func() {
					defer loop.Detach()()
					returned := false
					defer func() {
						r := recover()
						if r == nil && !returned {
							// runtime.Goexit: a stack overflow's, or the code's own.
							if e := h.sp.overflowed(nil); e != nil {
								r = e
							}
						}
						if r != nil {
							h.onPanic(pos, r)
						}
					}()
					f()
					returned = true
				}
			}),
			// loop.Await(loop.Sleep(d)) and loop.Async(fn).Named(name,
			// origin), each in one call (see rewriter.awaitSleep).
			"AwaitSleep": reflect.ValueOf(func(d time.Duration) (any, error) { return loop.Await(loop.Sleep(d)) }),
			// As statements, their error is dropped: the one that says the
			// call was made outside any task is said instead (and the sleep
			// not made, to be warned about as never awaited).
			"AwaitSleepStmt": reflect.ValueOf(func(d time.Duration) {
				if loop.CurrentTask() == nil {
					awaitOutside()
					return
				}
				if _, err := loop.Await(loop.Sleep(d)); errors.Is(err, loop.ErrNoTask) {
					awaitOutside() // a detached goroutine while a task's step runs
				}
			}),
			// loop.Await(x) as a statement: the same call, without the
			// two results reflection would box for nobody.
			"AwaitStmt": reflect.ValueOf(func(aw loop.Awaitable) {
				if _, err := loop.Await(aw); errors.Is(err, loop.ErrNoTask) {
					awaitOutside()
				}
			}),
			"Async": reflect.ValueOf(func(fn any, name, origin string) *loop.Coroutine {
				return loop.Async(h.asyncFunc(fn)).Named(name, origin).StackHint(interpStack)
			}),
			"Print": reflect.ValueOf(func(args ...any) {
				// print puts no spaces between its operands, where
				// fmt.Print would between two non-strings.
				for _, a := range args {
					fmt.Fprint(h.stderr, a)
				}
			}),
			"Println": reflect.ValueOf(func(args ...any) {
				fmt.Fprintln(h.stderr, args...)
			}),
			"PanicAt": reflect.ValueOf(func(pos string, v any) any {
				if v == nil {
					// panic(nil) panics with a *runtime.PanicNilError since
					// Go 1.21, which recover then sees (yaegi's own nil
					// reached recover as no panic at all).
					v = new(runtime.PanicNilError)
				}
				h.mu.Lock()
				h.panicPos, h.panicVal = pos, v
				h.mu.Unlock()
				return v
			}),
			"Block": reflect.ValueOf(func() {
				h.mu.Lock()
				ch := h.block
				h.mu.Unlock()
				if ch != nil {
					<-ch
				}
			}),
		},
	}
	maps.Copy(ex[helperPath+"/session"], h.sp.exports())
	return ex
}

// asyncFunc is what loop.Async gets for fn: fn wrapped by coroutine, or fn
// itself when it is no coroutine function, for loop.Async to reject.
func (h *helpers) asyncFunc(fn any) any {
	if loop.CheckFunc(fn) != nil {
		return fn
	}
	return h.coroutine(fn)
}

// interpStack is the goroutine stack an interpreted task is given at its
// start (loop's StackHint). A task suspended in an await of interpreted
// code holds about 4.3 KiB of frames, 2.5 KiB of them reflection's (yaegi
// calls Go functions through reflect.Value.Call, and interpreted functions
// are reflect.MakeFunc's): 8 KiB, reached in one growth at the start
// rather than two in the middle of the call (see the README's interpreted
// speed section for what it measured).
const interpStack = 8 << 10

// clearValue is the clear builtin for the interpreter: it deletes every entry
// of a map or zeroes every element of a slice.
func clearValue(x any) {
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Map, reflect.Slice:
		v.Clear()
	case reflect.Invalid:
	default:
		panic(fmt.Sprintf("invalid argument: %v (%s) is not a map or slice", x, v.Type()))
	}
}

// panicTrace collects the "pos: panic" lines yaegi writes to its standard
// error while a panic unwinds interpreted frames (one line per write), and
// passes everything else through to w.
type panicTrace struct {
	mu    sync.Mutex
	w     io.Writer
	lines []string
}

var traceLine = regexp.MustCompile(`^(\S+:\d+:\d+): panic(: .*)?\n?$`)

func (p *panicTrace) Write(b []byte) (int, error) {
	if m := traceLine.FindSubmatch(b); m != nil {
		// Positions in the code the front end wraps around input (no
		// line directive) mean nothing to the user.
		if pos := decodePositions(string(m[1])); !strings.HasPrefix(pos, inputFile+":") {
			p.mu.Lock()
			p.lines = append(p.lines, pos)
			p.mu.Unlock()
		}
		return len(b), nil
	}
	if _, err := io.WriteString(p.w, decodePositions(string(b))); err != nil {
		return 0, err
	}
	return len(b), nil
}

// take returns the trace lines collected since the last call, innermost
// first, without repeats.
func (p *panicTrace) take() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []string
	for _, l := range p.lines {
		if len(out) == 0 || out[len(out)-1] != l {
			out = append(out, l)
		}
	}
	p.lines = nil
	return out
}
