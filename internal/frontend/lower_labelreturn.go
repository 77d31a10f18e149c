package frontend

import (
	"go/ast"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a label on a bare return.
//
// yaegi v0.16.1 wires a goto straight to the first node its label's
// statement runs, and a bare return (no results, or named ones) is a
// node with no code of its own. Where such a return is reached both by
// a goto and another way (the statement before it, a break out of a
// loop before it, another goto), the interpreter's walk of the control
// flow made it a node that calls itself, and the process died of a
// stack overflow when the function ran, ending the session with it:
//
//	func f() (n int) {
//		for {
//			if n > 0 {
//				break
//			}
//			goto done
//		}
//	done:
//		return
//	}
//
// The label goes on an empty statement of its own before the return
// (which the interpreter runs as a node that passes on to the next), so
// both ways in reach that node and the return has one way in:
//
//	done: return  ->  done: ; return
//
// The same holds where the labeled statement is a block or another
// labeled statement that starts with a bare return. A goto to the label
// runs the same statements: the label stays where the user wrote it.

// lowerLabeledReturns puts the labels on bare returns on empty statements
// of their own, as the doc above says.
func (w *rewriter) lowerLabeledReturns(in *inspector.Inspector) {
	in.Preorder([]ast.Node{(*ast.LabeledStmt)(nil)}, func(n ast.Node) {
		l := n.(*ast.LabeledStmt)
		if !startsWithBareReturn(l.Stmt) {
			return
		}
		if _, nested := l.Stmt.(*ast.LabeledStmt); nested {
			return // the innermost label gets the empty statement
		}
		at := w.offset(l.Colon) + 1
		w.add(at, at, " ;", -100)
	})
}

// startsWithBareReturn reports whether the first statement s runs is a
// return without results: s itself, or the first statement of a block
// or of a labeled statement that s is.
func startsWithBareReturn(s ast.Stmt) bool {
	for {
		switch x := s.(type) {
		case *ast.ReturnStmt:
			return len(x.Results) == 0
		case *ast.BlockStmt:
			if len(x.List) == 0 {
				return false
			}
			s = x.List[0]
		case *ast.LabeledStmt:
			s = x.Stmt
		default:
			return false
		}
	}
}
