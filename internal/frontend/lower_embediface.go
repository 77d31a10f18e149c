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
// writes the embedded fields of the path out, up to the interface (as
// lower_promoted.go writes out the path of a method the interpreter finds
// on another one; both walk the path with embeddedPath):
//
//	s.Log("hi")  ->  s.Logger.Log("hi")

// lowerEmbeddedIfaceMethods writes out the paths described above.
func (w *rewriter) lowerEmbeddedIfaceMethods(in *inspector.Inspector) {
	w.eachPromotedMethod(in, func(sel *ast.SelectorExpr, s *types.Selection) {
		var names []string
		through := false
		if !embeddedPath(s.Recv(), s.Index()[:len(s.Index())-1], func(_ types.Type, f *types.Var) bool {
			names = append(names, w.interpFieldName(f))
			through = types.IsInterface(f.Type())
			return !through
		}) || !through {
			return
		}
		at := w.offset(sel.X.End())
		w.add(at, at, "."+strings.Join(names, "."), 0)
	})
}
