package frontend

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Refused: a panic in a deferred function that a function deferred before
// it, in the same function, would recover.
//
// yaegi v0.16.1 does not hand a panic raised by a deferred function to the
// functions deferred before it in the same function: the recover() in
//
//	defer func() { s = fmt.Sprint(recover()) }()
//	defer func() { panic("from defer") }()
//
// never sees it, and the panic ends the program (across functions it
// works: the caller's deferred functions recover it). Where a deferred
// function literal calls panic and one deferred before it in the same
// function calls recover, the function is refused before it runs, with the
// way around: recover in a function that calls this one. (A run-time
// panic in a deferred function cannot be seen before it runs; it ends the
// program, loudly.)

// refuseDeferPanics returns the error described above, or nil.
func (w *rewriter) refuseDeferPanics(in *inspector.Inspector) error {
	info := w.info()
	var err error
	calls := func(body *ast.BlockStmt, name string) bool {
		found := false
		ast.Inspect(body, func(n ast.Node) bool {
			if found {
				return false
			}
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.CallExpr:
				if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
					if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == name {
						found = true
					}
				}
			}
			return true
		})
		return found
	}
	in.Preorder([]ast.Node{(*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)}, func(n ast.Node) {
		if err != nil {
			return
		}
		body := funcBody(n)
		if body == nil {
			return
		}
		recovering := false
		ast.Inspect(body, func(n ast.Node) bool {
			if err != nil {
				return false
			}
			switch n := n.(type) {
			case *ast.FuncLit:
				return false // a function of its own
			case *ast.DeferStmt:
				lit, ok := ast.Unparen(n.Call.Fun).(*ast.FuncLit)
				if !ok {
					return false
				}
				if recovering && calls(lit.Body, "panic") {
					err = &Error{Pos: w.src.Position(w.offset(n.Pos())), Msg: "a deferred function that panics, after one that recovers in the same function: the interpreter does not give the panic to the one deferred before it (the program would end); recover in a function that calls this one"}
					return false
				}
				if calls(lit.Body, "recover") {
					recovering = true
				}
				return false
			}
			return true
		})
	})
	return err
}

// Lowering: a panic in a deferred function runs the calls deferred before
// it.
//
// yaegi v0.16.1 runs a function's deferred calls in a loop that a panic of
// one of them leaves: the calls deferred before it never run (a deferred
// fmt.Println, wg.Done or mu.Unlock was skipped, and the panic went on).
// Where a deferred function literal calls panic and the function defers
// another call, the panic is caught where it is raised and raised again
// once the calls deferred before it have run, by a call deferred first:
//
//	func f() {
//		defer fmt.Println("cleanup")
//		defer func() { panic(r) }()
//
// becomes
//
//	func f() { __dp1 := __repl.DeferPanics("main.f"); defer __dp1.Raise();
//		defer fmt.Println("cleanup")
//		defer func() { if __dp1.Catch("f.go:3:17", func() { panic(r) }) { return } }()
//
// (Raise writes the trace line of f that the interpreter's loop, which it
// leaves, would have written, so that the report names f's callers.)
//
// (A recover in one deferred before it is refused, see refuseDeferPanics;
// a panic in a function the deferred one calls, or a run-time panic, still
// skips them: README's Known gaps.)

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
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			defers = append(defers, n)
			return false
		}
		return true
	})
	if len(defers) < 2 {
		return
	}
	var panics []ast.Stmt
	for _, d := range defers {
		lit, ok := ast.Unparen(d.Call.Fun).(*ast.FuncLit)
		if !ok || lit.Type.Results.NumFields() > 0 {
			continue
		}
		panics = append(panics, panicStmts(info, lit.Body)...)
	}
	if len(panics) == 0 {
		return
	}
	name := w.tmpName("dp")
	at := w.offset(body.Lbrace) + 1
	w.add(at, at, fmt.Sprintf(" %s := %s.DeferPanics(%q); defer %s.Raise();", name, HelperPkg, interpFuncName(stack), name), -71)
	for _, p := range panics {
		start, end := w.offset(p.Pos()), w.offset(p.End())
		w.add(start, start, fmt.Sprintf("if %s.Catch(%q, func() { ", name, w.src.Position(start)), -8)
		w.add(end, end, " }) { return }", 8)
	}
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
		if !ok {
			return false
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok {
			return false
		}
		b, ok := info.Uses[id].(*types.Builtin)
		return ok && b.Name() == "panic"
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
