package frontend

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// An arithmetic or logical operation stored into an interface.
//
// yaegi v0.16.1 computes a unary expression (-x, +x, !b, ^x), and some
// binary ones (x % y, x << n, x >> n), that is the one value of an
// assignment, or a value of a return, straight into its destination,
// with the destination's type: when that is an interface, the operation
// runs on the interface, not on the operands. var a any; a = -x (or
// a = x % y, m["k"] = x << 2, s.f = ^x) ended the program there,
// silently, with status 0; return "b", -x into (string, any) returned ""
// and nil, and return !b or x % y into any panicked (reflect: call of
// reflect.Value.SetBool on interface Value). The pass puts such an
// expression in parentheses, which the interpreter keeps as a node of its
// own, so that the operation gets a place of its own, of the operands'
// type, and the value is then converted to the interface. Every
// arithmetic operator is written so, the ones that worked too:
//
//	a = -x           ->  a = (-x)
//	a = x % y        ->  a = (x % y)
//	return "b", -x   ->  return "b", (-x)
//
// Constant operands are folded before, and other destinations have the
// operand's type: those are left as they are.

// lowerUnaryIfaces rewrites the expressions described above.
func (w *rewriter) lowerUnaryIfaces(in *inspector.Inspector) {
	info := w.info()
	wrap := func(e ast.Expr, dest types.Type) {
		if _, param := dest.(*types.TypeParam); param || dest == nil || !types.IsInterface(dest) {
			return // a type parameter is its type argument for the interpreter
		}
		switch e := e.(type) {
		case *ast.UnaryExpr:
			switch e.Op {
			case token.SUB, token.ADD, token.NOT, token.XOR:
			default:
				return
			}
		case *ast.BinaryExpr:
			switch e.Op {
			case token.ADD, token.SUB, token.MUL, token.QUO, token.REM, token.AND, token.OR, token.XOR, token.SHL, token.SHR, token.AND_NOT:
			default:
				return
			}
		default:
			return
		}
		if tv, ok := info.Types[e]; ok && tv.Value != nil {
			return // a constant
		}
		w.wrapArg(e, "(", -20) // before an assertion's rewrite that moves its operand (v = v.(int) + 1)
		w.add(w.offset(e.End()), w.offset(e.End()), ")", 20)
	}
	in.WithStack([]ast.Node{(*ast.AssignStmt)(nil), (*ast.ReturnStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN && len(n.Lhs) == 1 && len(n.Rhs) == 1 {
				wrap(n.Rhs[0], info.TypeOf(n.Lhs[0]))
			}
		case *ast.ReturnStmt:
			sig := enclosingSig(info, stack)
			if sig == nil || sig.Results().Len() != len(n.Results) {
				return true
			}
			for i, r := range n.Results {
				wrap(r, sig.Results().At(i).Type())
			}
		}
		return true
	})
}
