package repl

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: dereferencing a nil pointer.
//
// yaegi v0.16.1 reads and writes through a pointer with reflection, and a
// nil one panics in reflection's words, "reflect: call of
// reflect.Value.Interface on zero Value" (or Set, for *p = v and for a
// method with a value receiver called through p), not with Go's
// runtime.Error, so a program that recovers saw another value, and the
// message named no nil pointer. (p.f of a nil p panics as Go does: the
// session translates reflection's words there, see panics.go.)
//
// Where the type checker sees a pointer dereferenced explicitly (*p, read
// or assigned) or implicitly by a call of a method with a value receiver
// (p.M()), the pointer goes through a function literal that panics with
// Go's run-time error when it is nil:
//
//	*p     ->  *func(__p *T) *T { if __p == nil { panic(__repl.NilDeref("f.go:3:5")) }; return __p }(p)
//	p.M()  ->  func(__p *T) *T { ... }(p).M()
//
// A pointer that cannot be nil (&x, new(T)) is left alone, and so is one
// whose type cannot be written where it is.

// lowerNilDerefs checks the dereferences described above.
func (w *rewriter) lowerNilDerefs(in *inspector.Inspector) {
	info := w.info()
	check := func(x ast.Expr, at token.Pos) {
		t := info.TypeOf(x)
		if _, ok := types.Unalias(t).(*types.Pointer); !ok {
			return
		}
		switch x := ast.Unparen(x).(type) {
		case *ast.UnaryExpr:
			if x.Op == token.AND {
				return
			}
		case *ast.CallExpr:
			if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok {
				if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "new" {
					return
				}
			}
		}
		typ, ok := w.typeSource(t, x.Pos())
		if !ok {
			return
		}
		start, end := w.offset(x.Pos()), w.offset(x.End())
		w.add(start, start, fmt.Sprintf("func(__p %s) %s { if __p == nil { panic(%s.NilDeref(%q)) }; return __p }(", typ, typ, helperPkg, w.src.position(w.offset(at))), -3)
		w.add(end, end, ")", 3)
	}
	in.Preorder([]ast.Node{(*ast.StarExpr)(nil), (*ast.CallExpr)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.StarExpr:
			if tv, ok := info.Types[n]; ok && tv.IsType() {
				return // *T, a type
			}
			check(n.X, n.Pos())
		case *ast.CallExpr:
			sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if !ok {
				return
			}
			s := info.Selections[sel]
			if s == nil || s.Kind() != types.MethodVal || len(s.Index()) != 1 {
				return // embedded methods: the walk to the field checks
			}
			sig, ok := s.Obj().Type().(*types.Signature)
			if !ok || sig.Recv() == nil {
				return
			}
			if _, ptrRecv := types.Unalias(sig.Recv().Type()).(*types.Pointer); ptrRecv || types.IsInterface(sig.Recv().Type()) {
				return
			}
			check(sel.X, sel.Sel.Pos())
		}
	})
}
