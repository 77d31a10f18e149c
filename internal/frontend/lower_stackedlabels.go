package frontend

import (
	"go/ast"

	"golang.org/x/tools/go/ast/inspector"
)

// Labels on a labeled statement.
//
// yaegi v0.16.1 does not see the inner label of two on one statement, A:
// B: for ...: a continue B or break B in the loop failed to compile
// ("undefined: B"). Go allows only goto to the outer label (break A and
// continue A are invalid: A labels a label), and a goto to an empty
// statement just before the loop goes to the same place, so the outer
// label gets one:
//
//	A: B: for ...  ->  A: ; B: for ...
func (w *rewriter) lowerStackedLabels(in *inspector.Inspector) {
	in.Preorder([]ast.Node{(*ast.LabeledStmt)(nil)}, func(n ast.Node) {
		l := n.(*ast.LabeledStmt)
		if _, ok := l.Stmt.(*ast.LabeledStmt); ok {
			at := w.offset(l.Colon) + 1
			w.add(at, at, " ;", 0)
		}
	})
}
