package repl

import (
	"go/ast"

	"golang.org/x/tools/go/ast/inspector"
)

// Unnamed parameters.
//
// yaegi v0.16.1 mishandles a function or literal whose parameters have no
// names: calling func ignore(string) bool, or a literal func(string) bool
// passed as a callback, panicked ("reflect.Set: value of type string is
// not assignable to type chan struct {}"). The pass names each unnamed
// parameter (and receiver) _, which means the same in Go:
//
//	func ignore(string) bool        ->  func ignore(_ string) bool
//	func (H) Handle(string, int)    ->  func (_ H) Handle(_ string, _ int)

// lowerUnnamedParams names the unnamed parameters of functions with bodies.
func (w *rewriter) lowerUnnamedParams(in *inspector.Inspector) {
	name := func(fl *ast.FieldList) {
		if fl == nil {
			return
		}
		for _, f := range fl.List {
			if len(f.Names) == 0 {
				at := w.offset(f.Type.Pos())
				w.add(at, at, "_ ", -80)
			}
		}
	}
	in.Preorder([]ast.Node{(*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Body != nil {
				name(n.Recv)
				name(n.Type.Params)
			}
		case *ast.FuncLit:
			name(n.Type.Params)
		}
	})
}
