package frontend

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"

	"golang.org/x/tools/go/ast/inspector"
)

// Division of a float or complex by a constant zero.
//
// Go divides a float or complex value by a constant zero as by any zero
// (f / 0 is +Inf, -Inf or NaN); only an integer division by a constant
// zero is a compile error, which go/types reports. yaegi v0.16.1 refuses
// every division by a constant zero ("invalid operation: division by
// zero"), so f := 1.0; fmt.Println(f / 0) was refused where Go prints
// +Inf. The pass writes the divisor as a zero the interpreter cannot see
// as a constant, the result of a function literal of the division's type:
//
//	f / 0   ->  f / func() (__zero1 float64) { return }()
//	c /= 0  ->  c /= func() (__zero2 Celsius) { return }()
//
// (A function returning the literal 0 would not do: yaegi cannot convert
// an untyped 0 to a complex type there.) A division whose type the code
// cannot name where it is, is refused.

// lowerDivZero rewrites the divisions described above.
func (w *rewriter) lowerDivZero(in *inspector.Inspector) error {
	info := w.info()
	var err error
	in.Preorder([]ast.Node{(*ast.BinaryExpr)(nil), (*ast.AssignStmt)(nil)}, func(n ast.Node) {
		if err != nil {
			return
		}
		var x, y ast.Expr
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if n.Op != token.QUO {
				return
			}
			x, y = n, n.Y
		case *ast.AssignStmt:
			if n.Tok != token.QUO_ASSIGN || len(n.Lhs) != 1 || len(n.Rhs) != 1 {
				return
			}
			x, y = n.Lhs[0], n.Rhs[0]
		}
		tv, ok := info.Types[y]
		if !ok || tv.Value == nil || constant.Sign(tv.Value) != 0 {
			return
		}
		xt, ok := info.Types[x]
		if !ok || xt.Value != nil || xt.Type == nil {
			return // a constant division, which go/types refused
		}
		t, ok := w.typeSource(xt.Type, y.Pos())
		if !ok {
			err = &Error{Pos: w.src.Position(w.offset(y.Pos())), Msg: fmt.Sprintf("division of a value of type %s by a constant zero: the interpreter refuses it and the type cannot be named here; divide by a variable holding zero", TypeText(xt.Type))}
			return
		}
		w.add(w.offset(y.Pos()), w.offset(y.End()), "func() ("+w.tmpName("zero")+" "+t+") { return }()", 0)
	})
	return err
}
