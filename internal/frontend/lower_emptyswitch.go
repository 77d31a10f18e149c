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
		rest := "}"
		if value != nil {
			rest = "_ = " + w.moved(value) + " }"
		}
		if init == nil {
			w.vacate(n, "{ "+rest)
			return
		}
		// The init stays where it is, a statement of the block, which
		// the other lowerings of a statement rewrite as one (a comma-ok
		// map read, lower_mapcommaok.go; several values into
		// interfaces, lower_tupleassign.go).
		if w.movedInits == nil {
			w.movedInits = map[ast.Stmt]bool{}
		}
		w.movedInits[init] = true
		w.add(w.offset(n.Pos()), w.offset(init.Pos()), "{ ", 0)
		w.add(w.offset(init.End()), w.offset(n.End()), "; "+rest, 0)
	})
}
