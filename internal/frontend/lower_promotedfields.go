package frontend

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
)

// Fields promoted through embedded fields, where the interpreter would
// find a field of the same name elsewhere.
//
// yaegi v0.16.1 finds a field by name depth first, in the order of the
// fields, through every field of a struct or pointer type of the
// program's, not only the embedded ones (its itype.lookupField). Go takes
// the shallowest promoted field. So in
//
//	type Item struct {
//		meta Meta // Meta has a Name
//		Base      // so has Base
//	}
//
// it.Name read and wrote it.meta.Name. Where the interpreter's search would
// find another field than Go's, the selector names the embedded fields of
// Go's path, each of which the interpreter finds at once (a struct's own
// field comes before any search); in generic code, wherever a field of a
// type parameter's type comes before Go's (its type argument may have
// such a field):
//
//	it.Name  ->  it.Base.Name

// lowerPromotedFields rewrites the selectors described above.
func (w *rewriter) lowerPromotedFields(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.SelectorExpr)(nil)}, func(n ast.Node) {
		sel := n.(*ast.SelectorExpr)
		s := info.Selections[sel]
		if s == nil || s.Kind() != types.FieldVal || len(s.Index()) < 2 {
			return
		}
		goPath := s.Index()[:len(s.Index())-1]
		if found := depthFirstField(s.Recv(), sel.Sel.Name, map[types.Type]bool{}); slices.Equal(found, s.Index()) {
			return
		}
		text := ""
		if !embeddedPath(s.Recv(), goPath, func(_ types.Type, f *types.Var) bool {
			text += "." + f.Name()
			return true
		}) {
			return
		}
		end := w.offset(sel.X.End())
		w.add(end, end, text, 50)
	})
}

// depthFirstField returns the indexes of the fields on which the
// interpreter's search (see above) finds the field name of t, nil where it
// finds none.
func depthFirstField(t types.Type, name string, seen map[types.Type]bool) []int {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	if seen[t] {
		return nil
	}
	seen[t] = true
	if n, ok := t.(*types.Named); ok && (n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main") {
		return nil // a compiled type: the search looks no further
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	for i := range st.NumFields() {
		if st.Field(i).Name() == name {
			return []int{i}
		}
	}
	for i := range st.NumFields() {
		ft := st.Field(i).Type()
		if p, ok := ft.(*types.Pointer); ok {
			ft = p.Elem()
		}
		if _, param := ft.(*types.TypeParam); param {
			return []int{-1} // a type argument's fields, unknown here: Go's path is written
		}
		if rest := depthFirstField(st.Field(i).Type(), name, seen); rest != nil {
			return append([]int{i}, rest...)
		}
	}
	return nil
}
