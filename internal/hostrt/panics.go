package hostrt

import (
	"fmt"
	"reflect"
	"regexp"
	"runtime/debug"
	"strings"
	"sync/atomic"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
	"github.com/asyncrepl/asyncrepl/loop"
)

// Run-time panics in Go's words. The interpreter runs interpreted code's
// indexing, slicing and the like through reflection, whose panics are
// strings in reflection's words ("reflect: slice index out of range"),
// not Go's runtime.Error ("runtime error: index out of range [3] with
// length 0"). The session translates them wherever they surface: what
// recover() returns, an input's panic report, a task's error, a
// callback's or goroutine's panic. Reflection does not say the index or
// the length, so the message is Go's without them.

// RuntimeError is a run-time panic of interpreted code as Go's runtime
// raises it: recover() in interpreted code sees a runtime.Error.
type RuntimeError struct {
	msg      string
	kind     panicKind
	Pos      string    // where, when the interpreter said (a type assertion)
	notIface *notIface // what notInterface panicked about
}

func (e *RuntimeError) Error() string { return e.msg }

// RuntimeError marks the error as a runtime.Error.
func (e *RuntimeError) RuntimeError() {}

// lastRefusal is the refusal at run time made last that no report of the
// shell's has taken (TakeRefusal): one that compiled code's recover caught
// (a task's, fmt's around a String method, a template's) is still
// reported, where the input or the program ends.
var lastRefusal atomic.Pointer[RuntimeError]

// refused records e, a refusal at run time, as the last (see lastRefusal).
func refused(e *RuntimeError) *RuntimeError {
	lastRefusal.Store(e)
	return e
}

// TakeRefusal returns the refusal at run time made last that no report
// took, and forgets it; nil if there is none.
func TakeRefusal() *RuntimeError { return lastRefusal.Swap(nil) }

// ReportedRefusal says that the shell reports v, a panic's value: a
// refusal at run time reported so is not reported again (TakeRefusal).
func ReportedRefusal(v any) {
	if e, ok := PanicValue(v).(*RuntimeError); ok {
		lastRefusal.CompareAndSwap(e, nil)
	}
}

// CaughtText is the report of e, a refusal at run time that compiled
// code's recover caught.
func (e *RuntimeError) CaughtText() string {
	return "panic: " + e.msg + "\n\t(the panic was recovered by compiled code: a task's body, fmt's call of a String or Error method, a template; the program went on where Go's would have given another answer)"
}

// Refusal reports whether the error is the shell's refusal, at run time,
// of what it cannot run as Go would (its message starts "repl: "), which no
// recover stops (see Helpers.Recovered).
func (e *RuntimeError) Refusal() bool { return strings.HasPrefix(e.msg, "repl: ") }

// panicKind is what kind of operation raised a run-time panic, for
// finding its line (see panicSite).
type panicKind int

const (
	panicOther panicKind = iota
	panicIndex
	panicSlice
	panicNilMap
	panicNilDeref
	panicNilCall
	panicMake
	panicDivide
	panicAssert
	panicClose
	panicSend
)

// reflectWords maps reflection's panics, as the interpreter raises them,
// to Go's messages.
var reflectWords = map[string]*RuntimeError{
	"reflect: slice index out of range":                           {msg: "runtime error: index out of range", kind: panicIndex},
	"reflect: array index out of range":                           {msg: "runtime error: index out of range", kind: panicIndex},
	"reflect: string index out of range":                          {msg: "runtime error: index out of range", kind: panicIndex},
	"reflect.Value.Slice: slice index out of bounds":              {msg: "runtime error: slice bounds out of range", kind: panicSlice},
	"reflect.Value.Slice3: slice index out of bounds":             {msg: "runtime error: slice bounds out of range", kind: panicSlice},
	"reflect.Value.Slice: string slice index out of bounds":       {msg: "runtime error: slice bounds out of range", kind: panicSlice},
	"reflect.MakeSlice: negative len":                             {msg: "runtime error: makeslice: len out of range", kind: panicMake},
	"reflect.MakeSlice: negative cap":                             {msg: "runtime error: makeslice: cap out of range", kind: panicMake},
	"reflect.MakeSlice: len > cap":                                {msg: "runtime error: makeslice: cap out of range", kind: panicMake},
	"reflect: Method on nil interface value":                      {msg: nilDeref, kind: panicNilDeref},
	"reflect: indirection through nil pointer to embedded struct": {msg: nilDeref, kind: panicNilDeref},
	"reflect.Value.Call: call of nil function":                    {msg: nilDeref, kind: panicNilCall},
	"reflect.MakeChan: negative buffer size":                      {msg: "makechan: size out of range", kind: panicMake},
}

