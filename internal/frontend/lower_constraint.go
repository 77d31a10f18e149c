package frontend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Type-set constraints.
//
// yaegi v0.16.1 checks a type argument against a constraint with a type
// set (~int | ~float64, cmp.Ordered) wrongly: a type of a compiled package
// (time.Duration) makes its compiler crash ("CFG post-order panic"). It
// compiles a generic function's body for each instantiation, with the
// operators of the type argument itself, so it needs no constraint to run
// it; and go/types has checked every instantiation against the real one.
// The pass writes any for each type-set constraint of the segment's generic
// functions and types:
//
//	func Sum[T ~int | ~float64](xs ...T) T   ->  func Sum[T any](xs ...T) T
//	func Max[T cmp.Ordered](a, b T) T        ->  func Max[T any](a, b T) T
//
// Constraints with methods only (fmt.Stringer) stay: the interpreter uses
// them to call the methods.

// lowerConstraints replaces the type-set constraints by any.
func (w *rewriter) lowerConstraints(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.FuncType)(nil), (*ast.TypeSpec)(nil)}, func(n ast.Node) {
		var params *ast.FieldList
		switch n := n.(type) {
		case *ast.FuncType:
			params = n.TypeParams
		case *ast.TypeSpec:
			params = n.TypeParams
		}
		if params == nil {
			return
		}
		for _, f := range params.List {
			t := info.TypeOf(f.Type)
			if t == nil {
				continue
			}
			if iface, ok := t.Underlying().(*types.Interface); ok && !iface.IsMethodSet() {
				w.add(w.offset(f.Type.Pos()), w.offset(f.Type.End()), "any", 0)
			}
		}
	})
}
