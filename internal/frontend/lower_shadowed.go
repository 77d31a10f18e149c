package frontend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a name of the universe declared again in a function.
//
// Go lets a function declare len, cap, nil, int and the other names of
// the universe again (len := len(xs), func truncate(s string, len int)),
// and there the name is the function's. The other lowerings write code
// that calls len and cap, converts with int and compares with nil: under
// the program's len that code called the program's (a local func len
// bounded every index by its result) or failed to compile ("too many
// arguments"), and yaegi v0.16.1 took a variable named nil for the
// universe's nil. The pass gives each such variable, constant and
// parameter declared in a function a name of its own, the name and
// "__shadow", with every use, so that the universe's names mean the
// universe's again:
//
//	len := len(xs); xs[len-1]  ->  len__shadow := len(xs); xs[len__shadow-1]
//
// Types declared in functions keep their names (%T says them).

// lowerShadowedNames renames the function-level names described above.
func (w *rewriter) lowerShadowedNames(in *inspector.Inspector) {
	info := w.info()
	c := w.plan.Checked
	if info == nil || c == nil || c.pkg == nil {
		return
	}
	pkgScope := c.pkg.Scope()
	rename := func(obj types.Object) bool {
		if obj == nil || !Universe[obj.Name()] || obj.Name() == "_" || obj.Pkg() != c.pkg {
			return false
		}
		switch o := obj.(type) {
		case *types.Var:
			if o.IsField() {
				return false
			}
		case *types.Const:
		default:
			return false
		}
		return obj.Parent() != nil && obj.Parent() != pkgScope && obj.Parent() != types.Universe
	}
	in.Preorder([]ast.Node{(*ast.Ident)(nil)}, func(n ast.Node) {
		id := n.(*ast.Ident)
		obj := info.Defs[id]
		if obj == nil {
			obj = info.Uses[id]
		}
		if !rename(obj) {
			return
		}
		w.add(w.offset(id.Pos()), w.offset(id.End()), id.Name+"__shadow", 0)
	})
}
