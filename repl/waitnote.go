package repl

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

// Waits named live. A deadlock is reported as Go's only when the session
// can prove it (deadlock.go, stall.go): a wait it cannot prove endless (a
// goroutine waiting inside a compiled function, a timer, ticker or signal
// channel of the program's, too many goroutines to read, an await of a
// future a goroutine of the program may still complete) may still end. So that no input waits
// silently, an input that has waited waitNoteAfter for something only
// another goroutine, a timer or a signal can end (a channel operation, a
// select, a mutex, a WaitGroup, a Cond, in interpreted code or inside a
// compiled call, or an await of anything but a sleep) is named once,
// live, on standard error, with what it waits for, why the shell cannot
// call it a deadlock, and that Ctrl-C stops it:
//
//	input 2 has waited 2s in a channel receive at input 2:34; it is not a
//	deadlock the shell can prove (a timer that can be reset, a ticker or
//	a signal channel of yours may end it); Ctrl-C stops the input
//
// A wait that ends by itself (a sleep, a system call, a computation) is
// not named. Where the input waits is said when the shell can tell: a
// blocked goroutine reaches no safe point to say where it is, so the note
// names the operations of its kind in the input's own statements (not
// those of the functions it calls), when the wait is in them and there
// are at most three (blockingOps).

// waitNoteAfter is how long an input waits before its wait is named, in
// nanoseconds (tests shorten it).
var waitNoteAfter atomic.Int64

func init() { waitNoteAfter.Store(int64(1500 * time.Millisecond)) }

// inputWait says what the running input (origin; task, its task, read on
// the loop goroutine; body, the goroutine of its body) waits for, having
// waited d, if it waits for something only another goroutine, a timer or
// a signal can end; "" if it does not, or the wait looks like a deadlock
// the probe is about to confirm.
func (s *Session) inputWait(origin string, task **loop.Task, body *string, d time.Duration) string {
	if body == nil {
		return "" // not started
	}
	gs, self := dumpGoroutines()
	var in *goroutine // the goroutine of the input's code, which the interpreter starts
	for i := range gs {
		g := &gs[i]
		if g.parent == *body && g.has(interpPkg+"(*Interpreter).ExecuteWithContext.func") {
			in = g
			break
		}
	}
	if in == nil {
		return ""
	}
	waited := d.Round(100 * time.Millisecond)
	if idleWaiter(*in) {
		return s.awaitNote(origin, task, waited)
	}
	if !blockedStates[in.state] {
		return "" // it runs, sleeps or waits for the system
	}
	what := blockedWhat(*in)
	if own := in.firstOwn(); !strings.HasPrefix(own, interpPkg) {
		what = "a call of " + callName(own)
	}
	why := ""
	switch {
	case s.wake.forever.Load():
		why = "a timer that can be reset, a ticker or a signal channel of yours may end it"
	case s.wake.possible(time.Now()):
		left := max(0, time.Until(time.Unix(0, s.wake.until.Load()))).Round(100 * time.Millisecond)
		why = fmt.Sprintf("a timer or deadline of yours, due within %v, may end it", left)
	case runtime.NumGoroutine() > maxDumpGoroutines:
		why = fmt.Sprintf("there are %d goroutines, more than the shell reads", runtime.NumGoroutine())
	default:
		var dead bool
		_, dead, why = verdict(gs, self, false)
		if dead {
			return "" // the deadlock probe decides
		}
		if why == "" {
			why = "the runtime is busy"
		}
	}
	return fmt.Sprintf("%s has waited %v in %s%s; it is not a deadlock the shell can prove (%s); Ctrl-C stops the input", origin, waited, what, s.waitsAt(*in, what), why)
}

// opAt is an operation of an input that may wait: its position, and how
// many times the interpreter's runCfg is on the stack of the input's
// goroutine while it waits there.
type opAt struct {
	pos   string
	depth int
	// captured is the depth in the final expression captured for its
	// value, where the code run captures it (plan.result); 0 outside it,
	// -1 where it cannot be told from a call's.
	captured int
}

