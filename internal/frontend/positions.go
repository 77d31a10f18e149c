package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

// Positions in the user's text that Go's stack cannot give for interpreted
// code (the interpreter's frames say nothing of the code they run): the
// front end writes them into the code it compiles.
//
//   - Where a coroutine of the loop package was made: loop.Sleep(d),
//     loop.WaitFor(x, d), q.Get() of a queue, ... not awaited or scheduled
//     on the spot (a coroutine passed to loop.Timeout or loop.WaitFor is
//     awaited only with it) get .CreatedAt("input 3:5"), which the
//     never-awaited warning names.
//   - The line that returned a task's error: in a coroutine function
//     literal (loop.Async(func() error { ... })), return x, err becomes
//     return x, __repl.Raise("input 3, line 4:3", err), which notes the
//     place for the task running it; the loop asks for it (SetRaiseSite)
//     when the task ends with that error. So do f.SetException(err) and
//     an executor's function literal (l.RunInExecutor(func() error {...})).

// positions is the front end's part: n is a call, parent its parent.
func (w *rewriter) positions(n *ast.CallExpr, parent ast.Node) {
	sel, ok := n.Fun.(*ast.SelectorExpr)
	if !ok {
		return
	}
	if sel.Sel.Name == "SetException" && len(n.Args) == 1 && !n.Ellipsis.IsValid() {
		if !w.declaresMethod("SetException") {
			w.raiseAt(n.Args[0], n)
		}
		return
	}
	if w.isLoopFunc(sel) && sel.Sel.Name == "Async" || sel.Sel.Name == "RunInExecutor" && w.isLoopMethod(sel) {
		// (An executor's function's error ends a future the same way: its
		// warning named the interpreter's reflection trampoline.)
		if len(n.Args) == 1 {
			if lit, ok := n.Args[0].(*ast.FuncLit); ok {
				w.raiseSites(lit)
			}
		}
		return
	}
	// loop.Sleep(d), loop.WaitFor(x, d), q.Get() of a queue q...: a
	// coroutine made here.
	if !w.makesCoroutine(n, sel) {
		return
	}
	if w.deferred[n] || consumes(parent, w) {
		return
	}
	if _, isGo := parent.(*ast.GoStmt); isGo {
		return
	}
	end := w.offset(n.End())
	w.add(end, end, fmt.Sprintf(".CreatedAt(%q)", w.callSite(n)), 1)
}

// makesCoroutine reports whether the call n of sel makes a coroutine:
// a function of the loop package that returns one, a method of a loop
// type that does (but a coroutine's or a task's), or a method of a value
// the session holds that does.
func (w *rewriter) makesCoroutine(n *ast.CallExpr, sel *ast.SelectorExpr) bool {
	if w.isLoopFunc(sel) {
		switch sel.Sel.Name {
		case "Sleep", "WaitFor", "Wait", "Timeout", "TimeoutAt":
			return true
		}
		return false
	}
	if w.isLoopMethod(sel) {
		// q.Get(), ev.Wait(), tg.Wait() of a queue, event or group made
		// anywhere (a script's local variable too); not a coroutine's or a
		// task's own methods, which return the coroutine they hold.
		recv := w.typeOf(sel.X)
		return !loopPtr(recv, "Coroutine") && !loopPtr(recv, "Task") && loopPtr(w.typeOf(n), "Coroutine")
	}
	r := w.resultTypes(n)
	return len(r) == 1 && r[0] == "*loop.Coroutine" && !w.isCoroutineMethod(sel) && !w.isTaskCoroutine(sel)
}

// loopPtr reports whether t is a pointer to the loop package's type name
// (*loop.Coroutine, *loop.Task).
func loopPtr(t types.Type, name string) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	return ok && n.Obj().Name() == name && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == loopPath
}

// isTaskCoroutine reports whether sel is a task's Coroutine method
// (t.Coroutine()), which returns the coroutine the task runs: made where
// the task's was, not here.
func (w *rewriter) isTaskCoroutine(sel *ast.SelectorExpr) bool {
	if sel.Sel.Name != "Coroutine" {
		return false
	}
	t := w.typeOf(sel.X)
	return t == nil || loopPtr(t, "Task") // (no check: the loop package's name it is)
}

// isCoroutineMethod reports whether sel is a method of a *loop.Coroutine
// the session holds (c.Named(...)): it makes no coroutine.
func (w *rewriter) isCoroutineMethod(sel *ast.SelectorExpr) bool {
	id, ok := sel.X.(*ast.Ident)
	if !ok {
		return false
	}
	n := w.fe.lookup(id, KindVar)
	return n != nil && n.Dyn == "*loop.Coroutine"
}

// declaresMethod reports whether the session or the segment declares a
// method called name (then x.name(...) may be the user's, not the loop's).
func (w *rewriter) declaresMethod(name string) bool {
	for _, d := range w.file.Decls {
		if f, ok := d.(*ast.FuncDecl); ok && f.Recv != nil && f.Name.Name == name {
			return true
		}
	}
	for m := range w.fe.methods {
		if strings.HasSuffix(m, "."+name) {
			return true
		}
	}
	return false
}

// consumes reports whether parent is a call that awaits what it is given
// on the spot (loop.Await, loop.Run, l.RunUntilComplete): a coroutine made
// as its argument is never dropped, nor listed by :tasks. One given to
// loop.CreateTask (or Gather...) is named where it was made, for :tasks
// and the deadlock report ("created at input 2:6", not the loop package's
// line of Event.Wait); one given to loop.Timeout or WaitFor is awaited
// only when that is: dropped, both are never awaited, and the inner one is
// named too.
func consumes(parent ast.Node, w *rewriter) bool {
	call, ok := parent.(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	switch sel.Sel.Name {
	case "Await", "Run":
		return w.isLoopFunc(sel)
	case "RunUntilComplete":
		return true
	}
	return false
}

// isLoopMethod reports whether sel selects a method of a loop package's
// type (l.RunInExecutor of a *loop.Loop).
func (w *rewriter) isLoopMethod(sel *ast.SelectorExpr) bool {
	info := w.info()
	if info == nil {
		return false
	}
	s, ok := info.Selections[sel]
	if !ok || s.Kind() != types.MethodVal {
		return false
	}
	fn, ok := s.Obj().(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == loopPath
}

// raiseSites rewrites the returns of a coroutine function literal whose
// last result is an error, to note where each non-nil error is returned.
// The returns of function literals inside it are theirs, not its.
func (w *rewriter) raiseSites(lit *ast.FuncLit) {
	res := lit.Type.Results
	if res == nil || len(res.List) == 0 {
		return
	}
	if id, ok := res.List[len(res.List)-1].Type.(*ast.Ident); !ok || id.Name != "error" || id.Obj != nil {
		return
	}
	n := len(w.fieldTypes(res))
	ast.Inspect(lit.Body, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(x.Results) == n {
				w.raiseAt(x.Results[n-1], x)
			}
		}
		return true
	})
}

// raiseAt wraps e, an error returned or set at at, in __repl.Raise.
func (w *rewriter) raiseAt(e ast.Expr, at ast.Node) {
	if id, ok := e.(*ast.Ident); ok && id.Name == "nil" && id.Obj == nil {
		return
	}
	w.wrapArg(e, fmt.Sprintf("%s.Raise(%q, ", HelperPkg, w.src.Position(w.offset(at.Pos()))), -5)
	w.add(w.offset(e.End()), w.offset(e.End()), ")", 5)
}
