package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a negative shift count.
//
// Go panics when the count of a shift is negative ("runtime error:
// negative shift amount"); yaegi v0.16.1 shifts by it as by a huge
// unsigned count, without a word (1 << n with n = -1 was 0). Where the
// type checker sees a shift (x << n, x >> n, x <<= n, x >>= n) whose
// count is not a constant and has a signed type, the count is checked: by
// a statement of its own before the statement where that panics where Go
// would (as the nil checks of lower_nilderef.go), else by a call that
// returns it as a uint64:
//
//	mask |= 1 << i  ->  if i < 0 { panic(__repl.NegativeShift("f.go:3:14")) }; mask |= 1 << i
//	x << f()        ->  x << __repl.ShiftCount(int64(f()), "f.go:3:6")

// lowerShiftCounts checks the counts described above.
func (w *rewriter) lowerShiftCounts(in *inspector.Inspector) {
	info := w.info()
	checked := map[ast.Stmt]map[any]bool{}
	check := func(y ast.Expr, at token.Pos, stack []ast.Node) {
		tv, ok := info.Types[y]
		if !ok || tv.Value != nil || tv.Type == nil {
			return
		}
		b, ok := tv.Type.Underlying().(*types.Basic)
		if !ok || b.Info()&types.IsInteger == 0 || b.Info()&types.IsUnsigned != 0 {
			return
		}
		if w.checkBefore(y, at, stack, checked, simpleGuard("< 0", HelperPkg+".NegativeShift"), false) {
			return
		}
		end := w.offset(y.End())
		w.wrapArg(y, HelperPkg+".ShiftCount(int64(", -3)
		w.add(end, end, fmt.Sprintf("), %q)", w.src.Position(w.offset(at))), 3)
	}
	in.WithStack([]ast.Node{(*ast.BinaryExpr)(nil), (*ast.AssignStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if n.Op == token.SHL || n.Op == token.SHR {
				check(n.Y, n.OpPos, append(stack, n.Y))
			}
		case *ast.AssignStmt:
			if (n.Tok == token.SHL_ASSIGN || n.Tok == token.SHR_ASSIGN) && len(n.Rhs) == 1 {
				check(n.Rhs[0], n.TokPos, append(stack, n.Rhs[0]))
			}
		}
		return true
	})
}
