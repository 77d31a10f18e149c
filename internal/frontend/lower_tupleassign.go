package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Assignments of several values.
//
// Go evaluates every value on the right of a, b = x, y before it assigns
// any. yaegi v0.16.1 assigns each value as it goes, so a later value sees
// an earlier assignment (x[1], y[0] = f(0), f(1) with y aliasing x and f
// reading it), and a later value that panics leaves the earlier variables
// assigned (bad, _ = true, *p). Where a value after the first is more
// than a name or a constant, the pass evaluates the values into variables
// of the targets' types first:
//
//	a, b = f(0), g()  ->  { var __v1 int = f(0); var __v2 int = g(); a, b = __v1, __v2 }
//
// Plain names and constants (the swap a, b = b, a) yaegi gets right, and
// they are left as they are; so is an assignment that is the init of an
// if, for or switch.

// lowerTupleAssign rewrites the assignments described above.
func (w *rewriter) lowerTupleAssign(in *inspector.Inspector) {
	info := w.info()
	in.WithStack([]ast.Node{(*ast.AssignStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		as := n.(*ast.AssignStmt)
		if as.Tok != token.ASSIGN || len(as.Lhs) < 2 || len(as.Lhs) != len(as.Rhs) || len(stack) < 2 {
			return true
		}
		switch p := stack[len(stack)-2].(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.LabeledStmt:
		case *ast.CommClause:
			if p.Comm == as {
				return true
			}
		default:
			return true
		}
		if w.lowerTupleOrder(info, as) {
			return true
		}
		complex := false
		for _, e := range as.Rhs[1:] {
			if tv, ok := info.Types[e]; ok && tv.Value != nil {
				continue
			}
			if _, isName := ast.Unparen(e).(*ast.Ident); !isName {
				complex = true
			}
		}
		if !complex {
			return true
		}
		var decls []string
		for i, e := range as.Rhs {
			t := info.TypeOf(as.Lhs[i])
			if isBlank(as.Lhs[i]) {
				t = types.Default(info.TypeOf(e))
			}
			if t == nil {
				return true
			}
			ts, ok := w.typeSource(t, as.Pos())
			if !ok {
				return true
			}
			tmp := w.tmpName("v")
			decls = append(decls, "var "+tmp+" "+ts+" = "+w.moved(e)+"; ")
			if i == len(as.Rhs)-1 {
				tmp += " }" // an insertion at the end would move with e
			}
			w.vacate(e, tmp)
		}
		start := w.offset(as.Pos())
		w.add(start, start, "{ "+strings.Join(decls, ""), -10)
		return true
	})
}
