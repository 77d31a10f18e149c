package frontend

import (
	"go/ast"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a declaration of blank variables without values in a
// function.
//
// var _ int declares nothing and evaluates nothing in Go; yaegi v0.16.1
// refused it in a function ("cannot use _ as value"), and var _, y int
// too. It takes the form with values, which it runs, each the zero value
// of the spec's type:
//
//	var _ int           ->  var _ int = *new(int)
//	var _, y string     ->  var _, y string = *new(string), *new(string)

// lowerBlankVarDecls gives the specs described above their values.
func (w *rewriter) lowerBlankVarDecls(in *inspector.Inspector) {
	in.Preorder([]ast.Node{(*ast.DeclStmt)(nil)}, func(n ast.Node) {
		d, ok := n.(*ast.DeclStmt).Decl.(*ast.GenDecl)
		if !ok || d.Tok != token.VAR {
			return
		}
		for _, spec := range d.Specs {
			vs := spec.(*ast.ValueSpec)
			if len(vs.Values) != 0 || vs.Type == nil || !slices.ContainsFunc(vs.Names, func(id *ast.Ident) bool { return id.Name == "_" }) {
				continue
			}
			ts := w.text(vs.Type)
			if t, ok := w.typeSource(w.info().TypeOf(vs.Type), vs.Type.Pos()); ok {
				ts = t // an instance written out names its copy (lower_typecopy.go)
			}
			zero := "*new(" + ts + ")"
			at := w.offset(vs.Type.End())
			w.add(at, at, " = "+strings.Repeat(zero+", ", len(vs.Names)-1)+zero, 0)
		}
	})
}

// Package variables named _.
//
// yaegi v0.16.1 holds the package's blank variables in one place, of the
// first one's type: var _ Shape = Sq{} followed by var _ = 1 panicked
// before main ran (reflect.Set: value of type interp.valueInterface is not
// assignable to type int). In a script (and a file for :load) each gets a
// name of its own, which no code uses (a package variable may go unused):
//
//	var _ Shape = Sq{}  ->  var __bv1 Shape = Sq{}
//
// A spec another pass rewrote (a call of several results, lower_vartuple.go;
// values moved to init, lower_initorder.go) is left to it.

// lowerPkgBlankVars names the variables described above.
func (w *rewriter) lowerPkgBlankVars() {
	for _, vs := range w.pkgVarSpecs {
		// The names, and what follows them up to the values.
		end := vs.End()
		if len(vs.Values) > 0 {
			end = vs.Values[0].Pos()
		}
		if len(vs.Values) == 1 && len(vs.Names) > 1 || w.edited(vs.Pos(), end, nil) {
			continue
		}
		for _, id := range vs.Names {
			if id.Name == "_" {
				w.add(w.offset(id.Pos()), w.offset(id.End()), w.tmpName("bv"), 0)
			}
		}
	}
}
