package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Shifts of an untyped constant by a variable.
//
// In Go, the constant in 1<<n with n a variable takes the type the shift
// would have if the shift were replaced by its left operand alone: in
// p&(1<<i) with p a Perm (a uint8), 1 is a Perm. yaegi v0.16.1 makes it an
// int whatever the context, so the & above panicked inside a String method
// (reflect: call of reflect.Value.Uint on int Value), and a uint64 mask
// 1<<63 overflowed. The pass writes the type go/types gave the constant:
//
//	p&(1<<i)      ->  p&(Perm(1)<<i)
//	var m uint64 = 1 << n  ->  var m uint64 = uint64(1) << n

// lowerShift converts the untyped constant left operand of a shift by a
// variable to the type the check gave it.
func (w *rewriter) lowerShift(b *ast.BinaryExpr) {
	info := w.info()
	if info == nil || b.Op != token.SHL && b.Op != token.SHR {
		return
	}
	if tv, ok := info.Types[b]; !ok || tv.Value != nil {
		return // a constant shift, which yaegi computes as Go does
	}
	x, ok := info.Types[b.X]
	if !ok || x.Value == nil || x.Type == nil {
		return
	}
	if basic, ok := x.Type.(*types.Basic); ok && basic.Kind() == types.Int {
		return // int is what yaegi makes it anyway
	}
	if !isUntypedConst(b.X, info) {
		return
	}
	t := "int" // a shift left untyped: a shift count, of type int
	if basic, ok := x.Type.(*types.Basic); !ok || basic.Info()&types.IsUntyped == 0 {
		if t, ok = w.typeSource(x.Type, b.Pos()); !ok {
			return
		}
	}
	w.wrapArg(b.X, t+"(", -5)
	w.add(w.offset(b.X.End()), w.offset(b.X.End()), ")", 5)
}

// isUntypedConst reports whether e is a constant expression of untyped
// constants (the type the check records for it is the one it was
// converted to).
func isUntypedConst(e ast.Expr, info *types.Info) bool {
	untyped := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			if c, ok := info.Uses[n].(*types.Const); ok {
				if basic, ok := c.Type().(*types.Basic); !ok || basic.Info()&types.IsUntyped == 0 {
					untyped = false
				}
			}
		case *ast.CallExpr:
			untyped = false // a conversion, or a typed len of an array
		}
		return untyped
	})
	return untyped
}
