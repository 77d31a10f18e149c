package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a panic in a deferred function runs the calls deferred before
// it.
//
// yaegi v0.16.1 runs a function's deferred calls in a loop that a panic of
// one of them leaves: the calls deferred before it never run (a deferred
// fmt.Println, wg.Done or mu.Unlock was skipped, and the panic went on).
// Where the function defers more than one call (or one, in a loop), the
// panic of a deferred function literal is caught and raised again once the
// calls deferred before it have run, by a call deferred first. The
// literal's whole body is caught, so that a panic of a function it calls,
// or a run-time panic, is caught too:
//
//	func f() {
//		defer fmt.Println("cleanup")
//		defer func() { m["k"] = 1 }()
//
// becomes
//
//	func f() { __dp1 := __repl.DeferPanics("main.f"); defer __dp1.Raise();
//		defer fmt.Println("cleanup")
//		defer func() { __dp1.Catch("f.go:3:16", func() { m["k"] = 1 }) }()
//
// (Raise writes the trace line of f that the interpreter's loop, which it
// leaves, would have written, so that the report names f's callers.)
//
// A literal deferred before it that calls recover gets the panic: its
// recover() takes the value Catch holds (which Raise then does not raise),
// as Go's recover takes a deferred call's panic:
//
//	defer func() { err = fmt.Errorf("%v", recover()) }()  ->  ... __repl.Recovered(__dp1.Recover(recover())) ...
//
// A recover must be called by the deferred function itself, so a literal
// that calls recover is not caught whole (only its panic statements are),
// nor is one deferred after a call of a function that may recover (a
// function of the program's that calls recover, or whose declaration the
// pass does not see: defer handle()), which would not see the panic Raise
// holds; in those too only the panic statements are caught:
//
//	defer func() { if __dp1.Catch("f.go:3:17", func() { panic(r) }) { return } }()
//
// (A panic of a function such a literal calls, or a run-time panic in it,
// still skips the calls deferred before: README's Known gaps.)

