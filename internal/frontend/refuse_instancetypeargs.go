package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
)

// Refused: an instance of a generic type of several type parameters,
// written with type parameters, as a type argument of a generic function
// of the program or of the prelude's stand-ins of the standard library's
// (slices.Reverse(xs) with xs []Pair[K, V]: the call did nothing), in
// generic code that is not written out for its type
// arguments: a method of a generic type, or the prompt's code.
//
//	func (m *Metric[K, V]) Keys() []pair[K, V] { return Keys(m.m) }  // Keys[pair[K, V], int]
//
// yaegi v0.16.1 types the type arguments of an instantiation f[A, B]
// only where they are names or instances of one type parameter
// (interp/cfg.go, the callExpr of an indexListExpr); pair[K, V] had no
// type and the instance's compilation crashed ("CFG post-order panic:
// runtime error: invalid memory address", in genAST). Its own inference
// (Keys(m.m) left as written) did not crash and returned no keys. The
// generic functions of a script are written out for their type
// arguments (lower_specialise.go), where the instance is a type written
// out that lower_geninstance.go names; elsewhere the instantiation is
// refused, naming it, with the way around: a generic function of a
// script. Nor is it in the methods of a generic type written out per
// instance (lower_typecopy.go), which run as their copies only.

// refuseInstanceTypeArgs returns the error for the segment's first
// instantiation described above.
func (w *rewriter) refuseInstanceTypeArgs() error {
	info := w.info()
	ids := make([]*ast.Ident, 0, len(info.Instances))
	for id := range info.Instances {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b *ast.Ident) int { return int(a.Pos() - b.Pos()) })
	for _, id := range ids {
		fn, ok := info.Uses[id].(*types.Func)
		if !ok || runsCompiled(fn) || fn.Pkg() == nil || w.specialised(id) || w.wholeSpecialised(id) || w.inWrittenOut(id) {
			continue
		}
		for t := range info.Instances[id].TypeArgs.Types() {
			named, ok := types.Unalias(t).(*types.Named)
			if !ok || named.TypeArgs().Len() < 2 || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != "main" || !hasTypeParam(named) {
				continue
			}
			where := "at the prompt"
			switch {
			case w.mode != ModeScript:
			case w.inMethod(id):
				where = "in a method of a generic type"
			default:
				where = "in a generic function instantiated with a type it cannot write out (declared in a function)"
			}
			return &Error{Pos: w.src.Position(w.offset(id.Pos())), Msg: fmt.Sprintf(
				"%s instantiated with %s, an instance of a generic type of several type parameters written with type parameters: the interpreter cannot compile it %s; move the code into a generic function of a script (asyncrepl FILE.go) instantiated with types declared at the package level, which runs written out for its type arguments",
				id.Name, typeString(named), where)}
		}
	}
	return nil
}

// inMethod reports whether n is in the body of a method.
func (w *rewriter) inMethod(n ast.Node) bool {
	for _, d := range w.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && n.Pos() >= fd.Pos() && n.End() <= fd.End() {
			return fd.Recv != nil
		}
	}
	return false
}
