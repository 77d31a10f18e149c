package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// Variables of an interface type declared from a call of several results.
//
// var h, k any = g() declares h and k of type any, each holding a result
// of g. yaegi v0.16.1 gives them the types of g's results instead: with
// g returning ([]int, []int), h.([]int) was refused ("invalid type
// assertion: non-interface type []int on left"), and h could not be
// given a value of another type. The pass declares the variables first,
// then assigns them, which yaegi gets right:
//
//	var h, k any = g(x)  ->  var h, k any; h, k = g(x)
//	var h, _ any = g(x)  ->  var h any; h, _ = g(x)
//
// Only in functions (at the prompt, an input's own variables are the
// session's, declared by it) and for a declaration of one spec.

// lowerVarTuples rewrites the declarations described above.
func (w *rewriter) lowerVarTuples(in *inspector.Inspector) {
	info := w.info()
	in.WithStack([]ast.Node{(*ast.DeclStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		if w.src.Interactive() && w.plan.Seg.Kind == gosrc.SegStmt && len(stack) <= 4 {
			return true
		}
		gd, ok := n.(*ast.DeclStmt).Decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR || len(gd.Specs) != 1 || gd.Lparen.IsValid() {
			return true
		}
		vs := gd.Specs[0].(*ast.ValueSpec)
		if vs.Type == nil || len(vs.Names) < 2 || len(vs.Values) != 1 {
			return true
		}
		if _, isCall := ast.Unparen(vs.Values[0]).(*ast.CallExpr); !isCall {
			return true
		}
		if t := info.TypeOf(vs.Type); t == nil || !types.IsInterface(t) {
			return true
		}
		var names, declared []string
		for _, id := range vs.Names {
			names = append(names, id.Name)
			if id.Name != "_" {
				declared = append(declared, id.Name)
			}
		}
		if len(declared) == 0 {
			return true
		}
		if len(declared) < len(names) {
			// The interpreter declares no blank variable.
			w.add(w.offset(vs.Names[0].Pos()), w.offset(vs.Names[len(vs.Names)-1].End()), strings.Join(declared, ", "), 0)
		}
		w.add(w.offset(vs.Type.End()), w.offset(vs.End()), "; "+strings.Join(names, ", ")+" = "+w.moved(vs.Values[0]), 0)
		return true
	})
}
