package frontend

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Assignments to the variables of compiled packages.
//
// yaegi v0.16.1 refuses an assignment to a variable of a compiled package
// of a basic type (runtime.MemProfileRate = 0: "cannot assign to
// %!s(int=524288) (int constant)"), and silently drops one of an
// interface type (io.EOF = err leaves io.EOF as it was). Through a
// pointer it assigns both, so the pass writes the variable as one:
//
//	runtime.MemProfileRate = 0  ->  *(&runtime.MemProfileRate) = 0

// lowerPkgVars rewrites the assignments described above.
func (w *rewriter) lowerPkgVars(in *inspector.Inspector) {
	info := w.info()
	deref := func(e ast.Expr) {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok {
			return
		}
		if _, isPkg := info.Uses[identOf(sel.X)].(*types.PkgName); !isPkg {
			return
		}
		v, ok := info.Uses[sel.Sel].(*types.Var)
		if !ok || v.Pkg() == nil || v.Pkg().Path() == "main" {
			return
		}
		w.wrapArg(e, "*(&", -3)
		w.add(w.offset(e.End()), w.offset(e.End()), ")", 3)
	}
	in.Preorder([]ast.Node{(*ast.AssignStmt)(nil), (*ast.IncDecStmt)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				return
			}
			for _, l := range n.Lhs {
				deref(l)
			}
		case *ast.IncDecStmt:
			deref(n.X)
		}
	})
}

// identOf is e as an identifier, or nil.
func identOf(e ast.Expr) *ast.Ident {
	id, _ := e.(*ast.Ident)
	return id
}
