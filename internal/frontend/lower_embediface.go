package frontend

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a method promoted from an interface embedded in a struct.
//
// yaegi v0.16.1 panics ("invalid interface value") calling s.Log() where
// Log is a method of an interface field embedded in s's struct type
// (type Service struct { Logger; ... }), the usual way of decorating or
// faking a dependency; through the field's name it works. The pass
// writes the embedded fields of the path out:
//
//	s.Log("hi")  ->  s.Logger.Log("hi")

// lowerEmbeddedIfaceMethods writes out the paths described above.
func (w *rewriter) lowerEmbeddedIfaceMethods(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.SelectorExpr)(nil)}, func(n ast.Node) {
		sel := n.(*ast.SelectorExpr)
		s := info.Selections[sel]
		if s == nil || s.Kind() != types.MethodVal || len(s.Index()) < 2 {
			return
		}
		var names []string
		t := s.Recv()
		through := false
		for _, idx := range s.Index()[:len(s.Index())-1] {
			if p, ok := t.Underlying().(*types.Pointer); ok {
				t = p.Elem()
			}
			st, ok := t.Underlying().(*types.Struct)
			if !ok || idx >= st.NumFields() {
				return
			}
			f := st.Field(idx)
			names = append(names, f.Name())
			t = f.Type()
			if types.IsInterface(t) {
				through = true
				break
			}
		}
		if !through {
			return
		}
		at := w.offset(sel.X.End())
		w.add(at, at, "."+strings.Join(names, "."), 0)
	})
}
