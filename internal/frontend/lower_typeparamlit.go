package frontend

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Nil conversions and literals of type parameters.
//
// yaegi v0.16.1 cannot compile a conversion to a type parameter or a
// composite literal of one: append(S(nil), s...) in a generic Clone[S
// ~[]E, E any] failed ("not a generic type"), and S{} crashed its
// compiler. The pass writes the forms it runs, for type parameters whose
// core type is a slice or a map:
//
//	S(nil)      ->  *new(S)
//	S{}         ->  make(S, 0)
//	S{a, b}     ->  append(make(S, 0, 2), a, b)
//	M{}         ->  make(M)
//
// Other conversions to a type parameter (S(x)) and keyed literals are left
// to the interpreter, which refuses them with a position.

// lowerTypeParamLits rewrites nil conversions and literals of type
// parameters.
func (w *rewriter) lowerTypeParamLits(in *inspector.Inspector) {
	info := w.info()
	core := func(e ast.Expr) types.Type {
		tv, ok := info.Types[e]
		if !ok || !tv.IsType() {
			return nil
		}
		tp, ok := tv.Type.(*types.TypeParam)
		if !ok {
			return nil
		}
		var under types.Type
		for t := range tp.Constraint().Underlying().(*types.Interface).EmbeddedTypes() {
			if u, ok := t.(*types.Union); ok && u.Len() == 1 {
				t = u.Term(0).Type()
			}
			if under != nil {
				return nil
			}
			under = t.Underlying()
		}
		switch under.(type) {
		case *types.Slice, *types.Map:
			return under
		}
		return nil
	}
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.CallExpr:
			if len(n.Args) != 1 || !info.Types[n.Args[0]].IsNil() || core(n.Fun) == nil {
				return
			}
			w.add(w.offset(n.Pos()), w.offset(n.End()), "*new("+w.text(n.Fun)+")", -60)
		case *ast.CompositeLit:
			if n.Type == nil {
				return
			}
			u := core(n.Type)
			if u == nil {
				return
			}
			typ := w.text(n.Type)
			if _, isMap := u.(*types.Map); isMap {
				if len(n.Elts) == 0 {
					w.add(w.offset(n.Pos()), w.offset(n.End()), "make("+typ+")", -60)
				}
				return
			}
			for _, e := range n.Elts {
				if _, keyed := e.(*ast.KeyValueExpr); keyed {
					return
				}
			}
			if len(n.Elts) == 0 {
				w.add(w.offset(n.Pos()), w.offset(n.End()), "make("+typ+", 0)", -60)
				return
			}
			w.add(w.offset(n.Pos()), w.offset(n.Lbrace)+1, fmt.Sprintf("append(make(%s, 0, %d), ", typ, len(n.Elts)), -60)
			w.add(w.offset(n.Rbrace), w.offset(n.Rbrace)+1, ")", -60)
		}
	})
}
