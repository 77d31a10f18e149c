package frontend

import (
	"go/ast"
	"go/token"
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
// lower_methodexpr.go) and a generic function used as a value (a literal
// once lowered, see funcValue in lower_infer.go) are made the same way; a
// method value (x.M) is already made in a frame of its own
// (lowerMethodValue).
// The cost is one more interpreted call each time such a literal is
// evaluated, in functions that defer only.

// funcSpan is the text of a function's body, and whether the function
// has a defer statement of its own.
type funcSpan struct {
	node     ast.Node // the *ast.FuncDecl or *ast.FuncLit
	pos, end token.Pos
	defers   bool
}

// findDeferFrames records, in w.funcs, every function of the file with a
// body, and whether it defers.
func (w *rewriter) findDeferFrames() {
	w.funcs = nil
	w.parenDeferred = map[*ast.FuncLit]bool{}
	ast.Inspect(w.file, func(n ast.Node) bool {
		var body *ast.BlockStmt
		switch n := n.(type) {
		case *ast.DeferStmt:
			if lit, ok := ast.Unparen(n.Call.Fun).(*ast.FuncLit); ok && lit != n.Call.Fun {
				w.parenDeferred[lit] = true
			}
		case *ast.FuncDecl:
			body = n.Body
		case *ast.FuncLit:
			body = n.Body
		}
		if body == nil {
			return true
		}
		defers := false
		ast.Inspect(body, func(m ast.Node) bool {
			switch m.(type) {
			case *ast.FuncLit:
				return false // a frame of its own
			case *ast.DeferStmt:
				defers = true
			}
			return !defers
		})
		w.funcs = append(w.funcs, funcSpan{node: n, pos: body.Pos(), end: body.End(), defers: defers})
		return true
	})
}

// inDeferFrame reports whether n is evaluated in the frame of a function
// with a defer statement of its own: the innermost function whose body
// holds n (n itself aside) defers.
func (w *rewriter) inDeferFrame(n ast.Node) bool {
	var in *funcSpan
	for i := range w.funcs {
		f := &w.funcs[i]
		if f.node != n && f.pos <= n.Pos() && n.End() <= f.end && (in == nil || f.pos > in.pos) {
			in = f
		}
	}
	return in != nil && in.defers
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
	if calledAt(lit, parent) || w.parenDeferred[lit] || !w.inDeferFrame(lit) {
		return
	}
	// Inside the parentheses parenFuncLits puts around an argument:
	// yaegi v0.16.1 cannot return a parenthesized literal ("call of
	// MakeFunc with non-Func type").
	start, end := w.offset(lit.Pos()), w.offset(lit.End())
	w.add(start, start, "func() "+w.text(lit.Type)+" { return ", 20)
	w.add(end, end, " }()", -20)
}
