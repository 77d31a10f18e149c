package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sync/atomic"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// The safepoints pass makes interpreted code stoppable one goroutine at a
// time, and runaway recursion a panic the session survives.
//
// What yaegi v0.16.1 lacks: its only stop (a cancelled ExecuteWithContext)
// bumps one run id for the whole interpreter, so every interpreted frame
// of every goroutine returns at once, silently, with zero values: Ctrl-C
// on one input stopped every background task too. And it has no
// recursion limit: each interpreted call takes about 1 KiB of Go stack,
// so unbounded recursion grows the goroutine's stack to Go's limit (1 GB)
// in a couple of seconds, and Go's stack overflow is fatal: the process
// died with the session's work.
//
// The fix: a poll of the session's stop requests at the safe points of
// interpreted code,
//
//	if __repl_pending { __repl.Safepoint("input 2:1") };
//
// inserted, on the line it stands for, at the start of the body of every
// function that may be called again before it returns (function entries:
// one that cannot recurse reaches its loops' polls or returns, see
// mayCall and mayRecurse), of every loop's body (the back-edges), and
// before every statement of a block that sends, receives or selects.
// __repl_pending is the session's flag that is set while any request is
// pending (see below for what it costs, and for the form the poll takes
// under the race detector). __repl.Safepoint (see safepoints.go) panics,
// with the position it is given, when a request
// names the task or goroutine that reaches it: an interrupt (Ctrl-C,
// :cancel) of one task, or the watchdog's verdict that a goroutine's stack
// grows past the session's limit.
//
// Before:
//
//	func spin(n int) int {
//		for {
//			n = step(n)
//		}
//	}
//
//	func step(n int) int { return n + 1 }
//
// After (shown without the line directives that keep the user's positions):
//
//	func spin(n int) int {if __repl_pending { __repl.Safepoint("spin.go:1:1") };
//		for {if __repl_pending { __repl.Safepoint("spin.go:2:2") };
//			n = step(n)
//		}
//	}
//
//	func step(n int) int { return n + 1 }
//
// Caveats. A goroutine blocked inside a channel operation, a select or a
// compiled call reaches no safe point until the wait ends: the session
// then says so (see watchdog.go). Code that recovers the panic goes on,
// as Python code that catches KeyboardInterrupt does. The wrapper the
// front end puts around an input's statements gets no entry poll (its
// loops and calls have theirs). A segment that declares its own len is
// left without polls, rather than rewritten into code that fails to
// compile under the race detector, whose form of the poll calls len (the
// same code is lowered the same way in every build).
func (w *rewriter) safepoints() {
	if w.declaresLen() || NoSafepoints.Load() {
		return
	}
	wrapper := ast.Node(nil)
	if w.mode == ModeInput && w.plan.Seg.Kind == gosrc.SegStmt && len(w.file.Decls) > 0 {
		wrapper = w.file.Decls[0]
	}
	polled := map[*ast.BlockStmt]bool{} // bodies polled at their start
	entry := func(body *ast.BlockStmt, pos token.Pos) {
		// The unnamed parameters of a polled function are named _ by
		// lowerUnnamedParams (lower_params.go): the poll would take an
		// unnamed one's frame slot.
		if len(body.List) > 0 {
			// At the first statement's position: the interpreter places
			// a run-time panic at a function's first statement, which the
			// session reads as the function's line.
			at := w.offset(body.Lbrace + 1)
			w.add(at, at, w.src.Directive(w.offset(body.List[0].Pos()))+w.pollText(pos), pollPrio)
		} else {
			w.poll(body.Lbrace+1, pos)
		}
		polled[body] = true
	}
	recursive := w.mayRecurse()
	ast.Inspect(w.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Body != nil && ast.Node(n) != wrapper && w.mayCall(n.Body) && recursive(n) {
				entry(n.Body, n.Pos())
			}
		case *ast.FuncLit:
			if w.mayCall(n.Body) && recursive(n) {
				entry(n.Body, n.Pos())
			}
		case *ast.ForStmt:
			entry(n.Body, n.Pos())
		case *ast.RangeStmt:
			entry(n.Body, n.Pos())
		case *ast.BlockStmt:
			list := n.List
			if polled[n] && len(list) > 0 {
				list = list[1:] // the poll at its start stands for the first
			}
			w.pollChanStmts(list)
		case *ast.CaseClause:
			w.pollChanStmts(n.Body)
		case *ast.CommClause:
			w.pollChanStmts(n.Body)
		}
		return true
	})
}

