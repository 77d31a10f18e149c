package frontend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: instances of generic type aliases (Go 1.24).
//
// yaegi v0.16.1 takes the declaration type Set[T comparable] =
// map[T]struct{}, but an instance of it (Set[string]{}, a parameter s
// Set[T]) failed to compile ("CFG post-order panic: runtime error:
// invalid memory address or nil pointer dereference"). An alias is the
// type it names: each instance is written as that type, with the type
// arguments in place of the parameters, as the type checker resolved it:
//
//	s := Set[string]{}       ->  s := map[string]struct{}{}
//	func Add[T comparable](s Set[T], vs ...T)  ->  func Add[T comparable](s map[T]struct{}, vs ...T)

// lowerGenericAliases rewrites the instances of generic aliases.
func (w *rewriter) lowerGenericAliases(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	in.Nodes([]ast.Node{(*ast.IndexExpr)(nil), (*ast.IndexListExpr)(nil)}, func(n ast.Node, push bool) bool {
		if !push {
			return true
		}
		x := n.(ast.Expr)
		tv, ok := info.Types[x]
		if !ok || !tv.IsType() {
			return true
		}
		a, ok := tv.Type.(*types.Alias)
		if !ok || a.TypeArgs().Len() == 0 {
			return true
		}
		w.add(w.offset(x.Pos()), w.offset(x.End()), types.TypeString(types.Unalias(a), w.qualifier()), 0)
		return false
	})
}
