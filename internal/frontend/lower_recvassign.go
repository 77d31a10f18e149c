package frontend

import (
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a variable assigned a value received from a channel.
//
// yaegi v0.16.1 stores a value received by v := <-ch (also v = <-ch,
// var v = <-ch, a, b := <-c, <-d) in a place of its own that it does not
// make assignable: the next assignment to v (v = 2, v++, v += x, &v)
// panicked "reflect: reflect.Value.Set using unaddressable value", where
// Go just assigns. A receive in parentheses it evaluates into a fresh
// value first, which it then stores as it stores any other, so the pass
// puts each receive assigned to a variable in parentheses:
//
//	s := <-c         ->  s := (<-c)
//	a, b = <-c, <-d  ->  a, b = (<-c), (<-d)
//
// A value sent that is received (out <- <-in) goes in parentheses too: a
// select's send case is lowered to a variable holding the value, whose
// pointer the select's helper takes (lower_selectcases.go), and with the
// receive stored so, case out <- <-in panicked "reflect.Value.Addr of
// unaddressable value".
//
// The comma-ok form v, ok := <-ch and a select's case v := <-ch, which
// yaegi gets right, are left as they are.

// lowerRecvAssigns parenthesizes the receives described above.
func (w *rewriter) lowerRecvAssigns(in *inspector.Inspector) {
	wrap := func(lhs int, rhs []ast.Expr) {
		if lhs != len(rhs) {
			return // v, ok := <-ch
		}
		for _, r := range rhs {
			if u, ok := r.(*ast.UnaryExpr); ok && u.Op == token.ARROW {
				start, end := w.offset(u.Pos()), w.offset(u.End())
				// Innermost: other passes wrap the receive too.
				w.add(start, start, "(", 95)
				w.add(end, end, ")", -95)
			}
		}
	}
	in.WithStack([]ast.Node{(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.SendStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE && n.Tok != token.ASSIGN {
				return true
			}
			if len(stack) >= 2 {
				if cc, ok := stack[len(stack)-2].(*ast.CommClause); ok && cc.Comm == n {
					return true // case v := <-ch:
				}
			}
			wrap(len(n.Lhs), n.Rhs)
		case *ast.ValueSpec:
			wrap(len(n.Names), n.Values)
		case *ast.SendStmt:
			wrap(1, []ast.Expr{n.Value})
		}
		return true
	})
}