// lowerDeferPanics lowers the panics described above.
func (w *rewriter) lowerDeferPanics(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	in.WithStack([]ast.Node{(*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if push {
			w.lowerDeferPanicsIn(info, n, stack)
		}
		return true
	})
}

// lowerDeferPanicsIn lowers the panics of the deferred function literals
// of fn, a function declaration or literal inside the functions of stack.
func (w *rewriter) lowerDeferPanicsIn(info *types.Info, fn ast.Node, stack []ast.Node) {
	body := funcBody(fn)
	if body == nil {
		return
	}
	var defers []*ast.DeferStmt
	loops := gotoLoops(body)
	var rangeFuncs []posRange // ranges over functions (lower_rangedefer.go)
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			defers = append(defers, n)
			return false
		case *ast.ForStmt:
			loops = append(loops, posRange{n.Pos(), n.End()})
		case *ast.RangeStmt:
			loops = append(loops, posRange{n.Pos(), n.End()})
			if rangeFuncSig(info.TypeOf(n.X)) != nil {
				rangeFuncs = append(rangeFuncs, posRange{n.Pos(), n.End()})
			}
		}
		return true
	})
	within := func(rs []posRange, d *ast.DeferStmt) bool {
		return slices.ContainsFunc(rs, func(r posRange) bool { return r.holds(d) })
	}
	inLoop := func(d *ast.DeferStmt) bool { return within(loops, d) }
	// A defer statement in a loop may defer many calls.
	looped := slices.ContainsFunc(defers, inLoop)
	// defer panic(v): the interpreter panicked at the statement, so the
	// panic is a literal's, which takes v at the statement (its
	// argument) and panics when the call runs; caught (Catch) where the
	// function defers other calls, unless a call deferred before may
	// recover, which would not see it:
	//
	//	defer panic(v)  ->  defer func(__v any) { __dp1.Catch("f.go:3:8", func() { panic(__v) }) }(v)
	var panicCalls, plainPanics []*ast.CallExpr
	defer func() {
		for _, call := range plainPanics {
			w.vacate(call.Fun, "func(__v any) { panic(__v) }")
		}
	}()
	if len(defers) < 2 && !looped {
		for _, d := range defers {
			if isBuiltin(info, d.Call.Fun, "panic") {
				plainPanics = append(plainPanics, d.Call)
			}
		}
		return
	}
	var panics []ast.Stmt
	var whole []*ast.FuncLit
	var recovers []*ast.CallExpr
	var tails [][]ast.Stmt         // statements after a literal's recover, caught whole
	var calls []*ast.CallExpr      // deferred calls of functions that do not recover, caught whole
	var loopCalls []*ast.DeferStmt // deferred calls in loops that lowerDeferCallInLoop wrote, caught whole
	var listCalls []*ast.DeferStmt // deferred calls in ranges over functions, put on a list (lower_rangedefer.go), caught whole
	recovering := false            // a call deferred before that may recover, not a literal
	for i, d := range defers {
		lit, ok := ast.Unparen(d.Call.Fun).(*ast.FuncLit)
		switch {
		case !ok && isBuiltin(info, d.Call.Fun, "panic"):
			// defer panic(v): caught, in a loop too (the value is the
			// literal's argument), unless a call deferred before may
			// recover, which would not see it.
			if recovering {
				plainPanics = append(plainPanics, d.Call)
			} else {
				panicCalls = append(panicCalls, d.Call)
			}
		case !ok:
			// A function or method that does not recover, deferred after
			// another call and not in a loop (its literal would capture
			// the statement's variables, which a loop shares): caught in
			// a literal of its own (defer mu.Unlock(); defer r.Close(),
			// with Close panicking, left the mutex locked).
			if _, written := w.deferCalls[d]; written && !recovering { // (none that may recover)
				// In a loop, written as a literal taking the receiver
				// and arguments (lowerDeferCallInLoop): the call in it
				// is caught (also the first defer statement: its calls
				// of earlier passes were deferred before).
				loopCalls = append(loopCalls, d)
			} else if !recovering && !w.mayRecover(info, d.Call) && within(rangeFuncs, d) {
				// In the body of a range over a function: the call the
				// loop's list runs is caught (its panic skipped the
				// list's other calls and the function's, a recover's
				// too), the first defer statement's too, as in a loop.
				listCalls = append(listCalls, d)
			} else if i > 0 && !recovering && !inLoop(d) && !w.mayRecover(info, d.Call) {
				calls = append(calls, d.Call)
			}
			recovering = recovering || w.mayRecover(info, d.Call)
		case lit.Type.Results.NumFields() > 0:
		case callsBuiltin(info, lit.Body, "recover"):
			recovers = append(recovers, builtinCalls(info, lit.Body, "recover")...)
			caught := afterRecover(info, lit.Body)
			for _, p := range panicStmts(info, lit.Body) {
				if !slices.ContainsFunc(caught, func(tail []ast.Stmt) bool { return tail[0].Pos() <= p.Pos() && p.End() <= tail[len(tail)-1].End() }) {
					panics = append(panics, p)
				}
			}
			tails = append(tails, caught...)
		case recovering:
			panics = append(panics, panicStmts(info, lit.Body)...)
		default:
			whole = append(whole, lit)
		}
	}
	if len(panics) == 0 && len(whole) == 0 && len(tails) == 0 && len(calls) == 0 && len(loopCalls) == 0 && len(listCalls) == 0 && len(panicCalls) == 0 {
		return
	}
	name := w.tmpName("dp")
	for _, call := range panicCalls {
		w.vacate(call.Fun, fmt.Sprintf("func(__v any) { %s.Catch(%q, func() { panic(__v) }) }", name, w.src.Position(w.offset(call.Pos()))))
	}
	at := w.offset(body.Lbrace) + 1
	w.add(at, at, fmt.Sprintf(" %s := %s.DeferPanics(%q); defer %s.Raise();", name, HelperPkg, interpFuncName(stack), name), -71)
	for _, p := range panics {
		start, end := w.offset(p.Pos()), w.offset(p.End())
		// A recover in the statement (panic(fmt.Sprint("again: ",
		// recover()))) is called before, by the deferred function
		// itself: in Catch's literal it would recover nothing.
		for _, r := range recovers {
			if p.Pos() <= r.Pos() && r.End() <= p.End() {
				tmp := w.tmpName("rv")
				w.add(start, start, tmp+" := "+w.moved(r)+"; ", -121)
				w.vacate(r, tmp)
			}
		}
		// Around the whole statement, and what other lowerings put
		// before it (a value taken before an index check, whose block
		// the value's place closes: res[0] = fmt.Sprint(r)); not moved
		// with an expression that ends or starts where it does.
		w.addOuter(start, start, fmt.Sprintf("if %s.Catch(%q, func() { ", name, w.src.Position(start)), -120)
		w.addOuter(end, end, " }) { return }", 8)
	}
	for _, call := range calls {
		// Outside what the defer statement moves into variables of its
		// own (hoistArgs).
		start, end := w.offset(call.Pos()), w.offset(call.End())
		w.addOuter(start, start, fmt.Sprintf("func() { %s.Catch(%q, func() { ", name, w.src.Position(start)), -70)
		w.addOuter(end, end, " }) }()", 15) // inside the block hoistArgs closes
	}
	for _, d := range loopCalls {
		e := w.deferCalls[d]
		w.edits[e.index].Text = fmt.Sprintf("%s%s.Catch(%q, func() { %s })%s", e.pre, name, w.src.Position(w.offset(d.Call.Pos())), e.call, e.post)
	}
	for _, d := range listCalls {
		if w.rangeDeferCatch == nil {
			w.rangeDeferCatch = map[*ast.DeferStmt]string{}
		}
		w.rangeDeferCatch[d] = fmt.Sprintf("%s.Catch(%q, func() { ", name, w.src.Position(w.offset(d.Call.Pos())))
	}
	for _, tail := range tails {
		start, end := w.offset(tail[0].Pos()), w.offset(tail[len(tail)-1].End())
		w.addOuter(start, start, fmt.Sprintf("if %s.Catch(%q, func() { ", name, w.src.Position(start)), -120)
		w.addOuter(end, end, " }) { return }", 8)
	}
	for _, r := range recovers {
		// Inside Recovered (frontend.go): the value Catch holds is raised
		// as the interpreter raises one.
		start, end := w.offset(r.Pos()), w.offset(r.End())
		w.add(start, start, name+".Recover(", 22)
		w.add(end, end, ")", -22)
	}
	for _, lit := range whole {
		start, end := w.offset(lit.Body.Lbrace)+1, w.offset(lit.Body.Rbrace)
		w.add(start, start, fmt.Sprintf(" %s.Catch(%q, func() {", name, w.src.Position(w.offset(lit.Pos()))), -72)
		w.add(end, end, "}) ", 72)
	}
}

