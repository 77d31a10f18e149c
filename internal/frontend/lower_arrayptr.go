package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"runtime"

	"golang.org/x/tools/go/ast/inspector"
)

// Pointers to arrays.
//
// yaegi v0.16.1 refuses &p[i] where p points to an array ("cannot take
// address of int [kind: indexExpr]"), a form Go allows as &(*p)[i], which
// yaegi compiles; and a range over p breaks p for the loop's body (p[i]
// there panics: "reflect: call of reflect.Value.Elem on array Value").
// The pass writes the indirection out, and ranges over a slice of the
// array (which reads each element when its iteration starts, as a range
// over p does), or, with no value variable, over an array of the same
// length holding nothing (p is not evaluated, as in Go, where its length
// is a constant):
//
//	&p[i]              ->  &(*p)[i]
//	for i, v := range p  ->  for i, v := range p[:]
//	for _, v := range &a ->  for _, v := range (&a)[:]
//	for i := range p     ->  for i := range [3]struct{}{}
//	for i, v := range p  ->  for i, v := range *new([0]int)   (p a *[0]int: no iteration)
//	for i, v := range p  ->  for i, v := range *func() *[0]string { if p == nil { panic(__repl.NilDeref("f.go:3:17")) }; return new([0]string) }()
//	                         (a *[0]string, whose nil value Go's compiler dereferences)
//	for i := range f()   ->  for i := range func(_ *[3]int) [3]struct{} { return [3]struct{}{} }(f())

// lowerArrayPtr rewrites the expressions and loops described above.
func (w *rewriter) lowerArrayPtr(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.UnaryExpr)(nil), (*ast.RangeStmt)(nil)}, func(n ast.Node) {
		if r, ok := n.(*ast.RangeStmt); ok {
			w.rangeArrayPtr(r)
			return
		}
		u := n.(*ast.UnaryExpr)
		if u.Op != token.AND {
			return
		}
		ix, ok := ast.Unparen(u.X).(*ast.IndexExpr)
		if !ok {
			return
		}
		p, ok := underlying(info.TypeOf(ix.X)).(*types.Pointer)
		if !ok {
			return
		}
		if _, isArray := p.Elem().Underlying().(*types.Array); !isArray {
			return
		}
		w.wrapArg(ix.X, "(*", -3)
		w.add(w.offset(ix.X.End()), w.offset(ix.X.End()), ")", 3)
	})
}

// rangeArrayPtr rewrites a range over a pointer to an array.
func (w *rewriter) rangeArrayPtr(r *ast.RangeStmt) {
	info := w.info()
	p, ok := underlying(info.TypeOf(r.X)).(*types.Pointer)
	if !ok {
		return
	}
	a, ok := p.Elem().Underlying().(*types.Array)
	if !ok {
		return
	}
	noValue := r.Value == nil || isBlank(r.Value)
	if noValue && info.Types[r.X].Value == nil && !hasCallOrRecv(r.X) {
		w.add(w.offset(r.X.Pos()), w.offset(r.X.End()), fmt.Sprintf("[%d]struct{}{}", a.Len()), -20)
		return
	}
	if a.Len() == 0 && !hasCallOrRecv(r.X) {
		// No iteration. With a value variable, Go's compiler dereferences
		// p (a nil one panics) where an element is not of 1, 2, 4 or 8
		// bytes up to a word (a string, an empty struct, a [3]byte), and
		// does not otherwise.
		if ts, ok := w.typeSource(p.Elem(), r.X.Pos()); ok {
			text := "*new(" + ts + ")"
			sizes := types.SizesFor("gc", runtime.GOARCH)
			size := sizes.Sizeof(a.Elem())
			if !noValue && (size&(size-1) != 0 || size == 0 || size > sizes.Sizeof(types.Typ[types.Uintptr])) {
				text = fmt.Sprintf("*func() *%s { if %s == nil { panic(%s.NilDeref(%q)) }; return new(%s) }()",
					ts, w.moved(r.X), HelperPkg, w.src.Position(w.offset(r.X.Pos())), ts)
			}
			w.vacate(r.X, text)
			return
		}
	}
	if noValue {
		// p is evaluated, not dereferenced: a nil p ranges over the
		// array's length too.
		if ts, ok := w.typeSource(info.TypeOf(r.X), r.X.Pos()); ok {
			w.wrapArg(r.X, fmt.Sprintf("func(_ %s) [%d]struct{} { return [%d]struct{}{} }(", ts, a.Len(), a.Len()), -20)
			w.add(w.offset(r.X.End()), w.offset(r.X.End()), ")", 20)
			return
		}
	}
	switch r.X.(type) {
	case *ast.UnaryExpr, *ast.StarExpr:
		// range &a: (&a)[:], not &(a[:]); around a nil check wrapping
		// *pp (lower_nilderef.go).
		w.wrapArg(r.X, "(", -10)
		w.add(w.offset(r.X.End()), w.offset(r.X.End()), ")[:]", 10)
		return
	}
	w.add(w.offset(r.X.End()), w.offset(r.X.End()), "[:]", 10) // after a nil check wrapping p (lower_nilderef.go)
}

// hasCallOrRecv reports whether e calls a function or receives, which
// makes the length of a range's pointer to an array no constant.
func hasCallOrRecv(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			found = true
		case *ast.UnaryExpr:
			found = found || n.Op == token.ARROW
		}
		return !found
	})
	return found
}

// isArrayPtr reports whether t is a pointer to an array.
func isArrayPtr(t types.Type) bool {
	p, ok := underlying(t).(*types.Pointer)
	if !ok {
		return false
	}
	_, ok = p.Elem().Underlying().(*types.Array)
	return ok
}
