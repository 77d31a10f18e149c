package frontend

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a generic function's result of a function type, at the
// prompt.
//
// yaegi v0.16.1 keeps a generic function's instance from the input that
// made it; in a later input, a value the instance returns of a function
// type (slices.Values's iter.Seq[int], maps.Keys's) stored where its type
// is inferred from the call (an argument of another generic call, a
// variable declared with :=) panicked: "reflect.Set: value of type
// func(func(int) bool) is not assignable to type interp.generic", so that
// after it := slices.Values(xs), slices.Sorted(slices.Values(xs)) failed
// for the rest of the session. The result goes through a variable of its
// type written out, which the interpreter stores it in:
//
//	slices.Sorted(slices.Values(xs))  ->  slices.Sorted(func() iter.Seq[int] { var __v iter.Seq[int]; __v = slices.Values(xs); return __v }())
//
// Scripts, compiled in one go, are left alone.
func (w *rewriter) lowerGenericFuncResults(in *inspector.Inspector) {
	info := w.info()
	if info == nil || w.mode == ModeScript {
		return
	}
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		t := info.TypeOf(call)
		if _, ok := types.Unalias(t).Underlying().(*types.Signature); !ok || hasTypeParam(t) || !genericCall(info, call) {
			return
		}
		src, ok := w.typeSource(t, call.Pos())
		if !ok {
			return
		}
		w.wrapArg(call, fmt.Sprintf("func() %s { var __v %s; __v = ", src, src), -6)
		end := w.offset(call.End())
		w.add(end, end, "; return __v }()", -6)
	})
}

// genericCall reports whether call calls an instance of a generic function
// (not a method).
func genericCall(info *types.Info, call *ast.CallExpr) bool {
	id := calleeIdent(call.Fun)
	if id == nil {
		return false
	}
	_, ok := info.Instances[id]
	return ok
}
