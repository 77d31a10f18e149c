package frontend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// A slice given as one of the values of a variadic parameter of its
// element type.
//
// yaegi v0.16.1 spreads an argument whose type is a slice of the variadic
// parameter's element type into the parameter's values: count([]any{1, 2})
// of a func count(args ...any) got two values where Go gives one (the
// slice), and count([]any{1, 2}, 3) three; a logging wrapper's
// logf("%v", []any{1, 2}) printed 1 and an EXTRA. The variadic values of
// such a call are written as a slice spread, which the interpreter takes
// as Go does:
//
//	count(xs, 3)  ->  count([]any{xs, 3}...)
//
// Calls of compiled functions (fmt.Println(xs)) the interpreter makes
// right and are left alone.

// lowerVariadicSlices rewrites the calls described above.
func (w *rewriter) lowerVariadicSlices(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		if call.Ellipsis.IsValid() {
			return
		}
		sig, ok := info.TypeOf(call.Fun).(*types.Signature)
		if !ok || !sig.Variadic() || len(call.Args) < sig.Params().Len() {
			return
		}
		if id := calleeIdent(call.Fun); id != nil {
			if fn, ok := info.Uses[id].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() != "main" {
				return // compiled
			}
		}
		elem := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice).Elem()
		if !types.IsInterface(elem) {
			return
		}
		first := sig.Params().Len() - 1
		spread := false
		for _, a := range call.Args[first:] {
			if s, ok := underlying(info.TypeOf(a)).(*types.Slice); ok && types.Identical(s.Elem(), elem) {
				spread = true
			}
		}
		if !spread {
			return
		}
		ts, ok := w.typeSource(types.NewSlice(elem), call.Pos())
		if !ok {
			return
		}
		start, end := w.offset(call.Args[first].Pos()), w.offset(call.Args[len(call.Args)-1].End())
		w.add(start, start, ts+"{", -50)
		w.add(end, end, "}...", 50)
	})
}
