package frontend

import (
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a composite literal, or a call assigned with =, among several
// values.
//
// yaegi v0.16.1 compiles a, b := x, y as one node that makes every
// assignment, and it saves a copy by building a composite literal (or, in
// an assignment with =, the result of a call) right in the variable it is
// assigned to: it then marks the whole node as having nothing left to do,
// so the other variables of the statement were never assigned. After
// vals, want := s.Values(), []int{1} the slice vals was empty (Go's
// test/typeparam/sets.go failed its own check); o, p := 3, P{4} left o 0;
// if b, a = f(), 4; a == 4 skipped the branch. A value in parentheses it
// evaluates first and then assigns as any other, so where a statement or
// declaration assigns several values, one to each name, the pass puts
// those values in parentheses:
//
//	o, p := 3, P{4}          ->  o, p := 3, (P{4})
//	var a, b = f(), []int{1}  ->  var a, b = f(), ([]int{1})
//	b, a = f(), 4            ->  b, a = (f()), 4
//
// A value of a single assignment is built in place rightly, and is left
// as it is; receives are put in parentheses by lowerRecvAssigns.

// lowerTupleLits parenthesizes the values described above.
func (w *rewriter) lowerTupleLits(in *inspector.Inspector) {
	wrap := func(lhs int, rhs []ast.Expr, calls bool) {
		if lhs < 2 || lhs != len(rhs) {
			return
		}
		for _, r := range rhs {
			switch r.(type) {
			case *ast.CompositeLit:
			case *ast.CallExpr:
				if !calls {
					continue
				}
			default:
				continue
			}
			// One edit, which the edits inside the value go with.
			w.vacate(r, "("+w.moved(r)+")")
		}
	}
	in.Preorder([]ast.Node{(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE || n.Tok == token.ASSIGN {
				wrap(len(n.Lhs), n.Rhs, n.Tok == token.ASSIGN)
			}
		case *ast.ValueSpec:
			wrap(len(n.Names), n.Values, false)
		}
	})
}
