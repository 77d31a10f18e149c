package frontend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// new with a value (Go 1.26).
//
// Since Go 1.26 the argument of new may be a value: new(123) and new(x)
// allocate a variable holding it and return its address. yaegi v0.16.1
// knows only new(T), and took new(123) for a new int holding zero (Go's
// test/newexpr.go: "wrong value"). The pass writes a function literal
// that takes the value, of the type go/types gave it, and returns the
// address of its parameter:
//
//	new(123)       ->  func(__v int) *int { return &__v }(123)
//	new(f(x))      ->  func(__v T) *T { return &__v }(f(x))
//
// new(T) of a type is left as it is. Where the type cannot be named at the
// call, the call is left to the interpreter (which refuses or answers as
// above).

// lowerNewExpr rewrites the calls of new whose argument is a value.
func (w *rewriter) lowerNewExpr(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok || len(call.Args) != 1 {
			return
		}
		if b, ok := info.Uses[id].(*types.Builtin); !ok || b.Name() != "new" {
			return
		}
		arg, ok := info.Types[call.Args[0]]
		if !ok || arg.IsType() {
			return
		}
		ptr, ok := info.Types[call].Type.(*types.Pointer)
		if !ok {
			return
		}
		t, ok := w.typeSource(ptr.Elem(), call.Pos())
		if !ok {
			return
		}
		w.add(w.offset(call.Pos()), w.offset(call.Lparen)+1, "func(__v "+t+") *"+t+" { return &__v }(", -1)
	})
}