// mayCall reports whether body, outside the function literals it holds,
// calls a function: a call other than a conversion or a built-in, or a
// range over a function. A function that calls none needs no poll at its
// entry: it cannot recurse, its loops poll at their back-edges and its
// channel operations before them, so it reaches a safe point or returns
// soon. (The function literals it makes poll for themselves.) Without
// the types, every body may.
func (w *rewriter) mayCall(body *ast.BlockStmt) bool {
	info := w.plan.Checked.infoOrNil()
	if info == nil {
		return true
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			tv, ok := info.Types[n.Fun]
			found = !ok || !tv.IsType() && !tv.IsBuiltin()
		case *ast.RangeStmt:
			t := info.TypeOf(n.X)
			if t == nil {
				found = true
			} else if _, isFunc := t.Underlying().(*types.Signature); isFunc {
				found = true
			}
		}
		return !found
	})
	return found
}

// mayRecurse returns whether a function of the segment (a declaration or
// a literal) may be called again before it returns: only such a function
// needs a poll at its entry, for runaway recursion; one that cannot
// recurse reaches its loops' polls or returns. A function may recurse
// when it lies on a cycle of the segment's call graph, whose edges are its
// static calls of the segment's functions and methods, and the functions
// it makes or takes as values (a literal, f or x.M not called: whoever it
// hands them to may call them), or when it makes a call the graph cannot
// follow: a function value, an interface's method, or compiled code that
// takes an interface or a function (fmt.Sprint(t) in t's String method
// calls it again). A static call of a function of an earlier input
// cannot lead back here: that function was compiled before this one
// existed. Without the types, every function may.
func (w *rewriter) mayRecurse() func(ast.Node) bool {
	info := w.plan.Checked.infoOrNil()
	if info == nil {
		return func(ast.Node) bool { return true }
	}
	decls := map[*types.Func]ast.Node{}
	for _, d := range w.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
			if f, ok := info.Defs[fd.Name].(*types.Func); ok {
				decls[f] = fd
			}
		}
	}
	edges := map[ast.Node][]ast.Node{}
	dynamic := map[ast.Node]bool{}
	var walk func(fn ast.Node, body *ast.BlockStmt)
	walk = func(fn ast.Node, body *ast.BlockStmt) {
		called := map[ast.Expr]bool{} // the callees of static calls, seen before the use
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				edges[fn] = append(edges[fn], n)
				walk(n, n.Body)
				return false
			case *ast.CallExpr:
				tv, ok := info.Types[n.Fun]
				if ok && (tv.IsType() || tv.IsBuiltin()) {
					return true
				}
				callee := funcOf(info, n.Fun)
				switch {
				case callee == nil:
					dynamic[fn] = true // a function value, an interface's method
				case decls[callee] != nil:
					edges[fn] = append(edges[fn], decls[callee])
					called[ast.Unparen(n.Fun)] = true
				case callee.Pkg() != nil && callee.Pkg() == w.plan.Checked.pkg:
					called[ast.Unparen(n.Fun)] = true // an earlier input's
				case takesCallbacks(callee):
					dynamic[fn] = true
				default:
					called[ast.Unparen(n.Fun)] = true
				}
			case *ast.RangeStmt:
				if t := info.TypeOf(n.X); t == nil {
					dynamic[fn] = true
				} else if _, isFunc := t.Underlying().(*types.Signature); isFunc {
					dynamic[fn] = true
				}
			case *ast.Ident, *ast.SelectorExpr:
				if f := funcOf(info, n.(ast.Expr)); f != nil && decls[f] != nil && !called[n.(ast.Expr)] {
					edges[fn] = append(edges[fn], decls[f]) // a function or method value
				}
			}
			return true
		})
	}
	for _, d := range w.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
			walk(fd, fd.Body)
		}
	}
	// A function may recurse if it reaches itself, or a function that
	// makes a call the graph cannot follow.
	memo := map[ast.Node]bool{}
	return func(fn ast.Node) bool {
		if r, ok := memo[fn]; ok {
			return r
		}
		seen := map[ast.Node]bool{}
		var reach func(n ast.Node) bool
		reach = func(n ast.Node) bool {
			for _, m := range edges[n] {
				if m == fn || dynamic[m] {
					return true
				}
				if !seen[m] {
					seen[m] = true
					if reach(m) {
						return true
					}
				}
			}
			return false
		}
		r := dynamic[fn] || reach(fn)
		memo[fn] = r
		return r
	}
}

