package hostrt

import (
	"bytes"
	"errors"
	"fmt"
	"go/token"
	"io"
	"log/slog"
	"maps"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
	"github.com/asyncrepl/asyncrepl/loop"
)

// MaxValueLen bounds the text of one printed value: the session's
// printer cuts a longer one, and a value shown by its String method is
// kept whole only up to it.
const MaxValueLen = 4000

// Helpers are the compiled functions the rewritten code calls (as package
// __repl): they carry values and events from interpreted code back to the
// session that runs it.
type Helpers struct {
	Safepoints *Safepoints // stop requests for interpreted code (Poll, Safepoint)
	Mu         sync.Mutex
	results    []any // the values of the input's final expression
	decls      map[string]any
	// shown holds what the String or Error method of a result ("") or a
	// declared variable (by name) returned, as fmt would print the value.
	shown   map[string]string
	OnPanic func(pos string, v any) // a goroutine started by interpreted code panicked
	// PanicEnds says OnPanic ends the program (a script's): the
	// goroutine that panicked then never returns to its caller, which
	// would run on (sync.WaitGroup's Go would call Done, and the program
	// go past its Wait before it ended).
	PanicEnds bool
	Stderr    io.Writer // where print and println write
	// SyncStderr, if set, waits until what was written to Stderr has
	// been passed on: print and println call it, so that their output
	// comes before what the program writes to its standard output next,
	// as in Go.
	SyncStderr func()
	// TypeName names the dynamic type of a value as %T does, where the
	// session knows it ("" where it does not).
	TypeName func(v any) string
	// NumGoroutine counts the goroutines of the program, not of the
	// shell, as runtime.NumGoroutine would in Go's program (nil: all).
	NumGoroutine func() int
	Block        chan struct{} // what Block waits for
	// What inputs registered for fmt of values of types declared after
	// the code printing them was compiled (see helpers_fmtlater.go).
	fmtLater fmtLater
	// The names of the reflect types of the program's types (see
	// reflecttype.go).
	reflectNames reflectNames
	// The representations inputs hold composites of the program's types
	// as, for json (see jsonBare in helpers_held.go).
	jsonBare jsonBare

	// AfterFunc, if set, is time.AfterFunc(d, f) of a timer the program
	// never resets (see the front end's afterFunc), recording it.
	AfterFunc func(d time.Duration, f func()) *time.Timer

	// guarded counts the goroutines that interpreted go statements
	// started which are running (see Guard).
	guarded atomic.Int64

	// OnExit, if set, is called by os.Exit in interpreted code (see
	// OSExit): a program records its status and stops.
	OnExit func(code int)
	// OnFatal, if set, reports an error no Go program survives (text,
	// at pos) before the program ends with status 2 (see endCycle and
	// GoNil).
	OnFatal func(pos, text string)

	// The position and value of the last explicit panic call, which yaegi
	// itself places at the first statement of the function, and what its
	// value's Go text needs that the interpreter's value does not carry
	// (see panicText).
	panicPos string
	panicVal any
	panicTyp string
	panicStr func() string
	// panicHeld says the last panic call's value is also in the
	// interpreted variable the front end declares for it (see
	// PanicAtHeld), with its type; heldMu orders the variable's writes
	// and reads.
	panicHeld bool
	heldMu    sync.Mutex

	// Stops counts the hard stops of the interpreter, and stopMsg says
	// which input the last one stopped: a coroutine function still running
	// when one happens returns zero values, cut short, and its task ends
	// cancelled with that message rather than finished (see coroutine).
	Stops   atomic.Uint64
	StopMsg atomic.Pointer[string]
	// stop is closed at a hard stop, for the selects of interpreted code
	// (see Select).
	stop atomic.Pointer[stopSignal]

	// methods are the exported methods of the program's types, for
	// reflection (see reflectmethods.go).
	methods methodRegistry

	runMu   sync.Mutex
	running map[*loop.Task]int // tasks in interpreted coroutine code, and how deep

	// The task running the current input (or :load), and whether its own
	// code called runtime.Goexit (see goexit).
	InputTask   atomic.Pointer[loop.Task]
	InputGoexit atomic.Bool
	// MainGoexit says that a program's main called runtime.Goexit: the
	// program goes on while other goroutines run (see Goexit).
	MainGoexit atomic.Bool
	// InputExit points to the error loop.ExitTask ended the input's own
	// code with (see ExitTask; nil, itself), if it did.
	InputExit atomic.Pointer[error]

	// Raises are where interpreted code returned errors (see positions.go).
	Raises raiseSites
	// OnTaskPanic describes a run-time panic that ends an interpreted
	// task (see taskPanic).
	OnTaskPanic func(v any) *loop.PanicError
}

// Goexit is runtime.Goexit for interpreted code. In an input's own code it
// records the call before making it: the interpreter runs the code on a
// goroutine of its own, whose end by runtime.Goexit it takes for the
// code's return, so the session would show the input as done when the rest
// of it never ran (see Session.execute); in a program's main, likewise, it
// records the call (MainGoexit), after which the program runs on until its
// other goroutines end or block, as Go's. In a task or a callback the loop
// turns the call into an error; in a goroutine it ends the goroutine, as
// in Go.
func (h *Helpers) Goexit() {
	switch t := loop.CurrentTask(); {
	case t != nil && t == h.InputTask.Load():
		h.InputGoexit.Store(true)
	case t == nil && h.OnExit != nil && runsMain():
		h.MainGoexit.Store(true)
	}
	runtime.Goexit()
}

// runsMain reports whether the calling goroutine is the one the
// interpreter runs a program's main on.
func runsMain() bool {
	buf := make([]byte, 4<<10)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return bytes.Contains(buf[:n], []byte("\ncreated by github.com/traefik/yaegi/interp.(*Interpreter).ExecuteWithContext"))
		}
		buf = make([]byte, 2*len(buf))
	}
}

// ExitTask is loop.ExitTask for interpreted code: in an input's own code
// it records the call and its error, as Goexit does (the input's task
// ends with err, which the session reports: it was lost, and the input
// shown as done); elsewhere it is loop.ExitTask.
func (h *Helpers) ExitTask(err error) {
	if t := loop.CurrentTask(); t != nil && t == h.InputTask.Load() {
		h.InputGoexit.Store(true)
		h.InputExit.Store(&err) // nil too: the session names the call
	}
	loop.ExitTask(err)
}

func (h *Helpers) enter(t *loop.Task) {
	h.runMu.Lock()
	if h.running == nil {
		h.running = map[*loop.Task]int{}
	}
	h.running[t]++
	h.runMu.Unlock()
}

func (h *Helpers) leave(t *loop.Task) {
	h.runMu.Lock()
	if h.running[t]--; h.running[t] <= 0 {
		delete(h.running, t)
	}
	h.runMu.Unlock()
}

