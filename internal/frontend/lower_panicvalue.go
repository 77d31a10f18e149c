package frontend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a panic with a value of the program's error types.
//
// panic takes an any, and yaegi v0.16.1 hands a value of an interpreted
// type converted to any over as a plain struct, without its methods: after
// panic(E{7}), recover().(error) was false (and a panic nobody recovered
// printed the struct rather than its Error method's text). Where the type
// checker sees panic's argument is of a type of the program's that
// implements error, the argument is converted to error as
// lower_typednil.go and lower_errbox.go convert one (a boxed value, a
// typed nil; a pointer such as &E{} too), so the recovered value is an error, and an assertion to the
// type (r.(E), a type switch's case E) takes the value back out of the
// box:
//
//	panic(E{7})  ->  panic(func(__b E) error { return __repl.BoxError(__b, "main.E", ...) }(E{7}))

// lowerPanicValues converts the panic values described above.
func (w *rewriter) lowerPanicValues(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		if len(call.Args) != 1 {
			return
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok {
			return
		}
		if b, ok := info.Uses[id].(*types.Builtin); !ok || b.Name() != "panic" {
			return
		}
		if a := call.Args[0]; typedNilType(info.TypeOf(a)) && expressible(info.TypeOf(a)) {
			w.typedNilWrap(a, info.TypeOf(a)) // &E{} too: never nil, but to be an error
		} else {
			w.wrapAsError(a, errorType0)
		}
	})
}