// sliceToArray matches reflection's panic for a conversion of a slice to
// an array, or a pointer to one, longer than the slice: Go's message
// says the lengths too.
var sliceToArray = regexp.MustCompile(`^reflect: cannot convert slice with length (\d+) to (?:pointer to )?array with length (\d+)$`)

const nilDeref = "runtime error: invalid memory address or nil pointer dereference"

// assertWords matches the interpreter's failed type assertion, at its
// position: Go's message follows it.
var assertWords = regexp.MustCompile(`^\S+:\d+:\d+: (interface conversion: .*)$`)

// concreteAssert matches the interpreter's message of a failed assertion
// to a type that is not an interface (v.(T), T a type parameter), which
// names no missing method.
var concreteAssert = regexp.MustCompile(`^interface conversion: (\S+) is not (\S+): missing method $`)

// structTagName matches the tag key naming a struct type of the program
// in the text of the interpreter's type (see structtag.go): the name, then
// what tells two apart.
var structTagName = regexp.MustCompile(`^struct \{ X?\w+ [^"]*"(?:[^"\\]|\\.)*` + StructTagKey + `:\\"-?\^?([A-Za-z_]\w*)[@ \\]`)

// taggedText is typ, the text of a type in a message of reflection's or
// the runtime's, with Go's name of a struct type of the program's (a
// generic type's instance keeps the interpreter's text).
func taggedText(typ string) string {
	if m := structTagName.FindStringSubmatch(typ); m != nil {
		return "main." + m[1]
	}
	return typ
}

// goRuntimeKinds are the kinds of Go's own run-time errors the
// interpreter lets through, by message.
var goRuntimeKinds = map[string]panicKind{
	"assignment to entry in nil map":           panicNilMap,
	"runtime error: integer divide by zero":    panicDivide,
	"runtime error: integer overflow":          panicDivide,
	"close of nil channel":                     panicClose,
	"close of closed channel":                  panicClose,
	"send on closed channel":                   panicSend,
	"runtime error: index out of range":        panicIndex,
	"runtime error: slice bounds out of range": panicSlice,
}

// InGoWords returns the panic value v as Go would have raised it: a
// *RuntimeError for reflection's words, else v itself. An explicit
// panic(v) of the user's is left alone, whatever it says (explicit).
func InGoWords(v any, explicit bool) any {
	v = PanicValue(v)
	if explicit {
		return v
	}
	switch x := v.(type) {
	case string:
		if e, ok := reflectWords[x]; ok {
			return e
		}
		if m := sliceToArray.FindStringSubmatch(x); m != nil {
			return &RuntimeError{msg: "runtime error: cannot convert slice with length " + m[1] + " to array or pointer to array with length " + m[2], kind: panicOther}
		}
	case *reflect.ValueError:
		// p.X with p a nil pointer: Field of the zero Value Elem gave.
		if x.Kind == reflect.Invalid && (x.Method == "reflect.Value.Field" || x.Method == "reflect.Value.FieldByIndex") {
			return &RuntimeError{msg: nilDeref, kind: panicNilDeref}
		}
	case error:
		if _, isRT := x.(*RuntimeError); isRT {
			return v
		}
		if t, ok := strings.CutPrefix(x.Error(), "hash of unhashable type: "); ok {
			// Reflection's map of an interface key (internal/runtime/maps),
			// where Go's own map says it as alg.go does.
			return &RuntimeError{msg: "runtime error: hash of unhashable type " + taggedText(t)}
		}
		if t, ok := strings.CutPrefix(x.Error(), "runtime error: hash of unhashable type "); ok && taggedText(t) != t {
			// Go's own map (of a map that holds entries), naming the
			// interpreter's struct for a type of the program's.
			return &RuntimeError{msg: "runtime error: hash of unhashable type " + taggedText(t)}
		}
		if m := assertWords.FindStringSubmatch(x.Error()); m != nil && strings.HasSuffix(reflect.TypeOf(x).String(), "interp.cfgError") {
			pos, _, _ := strings.Cut(gosrc.DecodePositions(x.Error()), ": interface conversion: ")
			msg := m[1]
			if n := concreteAssert.FindStringSubmatch(msg); n != nil {
				// To a concrete type (a type parameter's), where the
				// interpreter wrote an interface's message with no
				// method: the operand's static type is an any there.
				msg = "interface conversion: interface {} is " + n[1] + ", not " + n[2]
			}
			return &RuntimeError{msg: msg, kind: panicAssert, Pos: pos}
		}
	}
	return v
}

