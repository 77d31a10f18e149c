package frontend

import (
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a labelled statement in a case clause.
//
// yaegi v0.16.1 does not find a label declared among the statements of a
// switch, type switch or select case: continue L of a labelled loop there,
// or goto L to a label there, was refused ("undefined: L"). In a block of
// its own the label is found; the clause's statements go in one (but a
// final fallthrough, which must end the clause):
//
//	case v := <-q:        case v := <-q: {
//	outer:          ->    outer:
//		for ... { }           for ... { }
//	                      }
func (w *rewriter) lowerCaseLabels(in *inspector.Inspector) {
	in.Preorder([]ast.Node{(*ast.CaseClause)(nil), (*ast.CommClause)(nil)}, func(n ast.Node) {
		var body []ast.Stmt
		switch n := n.(type) {
		case *ast.CaseClause:
			body = n.Body
		case *ast.CommClause:
			body = n.Body
		}
		labelled := false
		for _, s := range body {
			if _, ok := s.(*ast.LabeledStmt); ok {
				labelled = true
			}
		}
		if !labelled {
			return
		}
		if b, ok := body[len(body)-1].(*ast.BranchStmt); ok && b.Tok == token.FALLTHROUGH {
			body = body[:len(body)-1]
		}
		if len(body) == 0 {
			return
		}
		start, end := w.offset(body[0].Pos()), w.offset(body[len(body)-1].End())
		w.add(start, start, "{ ", -50)
		w.add(end, end, " }", 50)
	})
}
