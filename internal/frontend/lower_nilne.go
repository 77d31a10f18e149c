package frontend

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: x != nil of an empty interface, as !(x == nil).
//
// yaegi v0.16.1 holds a nil interface of the program's converted to an
// empty interface (var h Handler; var v any = h) as its own interface
// value holding nothing; v == nil is true, as in Go, but v != nil was
// true too, and if v != nil took the wrong branch. nil != v, and the
// negation of ==, are answered right. So
//
//	v != nil  ->  !(v == nil)

// lowerNilNotEqual rewrites the comparisons described above.
func (w *rewriter) lowerNilNotEqual(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	in.Preorder([]ast.Node{(*ast.BinaryExpr)(nil)}, func(n ast.Node) {
		b := n.(*ast.BinaryExpr)
		if b.Op != token.NEQ || !info.Types[b.Y].IsNil() || !emptyInterface(info.TypeOf(b.X)) {
			return
		}
		op := w.offset(b.OpPos)
		w.wrapArg(b, "!(", -1)
		w.add(op, op+len(token.NEQ.String()), "==", 0)
		end := w.offset(b.End())
		w.add(end, end, ")", 1)
	})
}

// emptyInterface reports whether t is an interface type without methods
// (any, interface{}), not a type parameter.
func emptyInterface(t types.Type) bool {
	if t == nil {
		return false
	}
	if _, ok := types.Unalias(t).(*types.TypeParam); ok {
		return false
	}
	i, ok := t.Underlying().(*types.Interface)
	return ok && i.Empty()
}