// KindOf returns the kind of a panic value in Go's words.
func KindOf(v any) panicKind {
	switch x := v.(type) {
	case *RuntimeError:
		return x.kind
	case error:
		msg := x.Error()
		for prefix, k := range goRuntimeKinds {
			if strings.HasPrefix(msg, prefix) {
				return k
			}
		}
	}
	return panicOther
}

// PanicValue returns v, a recovered value or the value of an interpreter's
// panic, as the program panicked with it: yaegi v0.16.1 hands an explicit
// panic's value over wrapped in a reflect.Value.
func PanicValue(v any) any {
	if rv, ok := v.(reflect.Value); ok && rv.IsValid() && rv.CanInterface() {
		return rv.Interface()
	}
	return v
}

// isExplicit reports whether v is the value of the last explicit panic
// call (see helpers.PanicAt), without forgetting it.
func (h *Helpers) isExplicit(v any) bool {
	h.Mu.Lock()
	last := h.panicVal
	h.Mu.Unlock()
	v = PanicValue(v)
	if IsWrapper(v) && IsWrapper(last) {
		// The interpreter's wrappers hold funcs: their values compare.
		v, last = Wrapped(v), Wrapped(last)
	}
	return samePanic(v, last)
}

// PanicInGoWords returns v, a panic's value of interpreted code, in Go's
// words (see InGoWords): for the loop to report the panic of a callback or
// an executor's function (loop.SetPanicValue). The value of a panic call
// with a String method the interpreter's value lacks (panic(Num(3)))
// goes as a *loop.PanicError saying it (its Text), which the loop keeps.
func (h *Helpers) PanicInGoWords(v any) any {
	h.Mu.Lock()
	last, str := h.panicVal, h.panicStr
	h.Mu.Unlock()
	if str != nil && samePanic(PanicValue(v), last) {
		return &loop.PanicError{Value: PanicValue(v), Stack: debug.Stack(), Text: shownPanic(v, str)}
	}
	return InGoWords(v, h.isExplicit(v))
}

// Translated returns the panic error pe in Go's words (pe itself when
// there is nothing to translate).
func (h *Helpers) Translated(pe *loop.PanicError) *loop.PanicError {
	v := InGoWords(pe.Value, h.isExplicit(pe.Value))
	if rt, ok := v.(*RuntimeError); ok && pe.Value != any(rt) {
		return &loop.PanicError{Value: rt, Stack: pe.Stack}
	}
	return pe
}

// A TraceFrame is a frame of interpreted code a panic unwound, as the
// interpreter reports it: the position of its function's first statement
// (it does not say which statement panicked) and the function's name.
type TraceFrame struct {
	Pos  string
	Name string
}

// TakeFrames returns the frames collected since the last take, innermost
// first, without repeats.
func (p *PanicTrace) TakeFrames() []TraceFrame {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []TraceFrame
	for i, l := range p.lines {
		if len(out) > 0 && out[len(out)-1].Pos == l {
			continue
		}
		name := ""
		if i < len(p.funcs) {
			name = p.funcs[i]
		}
		out = append(out, TraceFrame{l, name})
	}
	p.lines, p.funcs = nil, nil
	return out
}

// taskPanic, deferred in a coroutine function of interpreted code, passes
// a panic on in Go's words: as the task's *loop.PanicError, whose stack is
// the user's frames, when the coroutine is its task's own; as the value in
// Go's words when it was awaited inline, for the awaiting code to recover
// as Go's. The loop's own panics (a task destroyed at Close) pass as they
// are.
func (h *Helpers) taskPanic(self **loop.Coroutine) {
	r := recover()
	if r == nil {
		return
	}
	if t := reflect.TypeOf(r); t != nil && strings.TrimPrefix(t.PkgPath(), "*") == loopPath {
		panic(r)
	}
	if t := loop.CurrentTask(); t != nil && self != nil && *self != nil && t.Coroutine() == *self {
		panic(h.OnTaskPanic(r))
	}
	panic(InGoWords(r, h.isExplicit(r)))
}