// RunningTasks returns the tasks running interpreted coroutine code, the
// ones a hard stop of the interpreter cuts short.
func (h *Helpers) RunningTasks() []*loop.Task {
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
func (h *Helpers) coroutine(fn any, self **loop.Coroutine) func() (any, error) {
	return func() (any, error) {
		stops := h.Stops.Load()
		if t := loop.CurrentTask(); t != nil {
			h.enter(t)
			defer h.leave(t)
		}
		if h.OnTaskPanic != nil {
			defer h.taskPanic(self)
		}
		res, err := loop.CallFunc(fn)
		// A nil of an interface of the program's, which the interpreter
		// hands over as its own interface value holding nothing: nil, as
		// Go's any holding a nil interface is.
		res = nilHeld(res)
		if h.Stops.Load() != stops {
			msg := "stopped"
			if m := h.StopMsg.Load(); m != nil {
				msg = *m
			}
			return nil, &loop.CancelledError{Msg: msg}
		}
		return res, err
	}
}

// PanicAt returns the position of the panic call that panicked with v, if
// it was the last one.
func (h *Helpers) PanicAt(v any) string {
	pos, _ := h.TakePanic(v)
	return pos
}

// TakePanic returns the position of the panic call that panicked with v,
// if it was the last one, and v as Go's runtime prints a panic's value
// (PanicText, knowing the type the call's argument had), and forgets the
// call.
func (h *Helpers) TakePanic(v any) (pos, text string) {
	pos, typ, str := h.takePanic(v)
	if pos == "" {
		return "", PanicText(v)
	}
	return pos, panicText(v, typ, str)
}

// TakeTaskPanic is PanicAt for the panic that ends a task, whose error
// (a loop.PanicError) shows the value as fmt's %v does: text is that,
// where the panic call knew the value's String method, which compiled fmt
// does not see (panic(P{1, 2}) read "panic: {1 2}" for "panic: (1,2)"),
// and "" where fmt's own is right.
func (h *Helpers) TakeTaskPanic(v any) (pos, text string) {
	pos, _, str := h.takePanic(v)
	return pos, shownPanic(v, str)
}

// shownPanic is what str, the String method of v, a panic's value, says
// ("" without one).
func shownPanic(v any, str func() string) string {
	if str == nil {
		return ""
	}
	rv := reflect.ValueOf(PanicValue(v))
	return showMethod("String", rv.Kind() == reflect.Pointer && rv.IsNil(), str)
}

// takePanic returns what the last panic call noted (see notePanic) if v
// is its value, and forgets it.
func (h *Helpers) takePanic(v any) (pos, typ string, str func() string) {
	h.Mu.Lock()
	pos, typ, str = h.panicPos, h.panicTyp, h.panicStr
	last := h.panicVal
	h.panicPos, h.panicVal, h.panicTyp, h.panicStr, h.panicHeld = "", nil, "", nil, false
	h.Mu.Unlock()
	if pos == "" || !samePanic(PanicValue(v), last) {
		return "", "", nil
	}
	return pos, typ, str
}

// samePanic reports whether v is last, a panic call's value: an equal
// value of the same type, or the same map, function or slice.
func samePanic(v, last any) bool {
	if v == nil || last == nil {
		return false
	}
	t := reflect.TypeOf(v)
	if t != reflect.TypeOf(last) {
		return false
	}
	a, b := reflect.ValueOf(v), reflect.ValueOf(last)
	switch t.Kind() {
	case reflect.Map, reflect.Func:
		return a.UnsafePointer() == b.UnsafePointer()
	case reflect.Slice:
		return a.UnsafePointer() == b.UnsafePointer() && a.Len() == b.Len()
	}
	return a.Comparable() && b.Comparable() && a.Equal(b)
}

// notePanic records the panic call at pos with value v, of the program's
// type typ whose String method is str (see panicText). A call that
// panics again with the value of the last one, which a deferred call
// recovered (panic(r)), and whose argument's type the front end could
// not tell (an interface's), keeps what the first call knew.
func (h *Helpers) notePanic(pos string, v any, typ string, str func() string, held bool) any {
	if v == nil || nilIface(v) {
		// panic(nil) panics with a *runtime.PanicNilError since Go 1.21,
		// which recover then sees (yaegi's own nil reached recover as no
		// panic at all).
		v = new(runtime.PanicNilError)
	}
	h.Mu.Lock()
	switch last := h.panicVal; {
	case typ != "":
	case samePanic(v, last):
		typ, str = h.panicTyp, h.panicStr
		held = held || h.panicHeld
	case last != nil && IsWrapper(last) && samePanic(v, Wrapped(last)):
		// The value of an error type of the program's that recover gave
		// out of the wrapper the first call panicked with (see
		// Recovered): its Error method is the wrapper's.
		if e, ok := last.(error); ok {
			str = e.Error
		}
	}
	h.panicPos, h.panicVal, h.panicTyp, h.panicStr, h.panicHeld = pos, v, typ, str, held
	h.Mu.Unlock()
	return v
}

// panicAtHeld is notePanic for a value of a type of the program's that
// the interpreter holds as its representation (see the front end's
// lower_panicvalue.go): set stores the value, as interpreted code holds
// it in an any, in the variable recovered reads.
func (h *Helpers) panicAtHeld(pos, typ string, str func() string, v any, set func()) any {
	if nilIface(v) {
		// A nil interface (panic(err) with err nil): recover gets the
		// *runtime.PanicNilError, not the variable.
		return h.notePanic(pos, nil, typ, str, false)
	}
	h.heldMu.Lock()
	set()
	h.heldMu.Unlock()
	// The interpreter's any (a value of an interface type's argument)
	// as other panic calls see their values: recover takes the variable.
	return h.notePanic(pos, unwrapHeld(v), typ, str, true)
}

// recoveredHeld calls get, which reads the variable panicAtHeld stored
// into, when r is the value of the last panic call and the variable
// holds it.
func (h *Helpers) recoveredHeld(r any, get func()) {
	h.Mu.Lock()
	ok := h.panicHeld && samePanic(unwrapHeld(PanicValue(r)), h.panicVal)
	h.Mu.Unlock()
	if ok {
		h.heldMu.Lock()
		get()
		h.heldMu.Unlock()
	}
}

func (h *Helpers) Reset() {
	h.Mu.Lock()
	h.results, h.decls, h.shown = nil, map[string]any{}, nil
	h.Mu.Unlock()
}

// TakeShown returns what Shown recorded since the last reset, and forgets it.
func (h *Helpers) TakeShown() map[string]string {
	h.Mu.Lock()
	defer h.Mu.Unlock()
	shown := h.shown
	h.shown = nil
	return shown
}

// showMethod calls f, the String or Error method (named method) of a value,
// as fmt does: a panic in it is shown as fmt shows one, and as "<nil>" when
// the value is a nil pointer.
func showMethod(method string, isNil bool, f func() string) (text string) {
	defer func() {
		if r := recover(); r != nil {
			if isNil {
				text = "<nil>"
				return
			}
			text = fmt.Sprintf("%%!v(PANIC=%s method: %v)", method, InGoWords(r, false))
		}
	}()
	return f()
}

func (h *Helpers) Taken() (results []any, decls map[string]any) {
	h.Mu.Lock()
	defer h.Mu.Unlock()
	results, decls = h.results, h.decls
	h.results, h.decls = nil, map[string]any{}
	return results, decls
}

// awaitOutside warns about a loop.Await statement run outside any task,
// whose error (ErrNoTask) the statement drops.
func awaitOutside() {
	loop.Get().Logger().Warn("loop.Await outside any task (neither a callback nor a go statement's goroutine runs one) returned loop.ErrNoTask, which the statement drops: start the work as a task (loop.CreateTask) to await in it")
}

// OSExit is os.Exit for interpreted code. In a program (a script, or the
// code of asyncrepl -e) it ends the program with code, from any goroutine,
// task or callback, as os.Exit does: onExit records the status and stops
// the program's run, and the calling goroutine never returns, so neither
// its deferred calls nor anything after the call run. In the interactive
// session it panics with an ExitPanic, which no recover stops, so that the
// input ends with an ExitError and the session keeps running (the deferred
// calls of the functions it leaves run, as a panic's do).
func (h *Helpers) OSExit(code int) {
	if h.OnExit == nil {
		panic(&ExitPanic{Code: code})
	}
	Exiting.Store(true)
	h.OnExit(code)
	select {}
}

// SettleGoroutines waits while a goroutine that a go statement of
// interpreted code started panics, until done says the panic is reported,
// for a moment (settleWait): a program's main has returned, and Go's
// runtime lets deferred calls of a panic run a moment before it ends the
// program (a goroutine's deferred wg.Done let main return before its
// panic was reported, and the program ended with status 0; one whose
// deferred calls take longer ends with 0 in Go too).
func (h *Helpers) SettleGoroutines(done func() bool) {
	deadline := time.Now().Add(settleWait)
	for h.guarded.Load() > 0 && !done() && panicking() && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
}

// settleWait is how long SettleGoroutines waits: the runtime yields 1000
// times, where the interpreter's unwinding of a panic takes longer.
const settleWait = 100 * time.Millisecond

// panicking reports whether a goroutine of the process is panicking (its
// stack has the runtime's panic frame).
func panicking() bool {
	buf := make([]byte, 1<<20)
	n := runtime.Stack(buf, true)
	return bytes.Contains(buf[:n], []byte("\npanic("))
}

// FatalError is the panic with which the runtime's fatal errors that
// the front end checks for end an input or the program ("go of nil func
// value", at a go statement): no recover stops it (see Recovered).
type FatalError struct {
	Msg string
	Pos string // the statement's
}

func (e *FatalError) Error() string { return "fatal error: " + e.Msg }

// ExitPanic is the panic with which os.Exit ends an input of the
// interactive session (see OSExit). No recover stops it: recover() panics
// with it again (see Recovered), so the code after the call never runs.
type ExitPanic struct{ Code int }

func (e *ExitPanic) String() string { return "os.Exit(" + strconv.Itoa(e.Code) + ")" }

// exitPanic returns v, a recovered value, as an ExitPanic, or nil.
func exitPanic(v any) *ExitPanic {
	e, _ := PanicValue(v).(*ExitPanic)
	return e
}

// Exiting is set once interpreted code called os.Exit in a program: the
// process is ending, and the goroutine that called it waits for that (the
// watchdog does not report the loop it holds).
var Exiting atomic.Bool

// LogFatal returns log.Fatal, Fatalf and Fatalln for interpreted code,
// writing through out (the interpreter's log.Output, with the prefix, flags
// and writer the code set): in a program the message is followed by
// os.Exit(1) (OSExit), as in Go, also in the session.
func (h *Helpers) LogFatal(out func(int, string) error) map[string]reflect.Value {
	fatal := func(msg string) {
		out(3, msg) //nolint:errcheck // as log.Fatal
		h.OSExit(1)
	}
	return map[string]reflect.Value{
		"Fatal":   reflect.ValueOf(func(v ...any) { fatal(fmt.Sprint(v...)) }),
		"Fatalf":  reflect.ValueOf(func(format string, v ...any) { fatal(fmt.Sprintf(format, v...)) }),
		"Fatalln": reflect.ValueOf(func(v ...any) { fatal(fmt.Sprintln(v...)) }),
	}
}

func (h *Helpers) Exports() map[string]map[string]reflect.Value {
	ex := map[string]map[string]reflect.Value{
		helperPath + "/session": {
			"Result": reflect.ValueOf(func(vs ...any) {
				h.Mu.Lock()
				h.results = vs
				h.Mu.Unlock()
			}),
			"Decl": reflect.ValueOf(func(name string, v any) {
				h.Mu.Lock()
				if h.decls == nil {
					h.decls = map[string]any{}
				}
				h.decls[name] = v
				h.Mu.Unlock()
			}),
			"Clear": reflect.ValueOf(clearValue),
			// What a value's String or Error method says, for the session
			// to print it as fmt would (see rewriter.showMethod).
			"Shown": reflect.ValueOf(func(key, method string, isNil bool, f func() string) {
				text := "nil" // a nil pointer, as the session's printer shows one
				if !isNil {
					text = showMethod(method, isNil, f)
				}
				h.Mu.Lock()
				if h.shown == nil {
					h.shown = map[string]string{}
				}
				h.shown[key] = text
				h.Mu.Unlock()
			}),
			// A value holding the program's types as fmt shows it, as
			// the session shows it (see rewriter.shownNode); a value left
			// as it is goes to the session's printer.
			"ShownNode": reflect.ValueOf(func(key string, v any) {
				n, ok := v.(*fmtNode)
				if !ok {
					return
				}
				// A struct, or a pointer to one, with its fields' names.
				if n.str == nil && n.err == nil && n.format == nil {
					n.force() // printed by its parts
				}
				if n.nilPtr || n.kind == 'p' && n.isNil && n.lazy == nil {
					// A nil pointer shows as nil, as the session's
					// printer shows one: its String or Error method is
					// not called.
					h.Mu.Lock()
					if h.shown == nil {
						h.shown = map[string]string{}
					}
					h.shown[key] = "nil"
					h.Mu.Unlock()
					return
				}
				format := "%v"
				if e, _ := n.elem.(*fmtNode); n.kind == 's' || n.kind == 'p' && e != nil && e.kind == 's' {
					format = "%+v"
				}
				text := showMethod("String", false, func() string { return fmt.Sprintf(format, n) })
				if len(text) > MaxValueLen {
					return
				}
				h.Mu.Lock()
				if h.shown == nil {
					h.shown = map[string]string{}
				}
				h.shown[key] = text
				h.Mu.Unlock()
			}),
			// A value of an interpreted error type, as error: the
			// parameter's type makes the interpreter wrap it with its
			// Error method, which fmt then finds (see lower_fmt.go).
			"AsError":  reflect.ValueOf(func(err error) error { return err }),
			"ErrorsAs": reflect.ValueOf(errorsAs),
			// As AsError, for fmt's and encoding/json's interfaces.
			"AsFormatter": reflect.ValueOf(func(f fmt.Formatter) fmt.Formatter { return f }),
			"AsStringer":  reflect.ValueOf(func(s fmt.Stringer) fmt.Stringer { return s }),
			"Stringer":    reflect.ValueOf(func(f func() string) fmt.Stringer { return stringerFunc(f) }),
			// The name %T writes of a value, told at run time: a name of
			// twins (AlikeSuffix) is no type's name.
			"TypeVerb": reflect.ValueOf(typeVerb),
			// TypeVerb at the prompt of v, an interface's value named by
			// name: where v's type is built alike with a type of the
			// session's declared after the code was (not among known,
			// the names of those declared before), the shell cannot
			// tell which it is, and the code, compiled before, was not
			// refused for it.
			"TypeVerbOf": reflect.ValueOf(func(pos string, name func(any) string, v any, known string) string {
				h.reflectNames.alikeSince(pos, v, known)
				return typeVerb(pos, name(v))
			}),
			// The String method of a nil pointer (see nilStringer).
			"NilStringer":  reflect.ValueOf(func(f func() string) fmt.Stringer { return nilStringer(f) }),
			"NilFormatter": reflect.ValueOf(func(f func(fmt.State, rune)) fmt.Formatter { return nilFormatter(f) }),
			// What a value's Format method writes for %v, for the
			// session's display.
			"FormatText": reflect.ValueOf(func(f func(fmt.State, rune)) string { return fmt.Sprint(nilFormatter(f)) }),
			// As AsError, for log/slog (see lower_slog.go).
			"AsLogValuer": reflect.ValueOf(func(v slog.LogValuer) slog.LogValuer { return v }),
			// The LogValue method of a nil pointer: the interpreter
			// hands compiled code a nil pointer of its types as a nil
			// interface, which slog logs as <nil>.
			"NilLogValuer": reflect.ValueOf(func(f func() any) slog.LogValuer { return nilLogValuer(f) }),
			"Unwrap":       reflect.ValueOf(Wrapped),
			// An interface's operand of %p: a pointer, map, slice,
			// channel or function of a type with methods, which the
			// interpreter holds in a wrapper, as the value whose
			// address fmt prints; any other value as it is.
			"FmtAddr": reflect.ValueOf(func(x any) any {
				if !IsWrapper(x) {
					return x
				}
				switch raw := Wrapped(x); reflect.ValueOf(raw).Kind() {
				case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Chan, reflect.Func:
					return raw
				}
				return x
			}),
			// An assertion to the struct type named name (sample: its
			// zero value) that failed on v: where v is a compiled
			// interface's wrapper holding what the interpreter keeps of a
			// struct value (its last field), it may have been one, and the
			// assertion panics, saying so, rather than answer false.
			"LostInWrapper": reflect.ValueOf(func(v, sample any, name string) {
				if lostInWrapper(v, sample) {
					panic(refused(&RuntimeError{msg: fmt.Sprintf("repl: a value held in a compiled interface with methods may be a %s: the interpreter keeps only the last field of a struct value converted to such an interface, so the shell cannot take it back out; convert a pointer to the interface (&%s{...}, with methods on the pointer), or assert the value before it is converted", name, strings.TrimPrefix(name, "main."))}))
				}
			}),
			// Whether v is a compiled interface's wrapper holding a value
			// of the representation of sample (a value of the program's
			// type, as interpreted code hands it over).
			"SameRepr": reflect.ValueOf(func(v, sample any) bool {
				return IsWrapper(v) && reflect.TypeOf(Wrapped(v)) == reflect.TypeOf(Wrapped(sample))
			}),
			// Whether v holds a value of the representation of sample,
			// bare or in a compiled interface's wrapper.
			"SameType": reflect.ValueOf(func(v, sample any) bool {
				return reflect.TypeOf(Wrapped(v)) == reflect.TypeOf(Wrapped(sample))
			}),
			"TypeName": reflect.ValueOf(func(v any) string {
				v = nilHeld(v) // a nil interface of the program's: <nil>
				if name := HeldErrorName(v); name != "" {
					return name
				}
				if name := heldTypeName(v); name != "" {
					return name // see helpers_held.go
				}
				if name := fmt.Sprintf("%T", unwrapHeld(v)); strings.Contains(name, lostIfaceName) {
					panic(refused(&RuntimeError{msg: "repl: the type of a value held in an interface whose type is made of interface types of the program's (a []Shape in an any), whose names the interpreter lost there (for %T, or the message of a failed type assertion); name the type where the value's static type is known"}))
				}
				if h.TypeName != nil {
					if name := h.TypeName(v); name != "" {
						return name
					}
				}
				if name := taggedName(reflect.TypeOf(unwrapHeld(v))); name != "" {
					return name // see structtag.go
				}
				if name := composedTaggedName(reflect.TypeOf(unwrapHeld(v))); name != "" {
					return name // []main.Point (see structtag.go)
				}
				if name := goTypeName(unwrapHeld(v)); name != "" {
					return name // struct { name string } (see goview.go)
				}
				if generic := taggedGeneric(reflect.TypeOf(unwrapHeld(v))); generic != "" {
					panic(refused(&RuntimeError{msg: fmt.Sprintf("repl: the type of a value of an instance of %s held in an interface where the interpreter lost the instance's type arguments (for %%T, or the message of a failed type assertion); name the type where the value's static type is known", generic)}))
				}
				if _, held := heldNode(v); held {
					panic(refused(&RuntimeError{msg: "repl: the type of a value the interpreter holds in an interface without its type's name (for %T, or the message of a failed type assertion); name the type where the value's static type is known"}))
				}
				if IsIfaceWrapper(v) {
					// The front end's cases did not tell the type (a struct
					// of which the wrapper holds the last field): not the
					// wrapper's own name.
					panic(refused(&RuntimeError{msg: fmt.Sprintf("repl: the type of a value the interpreter holds in its wrapper of a compiled interface (%s), without the type's name (for %%T, or the message of a failed type assertion); name the type where the value's static type is known", wrapperIface(v))}))
				}
				return fmt.Sprintf("%T", v)
			}),
			"ErrorsIs": reflect.ValueOf(errorsIs),
			// errors.Is, As and Unwrap with the program's Is, Unwrap and
			// As methods, and assertions to its interfaces (see
			// lower_errors.go, lower_iface.go).
			"ErrorsIsWith":   reflect.ValueOf(errorsIsWith),
			"ErrorsAsWith":   reflect.ValueOf(errorsAsWith),
			"UnwrapError":    reflect.ValueOf(unwrapError),
			"NotInterface":   reflect.ValueOf(notInterface),
			"AssertionError": reflect.ValueOf(assertionError),
			// AssertionError of the assertion at pos (see lower_iface.go),
			// which the panic's report names.
			"AssertionErrorAt": reflect.ValueOf(func(pos string, x any, typ, iface string, methods ...string) error {
				err := assertionError(x, typ, iface, methods...)
				if re, ok := err.(*RuntimeError); ok {
					re.kind, re.Pos = panicAssert, pos
				}
				return err
			}),
			// The run-time error of a failed x.(T) at pos, of the dynamic
			// type named typ ("" for nil), with Go's names of x's static
			// type and of T (see lower_assertmsg.go).
			"ConcreteAssertionError": reflect.ValueOf(func(pos, typ, static, target string) error {
				if typ == "" {
					typ = "nil"
				}
				return concreteAssertionError(pos, typ, static, target)
			}),
			// x, asserted at pos to the channel type of want (a nil of
			// it): a channel of another direction fails, as Go's
			// assertion does (see lower_chandir.go): nil for the comma-ok
			// form, else the run-time error.
			"ChanDir": reflect.ValueOf(func(pos string, x, want any, static string, commaOK bool) any {
				t, wt := reflect.TypeOf(x), reflect.TypeOf(want)
				if t == nil || wt == nil || t.Kind() != reflect.Chan || t.ChanDir() == wt.ChanDir() {
					return x
				}
				if commaOK {
					return nil
				}
				panic(concreteAssertionError(pos, t.String(), static, wt.String()))
			}),
			"TypedNil":              reflect.ValueOf(newTypedNil),
			"TypedNilStringer":      reflect.ValueOf(newTypedNilStringer),
			"TypedNilStringerError": reflect.ValueOf(newTypedNilStringerError),
			"IsTypedNil": reflect.ValueOf(func(v any, name string) bool {
				switch tn := v.(type) {
				case typedNil:
					return tn.name == name
				case typedNilStringer:
					return tn.name == name
				case typedNilStringerError:
					return tn.name == name
				}
				return false
			}),
			"IsWrapper": reflect.ValueOf(IsWrapper),
			// Whether an interpreted value held in an any is a nil
			// pointer, slice, map, func or channel (see lower_typednil.go).
			"NilValue": reflect.ValueOf(nilValue),
			// Unexported fields as reflection says them (see lower_reflectnames.go).
			"FieldName":     reflect.ValueOf(fieldName),
			"FieldPkgPath":  reflect.ValueOf(fieldPkgPath),
			"FieldExported": reflect.ValueOf(fieldExported),
			"BoxError": reflect.ValueOf(func(v any, name string, errorFn func() string) error {
				return &boxedError{v: v, name: name, errorFn: errorFn}
			}),
			// A box of a value whose type has Format or GoString too
			// (either may be nil), which fmt calls before Error.
			"BoxErrorFmt": reflect.ValueOf(boxErrorFmt),
			"Unbox": reflect.ValueOf(func(x any, name string) (any, bool) {
				if b, ok := asBox(x); ok && b.name == name {
					return b.v, true
				}
				return nil, false
			}),
			"Unknowable": reflect.ValueOf(unknowable),
			"Refused":    reflect.ValueOf(func(msg string) error { return refused(&RuntimeError{msg: msg}) }),
			// A refusal at run time that names its position in the
			// user's text (see lower_typednil.go).
			"NilWrapper": reflect.ValueOf(nilWrapper),
			"RefusedAt":  reflect.ValueOf(func(msg, pos string) error { return refused(&RuntimeError{msg: msg, Pos: pos}) }),
			"NilDeref":   reflect.ValueOf(func(pos string) error { return &RuntimeError{msg: nilDeref, kind: panicNilDeref, Pos: pos} }),
			// A float converted to a narrow integer, as the compiled
			// program converts it (lower_floatconv.go): out of range,
			// the result is the machine's, which the interpreter's
			// conversion through int64 did not give.
			"FloatToInt8":   reflect.ValueOf(func(f float64) int8 { return int8(f) }),
			"FloatToInt16":  reflect.ValueOf(func(f float64) int16 { return int16(f) }),
			"FloatToInt32":  reflect.ValueOf(func(f float64) int32 { return int32(f) }),
			"FloatToUint8":  reflect.ValueOf(func(f float64) uint8 { return uint8(f) }),
			"FloatToUint16": reflect.ValueOf(func(f float64) uint16 { return uint16(f) }),
			"FloatToUint32": reflect.ValueOf(func(f float64) uint32 { return uint32(f) }),
			// A value method called through an interface holding a nil
			// pointer (see lower_nilrecv.go), as Go's wrapper panics.
			// p == nil for p of a type parameter (see lower_nilrecv.go).
			"IsNil": reflect.ValueOf(func(v any) bool { return v == nil }),
			"NilValueMethod": reflect.ValueOf(func(method, typ, pos string) error {
				return &RuntimeError{msg: "value method " + method + " called using nil *" + typ + " pointer", kind: panicNilDeref, Pos: pos}
			}),
			"NegativeShift": reflect.ValueOf(func(pos string) error {
				return &RuntimeError{msg: "runtime error: negative shift amount", kind: panicOther, Pos: pos}
			}),
			"ShiftCount": reflect.ValueOf(func(n int64, pos string) uint64 {
				if n < 0 {
					panic(&RuntimeError{msg: "runtime error: negative shift amount", kind: panicOther, Pos: pos})
				}
				return uint64(n)
			}),
			"SameError": reflect.ValueOf(func(a, b error) bool {
				same, comparable := sameError(a, b)
				if !comparable {
					name := typeText(reflect.TypeOf(Wrapped(a)))
					if b, ok := asBox(a); ok {
						name = b.name // an error of the program's, in its box
					}
					panic(&RuntimeError{msg: "runtime error: comparing uncomparable type " + name})
				}
				return same
			}),
			// recover()'s value as Go gives it: yaegi v0.16.1 hands back
			// an explicit panic's value wrapped in a reflect.Value, so
			// r.(error) failed and %T said reflect.Value.
			// A run-time panic the interpreter raised in reflection's words
			// is Go's runtime.Error (see panics.go).
			"Recovered": reflect.ValueOf(func(v any) any {
				if e := exitPanic(v); e != nil {
					panic(e) // the trace lines so far are os.Exit's
				}
				if _, ok := PanicValue(v).(*FatalError); ok {
					panic(v)
				}
				if e, ok := PanicValue(v).(*RuntimeError); ok && e.Refusal() {
					// What the shell refused goes on to end the input or
					// the program: a recover that stopped it would make
					// the refusal an answer Go would not give.
					panic(v)
				}
				if v != nil && h.Stderr != nil {
					// The trace lines of the panic recovered are not a
					// later panic's (see PanicTrace).
					io.WriteString(h.Stderr, recoveredMark) //nolint:errcheck // best effort, as the trace is
				}
				if rv, ok := v.(reflect.Value); ok {
					if !rv.IsValid() {
						return new(runtime.PanicNilError)
					}
					if !rv.CanInterface() {
						return v
					}
					x := rv.Interface()
					if IsWrapper(x) && h.isExplicit(x) {
						// panic(&PE{}) of an error type, which the front
						// end panics with as an error (lower_panicvalue.go):
						// the interpreter's wrapper compiled code got is no
						// *PE to r.(*PE); the value it holds is. But a
						// value of a type the front end does not box (the
						// shell's own errors.Join, errors_joinError) has
						// its methods in the wrapper alone: the wrapper,
						// an error (r.(error) was false, and fmt printed
						// the struct).
						if IsIfaceWrapper(x) && unboxedInterpreted(Wrapped(x)) {
							return x
						}
						return Wrapped(x)
					}
					return runtimeValue(x) // a run-time panic the front end raised, too
				}
				return runtimeValue(InGoWords(v, h.isExplicit(v)))
			}),
			// time.AfterFunc(d, f) of a timer the program never resets
			// (see Helpers.AfterFunc).
			"AfterFuncOnce": reflect.ValueOf(func(d time.Duration, f func()) *time.Timer {
				if h.AfterFunc != nil {
					return h.AfterFunc(d, f)
				}
				return time.AfterFunc(d, f)
			}),
			// A go statement at pos of a nil function value.
			"GoNil": reflect.ValueOf(func(pos string) {
				e := &FatalError{Msg: "go of nil func value", Pos: pos}
				if h.OnFatal != nil {
					// A program ends there, none of its deferred calls run.
					h.OnFatal(e.Pos, e.Error())
					h.OSExit(2)
				}
				panic(e)
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
					h.guarded.Add(1)
					defer h.guarded.Add(-1)
					defer loop.Detach()()
					returned := false
					defer func() {
						r := recover()
						if r == nil && !returned {
							// runtime.Goexit: a stack overflow's, or the code's own.
							if e := h.Safepoints.Overflowed(nil); e != nil {
								r = e
							}
						}
						if r != nil {
							h.OnPanic(pos, r)
							if h.PanicEnds {
								select {}
							}
						}
					}()
					f()
					returned = true
				}
			}),
			// loop.Await(loop.Sleep(d)) and loop.Async(fn).Named(name,
			// origin), each in one call (see rewriter.awaitSleep).
			// Each await carries its position (see where.go).
			"AwaitAt":    reflect.ValueOf(loop.AwaitAt),
			"AwaitSleep": reflect.ValueOf(func(pos string, d time.Duration) (any, error) { return loop.AwaitAt(pos, loop.Sleep(d)) }),
			// As statements, their error is dropped: the one that says the
			// call was made outside any task is said instead (and the sleep
			// not made, to be warned about as never awaited).
			"AwaitSleepStmt": reflect.ValueOf(func(pos string, d time.Duration) {
				if loop.CurrentTask() == nil {
					awaitOutside()
					return
				}
				if _, err := loop.AwaitAt(pos, loop.Sleep(d)); errors.Is(err, loop.ErrNoTask) {
					awaitOutside() // a detached goroutine while a task's step runs
				}
			}),
			// loop.Await(x) as a statement: the same call, without the
			// two results reflection would box for nobody.
			"AwaitStmt": reflect.ValueOf(func(pos string, aw loop.Awaitable) {
				if _, err := loop.AwaitAt(pos, aw); errors.Is(err, loop.ErrNoTask) {
					awaitOutside()
				}
			}),
			"Async": reflect.ValueOf(func(fn any, name, origin string) *loop.Coroutine {
				if err := loop.CheckFunc(fn); err != nil && !nilFunc(fn) {
					// Go's panic, placed at the call.
					panic(h.notePanic(origin, err, "", nil, false))
				}
				self := new(*loop.Coroutine)
				c := loop.Async(h.asyncFunc(fn, self)).Named(name, origin).StackHint(interpStack)
				*self = c
				return c
			}),
			// print and println, in the runtime's format (see lower_print.go).
			"Print":      reflect.ValueOf(func(args ...any) { h.print(args, false) }),
			"Println":    reflect.ValueOf(func(args ...any) { h.print(args, true) }),
			"PrintIface": reflect.ValueOf(func(v any) any { return printIface{v} }),
			"Raise":      reflect.ValueOf(h.raise),
			"Select":     reflect.ValueOf(h.Select),
			// unsafe's functions the interpreter lacks (see lower_unsafe.go).
			"UnsafeString":     reflect.ValueOf(unsafeString),
			"UnsafeStringData": reflect.ValueOf(unsafeStringData),
			"UnsafeSlice":      reflect.ValueOf(unsafeSlice),
			"UnsafeSliceData":  reflect.ValueOf(unsafeSliceData),
			"UnsafeAddr":       reflect.ValueOf(unsafeAddr),
			"UnsafeAdd":        reflect.ValueOf(unsafeAdd),
			"UnsafeSizeof":     reflect.ValueOf(unsafeSizeof),
			"UnsafeAlignof":    reflect.ValueOf(unsafeAlignof),
			"UnsafeOffsetof":   reflect.ValueOf(unsafeOffsetof),
			// Bounds checks in Go's words (see lower_bounds.go).
			"SameValue": reflect.ValueOf(func(a, b any) bool { return sameValue(a, b, h.TypeName) }),
			// The checks of map keys (see lower_mapkeyhash.go): whether
			// one cannot be hashed, the panic saying so, and the panic of
			// one of the type named name, which is never hashable.
			"Unhashable":    reflect.ValueOf(unhashable),
			"KeyPanic":      reflect.ValueOf(keyPanic),
			"UnhashableKey": reflect.ValueOf(unhashableKey),
			// == of structs and arrays holding interfaces, and
			// reflect.DeepEqual (see deepequal.go).
			"SameFields": reflect.ValueOf(func(a, b any) bool { return sameFields(a, b, h.TypeName) }),
			"DeepEqual":  reflect.ValueOf(deepEqual),
			// runtime.NumGoroutine without the shell's goroutines
			// (see lower_refuse.go).
			"NumGoroutine": reflect.ValueOf(func() int {
				if h.NumGoroutine != nil {
					return h.NumGoroutine()
				}
				return runtime.NumGoroutine()
			}),
			// Values of unnamed struct types, as Go builds them (see
			// goview.go).
			"ExportedXFields": reflect.ValueOf(ExportedXFields),
			"BoundsIndex":     reflect.ValueOf(boundsIndex),
			"BoundsIndexU":    reflect.ValueOf(boundsIndexU),
			"IndexError":      reflect.ValueOf(indexError),
			"IndexErrorU":     reflect.ValueOf(indexErrorU),
			"RangeContinued":  reflect.ValueOf(rangeContinued),
			"MakeLen":         reflect.ValueOf(makeLen),
			"MakeLenU":        reflect.ValueOf(makeLenU),
			"MakeCap":         reflect.ValueOf(makeCap),
			"MakeCapU":        reflect.ValueOf(makeCapU),
			"GrowLen":         reflect.ValueOf(growLen),
			"GrowLenU":        reflect.ValueOf(growLenU),
			"BoundsSlice":     reflect.ValueOf(boundsSlice),
			"BoundsSlice3":    reflect.ValueOf(boundsSlice3),
			"StringRange":     reflect.ValueOf(stringRange),
			"BoundsSliceU":    reflect.ValueOf(boundsSliceU),
			"BoundsSlice3U":   reflect.ValueOf(boundsSlice3U),
			"PanicAt":         reflect.ValueOf(func(pos string, v any) any { return h.notePanic(pos, v, "", nil, false) }),
			"DeferPanics":     reflect.ValueOf(func(fn string) *DeferredPanics { return &DeferredPanics{h: h, fn: fn} }),
			// A panic with a value of the program's type typ, which the
			// interpreter's value does not name, and its String method.
			"PanicAtShown":  reflect.ValueOf(func(pos, typ string, str func() string, v any) any { return h.notePanic(pos, v, typ, str, false) }),
			"PanicAtHeld":   reflect.ValueOf(h.panicAtHeld),
			"RecoveredHeld": reflect.ValueOf(h.recoveredHeld),
			"Block": reflect.ValueOf(func() {
				h.Mu.Lock()
				ch := h.Block
				h.Mu.Unlock()
				if ch != nil {
					<-ch
				}
			}),
		},
	}
	maps.Copy(ex[helperPath+"/session"], h.Safepoints.exports())
	maps.Copy(ex[helperPath+"/session"], h.cycleExports())
	maps.Copy(ex[helperPath+"/session"], fmtExports())
	maps.Copy(ex[helperPath+"/session"], slogExports())
	maps.Copy(ex[helperPath+"/session"], heldExports())
	maps.Copy(ex[helperPath+"/session"], jsonExports())
	maps.Copy(ex[helperPath+"/session"], jsonDecodeExports())
	maps.Copy(ex[helperPath+"/session"], h.methods.reflectExports())
	maps.Copy(ex[helperPath+"/session"], keyExports())
	maps.Copy(ex[helperPath+"/session"], xmlExports())
	maps.Copy(ex[helperPath+"/session"], errNamesExports())
	ex[helperPath+"/session"]["InstanceName"] = reflect.ValueOf(instanceName)
	maps.Copy(ex[helperPath+"/session"], h.selectExports())
	maps.Copy(ex[helperPath+"/session"], h.fmtLaterExports())
	maps.Copy(ex[helperPath+"/session"], h.reflectTypeExports())
	maps.Copy(ex[helperPath+"/session"], h.jsonBare.exports())
	ex[helperPath+"/session"]["StructTag"] = reflect.ValueOf(StructTag)
	ex[helperPath+"/session"]["UserStructField"] = reflect.ValueOf(UserStructField)
	// Embedded fields of the program's struct types (see reflectembed.go).
	ex[helperPath+"/session"]["FieldAnonymous"] = reflect.ValueOf(FieldAnonymous)
	ex[helperPath+"/session"]["TypeFieldByName"] = reflect.ValueOf(TypeFieldByName)
	ex[helperPath+"/session"]["ValueFieldByName"] = reflect.ValueOf(ValueFieldByName)
	ex[helperPath+"/session"]["ValueField"] = reflect.ValueOf(ValueField)
	ex[helperPath+"/session"]["VisibleFields"] = reflect.ValueOf(VisibleFields)
	// A key of a map keyed by any, as the bare value the interpreter's
	// interface value holds (see the front end's lower_mapanykeys.go).
	ex[helperPath+"/session"]["MapKey"] = reflect.ValueOf(unwrapHeld)
	return ex
}

