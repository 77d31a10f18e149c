package frontend

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// A map index or a receive in the comma-ok form with both results blank.
//
// _, _ = m[k] and _, _ = <-ch still look k up and receive in Go (a key of
// a type that cannot be hashed panics, a receive waits for a value).
// yaegi v0.16.1 skipped the lookup (_, _ = m[k] with k a slice in an any
// did not panic) and failed on the receive (reflect.Set: value of type int
// is not assignable to type chan int). With neither result used, the
// comma-ok form is the plain one:
//
//	_, _ = m[k]   ->  _ = m[k]
//	_, _ = <-ch   ->  _ = <-ch

// lowerBlankCommaOK rewrites the assignments described above.
func (w *rewriter) lowerBlankCommaOK(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.AssignStmt)(nil)}, func(n ast.Node) {
		as := n.(*ast.AssignStmt)
		if as.Tok != token.ASSIGN || len(as.Lhs) != 2 || len(as.Rhs) != 1 || !isBlank(as.Lhs[0]) || !isBlank(as.Lhs[1]) {
			return
		}
		switch r := ast.Unparen(as.Rhs[0]).(type) {
		case *ast.IndexExpr:
			if _, ok := info.TypeOf(r.X).Underlying().(*types.Map); !ok {
				return
			}
		case *ast.UnaryExpr:
			if r.Op != token.ARROW {
				return
			}
		default:
			return
		}
		w.add(w.offset(as.Lhs[0].Pos()), w.offset(as.Lhs[1].End()), "_", 0)
	})
}
