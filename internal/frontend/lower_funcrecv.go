package frontend

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a method of a function type of the program's, selected on a
// value the interpreter holds as a plain function.
//
// yaegi v0.16.1 keeps the named type of a function value only where a
// variable of it was declared so: a struct field, a slice element or a
// variable assigned from one holds a plain func, and a method of its type
// selected on it was not found (type HandlerFunc func(string) string with
// Serve; r.H.Serve("x") with a field H HandlerFunc: "undefined field or
// method: Serve"). The pass converts the operand to its type, which the
// interpreter then has:
//
//	r.H.Serve("x")  ->  HandlerFunc(r.H).Serve("x")
//
// In a composite literal, where the interpreter did not find the method
// on the conversion either, the method value is taken in a function of
// the type:
//
//	[]Op{f.Then(g)}  ->  []Op{func(__r Op) func(p Op) Op { return __r.Then }(f)(g)}
//
// Methods with a pointer receiver are left alone (a conversion is not
// addressable).

// lowerFuncRecvs writes the conversions described above.
func (w *rewriter) lowerFuncRecvs(in *inspector.Inspector) {
	info := w.info()
	in.WithStack([]ast.Node{(*ast.SelectorExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if push {
			w.funcRecv(info, n.(*ast.SelectorExpr), stack)
		}
		return true
	})
}

// funcRecv converts the operand of sel (its ancestors stack) where the
// doc above says.
func (w *rewriter) funcRecv(info *types.Info, sel *ast.SelectorExpr, stack []ast.Node) {
	{
		s := info.Selections[sel]
		if s == nil || s.Kind() != types.MethodVal || len(s.Index()) != 1 {
			return
		}
		named, ok := types.Unalias(s.Recv()).(*types.Named)
		if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != "main" {
			return
		}
		if _, isFunc := named.Underlying().(*types.Signature); !isFunc {
			return
		}
		if m, ok := s.Obj().(*types.Func); !ok || isPointer(m.Signature().Recv().Type()) {
			return
		}
		if tv, ok := info.Types[ast.Unparen(sel.X)]; ok && tv.IsType() {
			return // a method expression
		}
		typ, ok := w.typeSource(named, sel.Pos())
		if !ok {
			return
		}
		start, end := w.offset(sel.X.Pos()), w.offset(sel.X.End())
		if slices.ContainsFunc(stack, func(n ast.Node) bool { _, ok := n.(*ast.CompositeLit); return ok }) {
			// In a composite literal the interpreter did not find the
			// method on the conversion either: the method value is
			// taken in a function of the operand's type.
			sig, ok := w.typeSource(s.Type(), sel.Pos())
			if !ok {
				return
			}
			w.add(start, start, "func(__r "+typ+") "+sig+" { return __r."+sel.Sel.Name+" }(", -40)
			w.add(end, w.offset(sel.End()), ")", 40)
			return
		}
		w.add(start, start, typ+"(", -40)
		w.add(end, end, ")", 40)
	}
}

// isPointer reports whether t is a pointer type.
func isPointer(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.Pointer)
	return ok
}
