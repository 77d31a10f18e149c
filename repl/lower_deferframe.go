package repl

import (
	"go/ast"
)

// Function values made in a function that defers.
//
// yaegi v0.16.1 runs a function's deferred calls holding the lock of the
// function's frame, and a closure it made (a function literal's value, see
// its getFunc) takes the lock of the frame that made it when it returns, to
// put back a slot of that frame. So a closure made in a function and
// called, by any path, while that function's deferred calls run hangs for
// good on the lock (its issue 1697): deferred itself (defer g(), defer
// s.f(), defer fs[0]()), called by a deferred literal or by a function a
// deferred call passes it to (defer run(g), defer sort.Slice(x, less)), or
// called by another goroutine meanwhile. Which value a call reaches cannot
// be told from the text (it may go through fields, maps, parameters and
// compiled code), so the pass takes the lock out of the way instead: in a
// function with a defer statement of its own, every function literal whose
// value is kept (not called where it stands) is made in a frame of its
// own, by a literal called at once, whose lock nothing holds:
//
//	g := func() { fmt.Println("deferred") }
//	defer g()
//
// becomes
//
//	g := func() func() { return func() { fmt.Println("deferred") } }()
//	defer g()
//
// The closure sees the function's variables as before (the frame it is
// made in reaches them). Literals called where they stand (defer func()
// {...}(), go func() {...}(), func() {...}()) are run by yaegi without
// that lock and stay as they are; so do literals in functions without a
// defer statement of their own, whose frames are never locked during a
// call. A method expression (T.M, a literal once lowered, see
// lower_methodexpr.go) held as a value is made the same way; a method
// value (x.M) is already made in a frame of its own (lowerMethodValue).
// The extra call costs about a microsecond each time such a literal is
// evaluated, in functions that defer only.

// findDeferFrames records, in w.deferFrame, the function literals and
// selector expressions whose values are made in the frame of a function
// (or a function literal) with a defer statement of its own.
func (w *rewriter) findDeferFrames() {
	w.deferFrame = map[ast.Node]bool{}
	var frame func(body *ast.BlockStmt)
	frame = func(body *ast.BlockStmt) {
		if body == nil {
			return
		}
		defers := false
		ast.Inspect(body, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.FuncLit:
				return false // a frame of its own
			case *ast.DeferStmt:
				defers = true
			}
			return !defers
		})
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				if defers {
					w.deferFrame[n] = true
				}
				frame(n.Body)
				return false
			case *ast.SelectorExpr:
				if defers {
					w.deferFrame[n] = true
				}
			}
			return true
		})
	}
	for _, d := range w.file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			frame(d.Body)
		case *ast.GenDecl:
			// Package-level initializers run in a frame without defers;
			// the literals in them have frames of their own.
			ast.Inspect(d, func(n ast.Node) bool {
				if lit, ok := n.(*ast.FuncLit); ok {
					frame(lit.Body)
					return false
				}
				return true
			})
		}
	}
}

// calledAt reports whether fn is the function a call (parent) calls where
// it stands, not in parentheses: yaegi runs a parenthesized literal
// deferred, (func() {...})(), as a closure made in the frame.
func calledAt(fn ast.Node, parent ast.Node) bool {
	c, ok := parent.(*ast.CallExpr)
	return ok && c.Fun == fn
}

// ownFrame makes the value of lit, a function literal kept as a value in
// a function that defers, in a frame of its own. parent is the node
// around lit.
func (w *rewriter) ownFrame(lit *ast.FuncLit, parent ast.Node) {
	if !w.deferFrame[lit] || calledAt(lit, parent) {
		return
	}
	// Inside the parentheses parenFuncLits puts around an argument:
	// yaegi v0.16.1 cannot return a parenthesized literal ("call of
	// MakeFunc with non-Func type").
	start, end := w.offset(lit.Pos()), w.offset(lit.End())
	w.add(start, start, "func() "+w.text(lit.Type)+" { return ", 20)
	w.add(end, end, " }()", -20)
}
