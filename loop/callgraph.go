package loop

import (
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strings"
)

// Await chains: where a suspended task is, level by level (asyncio's
// Task.get_stack, print_stack and 3.14's capture_call_graph).
//
// Nothing is recorded on the way for compiled code: a task asked for its
// stack is resumed for a moment with a probe (coro.probe), on its own
// goroutine, reads its stack there with runtime.Callers and suspends again,
// before anything else runs. A suspended task pays one nil check at each
// resume for this. An interpreter's frames are not Go's: its code awaits
// through AwaitAt, which records each await's position and each coroutine
// it runs inline, in the task's cold fields (awaitChain).

// Frame is one level of a task's await chain: a function (a coroutine's
// body, or a function it called) and where it is suspended.
type Frame struct {
	Func string // the function: "main.fetch", or a coroutine's name
	Pos  string // where it waits: "fetch.go:12", or an interpreter's position ("input 3:5"); "" if not known
}

// String returns the frame as "main.fetch at fetch.go:12". Safe from any
// goroutine.
func (f Frame) String() string {
	if f.Pos == "" {
		return f.Func
	}
	return f.Func + " at " + f.Pos
}

// awaitChain is what AwaitAt records of a task: the coroutines it runs
// inline, outermost (the task's own) first, each with the position of the
// await it is suspended in or running. Once a task has one, every
// coroutine it runs inline is a level, awaited through AwaitAt or not (by
// WaitFor, say).
type awaitChain struct {
	levels []awaitLevel
}

type awaitLevel struct {
	co *Coroutine
	at string
}

// AwaitAt is Await(aw), called at pos: the task's stack (Task.Stack,
// CaptureCallGraph) shows pos for the level that makes the call, and a
// coroutine aw runs inline as one more level. It is for interpreters, whose
// positions the Go runtime cannot see; compiled code calls Await, and its
// stack is read when asked for. Loop goroutine only, in effect, as Await.
func AwaitAt(pos string, aw Awaitable) (any, error) {
	t := CurrentTask()
	if t == nil {
		return Await(aw)
	}
	c := t.warm()
	if c.chain == nil {
		c.chain = &awaitChain{levels: []awaitLevel{{co: t.coro}}}
	}
	ch := c.chain
	top := len(ch.levels) - 1
	ch.levels[top].at = pos
	res, err := Await(aw)
	ch.levels[top].at = ""
	return res, err
}

// call runs coroutine co inline as a level of the chain, taken off however
// it ends (a panic recovered further up included).
func (ch *awaitChain) call(co *Coroutine) (any, error) {
	top := len(ch.levels) - 1
	ch.levels = append(ch.levels, awaitLevel{co: co})
	defer func() {
		clear(ch.levels[top+1:])
		ch.levels = ch.levels[:top+1]
	}()
	res, err := co.call()
	co.state.Store(coroDone)
	return res, err
}

// Stack returns the task's await chain, outermost first (asyncio's
// get_stack): the task's coroutine, the coroutines and functions it is
// running, down to the one suspended in an await, each with the line it
// is at. The loop's own frames are left out; what the innermost level
// waits for is Awaiting. A task not started has one frame, its coroutine
// where it is defined; a task done has none; a task whose code Go cannot
// see (an interpreter's, or one run OnOwnGoroutine) has its coroutine, at
// no position. Loop goroutine only.
func (t *Task) Stack() []Frame {
	if t.Done() {
		return nil
	}
	if c := t.cold; c != nil && c.chain != nil {
		return t.chainFrames(c.chain)
	}
	if t.co == nil && t.handoff() == nil {
		return []Frame{{Func: frameFunc(t.coro.Name()), Pos: t.Origin()}}
	}
	var pcs []uintptr
	switch {
	case currentTaskOf(t.loop) == t:
		pcs = callers(2)
	case t.co != nil && !t.co.goexited:
		pcs = t.probeStack()
	}
	frames := userFrames(pcs)
	if len(frames) == 0 && !libraryCoroutine(t.coro) {
		// An OnOwnGoroutine task, or code whose functions Go cannot
		// name (an interpreter's): the coroutine is all there is to
		// show, at no line.
		frames = []Frame{{Func: frameFunc(t.coro.Name())}}
	}
	return frames
}

// probeStack reads the stack of t's goroutine, suspended: it resumes the
// goroutine with a probe that records its callers and suspends again.
func (t *Task) probeStack() []uintptr {
	c := t.co
	var pcs []uintptr
	c.probe = func() { pcs = callers(3) }
	c.next()
	c.probe = nil
	return pcs
}