// funcOf returns the function or method e names statically (a declared
// function, a method of a concrete type or a method expression), or nil.
func funcOf(info *types.Info, e ast.Expr) *types.Func {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		f, _ := info.Uses[e].(*types.Func)
		return origin(f)
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[e]; ok {
			if types.IsInterface(sel.Recv()) {
				return nil
			}
			f, _ := sel.Obj().(*types.Func)
			return origin(f)
		}
		f, _ := info.Uses[e.Sel].(*types.Func) // a package's function
		return origin(f)
	case *ast.IndexExpr: // f[T]
		return funcOf(info, e.X)
	case *ast.IndexListExpr:
		return funcOf(info, e.X)
	}
	return nil
}

func origin(f *types.Func) *types.Func {
	if f == nil {
		return nil
	}
	return f.Origin()
}

// takesCallbacks reports whether compiled code f may call interpreted
// code back: it takes (or is a method of) a value of an interface or a
// function type, or of a type that holds one, through which it may call a
// method or a function of the program.
func takesCallbacks(f *types.Func) bool {
	sig := f.Type().(*types.Signature)
	if sig.TypeParams().Len() > 0 || sig.RecvTypeParams().Len() > 0 {
		return true
	}
	holds := func(t types.Type) bool {
		return !walkTypeParts(t, map[types.Type]bool{}, func(t types.Type) bool {
			switch t.Underlying().(type) {
			case *types.Interface, *types.Signature, *types.TypeParam:
				return false
			}
			return true
		})
	}
	if r := sig.Recv(); r != nil && holds(r.Type()) {
		return true
	}
	for i := range sig.Params().Len() {
		if holds(sig.Params().At(i).Type()) {
			return true
		}
	}
	return false
}

// NoSafepoints turns the pass off, for BenchmarkSafepoints to measure what
// the polls cost: package-level because the benchmark compares sessions
// that differ in nothing else.
var NoSafepoints atomic.Bool

// The poll reads __repl_pending, an interpreted package-level bool the
// session's prelude declares (PollDecl) and the session sets, through
// the reflect.Value of its storage, while any request is pending
// (Safepoints.SetFlag); it calls __repl.Safepoint only then. The
// interpreter runs the test as a read of a variable of its own and a
// branch, with no comparison and no call: a recursive fib takes 1.16
// times the CPU it takes without polls (BenchmarkSafepoints), where the
// index of a compiled array, __repl.Pending[0], which this replaced, took
// 1.39 times (a compiled bool variable alone is read once, when the
// interpreter compiles the code). Another goroutine sets the flag, a data race Go's
// memory model makes benign for a bool, and reading any interpreted
// package-level variable races with the interpreter resizing the
// package's frame when it compiles the next input (a race inside yaegi,
// which every program's own variables share: the frame's old and new
// slices hold the same storage). The race detector reports both at every
// poll: built with it, the poll tests the length of the compiled channel
// __repl.Poll instead (len, a comparison with 0 and a branch: a tight
// loop runs about twice as long as without polls, recursive calls 1.3 to
// 1.5 times).
const (
	pollVar  = HelperPkg + ".Poll"
	pollFlag = PendingName
	pollFunc = HelperPkg + ".Safepoint"
)

// PendingName is the interpreted flag the polls read (see above).
const PendingName = "__repl_pending"

// PollDecl declares the flag; the session's prelude holds it.
const PollDecl = "var " + PendingName + " bool\n"

// pollCond is the poll's test (see above).
var pollCond = PollCondFor(raceBuild)