// afterRecover returns runs of the statements of body, a deferred
// literal's that calls recover, that run after its last recover, to the
// end of their block: caught whole, as a literal that does not recover is
// (a run-time panic in them, or one of a function they call, ran no call
// deferred before). They are the statements after the last that calls
// recover, and where that one is an if or a switch that calls it in its
// header alone (if r := recover(); r != nil { ... }), the statements of
// its blocks too. None that holds a label, a branch or a defer statement,
// or a return where more of the literal follows (see catchable).
func afterRecover(info *types.Info, body *ast.BlockStmt) [][]ast.Stmt {
	return runsAfterRecover(info, body.List, true)
}

// runsAfterRecover returns the runs of list, a block's statements, that
// run after its last recover (see afterRecover); returns says whether a
// return may be among them (nothing follows the block in the literal).
func runsAfterRecover(info *types.Info, list []ast.Stmt, returns bool) [][]ast.Stmt {
	last := -1
	for i, s := range list {
		if recoverIn(info, s) {
			last = i
		}
	}
	if last < 0 {
		return nil
	}
	var runs [][]ast.Stmt
	tail := list[last+1:]
	if len(tail) > 0 && catchable(tail, returns) {
		runs = append(runs, tail)
	}
	// A block's return, in the literal, would go on after the if or
	// switch: only where nothing follows it.
	inner := returns && len(tail) == 0
	// block is a block after a header that calls recover: whole, or after
	// its own last recover.
	block := func(stmts []ast.Stmt, header bool) {
		switch {
		case slices.ContainsFunc(stmts, func(s ast.Stmt) bool { return recoverIn(info, s) }):
			runs = append(runs, runsAfterRecover(info, stmts, inner)...)
		case header && len(stmts) > 0 && catchable(stmts, inner):
			runs = append(runs, stmts)
		}
	}
	switch s := list[last].(type) {
	case *ast.IfStmt:
		header := recoverIn(info, s.Cond) || s.Init != nil && recoverIn(info, s.Init)
		block(s.Body.List, header)
		switch e := s.Else.(type) {
		case *ast.BlockStmt:
			block(e.List, header)
		case *ast.IfStmt:
			block([]ast.Stmt{e}, header)
		}
	case *ast.SwitchStmt:
		header := s.Tag != nil && recoverIn(info, s.Tag) || s.Init != nil && recoverIn(info, s.Init)
		for _, c := range s.Body.List {
			block(c.(*ast.CaseClause).Body, header)
		}
	case *ast.TypeSwitchStmt:
		header := recoverIn(info, s.Assign) || s.Init != nil && recoverIn(info, s.Init)
		for _, c := range s.Body.List {
			block(c.(*ast.CaseClause).Body, header)
		}
	case *ast.BlockStmt:
		block(s.List, false)
	}
	return runs
}

