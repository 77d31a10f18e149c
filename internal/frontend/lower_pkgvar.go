package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

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
//
// Reading such a variable as a value to store or compute with, yaegi
// takes the value it had when the code was compiled: the assignment
// `args := os.Args`, an argument `f(os.Args)`, an element of a composite
// literal, a sent value, an operand (`runtime.MemProfileRate + 1`, folded
// as a constant), a conversion. So `http.DefaultClient = c; d :=
// http.DefaultClient` gave d the old client. Read through a pointer, the
// value is the current one:
//
//	d := http.DefaultClient  ->  d := *(&http.DefaultClient)
//
// The places yaegi reads at run time are left as they are: a selector
// (`os.Stdout.Write`), an index or a slice (`os.Args[1:]`), a call
// (`flag.Usage()`), a range, a dereference (`*http.DefaultClient`). So is
// a variable of an interface type, which yaegi does not convert. (An
// argument of a go or defer statement's call is taken into a variable at
// the statement, hoistArgs.)

// lowerPkgVars rewrites the assignments and reads described above.
func (w *rewriter) lowerPkgVars(in *inspector.Inspector) {
	info := w.info()
	deref := func(e ast.Expr) {
		w.wrapArg(e, "*(&", -3)
		w.add(w.offset(e.End()), w.offset(e.End()), ")", 3)
	}
	in.WithStack([]ast.Node{(*ast.SelectorExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		sel := n.(*ast.SelectorExpr)
		if !push {
			return true
		}
		v := compiledPkgVar(info, sel)
		if v == nil {
			return true
		}
		var e ast.Expr = sel
		i := len(stack) - 2
		for ; i >= 0; i-- {
			p, ok := stack[i].(*ast.ParenExpr)
			if !ok {
				break
			}
			e = p
		}
		switch p := stack[i].(type) {
		case *ast.AssignStmt:
			if p.Tok == token.DEFINE || !slices.Contains(p.Lhs, e) {
				break
			}
			deref(e)
			return false
		case *ast.IncDecStmt:
			deref(e)
			return false
		case *ast.UnaryExpr:
			if p.Op == token.AND {
				return false
			}
		case *ast.SelectorExpr, *ast.IndexExpr, *ast.IndexListExpr, *ast.SliceExpr, *ast.RangeStmt, *ast.StarExpr:
			return false
		case *ast.CallExpr:
			if p.Fun == e {
				return false
			}
		}
		if types.IsInterface(v.Type()) {
			return false
		}
		deref(sel)
		return false
	})
}

// compiledPkgVar is the variable of a compiled package sel names
// (os.Args), or nil.
func compiledPkgVar(info *types.Info, sel *ast.SelectorExpr) *types.Var {
	if _, isPkg := info.Uses[identOf(sel.X)].(*types.PkgName); !isPkg {
		return nil
	}
	v, ok := info.Uses[sel.Sel].(*types.Var)
	if !ok || v.Pkg() == nil || v.Pkg().Path() == "main" {
		return nil
	}
	return v
}

// identOf is e as an identifier, or nil.
func identOf(e ast.Expr) *ast.Ident {
	id, _ := e.(*ast.Ident)
	return id
}
