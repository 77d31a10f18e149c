package repl

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// The address of an element of an array through a pointer.
//
// yaegi v0.16.1 refuses &p[i] where p points to an array ("cannot take
// address of int [kind: indexExpr]"), a form Go allows as &(*p)[i], which
// yaegi compiles. The pass writes the indirection out:
//
//	&p[i]  ->  &(*p)[i]

// lowerArrayPtrAddr rewrites the expressions described above.
func (w *rewriter) lowerArrayPtrAddr(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.UnaryExpr)(nil)}, func(n ast.Node) {
		u := n.(*ast.UnaryExpr)
		if u.Op != token.AND {
			return
		}
		ix, ok := ast.Unparen(u.X).(*ast.IndexExpr)
		if !ok {
			return
		}
		p, ok := underlying(info.TypeOf(ix.X)).(*types.Pointer)
		if !ok {
			return
		}
		if _, isArray := p.Elem().Underlying().(*types.Array); !isArray {
			return
		}
		w.add(w.offset(ix.X.Pos()), w.offset(ix.X.Pos()), "(*", -3)
		w.add(w.offset(ix.X.End()), w.offset(ix.X.End()), ")", 3)
	})
}
