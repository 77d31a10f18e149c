package frontend

import (
	"go/ast"
	"go/token"
)

// Lowering: generic functions declared after the types that use them.
//
// yaegi v0.16.1 declares a file's types and functions in the order they
// come, and builds an instance of a generic type where a declaration
// names it: with type Named struct{ S *Stack[int] } it built Stack[int]'s
// methods there, and a method calling a generic function declared further
// down (func (s *Stack[T]) Clone() []T { return clone(s.items) }, clone
// at the end of the file, or the stand-in of slices.Clone the front end
// adds after the program) failed to compile: the struct was left without
// its fields ("too many values in struct literal" at Named{"n", s}) or
// the stand-in undefined. In a file, the generic functions declared after
// a type declaration are written before the types, after the imports, as
// are the stand-ins of the generic standard library (lower_stdgeneric.go);
// their text keeps its positions.

// genericFuncsFirst moves the functions described above to the end of the
// file's imports, after the text pre (the stand-ins).
func (w *rewriter) genericFuncsFirst(pre string) {
	at, prio := w.offset(w.file.Name.End()), 5 // after the imports the front end adds there
	for _, d := range w.file.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
			at, prio = w.offset(gd.End()), 0
		}
	}
	text := pre
	typed := false
	for _, d := range w.file.Decls {
		switch d := d.(type) {
		case *ast.GenDecl:
			typed = typed || d.Tok == token.TYPE
		case *ast.FuncDecl:
			if !typed || d.Recv != nil || d.Type.TypeParams == nil {
				continue
			}
			text += "\n" + w.moved(d) + "\n"
			w.vacate(d, "")
		}
	}
	if text != "" {
		w.add(at, at, "\n"+text, prio)
	}
}
