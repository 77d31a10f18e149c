package frontend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: an element of a composite literal that elides &T, T a
// compiled package's struct type or a type without a name.
//
// Go lets a literal of a slice, array or map whose elements (or keys) are
// *T leave out &T before each element's literal; yaegi v0.16.1's compiler
// crashed on it where T is a compiled package's type ("CFG post-order
// panic: runtime error: invalid memory address", for the Learn Go with
// Tests idiom fstest.MapFS{"a.txt": {Data: b}}). The pass writes &T out:
//
//	fstest.MapFS{"a.txt": {Data: b}}  ->  fstest.MapFS{"a.txt": &fstest.MapFile{Data: b}}
//
// So is T a type without a name: []*[2]int{{1, 2}} panicked when it ran
// ("reflect.Value.Convert: value of type int cannot be converted to type
// [2]int"). The program's own named types are left as they are: yaegi
// compiles those.

// lowerElidedPtrs rewrites the elements described above.
func (w *rewriter) lowerElidedPtrs(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	in.Preorder([]ast.Node{(*ast.CompositeLit)(nil)}, func(n ast.Node) {
		lit := n.(*ast.CompositeLit)
		var key, elem types.Type
		switch u := types.Unalias(info.TypeOf(lit)).Underlying().(type) {
		case *types.Slice:
			elem = u.Elem()
		case *types.Array:
			elem = u.Elem()
		case *types.Map:
			key, elem = u.Key(), u.Elem()
		default:
			return
		}
		fix := func(e ast.Expr, t types.Type) {
			inner, ok := e.(*ast.CompositeLit)
			if !ok || inner.Type != nil || t == nil {
				return
			}
			p, ok := types.Unalias(t).Underlying().(*types.Pointer)
			if !ok {
				return
			}
			if named, ok := types.Unalias(p.Elem()).(*types.Named); ok && (named.Obj().Pkg() == nil || named.Obj().Pkg().Path() == "main") {
				return
			}
			src, ok := w.typeSource(p.Elem(), inner.Pos())
			if !ok {
				return
			}
			at := w.offset(inner.Lbrace)
			w.add(at, at, "&"+src, -2)
		}
		for _, e := range lit.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				if key != nil {
					fix(kv.Key, key)
				}
				fix(kv.Value, elem)
				continue
			}
			fix(e, elem)
		}
	})
}
