package frontend

import (
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a declaration of blank variables without values in a
// function.
//
// var _ int declares nothing and evaluates nothing in Go; yaegi v0.16.1
// refused it in a function ("cannot use _ as value"). The spec is dropped:
//
//	var _ int            ->  (nothing)
//	var ( _ T; x = 3 )   ->  var ( x = 3 )

// lowerBlankVarDecls drops the specs described above.
func (w *rewriter) lowerBlankVarDecls(in *inspector.Inspector) {
	in.Preorder([]ast.Node{(*ast.DeclStmt)(nil)}, func(n ast.Node) {
		d, ok := n.(*ast.DeclStmt).Decl.(*ast.GenDecl)
		if !ok || d.Tok != token.VAR {
			return
		}
		for _, spec := range d.Specs {
			vs := spec.(*ast.ValueSpec)
			if len(vs.Values) != 0 || !allBlank(vs.Names) {
				continue
			}
			if !d.Lparen.IsValid() {
				w.add(w.offset(d.Pos()), w.offset(d.End()), "", 0)
				return
			}
			w.add(w.offset(vs.Pos()), w.offset(vs.End()), "", 0)
		}
	})
}

// allBlank reports whether every name is _.
func allBlank(names []*ast.Ident) bool {
	for _, id := range names {
		if id.Name != "_" {
			return false
		}
	}
	return true
}
