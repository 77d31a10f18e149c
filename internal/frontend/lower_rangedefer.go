package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
)

// Defer in the body of a range over a function.
//
// The body of a range over a function becomes a function literal (see
// lower_range.go), whose return would run a deferred call at the end of
// the iteration, where Go runs it when the enclosing function returns. The
// pass keeps such calls on a list of the outermost lowered loop, which a
// call deferred just before that loop runs, last first; the deferred call's
// function, receiver and arguments are taken at the defer statement, as
// before (rewriter.deferStmt):
//
//	for x := range seq { defer fmt.Println("deferred", x) }
//
// becomes
//
//	{ __d1 := new([]func()); defer func(__l *[]func()) { for i := len(*__l) - 1; i >= 0; i-- { (*__l)[i]() } }(__d1)
//	  ... seq(func(x int) bool { { __a2 := x; *__d1 = append(*__d1, func() { fmt.Println("deferred", __a2) }) }; ...
//	}
//
// Deferred before the loop, the list runs in Go's order among the
// function's other deferred calls. A call on the list that may panic is
// caught (lower_deferpanic.go's Catch, written here: rangeDeferCatch), so
// that the list's other calls and the function's run, and a recover
// deferred before the loop gets the panic. A deferred call there that calls
// recover is refused: called from the list, recover would not stop a
// panic.

// lowerRangeFuncDefer rewrites d, in the body of the lowered loop root; it
// returns why it cannot ("" when it did).
func (w *rewriter) lowerRangeFuncDefer(d *ast.DeferStmt, root *rfLoop) string {
	info := w.info()
	recovers := false
	ast.Inspect(d.Call, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(c.Fun).(*ast.Ident); ok {
				if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "recover" {
					recovers = true
				}
			}
		}
		return !recovers
	})
	if recovers {
		return "a deferred call that calls recover in the body of a range over a function: the interpreter runs the body as a function literal, so recover would not stop the panic (defer it before the loop)"
	}
	if root.defers == "" {
		root.defers = w.tmpName("d")
		at := w.offset(root.n.For)
		// The list goes as the deferred literal's argument: a literal
		// deferred in a loop reads the variables it captures when it runs
		// (see lower_deferloop.go), so in an outer loop each pass's
		// would have run the last pass's list.
		w.add(at, at, fmt.Sprintf("{ %[1]s := new([]func()); defer func(__l *[]func()) { for __i := len(*__l) - 1; __i >= 0; __i-- { (*__l)[__i]() } }(%[1]s); ", root.defers), -2)
		rb := w.offset(root.n.Body.Rbrace) + 1
		w.add(rb, rb, " }", 2)
	}
	pre, post := fmt.Sprintf("*%[1]s = append(*%[1]s, func() { ", root.defers), " })"
	if catch, ok := w.rangeDeferCatch[d]; ok { // its panic caught (lower_deferpanic.go)
		pre, post = pre+catch, " })"+post
	}
	w.add(w.offset(d.Defer), w.offset(d.Call.Pos()), pre, 0)
	end := w.offset(d.Call.End())
	w.add(end, end, post, 10)
	return ""
}
