package frontend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// nil passed on as a variadic parameter's slice.
//
// yaegi v0.16.1 fails to compile a call that passes nil as the slice of a
// variadic parameter: f(nil...) with func f(nums ...int) said "CFG
// post-order panic: runtime error: invalid memory address or nil pointer
// dereference". The pass writes the slice's type, which it compiles:
//
//	f(nil...)  ->  f([]int(nil)...)

// lowerNilVariadics rewrites the calls described above.
func (w *rewriter) lowerNilVariadics(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		if !call.Ellipsis.IsValid() || len(call.Args) == 0 {
			return
		}
		last := call.Args[len(call.Args)-1]
		if tv, ok := info.Types[last]; !ok || !tv.IsNil() {
			return
		}
		sig, ok := types.Unalias(info.TypeOf(call.Fun)).Underlying().(*types.Signature)
		if !ok || !sig.Variadic() {
			return
		}
		typ, ok := w.typeSource(sig.Params().At(sig.Params().Len()-1).Type(), call.Pos())
		if !ok {
			return
		}
		w.wrapArg(last, "("+typ+")(", -20)
		w.add(w.offset(last.End()), w.offset(last.End()), ")", 20)
	})
}
