package frontend

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
// func returning any, var v any = a < b) or to a blank (_ = a == b).
// yaegi v0.16.1 stores such a result into the wrong place ("reflect: call
// of reflect.Value.SetBool on interface Value", "... on chan Value"). The
// pass writes the conversion go/types found, which yaegi gets right; a
// comparison that stays untyped (the condition of an if or a for) is left
// as it is, and so is one stored as a bool:
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
		// Only where the value is stored into an interface or a blank:
		// returned as one, assigned or declared as one.
		if len(stack) < 2 {
			return true
		}
		iface := func(e ast.Expr) bool {
			if isBlank(e) {
				return true
			}
			t := info.TypeOf(e)
			_, isParam := t.(*types.TypeParam)
			return t != nil && !isParam && types.IsInterface(t)
		}
		store := false
		switch p := stack[len(stack)-2].(type) {
		case *ast.ReturnStmt:
			sig := enclosingSig(info, stack[:len(stack)-2])
			for i, r := range p.Results {
				if r == b && sig != nil && sig.Results().Len() == len(p.Results) {
					t := sig.Results().At(i).Type()
					_, isParam := t.(*types.TypeParam)
					store = !isParam && types.IsInterface(t)
				}
			}
		case *ast.AssignStmt:
			for i, r := range p.Rhs {
				if r == b && len(p.Lhs) == len(p.Rhs) {
					store = iface(p.Lhs[i])
				}
			}
		case *ast.ValueSpec:
			for i, r := range p.Values {
				if r == b && len(p.Names) == len(p.Values) {
					store = iface(p.Names[i])
				}
			}
		}
		if !store {
			return true
		}
		w.wrapArg(b, "bool(", -7) // before an assertion of its first operand
		w.add(w.offset(b.End()), w.offset(b.End()), ")", 7)
		return true
	})
}

// enclosingSig is the signature of the innermost function in stack.
func enclosingSig(info *types.Info, stack []ast.Node) *types.Signature {
	for i := len(stack) - 1; i >= 0; i-- {
		switch f := stack[i].(type) {
		case *ast.FuncLit:
			sig, _ := info.TypeOf(f).(*types.Signature)
			return sig
		case *ast.FuncDecl:
			if obj, ok := info.Defs[f.Name].(*types.Func); ok {
				sig, _ := obj.Type().(*types.Signature)
				return sig
			}
			return nil
		}
	}
	return nil
}