func PollCondFor(race bool) string {
	if race {
		return "len(" + pollVar + ") != 0"
	}
	return pollFlag
}

// pollPrio puts a poll before any other insertion at its place: a
// statement's poll comes before the code that captures its value.
const pollPrio = -100

// poll inserts a poll at at that reports position pos.
func (w *rewriter) poll(at, pos token.Pos) {
	off := w.offset(at)
	w.add(off, off, w.pollText(pos), pollPrio)
}

// pollText is a poll that reports position pos.
func (w *rewriter) pollText(pos token.Pos) string {
	cond := pollCond
	if w.inVarInit(pos) {
		// In a package-level variable's initializer (a function literal
		// called there), the interpreter counts every package-level
		// variable the value reads as one to initialize first, and the
		// flag, the prelude's, is none of the file's: it refused the
		// file ("variable definition loop"). The compiled channel is no
		// variable of the interpreter's.
		cond = PollCondFor(true)
	}
	return fmt.Sprintf("if %s { %s(%q) };", cond, pollFunc, w.src.Position(w.offset(pos)))
}

// inVarInit reports whether pos lies in the value of a package-level
// variable's declaration, or in a generic function such a value calls
// (the interpreter makes its instance there), directly or through other
// generic functions.
func (w *rewriter) inVarInit(pos token.Pos) bool {
	if w.varInits == nil {
		w.varInits = w.varInitSpans()
	}
	return slices.ContainsFunc(w.varInits, func(n ast.Node) bool { return n.Pos() <= pos && pos < n.End() })
}

// varInitSpans returns the nodes inVarInit looks in.
func (w *rewriter) varInitSpans() []ast.Node {
	spans := []ast.Node{}
	info := w.info()
	generic := map[*types.Func]*ast.FuncDecl{}
	for _, d := range w.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Type.TypeParams != nil && info != nil {
			if fn, ok := info.Defs[fd.Name].(*types.Func); ok {
				generic[fn] = fd
			}
		}
	}
	called := map[*ast.FuncDecl]bool{}
	var calls func(n ast.Node)
	calls = func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && info != nil {
				if fd := generic[originFunc(info.Uses[id])]; fd != nil && !called[fd] {
					called[fd] = true
					spans = append(spans, fd)
					calls(fd.Body)
				}
			}
			return true
		})
	}
	for _, d := range w.file.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.VAR {
			for _, spec := range g.Specs {
				for _, v := range spec.(*ast.ValueSpec).Values {
					spans = append(spans, v)
					calls(v)
				}
			}
		}
	}
	return spans
}

// originFunc returns the generic function obj is an instance of, or obj's
// function itself (nil if obj is no function).
func originFunc(obj types.Object) *types.Func {
	fn, ok := obj.(*types.Func)
	if !ok {
		return nil
	}
	return fn.Origin()
}

// pollChanStmts polls before each statement of list that sends, receives
// (outside a function literal) or selects.
func (w *rewriter) pollChanStmts(list []ast.Stmt) {
	for _, s := range list {
		switch s.(type) {
		case *ast.LabeledStmt, *ast.BlockStmt, *ast.IfStmt, *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt,
			*ast.CaseClause, *ast.CommClause:
			continue // their own statements and bodies are polled; a clause is no statement
		}
		if usesChan(s) {
			// Before the statement, also where a lowering moves the
			// expression it starts with (s[0], x = <-ch, 5).
			off := w.offset(s.Pos())
			w.addOuter(off, off, w.pollText(s.Pos()), pollPrio)
		}
	}
}

// usesChan reports whether s sends, receives or selects, outside the
// function literals it holds.
func usesChan(s ast.Stmt) bool {
	found := false
	ast.Inspect(s, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.SendStmt, *ast.SelectStmt:
			found = true
		case *ast.UnaryExpr:
			found = found || n.Op == token.ARROW
		}
		return !found
	})
	return found
}

// declaresLen reports whether the segment, or the session, declares a name
// len, which the race detector's form of the poll would then call.
func (w *rewriter) declaresLen() bool {
	if w.fe.Names["len"] != nil {
		return true
	}
	found := false
	ast.Inspect(w.file, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == "len" && id.Obj != nil {
			found = true
		}
		return !found
	})
	return found
}
