package repl

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Comparisons whose result is given a type.
//
// A comparison is an untyped boolean, which takes the type its context
// gives it: bool where it goes into an interface (return x > y from a
// func returning any) or to a blank (_ = a == b), or a named boolean type.
// yaegi v0.16.1 stores such a result into the wrong place ("reflect: call
// of reflect.Value.SetBool on interface Value", "... on chan Value"). The
// pass writes the conversion go/types found, which yaegi gets right; a
// comparison that stays untyped (the condition of an if or a for) is left
// as it is:
//
//	return x.(float64) > y.(float64)  ->  return bool(x.(float64) > y.(float64))

// lowerTypedComparisons rewrites the comparisons described above.
func (w *rewriter) lowerTypedComparisons(in *inspector.Inspector) {
	info := w.info()
	in.WithStack([]ast.Node{(*ast.BinaryExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		b := n.(*ast.BinaryExpr)
		switch b.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		default:
			return true
		}
		tv, ok := info.Types[b]
		if !ok || tv.Value != nil || tv.Type == nil {
			return true
		}
		if basic, ok := tv.Type.(*types.Basic); !ok || basic.Kind() != types.Bool {
			return true // untyped, or a named boolean type (left to yaegi)
		}
		if len(stack) >= 2 {
			switch p := stack[len(stack)-2].(type) {
			case *ast.CallExpr:
				if pt, ok := info.Types[p.Fun]; ok && pt.IsType() {
					return true // converted already
				}
			case *ast.ParenExpr, *ast.BinaryExpr, *ast.UnaryExpr:
				return true // an operand: the outer expression is converted
			}
		}
		w.add(w.offset(b.Pos()), w.offset(b.Pos()), "bool(", -7)
		w.add(w.offset(b.End()), w.offset(b.End()), ")", 7)
		return true
	})
}