// recoverIn reports whether n calls the builtin recover, outside the
// function literals in it.
func recoverIn(info *types.Info, n ast.Node) bool { return callsBuiltin(info, n, "recover") }

// catchable reports whether stmts may run inside a function literal: no
// label, defer or branch statement among them (a break or continue of a
// loop of theirs too), and no return unless returns may be.
func catchable(stmts []ast.Stmt, returns bool) bool {
	ok := true
	for _, s := range stmts {
		ast.Inspect(s, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.LabeledStmt, *ast.DeferStmt, *ast.BranchStmt:
				ok = false
			case *ast.ReturnStmt:
				ok = ok && returns
			}
			return ok
		})
	}
	return ok
}

// mayRecover reports whether call, a deferred call, may call recover: a
// function literal that calls it, or a function or method of the
// program's that does or whose declaration is not in the file.
func (w *rewriter) mayRecover(info *types.Info, call *ast.CallExpr) bool {
	var fn *types.Func
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.FuncLit:
		return callsBuiltin(info, f.Body, "recover")
	case *ast.Ident:
		if isBuiltin(info, f, "recover") {
			return true
		}
		if isBuiltin(info, f, "panic") {
			return false // (a literal calling panic once lowered, see above)
		}
		if _, ok := info.Uses[f].(*types.Builtin); ok {
			return false // delete, close, clear, print: none recovers
		}
		if f.Obj != nil && f.Obj.Kind == ast.Var {
			// A variable a function literal declared and nothing assigns
			// again (g := func() { ... }; defer g()): its literal's.
			if lit := w.declaredLit(f); lit != nil && !w.assignedAgain(f) {
				return callsBuiltin(info, lit.Body, "recover")
			}
			return true
		}
		fn, _ = info.Uses[f].(*types.Func)
	case *ast.SelectorExpr:
		if sel := info.Selections[f]; sel != nil {
			fn, _ = sel.Obj().(*types.Func)
		} else {
			fn, _ = info.Uses[f.Sel].(*types.Func)
		}
	case *ast.IndexExpr, *ast.IndexListExpr:
		return true // a generic function's instance
	}
	if fn == nil {
		return true // a function value
	}
	fn = fn.Origin()
	if fn.Pkg() == nil || fn.Pkg().Path() != "main" {
		return false // compiled code does not recover the program's panics
	}
	if recv := fn.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
		return w.methodsRecover(info, fn.Name())
	}
	fd := w.funcDecl(fn)
	if fd == nil {
		// Declared by an earlier input: its text says.
		if recv := fn.Signature().Recv(); recv != nil {
			t := recv.Type()
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem()
			}
			if named, ok := types.Unalias(t).(*types.Named); ok {
				if text, ok := w.fe.methods[named.Obj().Name()+"."+fn.Name()]; ok {
					return strings.Contains(text, "recover")
				}
			}
		} else if n := w.fe.Names[fn.Name()]; n != nil && n.decl != "" {
			return strings.Contains(n.decl, "recover")
		}
		return true
	}
	return fd.Body == nil || callsBuiltin(info, fd.Body, "recover")
}