// resolved returns ops with the depths of the code that runs: captured
// says whether it captures the final expression's value.
func resolved(ops map[string][]opAt, captured bool) map[string][]opAt {
	out := map[string][]opAt{}
	for what, list := range ops {
		for _, op := range list {
			if op.captured != 0 && captured {
				if op.captured < 0 {
					continue
				}
				op.depth = op.captured
			}
			out[what] = append(out[what], op)
		}
	}
	return out
}

// waitsAt says where in, the goroutine of the running input, waits in
// what, when it waits in the input's own statements and these have at
// most three operations that wait so at its depth: " at input 2:5", " at
// one of input 2:5, input 2:9"; "" otherwise.
func (s *Session) waitsAt(in goroutine, what string) string {
	ops := s.runningOps.Load()
	if ops == nil {
		return ""
	}
	depth := 0
	for _, f := range in.funcs {
		if f == interpPkg+"runCfg" {
			depth++
		}
	}
	var at []string
	for _, op := range (*ops)[what] {
		if op.depth == depth {
			at = append(at, op.pos)
		}
	}
	switch {
	case len(at) == 0 || len(at) > 3:
		return ""
	case len(at) == 1:
		return " at " + at[0]
	}
	return " at one of " + strings.Join(at, ", ")
}

// blockingOps returns the operations of an input's statements (not in
// the function literals among them) that wait for another goroutine, by
// what a dump of the waiting goroutine shows (blockedWhat): "a channel
// receive", "a select", "Mutex.Lock". Nil for other segments. Called once
// the result's capture is known; the code run may still drop it (see
// runPlan), hence resolved.
//
// The depth at which the input's goroutine runs them: the interpreter's
// run of the program, and the function around the statements (depth 1);
// a segment that declares nothing runs in a function literal besides
// (analyse's build); the final expression, captured for its value, in one
// more when the segment declares something or the value prints through a
// method (captureResult). A call of a function of the program adds one,
// so a wait in a function the input calls might be taken for one of the
// captured expression's: where the input calls a function of the
// program, the captured expression's operations are not named.
func (w *rewriter) blockingOps() map[string][]opAt {
	if w.mode != modeInput || w.plan.seg.kind != segStmt || len(w.file.Decls) == 0 {
		return nil
	}
	wrapper, ok := w.file.Decls[len(w.file.Decls)-1].(*ast.FuncDecl)
	if !ok || wrapper.Body == nil {
		return nil
	}
	info := w.info()
	base := 1
	if len(w.plan.decls) == 0 {
		base++
	}
	captured := base // the depth of the captured final expression
	if w.plan.result != nil {
		if ts := w.plan.checked.resultTypes(); len(w.plan.decls) > 0 || len(ts) == 1 && printMethod(ts[0]) != "" {
			captured++
		}
	}
	calls := false // the input's goroutine calls a function of the program
	var scan func(n ast.Node) bool
	scan = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its calls are deeper
		case *ast.GoStmt:
			// The call runs on a goroutine of its own; its arguments
			// here.
			for _, a := range n.Call.Args {
				ast.Inspect(a, scan)
			}
			return false
		case *ast.CallExpr:
			calls = calls || info != nil && programCall(n, info)
		}
		return !calls
	}
	ast.Inspect(wrapper.Body, scan)
	ops := map[string][]opAt{}
	for _, st := range wrapper.Body.List {
		in := 0 // the depth in the captured final expression
		if es, ok := st.(*ast.ExprStmt); ok && w.plan.result != nil && ast.Stmt(es) == w.resultStmt {
			if in = captured; in != base && calls {
				in = -1
			}
		}
		add := func(what string, pos token.Pos) {
			ops[what] = append(ops[what], opAt{w.src.position(w.offset(pos)), base, in})
		}
		ast.Inspect(st, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectStmt)
			if !ok {
				return w.blockingOp(n, info, add)
			}
			if len(sel.Body.List) == 0 {
				add("select (no cases)", sel.Pos())
			} else {
				add("a select", sel.Pos())
			}
			// Its cases' operations wait as the select; their bodies
			// are statements of their own.
			for _, c := range sel.Body.List {
				for _, cst := range c.(*ast.CommClause).Body {
					ast.Inspect(cst, func(m ast.Node) bool { return w.blockingOp(m, info, add) })
				}
			}
			return false
		})
	}
	return ops
}

