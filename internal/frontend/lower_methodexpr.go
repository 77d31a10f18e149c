package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

// Method expressions.
//
// yaegi v0.16.1 gives a method expression (T.M, (*T).M) the method's own
// signature, without the receiver, so f := Point.Add; f(p, q) panicked
// ("reflect.Set: value of type func(...) is not assignable to type
// func(Point, ...)"). With the types in hand the pass writes the function
// Go means, a literal that calls the method on its first argument:
//
//	Point.Add       ->  func(__r Point, __p0 Point) Point { return __r.Add(__p0) }
//	(*Point).Scale  ->  func(__r *Point, __p0 int) { __r.Scale(__p0) }
//	fmt.Stringer.String(x)  ->  func(__r fmt.Stringer) string { if __r == nil { panic(__repl.NilDeref("f.go:3:14")) }; return __r.String() }(x)
//
// A method expression whose types cannot be written where it stands (an
// unexported type of another package) is left to the interpreter.

// lowerMethodExpr rewrites sel when it is a method expression, and reports
// whether it did. In a function that defers, the literal is made in a
// frame of its own (see lower_deferframe.go).
func (w *rewriter) lowerMethodExpr(sel *ast.SelectorExpr) bool {
	info := w.info()
	if info == nil {
		return false
	}
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.MethodExpr {
		return false
	}
	if _, _, _, ok := reflectSetMethod(info, sel); ok {
		return false // read through the host runtime (lower_reflectmethods.go)
	}
	sig, ok := s.Type().(*types.Signature)
	if !ok || sig.TypeParams().Len() > 0 || sig.Params().Len() == 0 {
		return false
	}
	var params, args []string
	n := sig.Params().Len()
	for i := range n {
		t, ok := w.typeSource(sig.Params().At(i).Type(), sel.Pos())
		if !ok {
			return false
		}
		name := fmt.Sprintf("__p%d", i-1)
		if i == 0 {
			name = "__r"
		} else {
			arg := name
			if sig.Variadic() && i == n-1 {
				t = "..." + strings.TrimPrefix(t, "[]")
				arg += "..."
			}
			args = append(args, arg)
		}
		params = append(params, name+" "+t)
	}
	fn := "func(" + strings.Join(params, ", ") + ")"
	if r := sig.Results(); r.Len() > 0 {
		var rs []string
		for v := range r.Variables() {
			t, ok := w.typeSource(v.Type(), sel.Pos())
			if !ok {
				return false
			}
			rs = append(rs, t)
		}
		fn += " (" + strings.Join(rs, ", ") + ")"
	}
	call := "__r." + sel.Sel.Name + "(" + strings.Join(args, ", ") + ")"
	if sig.Results().Len() > 0 {
		call = "return " + call
	}
	if r := sig.Params().At(0).Type(); types.IsInterface(r) && !isTypeParam(r) {
		// I.M(nil) panics as Go does (see lower_nilrecv.go).
		call = fmt.Sprintf("if __r == nil { panic(%s.NilDeref(%q)) }; ", HelperPkg, w.src.Position(w.offset(sel.Sel.Pos()))) + call
	}
	lit := "(" + fn + " { " + call + " })"
	if w.inDeferFrame(sel) {
		lit = "func() " + fn + " { return " + fn + " { " + call + " } }()"
	}
	w.add(w.offset(sel.Pos()), w.offset(sel.End()), lit, -60)
	return true
}
