package repl

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Shifts by a negative count.
//
// A shift whose count is a signed integer panics in Go when the count is
// negative ("runtime error: negative shift amount"). yaegi v0.16.1 shifts
// by it as by a huge unsigned count, and 1 << -1 was 0, silently. The pass
// checks a count of a signed type that is not a constant in a call that
// returns it as a uint64, or panics as Go's runtime does:
//
//	x << n     ->  x << __repl.ShiftCount(int64(n))
//	x >>= n    ->  x >>= __repl.ShiftCount(int64(n))
//
// A count that is the counter of a loop from a constant at least 0 that
// only counts up (for i := 0; ...; i++, or the key of a range), which the
// body does not assign, cannot be negative and is left alone, so that
// the commonest loops pay nothing.

// lowerShiftNeg checks the signed counts of the segment's shifts.
func (w *rewriter) lowerShiftNeg(in *inspector.Inspector) {
	info := w.info()
	check := func(count ast.Expr, stack []ast.Node) {
		tv, ok := info.Types[count]
		if !ok || tv.Value != nil || tv.Type == nil {
			return
		}
		b, ok := tv.Type.Underlying().(*types.Basic)
		if !ok || b.Info()&types.IsInteger == 0 || b.Info()&types.IsUnsigned != 0 || b.Info()&types.IsUntyped != 0 {
			return
		}
		if w.countsUp(info, count, stack) {
			return
		}
		w.add(w.offset(count.Pos()), w.offset(count.Pos()), helperPkg+".ShiftCount(int64(", -4)
		w.add(w.offset(count.End()), w.offset(count.End()), "))", 4)
	}
	in.WithStack([]ast.Node{(*ast.BinaryExpr)(nil), (*ast.AssignStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if (n.Op == token.SHL || n.Op == token.SHR) && info.Types[n].Value == nil {
				check(n.Y, stack)
			}
		case *ast.AssignStmt:
			if (n.Tok == token.SHL_ASSIGN || n.Tok == token.SHR_ASSIGN) && len(n.Rhs) == 1 {
				check(n.Rhs[0], stack)
			}
		}
		return true
	})
}

// countsUp reports whether e is the counter of an enclosing loop that
// starts at a constant at least 0 and only counts up (for i := C; ...;
// i++, or for i := range x), and that the body does not assign or take
// the address of.
func (w *rewriter) countsUp(info *types.Info, e ast.Expr, stack []ast.Node) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || info.Uses[id] == nil {
		return false
	}
	v := info.Uses[id]
	is := func(e ast.Expr) bool {
		x, ok := ast.Unparen(e).(*ast.Ident)
		return ok && (info.Uses[x] == v || info.Defs[x] == v)
	}
	for i := len(stack) - 1; i >= 0; i-- {
		var body *ast.BlockStmt
		switch n := stack[i].(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return false
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE && n.Key != nil && is(n.Key) {
				body = n.Body
			}
		case *ast.ForStmt:
			init, ok := n.Init.(*ast.AssignStmt)
			post, ok2 := n.Post.(*ast.IncDecStmt)
			if !ok || !ok2 || init.Tok != token.DEFINE || len(init.Lhs) != 1 || !is(init.Lhs[0]) || post.Tok != token.INC || !is(post.X) {
				break
			}
			if c := info.Types[init.Rhs[0]].Value; c != nil && constant.Sign(c) >= 0 {
				body = n.Body
			}
		}
		if body == nil {
			continue
		}
		changed := false
		ast.Inspect(body, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.AssignStmt:
				for _, l := range m.Lhs {
					changed = changed || is(l)
				}
			case *ast.IncDecStmt:
				changed = changed || is(m.X)
			case *ast.UnaryExpr:
				changed = changed || m.Op == token.AND && is(m.X)
			}
			return !changed
		})
		return !changed
	}
	return false
}

// shiftCount returns the count of a shift (lower_shiftneg.go), or panics
// as Go's runtime does when it is negative.
func shiftCount(n int64) uint64 {
	if n < 0 {
		panic(&runtimeError{msg: "runtime error: negative shift amount", kind: panicOther})
	}
	return uint64(n)
}
