package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
)

// Lowering: break inside select.
//
// yaegi v0.16.1 gets break wrong inside the cases of a select: a plain
// break, which leaves the select in Go, leaves the loop around it, and a
// break L out of the select to the loop L can hang. Both become a goto to a
// label the pass puts right after the statement the break leaves:
//
//	for ... { select { case v := <-ch: if v == 2 { break }; n++ } }
//
// becomes
//
//	for ... { select { case v := <-ch: if v == 2 { goto __sel1 }; n++ }; __sel1: ; }
//
// (the label comes after the statement, where no variable of the block
// comes into scope, so the goto is valid Go). A break L to a range over a
// function is left to that lowering (lower_range.go).

// lowerSelectBreaks rewrites the breaks that leave a select, or leave a
// statement around one from inside it.
func (w *rewriter) lowerSelectBreaks() {
	info := w.plan.Checked.infoOrNil()
	labels := map[ast.Stmt]string{} // statement left -> label after it
	labelAfter := func(s ast.Stmt) string {
		if l, ok := labels[s]; ok {
			return l
		}
		w.fe.tmp++
		l := fmt.Sprintf("__sel%d", w.fe.tmp)
		labels[s] = l
		end := w.offset(s.End())
		w.add(end, end, "; "+l+": ;", 60)
		return l
	}
	// sel is the innermost select around n, plain whether a plain break in
	// n leaves it, labeled the labeled statements around n by label.
	var visit func(n ast.Node, sel *ast.SelectStmt, plain bool, labeled map[string]*ast.LabeledStmt)
	visit = func(n ast.Node, sel *ast.SelectStmt, plain bool, labeled map[string]*ast.LabeledStmt) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				visit(n.Body, nil, false, map[string]*ast.LabeledStmt{})
				return false
			case *ast.LabeledStmt:
				inner := maps.Clone(labeled)
				inner[n.Label.Name] = n
				visit(n.Stmt, sel, plain, inner)
				return false
			case *ast.ForStmt:
				visit(n.Body, sel, false, labeled)
				return false
			case *ast.RangeStmt:
				visit(n.Body, sel, false, labeled)
				return false
			case *ast.SwitchStmt:
				visit(n.Body, sel, false, labeled)
				return false
			case *ast.TypeSwitchStmt:
				visit(n.Body, sel, false, labeled)
				return false
			case *ast.SelectStmt:
				if w.loweredSelects[n] {
					visit(n.Body, sel, false, labeled) // a switch now
					return false
				}
				visit(n.Body, n, true, labeled)
				return false
			case *ast.BranchStmt:
				if n.Tok != token.BREAK || sel == nil {
					return false
				}
				var left ast.Stmt
				switch {
				case n.Label == nil && plain:
					left = sel
				case n.Label != nil:
					target := labeled[n.Label.Name]
					if target == nil || target.Pos() > sel.Pos() {
						return false // a statement inside the select
					}
					if r, ok := target.Stmt.(*ast.RangeStmt); ok && info != nil {
						if t := info.TypeOf(r.X); t != nil {
							if _, isFunc := t.Underlying().(*types.Signature); isFunc {
								return false // see lower_range.go
							}
						}
					}
					left = target
				default:
					return false
				}
				w.add(w.offset(n.Pos()), w.offset(n.End()), "goto "+labelAfter(left), 0)
			}
			return true
		})
	}
	visit(w.file, nil, false, map[string]*ast.LabeledStmt{})
}
