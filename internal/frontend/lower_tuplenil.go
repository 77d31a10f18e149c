package frontend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: nil among the values of an assignment of several.
//
// yaegi v0.16.1 panics ("reflect: New(nil)") on an assignment of several
// values where one is the untyped nil, x, err = 5, nil (into named results
// as much as into variables), and on var p, q *int = nil, nil. The
// type checker knows the type each nil takes; the pass writes it out:
//
//	x, err = 5, nil          ->  x, err = 5, (error)(nil)
//	var p, q *int = nil, nil  ->  var p, q *int = (*int)(nil), (*int)(nil)

// lowerTupleNils types the nils described above.
func (w *rewriter) lowerTupleNils(in *inspector.Inspector) {
	info := w.info()
	typed := func(e ast.Expr, t types.Type) {
		if tv, ok := info.Types[e]; !ok || !tv.IsNil() || t == nil {
			return
		}
		typ, ok := w.typeSource(t, e.Pos())
		if !ok {
			return
		}
		w.wrapArg(e, "("+typ+")(", -2)
		end := w.offset(e.End())
		w.add(end, end, ")", 2)
	}
	in.Preorder([]ast.Node{(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) < 2 || len(n.Lhs) != len(n.Rhs) {
				return
			}
			for i, r := range n.Rhs {
				if id, ok := n.Lhs[i].(*ast.Ident); ok && id.Name == "_" {
					continue
				}
				typed(r, info.TypeOf(n.Lhs[i]))
			}
		case *ast.ValueSpec:
			if len(n.Names) < 2 || len(n.Names) != len(n.Values) {
				return
			}
			for i, v := range n.Values {
				if obj := info.Defs[n.Names[i]]; obj != nil {
					typed(v, obj.Type())
				}
			}
		}
	})
}