// AlikeSuffix ends the name the front end's code gives a value of one of
// several types the interpreter holds alike (int or main.Age).
const AlikeSuffix = " (the interpreter holds them alike)"

// nilStringer is the String method of a nil pointer handed to fmt: as
// fmt does for the pointer, it prints <nil> where the method panics (it
// dereferences its nil receiver), and the pointer itself for a verb that
// calls no method (%d: 0).
type nilStringer func() string

func (f nilStringer) String() string { return f() }

func (f nilStringer) Format(s fmt.State, verb rune) {
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		text, ok := func() (text string, ok bool) {
			defer func() {
				if recover() != nil {
					ok = false
				}
			}()
			return f(), true
		}()
		if !ok {
			io.WriteString(s, "<nil>")
			return
		}
		fmt.Fprintf(s, fmt.FormatString(s, verb), text)
	default:
		fmt.Fprintf(s, fmt.FormatString(s, verb), (*struct{})(nil))
	}
}

// nilFormatter is the Format method of a nil pointer handed to fmt: as
// fmt does for the pointer, it writes <nil> where the method panics (it
// dereferences its nil receiver).
type nilFormatter func(fmt.State, rune)

func (f nilFormatter) Format(s fmt.State, verb rune) {
	defer func() {
		if recover() != nil {
			io.WriteString(s, "<nil>")
		}
	}()
	f(s, verb)
}