// FrameName turns the interpreter's name of a function ("main.h",
// "main.h.func" for a literal in h) into the user's.
func FrameName(name string) string {
	name = strings.TrimPrefix(name, "main.")
	base, lit := strings.CutSuffix(name, ".func")
	for lit {
		base, lit = strings.CutSuffix(base, ".func")
	}
	switch {
	case base == "" || base == "_" || base == "func":
		return "func literal"
	case name != base:
		return base + ".func"
	}
	return base
}

// The bounds checks the front end writes (lower_bounds.go): each returns
// the index or low bound it checked, or panics with Go's run-time error.

func boundsIndex(i, n int) int {
	if uint(i) >= uint(n) {
		if i < 0 {
			boundsPanic(panicIndex, "index out of range [%d]", i)
		}
		boundsPanic(panicIndex, "index out of range [%d] with length %d", i, n)
	}
	return i
}

func boundsIndexU(i uint64, n int) int {
	if i >= uint64(n) {
		boundsPanic(panicIndex, "index out of range [%d] with length %d", i, n)
	}
	return int(i)
}

// indexError is the run-time error of the index i out of range of n
// elements, at pos: what the guard statements of lower_bounds.go panic
// with.
func indexError(i, n int, pos string) error {
	if i < 0 {
		return &RuntimeError{msg: fmt.Sprintf("runtime error: index out of range [%d]", i), kind: panicIndex, Pos: pos}
	}
	return &RuntimeError{msg: fmt.Sprintf("runtime error: index out of range [%d] with length %d", i, n), kind: panicIndex, Pos: pos}
}

// Refusal is the panic value of a call the shell refuses at run time,
// with msg (which starts with "repl: ").
func Refusal(msg string) error { return &RuntimeError{msg: msg} }

// rangeContinued is the run-time error of a yield function called again
// after its range-over-func loop's body returned false (state 1) or the
// loop ended (2); see the front end's lower_range.go.
func rangeContinued(state int) error {
	if state == 2 {
		return &RuntimeError{msg: "runtime error: range function continued iteration after whole loop exit"}
	}
	return &RuntimeError{msg: "runtime error: range function continued iteration after function for loop body returned false"}
}

// indexErrorU is indexError of an unsigned index.
func indexErrorU(i uint64, n int, pos string) error {
	return &RuntimeError{msg: fmt.Sprintf("runtime error: index out of range [%d] with length %d", i, n), kind: panicIndex, Pos: pos}
}

// boundsSlice checks x[lo:hi] where x has n elements (its capacity, if
// capacity, else its length).
func boundsSlice(lo, hi, n int, capacity bool) int {
	switch {
	case hi < 0:
		boundsPanic(panicSlice, "slice bounds out of range [:%d]", hi)
	case hi > n:
		boundsPanic(panicSlice, "slice bounds out of range [:%d] with %s %d", hi, lenWord(capacity), n)
	case lo < 0:
		boundsPanic(panicSlice, "slice bounds out of range [%d:]", lo)
	case lo > hi:
		boundsPanic(panicSlice, "slice bounds out of range [%d:%d]", lo, hi)
	}
	return lo
}

// boundsSlice3 checks x[lo:hi:max].
func boundsSlice3(lo, hi, max, n int, capacity bool) int {
	switch {
	case max < 0:
		boundsPanic(panicSlice, "slice bounds out of range [::%d]", max)
	case max > n:
		boundsPanic(panicSlice, "slice bounds out of range [::%d] with %s %d", max, lenWord(capacity), n)
	case hi < 0:
		boundsPanic(panicSlice, "slice bounds out of range [:%d:]", hi)
	case hi > max:
		boundsPanic(panicSlice, "slice bounds out of range [:%d:%d]", hi, max)
	case lo < 0:
		boundsPanic(panicSlice, "slice bounds out of range [%d::]", lo)
	case lo > hi:
		boundsPanic(panicSlice, "slice bounds out of range [%d:%d:]", lo, hi)
	}
	return lo
}

func lenWord(capacity bool) string {
	if capacity {
		return "capacity"
	}
	return "length"
}

func boundsPanic(kind panicKind, format string, args ...any) {
	panic(&RuntimeError{msg: "runtime error: " + fmt.Sprintf(format, args...), kind: kind})
}
