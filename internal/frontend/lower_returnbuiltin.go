package frontend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// A built-in call as a later value of a return of several values.
//
// yaegi v0.16.1 stores the result of a built-in call that is a value of a
// return statement straight into the frame's first result, whatever the
// value's position: in func f(s string) (bool, int), return false, len(s)
// panicked (reflect: call of reflect.Value.SetInt on bool Value), and in
// func g(s string) (int, int), return 5, len(s) returned 5 5, silently.
// Every built-in with a result does it (len, cap, append, make, new,
// complex, real, imag, min, max, recover). The pass puts such a value in
// parentheses, which the interpreter keeps as a node of its own, so that
// the call's result gets a place of its own and is copied to the right
// result:
//
//	return false, len(s)  ->  return false, (len(s))
//
// The first value is left as it is: its place is the first result.

// lowerReturnBuiltins rewrites the returns described above.
func (w *rewriter) lowerReturnBuiltins(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.ReturnStmt)(nil)}, func(n ast.Node) {
		ret := n.(*ast.ReturnStmt)
		for _, r := range ret.Results[min(1, len(ret.Results)):] {
			call, ok := r.(*ast.CallExpr)
			if !ok {
				continue
			}
			id, ok := ast.Unparen(call.Fun).(*ast.Ident)
			if !ok {
				continue
			}
			if _, ok := info.Uses[id].(*types.Builtin); !ok {
				continue
			}
			w.wrapArg(call, "(", -20)
			w.add(w.offset(call.End()), w.offset(call.End()), ")", 20)
		}
	})
}