// methodsRecover reports whether a method of the program's named name,
// which a call of an interface's method may call, may recover: one the
// segment declares calls recover, or one an earlier input declared
// mentions it.
func (w *rewriter) methodsRecover(info *types.Info, name string) bool {
	for _, d := range w.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil && fd.Name.Name == name && (fd.Body == nil || callsBuiltin(info, fd.Body, "recover")) {
			return true
		}
	}
	for m, text := range w.fe.methods {
		if strings.HasSuffix(m, "."+name) && strings.Contains(text, "recover") {
			return true
		}
	}
	return false
}

// assignedAgain reports whether the segment assigns to the variable id
// names, or takes its address, besides its declaration.
func (w *rewriter) assignedAgain(id *ast.Ident) bool {
	found := false
	ast.Inspect(w.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE && n == id.Obj.Decl {
				return true
			}
			for _, l := range n.Lhs {
				if x, ok := ast.Unparen(l).(*ast.Ident); ok && x.Obj == id.Obj {
					found = true
				}
			}
		case *ast.UnaryExpr:
			if x, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && x.Obj == id.Obj {
				found = true
			}
		}
		return !found
	})
	return found
}

// funcDecl returns the declaration of fn in the segment's file, if it is
// there.
func (w *rewriter) funcDecl(fn *types.Func) *ast.FuncDecl {
	info := w.info()
	for _, d := range w.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && info.Defs[fd.Name] == fn {
			return fd
		}
	}
	return nil
}

// callsBuiltin reports whether body calls the builtin name, outside the
// function literals in it.
func callsBuiltin(info *types.Info, body ast.Node, name string) bool {
	return len(builtinCalls(info, body, name)) > 0
}

// builtinCalls returns the calls of the builtin name in body, outside the
// function literals in it.
func builtinCalls(info *types.Info, body ast.Node, name string) []*ast.CallExpr {
	var found []*ast.CallExpr
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if isBuiltin(info, n.Fun, name) {
				found = append(found, n)
			}
		}
		return true
	})
	return found
}

// interpFuncName returns the name the interpreter gives the function
// innermost in stack in a panic's trace lines (main.f, main.f.func for a
// literal in f).
func interpFuncName(stack []ast.Node) string {
	name := "main"
	for _, n := range stack {
		switch n := n.(type) {
		case *ast.FuncDecl:
			name = "main." + n.Name.Name
		case *ast.FuncLit:
			name += ".func"
		}
	}
	return name
}

// funcBody returns the body of n, a function declaration or literal (nil
// for a declaration without one).
func funcBody(n ast.Node) *ast.BlockStmt {
	switch f := n.(type) {
	case *ast.FuncDecl:
		return f.Body
	case *ast.FuncLit:
		return f.Body
	}
	return nil
}

// panicStmts returns the statements of body, outside the function
// literals in it, that call the builtin panic, where an if statement may
// stand instead.
func panicStmts(info *types.Info, body *ast.BlockStmt) []ast.Stmt {
	var found []ast.Stmt
	isPanic := func(s ast.Stmt) bool {
		e, ok := s.(*ast.ExprStmt)
		if !ok {
			return false
		}
		call, ok := ast.Unparen(e.X).(*ast.CallExpr)
		return ok && isBuiltin(info, call.Fun, "panic")
	}
	list := func(stmts []ast.Stmt) {
		for _, s := range stmts {
			if l, ok := s.(*ast.LabeledStmt); ok {
				s = l.Stmt
			}
			if isPanic(s) {
				found = append(found, s)
			}
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BlockStmt:
			list(n.List)
		case *ast.CaseClause:
			list(n.Body)
		case *ast.CommClause:
			list(n.Body)
		}
		return true
	})
	return found
}