// programCall reports whether c calls a function of the program (a
// function, a method or a function value of its own), which the
// interpreter runs a level deeper.
func programCall(c *ast.CallExpr, info *types.Info) bool {
	fun := ast.Unparen(c.Fun)
	if tv, ok := info.Types[fun]; ok && (tv.IsType() || tv.IsBuiltin()) {
		return false // a conversion or a built-in
	}
	var obj types.Object
	switch f := fun.(type) {
	case *ast.Ident:
		obj = info.Uses[f]
	case *ast.SelectorExpr:
		obj = info.Uses[f.Sel]
	case *ast.IndexExpr:
		return true // an instance of a generic function, or a function in a slice or map
	case *ast.FuncLit:
		return true
	default:
		return true
	}
	switch o := obj.(type) {
	case *types.Func:
		return o.Pkg() == nil || o.Pkg().Path() == "main"
	case *types.Var:
		return true // a function value, which may be the program's
	}
	return obj == nil
}

// blockingOp records n, if it is an operation that waits for another
// goroutine (other than a select), with add, and reports whether to look
// inside it.
func (w *rewriter) blockingOp(n ast.Node, info *types.Info, add func(string, token.Pos)) bool {
	switch n := n.(type) {
	case *ast.FuncLit:
		return false
	case *ast.SelectStmt:
		return false // a select in a case's body: not named
	case *ast.UnaryExpr:
		if n.Op == token.ARROW {
			add("a channel receive", n.Pos())
		}
	case *ast.SendStmt:
		add("a channel send", n.Pos())
	case *ast.RangeStmt:
		if info != nil {
			if _, ok := types.Unalias(info.TypeOf(n.X)).Underlying().(*types.Chan); ok {
				add("a channel receive", n.Pos())
			}
		}
	case *ast.CallExpr:
		sel, ok := n.Fun.(*ast.SelectorExpr)
		if !ok || info == nil {
			break
		}
		t := info.TypeOf(sel.X)
		if t == nil {
			break
		}
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		named, ok := types.Unalias(t).(*types.Named)
		if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != "sync" {
			break
		}
		switch what := named.Obj().Name() + "." + sel.Sel.Name; what {
		case "Mutex.Lock", "RWMutex.Lock", "RWMutex.RLock", "WaitGroup.Wait", "Cond.Wait":
			add(what, n.Pos())
		}
	}
	return true
}

// awaitNote names what the input's task awaits, unless what it waits for
// in the end is a sleep (which ends by itself).
func (s *Session) awaitNote(origin string, task **loop.Task, waited time.Duration) string {
	var awaiting, at string
	ran := s.onLoopWithin(500*time.Millisecond, func() {
		t := *task
		if t == nil || t.Done() {
			return
		}
		last := t
		for seen := 0; seen < 100; seen++ {
			next := last.WaitsOn()
			if next == nil || next == t {
				break
			}
			last = next
		}
		if strings.HasPrefix(last.Awaiting(), "sleep") {
			return
		}
		awaiting = t.Awaiting()
		for _, f := range taskFrames(t) {
			if f.Pos != "" {
				at = f.Pos
			}
		}
	})
	if !ran || awaiting == "" || awaiting == "ready" {
		return ""
	}
	if at != "" {
		at = " at " + at
	}
	return fmt.Sprintf("%s has waited %v%s for %s; Ctrl-C cancels it", origin, waited, at, awaiting)
}