// answerProbes runs the probes the loop resumed the task's goroutine with
// (see Task.Stack), suspending again after each, until it is resumed for
// real.
//
//go:noinline
func (c *coro) answerProbes() {
	for c.probe != nil {
		p := c.probe
		c.probe = nil
		p()
		if !c.yield(struct{}{}) {
			c.unwindDestroyed()
		}
	}
}

// callers returns the program counters of the calling goroutine's stack,
// skip frames up.
func callers(skip int) []uintptr {
	pcs := make([]uintptr, 64)
	for {
		n := runtime.Callers(skip, pcs)
		if n < len(pcs) {
			return pcs[:n]
		}
		pcs = make([]uintptr, 2*len(pcs))
	}
}

// loopDir is the directory of the package's source, whose frames (but for
// its tests') a stack leaves out.
var loopDir = func() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(file)
}()

// userFrames turns a goroutine's program counters, innermost first, into
// the frames of its code, outermost first: the runtime's, iter's,
// reflection's and this package's own frames are left out.
func userFrames(pcs []uintptr) []Frame {
	var out []Frame
	frames := runtime.CallersFrames(pcs)
	for {
		f, more := frames.Next()
		if f.Function != "" && !libraryFrame(f.Function, f.File) {
			out = append(out, Frame{Func: frameName(f.Function), Pos: shortFile(f.File) + fmt.Sprintf(":%d", f.Line)})
		}
		if !more {
			break
		}
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// libraryFrame reports whether a frame of function fn in file is the
// runtime's, iter's, reflection's or this package's (not its tests').
func libraryFrame(fn, file string) bool {
	for _, p := range []string{"runtime.", "iter.", "reflect.", "internal/"} {
		if strings.HasPrefix(fn, p) {
			return true
		}
	}
	return filepath.Dir(file) == loopDir && !strings.HasSuffix(file, "_test.go")
}

// frameName is a function's name without its package's path, and a
// closure's named after the function it is in, as coroutines are:
// "main.fetch" for main.fetch.func1, or for a literal of fetch inlined
// into a caller (main.main.func1.fetch.1). A literal no function names (in
// main, a test, another literal) keeps Go's name: "main.main.func2".
func frameName(fn string) string {
	// A generic function's: main.gen[...].func1, whose dots are no
	// separators.
	fn = strings.ReplaceAll(fn, "[...]", "")
	if i := strings.LastIndex(fn, "/"); i >= 0 {
		fn = fn[i+1:]
	}
	parts := strings.Split(fn, ".")
	i := len(parts) - 1
	for i > 0 && (isDigits(parts[i]) || isFuncN(parts[i])) {
		i--
	}
	if i == len(parts)-1 || i == 0 || anonymousClosure(parts, i) {
		return fn
	}
	name := parts[i]
	if strings.HasPrefix(parts[i-1], "(") {
		name = parts[i-1] + "." + name
	}
	return parts[0] + "." + name
}

// isFuncN reports whether s is a closure's part of a name: func1, func2.
func isFuncN(s string) bool { return strings.HasPrefix(s, "func") && isDigits(s[4:]) }

// libraryCoroutine reports whether c runs a function of this package (a
// Queue's Get, WaitFor's body): a level of the machinery, which a stack
// leaves out, since what it waits for says more.
func libraryCoroutine(c *Coroutine) bool {
	if c.isSleep {
		return true
	}
	if m := c.meta.Load(); m != nil && m.name != "" {
		return false
	}
	pc := funcPC(c.fn)
	if pc == 0 {
		return false
	}
	f := runtime.FuncForPC(pc)
	if f == nil {
		return false
	}
	file, _ := f.FileLine(pc)
	return filepath.Dir(file) == loopDir && !strings.HasSuffix(file, "_test.go")
}

// frameFunc is a coroutine's name as a frame's function: a literal's
// without the line its name carries ("main.main.func1 (prog.go:12)"),
// which the frame's own position says, as Go's frames of it do.
func frameFunc(name string) string {
	if i := strings.LastIndex(name, " ("); i > 0 && strings.HasSuffix(name, ")") {
		return name[:i]
	}
	return name
}

// chainFrames turns what AwaitAt recorded into frames.
func (t *Task) chainFrames(ch *awaitChain) []Frame {
	var out []Frame
	for _, lv := range ch.levels {
		if libraryCoroutine(lv.co) {
			continue
		}
		out = append(out, Frame{Func: frameFunc(lv.co.Name()), Pos: lv.at})
	}
	if len(out) == 0 {
		out = []Frame{{Func: frameFunc(t.coro.Name()), Pos: t.Origin()}}
	}
	return out
}

// PrintStack writes the task's await chain to w, as asyncio's print_stack
// does, and then what the task waits for:
//
//	Stack for Task(<worker>)<PENDING> (most recent call last):
//	  main.worker at main.go:20
//	  main.fetch at main.go:12
//	  awaiting queue empty (size 0, 1 getter)
//
// Loop goroutine only.
func (t *Task) PrintStack(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Stack for %s (most recent call last):\n", t)
	for _, f := range t.Stack() {
		fmt.Fprintf(&b, "  %s\n", f)
	}
	if a := t.Awaiting(); a != "" {
		fmt.Fprintf(&b, "  awaiting %s\n", a)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// CallGraph is a future or task with the tasks awaiting it, each with its
// await chain (asyncio 3.14's FutureCallGraph).
type CallGraph struct {
	Future    *Future      // the future (for a task, its future: Future.Task gives the task)
	Stack     []Frame      // a task's await chain, outermost first (Task.Stack); nil for a plain future
	Awaiting  string       // what a task waits for, in words (Task.Awaiting); "" for a plain future
	AwaitedBy []*CallGraph // the tasks waiting for it, directly or through a Gather
}

// CaptureCallGraph returns the call graph of aw, a future or task of the
// running loop: its await chain and, recursively, the tasks that await it
// (asyncio.capture_call_graph). With aw nil, it is the current task's; with
// no current task, nil. A coroutine has no graph until it runs: it gives
// nil too. Loop goroutine only.
func CaptureCallGraph(aw Awaitable) *CallGraph {
	var f *Future
	switch x := aw.(type) {
	case nil:
		t := CurrentTask()
		if t == nil {
			return nil
		}
		f = &t.Future
	case *Task:
		f = &x.Future
	case *Future:
		f = x
	default:
		return nil
	}
	if f == nil {
		return nil
	}
	return captureGraph(f, map[*Future]bool{})
}

func captureGraph(f *Future, seen map[*Future]bool) *CallGraph {
	g := &CallGraph{Future: f}
	if seen[f] {
		return g // tasks awaiting each other: a deadlock, shown once
	}
	seen[f] = true
	if t := f.task(); t != nil {
		g.Stack = t.Stack()
		g.Awaiting = t.Awaiting()
	}
	for _, w := range f.awaiters() {
		g.AwaitedBy = append(g.AwaitedBy, captureGraph(&w.Future, seen))
	}
	return g
}

// awaiters returns the tasks that wait for f: its waiters, and those of a
// Gather it is a child of.
func (f *Future) awaiters() []*Task {
	var ts []*Task
	for i := 0; i < int(f.ncb); i++ {
		cb := f.callbackAt(i)
		switch {
		case i == 0 && f.cb0Link && cb.p != nil, cb.fn != nil && cb.p != nil:
			ts = append(ts, (*gatherLink)(cb.p).g.outer.awaiters()...)
		case cb.fn == nil && cb.p != nil:
			ts = append(ts, (*Task)(cb.p))
		}
	}
	return ts
}

// PrintCallGraph writes the call graph of aw (as CaptureCallGraph takes
// it) to w, as asyncio.print_call_graph does:
//
//	PrintCallGraph(os.Stdout, fetch)
//	* Task(<fetch>)<PENDING>
//	+ Call stack:
//	|   main.fetch at main.go:12
//	+ Awaiting: sleep, 1s left
//	+ Awaited by:
//	   * Task(<main>)<PENDING>
//	      + Call stack:
//	      |   main.main.func1 at main.go:30
//
// Loop goroutine only.
func PrintCallGraph(w io.Writer, aw Awaitable) error {
	g := CaptureCallGraph(aw)
	if g == nil {
		return nil
	}
	_, err := io.WriteString(w, g.String())
	return err
}

// String formats the graph as PrintCallGraph writes it. Loop goroutine
// only.
func (g *CallGraph) String() string {
	var b strings.Builder
	g.write(&b, "", "")
	return b.String()
}

// write writes the graph, its first line indented by star and the others
// by indent.
func (g *CallGraph) write(b *strings.Builder, star, indent string) {
	fmt.Fprintf(b, "%s* %s\n", star, g.Future)
	if len(g.Stack) > 0 {
		fmt.Fprintf(b, "%s+ Call stack:\n", indent)
		for _, f := range g.Stack {
			fmt.Fprintf(b, "%s|   %s\n", indent, f)
		}
	}
	if g.Awaiting != "" {
		fmt.Fprintf(b, "%s+ Awaiting: %s\n", indent, g.Awaiting)
	}
	if len(g.AwaitedBy) > 0 {
		fmt.Fprintf(b, "%s+ Awaited by:\n", indent)
		for _, a := range g.AwaitedBy {
			a.write(b, indent+"   ", indent+"      ")
		}
	}
}
