package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: x[k] op= f(), with the call made first.
//
// Go runs the calls (and receives) of the value of an assignment with an
// operator before it reads and writes the place assigned, so where the
// call assigns what the place is made of (the map or slice variable, the
// index, the pointer), the place is the one after the call. yaegi v0.16.1
// read the element before the call and wrote it after it, each where it
// was then: in m[k] += f() where f assigns m = other, it read m[k] and
// wrote other[k]; in s[i] += f(), *p += f() and p.n += f() it read and
// wrote the place before the call. So, in a statement of its own, the
// value goes first to a variable of its type:
//
//	m[k] += f()  ->  { var __op12 int = f(); m[k] += __op12 }
//
// A place that is a variable (n += f()) was right, and is left; so is a
// place holding a call or a receive itself (m[g()] += f(): g must still
// run first), and an assignment where a statement cannot be a block (the
// post statement of a for, an if's or a switch's initial statement).

// lowerAssignOpCalls rewrites the assignments described above.
func (w *rewriter) lowerAssignOpCalls(in *inspector.Inspector) {
	info := w.info()
	for c := range in.Root().Preorder((*ast.AssignStmt)(nil)) {
		as := c.Node().(*ast.AssignStmt)
		if as.Tok == token.ASSIGN || as.Tok == token.DEFINE || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			continue
		}
		if _, isVar := ast.Unparen(as.Lhs[0]).(*ast.Ident); isVar {
			continue
		}
		rhs := as.Rhs[0]
		tv := info.Types[rhs]
		if tv.Value != nil || tv.Type == nil || !runsCode(info, rhs) || runsCode(info, as.Lhs[0]) {
			continue
		}
		switch c.Parent().Node().(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause, *ast.LabeledStmt:
		default:
			continue
		}
		t, ok := w.typeSource(tv.Type, as.Pos())
		if !ok {
			continue
		}
		name := "__op" + strconv.Itoa(w.offset(as.Pos()))
		start := w.offset(as.Pos())
		w.add(start, start, "{ var "+name+" "+t+" = "+w.moved(rhs)+"; ", 30)
		w.vacate(rhs, name+" }")
	}
}

// runsCode reports whether evaluating e calls a function (not a
// conversion or a built-in function) or receives from a channel, outside
// the function literals it holds.
func runsCode(info *types.Info, e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.UnaryExpr:
			found = found || n.Op == token.ARROW
		case *ast.CallExpr:
			if tv, ok := info.Types[n.Fun]; ok && tv.IsType() {
				return !found
			}
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
				if _, builtin := info.Uses[id].(*types.Builtin); builtin {
					return !found
				}
			}
			found = true
		}
		return !found
	})
	return found
}
