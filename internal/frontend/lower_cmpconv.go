package frontend

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Comparisons of a defined type with a value of its underlying type.
//
// Go compares a value of a defined type with one of an unnamed type of
// the same underlying type (the one is assignable to the other): with
// type ID [2]int and func mk() [2]int, id == mk() is valid. yaegi v0.16.1
// refuses it ("invalid operation: mismatched types main.ID and [2]int").
// The pass converts the unnamed operand to the defined type, as Go's
// comparison does:
//
//	id == mk()  ->  id == ID(mk())
//
// Operands of an interface type, untyped ones (constants, nil) and
// instances of generic types (whose names the interpreter spells
// otherwise, see lower_geninstance.go) are left as they are.

// lowerComparisonConversions rewrites the comparisons described above.
func (w *rewriter) lowerComparisonConversions(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.BinaryExpr)(nil)}, func(n ast.Node) {
		b := n.(*ast.BinaryExpr)
		if b.Op != token.EQL && b.Op != token.NEQ {
			return
		}
		tx, ty := info.Types[b.X], info.Types[b.Y]
		if tx.Type == nil || ty.Type == nil || tx.Value != nil || ty.Value != nil || tx.IsNil() || ty.IsNil() {
			return
		}
		if types.IsInterface(tx.Type) || types.IsInterface(ty.Type) || types.Identical(tx.Type, ty.Type) {
			return
		}
		named := func(t types.Type) *types.Named {
			n, _ := types.Unalias(t).(*types.Named)
			if n == nil || n.TypeArgs().Len() > 0 || hasTypeParam(n) {
				return nil
			}
			return n
		}
		nx, ny := named(tx.Type), named(ty.Type)
		var to *types.Named
		var e ast.Expr
		switch {
		case nx != nil && ny == nil && isUnnamed(ty.Type):
			to, e = nx, b.Y
		case ny != nil && nx == nil && isUnnamed(tx.Type):
			to, e = ny, b.X
		default:
			return
		}
		if !types.Identical(to.Underlying(), types.Unalias(info.TypeOf(e))) {
			return
		}
		w.wrapArg(e, types.TypeString(to, w.qualifier())+"(", -6)
		w.add(w.offset(e.End()), w.offset(e.End()), ")", 6)
	})
}

// isUnnamed reports whether t is a type literal ([2]int, *T, chan int),
// not a defined, basic or parameter type.
func isUnnamed(t types.Type) bool {
	switch types.Unalias(t).(type) {
	case *types.Array, *types.Pointer, *types.Chan, *types.Struct, *types.Slice, *types.Map, *types.Signature:
		return true
	}
	return false
}
