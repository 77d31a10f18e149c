package frontend

import (
	"go/ast"

	"golang.org/x/tools/go/ast/inspector"
)

// Parameters without names.
//
// yaegi v0.16.1 lays out the frame of a function whose parameters have no
// names (func f(int)) differently from the code that calls it when the
// function and a closure around the call both use a variable of a
// compiled package, as every function does once the session's safe
// points poll one (see lower_safepoints.go): the call then panics with
// "reflect.Set: value of type int is not assignable to type chan
// struct {}". A blank name is the same signature, and yaegi lays it out
// right, so the pass writes one:
//
//	func f(int, string) {...}  ->  func f(_ int, _ string) {...}

// lowerUnnamedParams names the unnamed parameters of functions with bodies.
func (w *rewriter) lowerUnnamedParams(in *inspector.Inspector) {
	in.Preorder([]ast.Node{(*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)}, func(n ast.Node) {
		var ft *ast.FuncType
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Body == nil {
				return
			}
			ft = n.Type
		case *ast.FuncLit:
			ft = n.Type
		}
		if ft.Params == nil {
			return
		}
		for _, f := range ft.Params.List {
			if len(f.Names) == 0 {
				at := w.offset(f.Type.Pos())
				w.add(at, at, "_ ", -30)
			}
		}
	})
}