// stringerFunc is a String method as a compiled fmt.Stringer.
type stringerFunc func() string

func (f stringerFunc) String() string {
	defer func() {
		if r := recover(); r != nil {
			// In Go's words: a String promoted through a nil embedded
			// interface or pointer panicked in reflection's (fmt
			// prints the panic's value).
			panic(InGoWords(r, false))
		}
	}()
	return f()
}

// errorsAs is errors.As for a target of an interpreted type: match tries
// the interpreted type assertion on each error of err's chain (and on the
// value an interpreter's wrapper holds), which it walks as errors.As does
// (an error's own As method aside).
func errorsAs(err error, match func(any) bool) bool {
	return inChain(err, func(err error) bool {
		return match(err) || IsWrapper(err) && match(Wrapped(err))
	})
}

// inChain reports whether found holds for an error of err's chain, walked
// as errors.Is and errors.As walk it (Unwrap() error and Unwrap() []error).
func inChain(err error, found func(error) bool) bool {
	for err != nil {
		if found(err) {
			return true
		}
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			err = u.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				if inChain(e, found) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// nilValue reports whether v, or the value an interpreter's wrapper v
// holds, is a nil pointer, slice, map, func or channel.
func nilValue(v any) bool {
	rv := reflect.ValueOf(Wrapped(v))
	switch rv.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Func, reflect.Chan:
		return rv.IsNil()
	}
	return false
}

// IsWrapper reports whether v is an interpreter's interface wrapper (see
// Wrapped).
func IsWrapper(v any) bool {
	if IsIfaceWrapper(v) {
		return true
	}
	t := reflect.TypeOf(v)
	return t != nil && t.PkgPath() == "github.com/traefik/yaegi/interp" && t.Name() == "valueInterface"
}

// lostInWrapper reports whether v is a compiled interface's wrapper
// holding a value of the type of the field the interpreter keeps of a
// struct value like sample (see the front end's lower_errbox.go).
func lostInWrapper(v, sample any) bool {
	if !IsIfaceWrapper(v) {
		return false
	}
	held := reflect.TypeOf(Wrapped(v))
	st := reflect.TypeOf(Wrapped(sample))
	if held == nil || st == nil || st.Kind() != reflect.Struct {
		return false
	}
	if st.NumField() == 0 {
		return held == st
	}
	// The last field (or, where it is an interface, which may be nil, one
	// before it: the interpreter looks further).
	last := st.Field(st.NumField() - 1).Type
	return last == held || last.Kind() == reflect.Interface
}

// unboxedInterpreted reports whether v is a pointer to a value of a type
// the interpreter built (an unnamed struct type: no compiled type's, no
// box), whose methods compiled code does not see.
func unboxedInterpreted(v any) bool {
	t := reflect.TypeOf(v)
	return t != nil && t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct && t.Elem().Name() == ""
}

// IsIfaceWrapper reports whether v is the interpreter's wrapper of a
// compiled interface with methods (_io_Reader of the symbol tables): a
// struct holding an interpreted value in its field IValue, and a function
// per method. Only values of interpreted types are held so.
func IsIfaceWrapper(v any) bool {
	rv := reflect.ValueOf(v)
	return rv.Kind() == reflect.Struct && rv.FieldByName("IValue").IsValid()
}

// nilFunc reports whether fn is a nil function of a kind loop.Async takes,
// which Async accepts and the task's run reports.
func nilFunc(fn any) bool {
	v := reflect.ValueOf(fn)
	return v.Kind() == reflect.Func && v.IsNil() && v.Type().NumIn() == 0
}

// Wrapped returns the value an interpreter's interface wrapper holds (its
// IValue field: an interpreted value passed where compiled code takes an
// interface; nil for the interpreter's interface value holding nothing),
// or v itself.
func Wrapped(v any) any {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Struct {
		return v
	}
	if f := rv.FieldByName("IValue"); f.IsValid() && f.CanInterface() {
		return f.Interface()
	}
	// The interpreter's own interface value (interp.valueInterface, a
	// node and a reflect.Value, both unexported), as an interpreted value
	// held in an any reaches compiled code: the value it holds; nil where
	// it holds nothing (a nil interface of the program's converted to
	// any, which Go's any holds as nil).
	if inner, ok := heldValue(rv); ok {
		switch {
		case !inner.IsValid():
			return nil
		case inner.CanInterface():
			return inner.Interface()
		}
	}
	return v
}

// heldValue returns the value rv holds where rv is the interpreter's own
// interface value (interp.valueInterface): an invalid one where it holds
// nothing (the zero value of an interface type of the program's).
func heldValue(rv reflect.Value) (reflect.Value, bool) {
	t := rv.Type()
	if t.PkgPath() != "github.com/traefik/yaegi/interp" || t.Name() != "valueInterface" {
		return reflect.Value{}, false
	}
	cp := reflect.New(t).Elem()
	cp.Set(rv)
	f := cp.FieldByName("value")
	if !f.IsValid() || f.Type() != reflect.TypeFor[reflect.Value]() {
		return reflect.Value{}, false
	}
	return *(*reflect.Value)(unsafe.Pointer(f.UnsafeAddr())), true
}

// nilIface reports whether v is a nil interface value: nil, or the
// interpreter's own interface value holding nothing.
func nilIface(v any) bool {
	if v == nil {
		return true
	}
	inner, ok := heldValue(reflect.ValueOf(v))
	return ok && !inner.IsValid()
}

// sameError is a == b for errors that may be interpreted values wrapped by
// the interpreter (the wrappers hold funcs, which == cannot compare): the
// values held are compared. comparable is false when they are of one type
// that == cannot compare.
func sameError(a, b error) (same, comparable bool) {
	ba, okA := asBox(a)
	bb, okB := asBox(b)
	switch {
	case okA && okB:
		if ba.name != bb.name {
			return false, true
		}
		if t := reflect.TypeOf(ba.v); t != nil && !t.Comparable() {
			return false, false
		}
		return equalHeld(ba.v, bb.v), true
	case okA || okB:
		return false, true
	}
	va, vb := Wrapped(a), Wrapped(b)
	ta, tb := reflect.TypeOf(va), reflect.TypeOf(vb)
	switch {
	case ta != tb:
		return false, true
	case ta == nil:
		return true, true
	case !ta.Comparable():
		return false, false
	}
	return equalHeld(va, vb), true
}

// equalHeld is a == b for two values of one comparable type: a struct or
// an array field by field, where an interface in it holds the shell's box
// of an error or the interpreter's wrapper of a compiled interface, which
// == compares as values of their own (an error of the program's in an
// error field: false, as each conversion boxes it anew; a Stringer's
// wrapper: a panic on its funcs). They are compared by the values they
// hold; any other interface as == does (the interpreter's own interface
// value tells a Lvl from an int).
func equalHeld(a, b any) bool {
	t := reflect.TypeOf(a)
	if t == nil || t.Kind() != reflect.Struct && t.Kind() != reflect.Array {
		return a == b
	}
	addressable := func(x any) reflect.Value {
		v := reflect.New(t).Elem()
		v.Set(reflect.ValueOf(x))
		return v
	}
	return equalHeldValues(addressable(a), addressable(b))
}

// interpHeld returns the type name and the value of v, an interface's
// value: what the interpreter's own interface value holds, or v.
func interpHeld(v any) (string, any) {
	t := reflect.TypeOf(v)
	if !isInterpIface(t) || t.Kind() != reflect.Struct {
		return typeText(t), v
	}
	rv := reflect.New(t).Elem()
	rv.Set(reflect.ValueOf(v))
	inner, _ := heldValue(rv)
	if !inner.IsValid() || !inner.CanInterface() {
		return "", nil
	}
	if name := heldRawName(v); name != "" {
		return name, inner.Interface()
	}
	return typeText(inner.Type()), inner.Interface()
}

func equalHeldValues(a, b reflect.Value) bool {
	switch a.Kind() {
	case reflect.Struct:
		for i := range a.NumField() {
			if a.Type().Field(i).Name != "_" && !equalHeldValues(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Array:
		for i := range a.Len() {
			if !equalHeldValues(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Interface:
		a, b = readable(a), readable(b)
		if a.IsNil() || b.IsNil() {
			return a.IsNil() && b.IsNil()
		}
		x, y := a.Elem().Interface(), b.Elem().Interface()
		if bx, ok := asBox(x); ok {
			by, ok := asBox(y)
			return ok && bx.name == by.name && equalHeld(bx.v, by.v)
		}
		if IsIfaceWrapper(x) && IsIfaceWrapper(y) {
			return equalHeld(Wrapped(x), Wrapped(y))
		}
		// The interpreter's own interface value: by the type it names
		// and the value it holds (== would compare its node too).
		nx, ix := interpHeld(x)
		ny, iy := interpHeld(y)
		if nx != ny {
			return false
		}
		if ix == nil || iy == nil {
			return ix == nil && iy == nil
		}
		if t := reflect.TypeOf(ix); t != reflect.TypeOf(iy) || !t.Comparable() {
			if t == reflect.TypeOf(iy) {
				panic(&RuntimeError{msg: "runtime error: comparing uncomparable type " + nx})
			}
			return false
		}
		return equalHeld(ix, iy)
	}
	if eq, ok := equalScalars(a, b); ok {
		return eq
	}
	return readable(a).Equal(readable(b))
}

// errorsIs is errors.Is for errors that may be interpreted values wrapped
// by the interpreter (see sameError).
func errorsIs(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return inChain(err, func(err error) bool {
		if same, _ := sameError(err, target); same {
			return true
		}
		x, ok := err.(interface{ Is(error) bool })
		return ok && x.Is(target)
	})
}

// asyncFunc is what loop.Async gets for fn: fn wrapped by coroutine, or fn
// itself when it is no coroutine function, for loop.Async to reject.
func (h *Helpers) asyncFunc(fn any, self **loop.Coroutine) any {
	if loop.CheckFunc(fn) != nil {
		return fn
	}
	return h.coroutine(fn, self)
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

// PanicTrace collects the "pos: panic" lines yaegi writes to its standard
// error while a panic unwinds interpreted frames (one line per write), and
// passes everything else through to w.
type PanicTrace struct {
	mu    sync.Mutex
	Out   io.Writer
	lines []string
	funcs []string // the function of each line, as the interpreter names it ("main.h")
}

var traceLine = regexp.MustCompile(`^(.*?\S+:\d+:\d+): panic(: .*)?\n?$`)

// recoveredMark is written to the interpreter's standard error, after the
// trace lines of a panic, when interpreted code recovers it: the lines so
// far belong to a panic that is over, and are dropped (a later panic was
// reported at the recovered one's position).
const recoveredMark = "\x00asyncrepl-recovered\x00\n"

// frameMark starts a line written to the interpreter's standard error
// that adds a frame to a panic's trace: the position in the user's text
// and the function, as the interpreter names it, separated by a NUL (see
// DeferredPanics.Raise).
const frameMark = "\x00asyncrepl-frame\x00"

func (p *PanicTrace) Write(b []byte) (int, error) {
	if string(b) == recoveredMark {
		p.mu.Lock()
		p.lines, p.funcs = nil, nil
		p.mu.Unlock()
		return len(b), nil
	}
	if frame, ok := strings.CutPrefix(string(b), frameMark); ok {
		pos, fn, _ := strings.Cut(strings.TrimSuffix(frame, "\n"), "\x00")
		p.mu.Lock()
		p.lines = append(p.lines, pos)
		p.funcs = append(p.funcs, fn)
		p.mu.Unlock()
		return len(b), nil
	}
	if m := traceLine.FindSubmatch(b); m != nil {
		// What print wrote without a newline comes through the same pipe
		// glued to the line ("123/x/f.go:3:4: panic"): it is passed on.
		i := traceStart(string(m[1]))
		if i < 0 || strings.ContainsAny(string(m[1][i:]), " \t\n") {
			// Not a trace line: text of the program's.
			if _, err := io.WriteString(p.Out, gosrc.DecodePositions(string(b))); err != nil {
				return 0, err
			}
			return len(b), nil
		}
		if i > 0 {
			if _, err := io.WriteString(p.Out, gosrc.DecodePositions(string(b[:i]))); err != nil {
				return 0, err
			}
			b, m[1] = b[i:], m[1][i:]
		}
		// Positions in the code the front end wraps around input (no
		// line directive) mean nothing to the user.
		if pos := gosrc.DecodePositions(string(m[1])); !strings.HasPrefix(pos, gosrc.InputFile+":") {
			p.mu.Lock()
			p.lines = append(p.lines, pos)
			p.funcs = append(p.funcs, strings.TrimSuffix(strings.TrimPrefix(string(m[2]), ": "), "(...)"))
			p.mu.Unlock()
		}
		return len(b), nil
	}
	if _, err := io.WriteString(p.Out, gosrc.DecodePositions(string(b))); err != nil {
		return 0, err
	}
	return len(b), nil
}

// traceStart returns where the file of a trace line's position pos starts
// (after text print wrote without a newline): where a file the session
// knows starts, else 0 when pos has no space, else -1.
func traceStart(pos string) int {
	start := -1
	find := func(file string) {
		if i := strings.LastIndex(pos, file+":"); i >= 0 && (start < 0 || i < start) {
			start = i
		}
	}
	find(gosrc.InputFile)
	gosrc.ShownPaths.Range(func(abs, _ any) bool {
		find(abs.(string))
		return true
	})
	if start < 0 && !strings.ContainsAny(pos, " \t") {
		return 0
	}
	return start
}

// Take returns the trace lines collected since the last call, innermost
// first, without repeats.
func (p *PanicTrace) Take() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []string
	for _, l := range p.lines {
		if len(out) == 0 || out[len(out)-1] != l {
			out = append(out, l)
		}
	}
	p.lines, p.funcs = nil, nil
	return out
}

// errMethodsFunc finds the errors package's methods of an error of the
// program's types (the value the interpreter's wrapper holds): Is,
// Unwrap() error, Unwrap() []error, As, each nil when it has none (see
// lower_errors.go).
type errMethodsFunc = func(any) (func(error) bool, func() error, func() []error, func(any) bool)

// programMethods returns the methods m finds for err, when err is a value
// of the program's (an interpreter's wrapper).
func programMethods(err error, m errMethodsFunc) (is func(error) bool, unwrap func() error, unwrapAll func() []error, as func(any) bool) {
	if b, ok := asBox(err); ok && m != nil {
		return m(b)
	}
	switch err.(type) {
	case typedNil, typedNilStringerError:
		// A nil pointer of the program's: m calls its methods on it.
		if m != nil {
			return m(err)
		}
	}
	if m == nil || !IsWrapper(err) {
		return nil, nil, nil, nil
	}
	return m(Wrapped(err))
}

// inChainWith is inChain with the program's Unwrap methods.
func inChainWith(err error, m errMethodsFunc, found func(error) bool) bool {
	for err != nil {
		if found(err) {
			return true
		}
		_, unwrap, unwrapAll, _ := programMethods(err, m)
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			err = u.Unwrap()
		case interface{ Unwrap() []error }:
			unwrapAll = u.Unwrap
		default:
			if unwrap == nil && unwrapAll == nil {
				return false
			}
			if unwrap != nil {
				err = unwrap()
				continue
			}
		}
		if unwrapAll != nil {
			for _, e := range unwrapAll() {
				if inChainWith(e, m, found) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// errorsIsWith is errors.Is with the program's methods m.
func errorsIsWith(err, target error, m errMethodsFunc) bool {
	if err == nil || target == nil {
		return err == target
	}
	return inChainWith(err, m, func(err error) bool {
		if same, _ := sameError(err, target); same {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		is, _, _, _ := programMethods(err, m)
		return is != nil && is(target)
	})
}

// errorsAsWith is errors.As with the program's methods m: match (nil for a
// target of a compiled type) tries the interpreted assertion. A compiled
// target is tried at every link of the chain: past an error of the
// program's (whose Unwrap the errors package cannot call) the chain may go
// on with compiled errors (a *strconv.NumError a program's type wraps).
func errorsAsWith(err error, target any, match func(any) bool, m errMethodsFunc) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	if t := reflect.ValueOf(target); t.Kind() != reflect.Pointer || t.IsNil() {
		// (The match would store through it: a panic in reflection's
		// words.)
		panic("errors: target must be a non-nil pointer")
	}
	defer func() {
		// A compiled error in the chain with the methods of the
		// program's interface target points to: said in errors.As's
		// terms, with what works instead.
		if r := recover(); r != nil {
			if e, ok := r.(*RuntimeError); ok && e.notIface != nil {
				n := e.notIface
				way := fmt.Sprintf("ask errors.As for the compiled type (var e %s) or for an interface of a compiled package", n.typ)
				base := n.typ
				for base.Kind() == reflect.Pointer {
					base = base.Elem()
				}
				if name := base.Name(); name == "" || !token.IsExported(name) {
					way = "ask errors.As for an interface of a compiled package that it implements"
					if n.typ.Implements(reflect.TypeFor[runtime.Error]()) {
						way += " (var e runtime.Error)"
					}
				}
				if n.typ.Implements(reflect.TypeFor[interface{ Unwrap() []error }]()) {
					way = joinedWay
				}
				panic(refused(&RuntimeError{msg: fmt.Sprintf("repl: errors.As found in the chain %s, which is %s, but the interpreter cannot hold a value of a compiled type as an interface the program declares; %s", withArticle(n.typ.String()), withArticle(n.iface), way)}))
			}
			panic(r)
		}
	}()
	return inChainWith(err, m, func(err error) bool {
		if match == nil && errors.As(err, target) {
			return true
		}
		if match != nil && (match(err) || IsWrapper(err) && match(Wrapped(err))) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		_, _, _, as := programMethods(err, m)
		return as != nil && as(target)
	})
}

// withArticle is name after "a" or "an", as it reads.
func withArticle(name string) string {
	if name != "" && strings.ContainsRune("aeiouAEIOU", rune(name[0])) {
		return "an " + name
	}
	return "a " + name
}

// unwrapError is errors.Unwrap with the program's methods m.
func unwrapError(err error, m errMethodsFunc) error {
	if u, ok := err.(interface{ Unwrap() error }); ok {
		return u.Unwrap()
	}
	if _, unwrap, _, _ := programMethods(err, m); unwrap != nil {
		return unwrap()
	}
	return nil
}

// joinedWay is the way around an errors.Join result (a TaskGroup's error)
// asserted to an interface of its Unwrap the program declares.
const joinedWay = "errors.Is and errors.As test each of the errors it joins, and a loop.TaskGroup's Errors method gives them as a slice"

// notInterface panics when x is a value of a compiled type with all the
// methods of the program's interface iface (each "Name func(...) ...",
// its signature as reflection writes it): the interpreter cannot hold one
// as such an interface, and would answer that it is not one.
func notInterface(x any, iface string, methods ...string) {
	t := reflect.TypeOf(x)
	if t == nil || t.NumMethod() == 0 || IsWrapper(x) {
		return
	}
	for _, m := range methods {
		name, sig, _ := strings.Cut(m, " ")
		method, ok := t.MethodByName(name)
		if !ok || sig != "" && methodSig(method.Type) != sig {
			return
		}
	}
	way := "assign the value to a variable of the interface where its own type is known (var v " + iface + " = x), or assert to its own type"
	if len(methods) == 1 && methods[0] == "Unwrap func() error" {
		way = "for an error's Unwrap, call errors.Unwrap(err) (nil where there is none), or errors.Is/As, which follow the chain"
	}
	if slices.Contains(methods, "Unwrap func() []error") {
		way = joinedWay
	}
	panic(refused(&RuntimeError{msg: fmt.Sprintf("repl: a value of the compiled type %s as the interface %s: the interpreter cannot hold one as an interface the program declares; %s", t, iface, way), notIface: &notIface{t, iface}}))
}

// methodSig writes ft, a method's type with its receiver first, as
// reflection writes the method's signature without it.
func methodSig(ft reflect.Type) string {
	in := make([]reflect.Type, 0, ft.NumIn())
	for i := 1; i < ft.NumIn(); i++ {
		in = append(in, ft.In(i))
	}
	out := make([]reflect.Type, 0, ft.NumOut())
	for i := range ft.NumOut() {
		out = append(out, ft.Out(i))
	}
	return reflect.FuncOf(in, out, ft.IsVariadic()).String()
}

// notIface is what notInterface's panic was about: a value of the
// compiled type typ that has the methods of the program's interface
// iface.
type notIface struct {
	typ   reflect.Type
	iface string
}

// assertionError is the run-time error of a failed assertion of x, of the
// dynamic type named typ, to the program's interface iface.
func assertionError(x any, typ, iface string, methods ...string) error {
	if x == nil {
		return &RuntimeError{msg: "interface conversion: interface is nil, not " + iface}
	}
	notInterface(x, iface, methods...)
	missing := methods[0]
	if t := reflect.TypeOf(x); t != nil && t.NumMethod() > 0 && !IsWrapper(x) {
		for _, m := range methods {
			if _, ok := t.MethodByName(m); !ok {
				missing = m
				break
			}
		}
	}
	return &RuntimeError{msg: fmt.Sprintf("interface conversion: %s is not %s: missing method %s", typ, iface, missing)}
}

// A typedNil is a nil value of the program's type named name held as
// error (see lower_typednil.go): not nil, equal to another of the same
// type.
type typedNil struct{ name string }

// typedNilErrors holds, by type name, the Error method of a typed nil:
// the last one made's, as a type of the name declared after :reset (or in
// another program the process runs) has its own.
var typedNilErrors sync.Map

// newTypedNil returns the typed nil of the type name, whose Error method
// is errorFn.
func newTypedNil(name string, errorFn func() string) error {
	typedNilErrors.Store(name, errorFn)
	return typedNil{name}
}

// Error calls the type's Error method with the nil receiver. When fmt
// called it and it panicked, it says <nil>, as fmt does for a nil
// pointer whose method panics.
func (e typedNil) Error() (s string) {
	f, _ := typedNilErrors.Load(e.name)
	errorFn, _ := f.(func() string)
	if errorFn == nil {
		return "<nil>"
	}
	defer func() {
		if r := recover(); r != nil {
			if calledByFmt() {
				s = "<nil>"
				return
			}
			panic(r)
		}
	}()
	return errorFn()
}

// A typedNilStringer is a nil value of the program's type named name held
// as fmt.Stringer (see lower_typednil.go): not nil, equal to another of
// the same type.
type typedNilStringer struct{ name string }

// typedNilStrings holds, by type name, the String method of a typed nil
// (the last one made's, as typedNilErrors).
var typedNilStrings sync.Map

// newTypedNilStringer returns the typed nil of the type name, whose String
// method is stringFn.
func newTypedNilStringer(name string, stringFn func() string) fmt.Stringer {
	typedNilStrings.Store(name, stringFn)
	return typedNilStringer{name}
}

// String calls the type's String method with the nil receiver; called by
// fmt, a panic of it says <nil> (see typedNil.Error).
func (s typedNilStringer) String() (str string) {
	f, _ := typedNilStrings.Load(s.name)
	stringFn, _ := f.(func() string)
	if stringFn == nil {
		return "<nil>"
	}
	defer func() {
		if r := recover(); r != nil {
			if calledByFmt() {
				str = "<nil>"
				return
			}
			panic(r)
		}
	}()
	return stringFn()
}

// A typedNilStringerError is a typedNilStringer of a type that has an
// Error method too, which fmt calls before String, as on the nil pointer
// itself.
type typedNilStringerError struct{ name string }

// newTypedNilStringerError returns the typed nil of the type name, whose
// String and Error methods are stringFn and errorFn.
func newTypedNilStringerError(name string, stringFn, errorFn func() string) fmt.Stringer {
	typedNilStrings.Store(name, stringFn)
	typedNilErrors.Store(name, errorFn)
	return typedNilStringerError{name}
}

func (s typedNilStringerError) String() string { return typedNilStringer(s).String() }

func (s typedNilStringerError) Error() string { return typedNil(s).Error() }

// calledByFmt reports whether package fmt is among the callers.
func calledByFmt() bool {
	pcs := make([]uintptr, 32)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(3, pcs)])
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "fmt.") {
			return true
		}
		if !more {
			return false
		}
	}
}

// A boxedError is a value of the program's error type name held as error
// (see lower_errbox.go): v is the value as the interpreter hands it to
// compiled code, errorFn its Error method.
type boxedError struct {
	v       any
	name    string
	errorFn func() string
	// The value's Format and GoString methods, where a variant of the box
	// has them (boxErrorFmt).
	goString func() string
	format   func(fmt.State, rune)
}

func (b *boxedError) Error() string { return b.errorFn() }

// The boxes of values whose types have the methods fmt calls before
// Error: Format, and GoString for %#v (fmt finds them on the dynamic
// value, as on the value Go would hold).
type (
	boxedErrorFormat         struct{ *boxedError }
	boxedErrorGoString       struct{ *boxedError }
	boxedErrorFormatGoString struct{ *boxedError }
)

func (b boxedErrorFormat) Format(f fmt.State, verb rune)         { b.format(f, verb) }
func (b boxedErrorGoString) GoString() string                    { return b.goString() }
func (b boxedErrorFormatGoString) Format(f fmt.State, verb rune) { b.format(f, verb) }
func (b boxedErrorFormatGoString) GoString() string              { return b.goString() }

// boxErrorFmt boxes v as BoxError does, keeping its Format and GoString
// methods (either may be nil).
func boxErrorFmt(v any, name string, errorFn, goString func() string, format func(fmt.State, rune)) error {
	b := &boxedError{v: v, name: name, errorFn: errorFn, goString: goString, format: format}
	switch {
	case format != nil && goString != nil:
		return boxedErrorFormatGoString{b}
	case format != nil:
		return boxedErrorFormat{b}
	case goString != nil:
		return boxedErrorGoString{b}
	}
	return b
}

// asBox returns the box x is, if it is one.
func asBox(x any) (*boxedError, bool) {
	switch b := x.(type) {
	case *boxedError:
		return b, true
	case boxedErrorFormat:
		return b.boxedError, true
	case boxedErrorGoString:
		return b.boxedError, true
	case boxedErrorFormatGoString:
		return b.boxedError, true
	}
	return nil, false
}

// unknowable panics when x is a value the interpreter's wrapper holds that
// may be a value of a type of the program's held as error without a box
// (see lower_errbox.go): it cannot tell whether it is one of typ.
func unknowable(x any, typ string) {
	if !IsWrapper(x) {
		return
	}
	if !IsIfaceWrapper(x) {
		// The interpreter's own interface value (an any holding a value
		// of the program's with methods): it holds the value as itself,
		// with its type, and the assertion tells. Only a wrapper of error
		// in it may have lost the value.
		if x = Wrapped(x); !IsIfaceWrapper(x) {
			return
		}
	}
	switch reflect.ValueOf(Wrapped(x)).Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Chan, reflect.Func, reflect.Interface:
		return
	}
	panic(refused(&RuntimeError{msg: fmt.Sprintf("repl: cannot tell whether this error is a %s: the interpreter held a value of the program's as error where the session could not see it (a composite literal's element, a channel send); convert it to error in a return, assignment or call instead", typ)}))
}

// IsTypedNil reports whether v is a nil pointer of the program's type
// held as error or fmt.Stringer (a typed nil, see lower_typednil.go).
func IsTypedNil(v any) bool {
	switch v.(type) {
	case typedNil, typedNilStringer, typedNilStringerError:
		return true
	}
	return false
}

// HeldErrorName names the type of the program's value a box or a typed nil
// holds ("" when v is neither).
func HeldErrorName(v any) string {
	switch v := v.(type) {
	case typedNil:
		return v.name
	case typedNilStringer:
		return v.name
	case typedNilStringerError:
		return v.name
	}
	if b, ok := asBox(v); ok {
		return b.name
	}
	if _, ok := joinedErrors(v); ok {
		return joinErrorName
	}
	return ""
}

// wrapperIface names the compiled interface of the interpreter's wrapper
// v as Go does: _fmt_Stringer is fmt.Stringer, _encoding_json_Marshaler
// json.Marshaler.
func wrapperIface(v any) string {
	parts := strings.Split(strings.TrimPrefix(reflect.TypeOf(v).Name(), "_"), "_")
	if len(parts) < 2 {
		return reflect.TypeOf(v).Name()
	}
	return parts[len(parts)-2] + "." + parts[len(parts)-1]
}

// nilLogValuer is a nil pointer of the program's with a LogValue method,
// for log/slog: f calls the method (see NilLogValuer).
type nilLogValuer func() any

func (f nilLogValuer) LogValue() slog.Value { return f().(slog.Value) }

// concreteAssertionError is the run-time error of a failed x.(T) at pos,
// of x's dynamic type typ, static type static and T target.
func concreteAssertionError(pos, typ, static, target string) *RuntimeError {
	return &RuntimeError{msg: fmt.Sprintf("interface conversion: %s is %s, not %s", static, typ, target), kind: panicAssert, Pos: pos}
}

// typeVerb is the name %T writes of a value, told at run time: a name of
// twins (AlikeSuffix) is no type's name.
func typeVerb(pos, name string) string {
	if names, ok := strings.CutSuffix(name, AlikeSuffix); ok {
		panic(refused(&RuntimeError{Pos: pos, msg: fmt.Sprintf("repl: %%T of a value of type %s: the interpreter holds them alike, so the shell cannot tell which type it is; print the type where its static type is known, or give the types shapes of their own", names)}))
	}
	return name
}
