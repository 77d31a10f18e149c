package frontend

import (
	"go/ast"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a switch statement without clauses.
//
// Go runs its init statement and evaluates its tag (or, in a type switch,
// the expression asserted): switch v() {} calls v. yaegi v0.16.1 ran
// neither (switch x = v(); {} left x as it was). It is written as a block
// that does:
//
//	switch x = v(); w() {}    ->  { x = v(); _ = w() }
//	switch y.(type) {}        ->  { _ = y }

// lowerEmptySwitches rewrites the statements described above.
func (w *rewriter) lowerEmptySwitches(in *inspector.Inspector) {
	in.Preorder([]ast.Node{(*ast.SwitchStmt)(nil), (*ast.TypeSwitchStmt)(nil)}, func(n ast.Node) {
		var init ast.Stmt
		var value ast.Expr
		var body *ast.BlockStmt
		switch n := n.(type) {
		case *ast.SwitchStmt:
			init, value, body = n.Init, n.Tag, n.Body
		case *ast.TypeSwitchStmt:
			init, body = n.Init, n.Body
			switch a := n.Assign.(type) {
			case *ast.ExprStmt:
				value = a.X.(*ast.TypeAssertExpr).X
			case *ast.AssignStmt:
				return // switch x := y.(type) {}: x unused, not Go
			}
		}
		if len(body.List) != 0 {
			return
		}
		text := "{ "
		if init != nil {
			text += w.moved(init) + "; "
		}
		if value != nil {
			text += "_ = " + w.moved(value) + " "
		}
		w.vacate(n, text+"}")
	})
}
