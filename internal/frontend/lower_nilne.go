package frontend

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: nil interfaces the interpreter tells wrongly: comparisons of
// an empty interface with nil, and a call's nil interface passed on.
//
// yaegi v0.16.1 holds a nil interface of the program's converted to an
// empty interface (var h Handler; var v any = h) as its own interface
// value holding nothing; v == nil is true, as in Go, but v != nil was
// true too, and if v != nil took the wrong branch. nil != v, and the
// negation of ==, are answered right. And it compared a value converted
// in place (any(p) == nil, p a struct) by asking reflection whether the
// struct is nil, which panicked ("reflect: call of reflect.Value.IsNil on
// struct Value"); compared with any(nil) it answers. So
//
//	v != nil       ->  !(v == nil)
//	any(p) == nil  ->  any(p) == any(nil)
//
// And a call's result of an interface of the program's passed on as an
// argument of that interface (wrap(pick()), pick returning a nil
// Handler): the parameter, converted to an empty interface in the callee,
// was not nil there; passed through a slice's element, as a variable's
// value is, it is:
//
//	wrap(pick())  ->  wrap([]Handler{pick()}[0])

// lowerNilNotEqual rewrites the comparisons described above.
func (w *rewriter) lowerNilNotEqual(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	// converted reports whether e converts a value that is not an
	// interface to an empty interface in place (any(p)).
	converted := func(e ast.Expr) bool {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || !info.Types[call.Fun].IsType() || !emptyInterface(info.TypeOf(call)) {
			return false
		}
		t := info.TypeOf(call.Args[0])
		return t != nil && !types.IsInterface(t) && !info.Types[call.Args[0]].IsNil()
	}
	in.Preorder([]ast.Node{(*ast.BinaryExpr)(nil)}, func(n ast.Node) {
		b := n.(*ast.BinaryExpr)
		if b.Op != token.NEQ && b.Op != token.EQL {
			return
		}
		for _, pair := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
			if info.Types[pair[1]].IsNil() && converted(pair[0]) {
				w.add(w.offset(pair[1].Pos()), w.offset(pair[1].End()), "any(nil)", 0)
				return
			}
		}
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

// lowerIfaceCallArgs rewrites the arguments described above.
func (w *rewriter) lowerIfaceCallArgs(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	w.conversions(in, func(e ast.Expr, target types.Type, call *ast.CallExpr, _ bool) {
		if call == nil || info.Types[call.Fun].IsType() {
			return
		}
		arg, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || info.Types[arg.Fun].IsType() {
			return
		}
		if t := info.TypeOf(e); t == nil || !programIface(t) || !types.Identical(t, target) {
			return
		}
		w.holdName(e, target) // as lower_heldname.go writes a value that keeps its name
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
