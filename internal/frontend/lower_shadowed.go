package frontend

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// Lowering: a name of the universe declared again in a function.
//
// Go lets a function declare len, cap, nil, int and the other names of
// the universe again (len := len(xs), func truncate(s string, len int)),
// and there the name is the function's. The other lowerings write code
// that calls len and cap, converts with int and compares with nil: under
// the program's len that code called the program's (a local func len
// bounded every index by its result) or failed to compile ("too many
// arguments"), and yaegi v0.16.1 took a variable named nil for the
// universe's nil. The pass gives each such variable, constant and
// parameter declared in a function a name of its own, the name and
// "__shadow", with every use, so that the universe's names mean the
// universe's again:
//
//	len := len(xs); xs[len-1]  ->  len__shadow := len(xs); xs[len__shadow-1]
//
// Types declared in functions keep their names (%T says them), and so do
// the session's variables, declared by the statements of an input.

// lowerShadowedNames renames the function-level names described above.
func (w *rewriter) lowerShadowedNames(in *inspector.Inspector) {
	info := w.info()
	c := w.plan.Checked
	if info == nil || c == nil || c.pkg == nil {
		return
	}
	pkgScope := c.pkg.Scope()
	// At the prompt, a statement segment's names are the session's: the
	// scope of its wrapper function (the file's last declaration) is kept.
	var session *types.Scope
	if w.mode != ModeScript && w.plan.Seg.Kind == gosrc.SegStmt && len(w.file.Decls) > 0 {
		if fd, ok := w.file.Decls[len(w.file.Decls)-1].(*ast.FuncDecl); ok {
			session = info.Scopes[fd.Type]
		}
	}
	rename := func(obj types.Object) bool {
		if obj == nil || !Universe[obj.Name()] || obj.Name() == "_" || obj.Pkg() != c.pkg {
			return false
		}
		switch o := obj.(type) {
		case *types.Var:
			if o.IsField() {
				return false
			}
		case *types.Const:
		default:
			return false
		}
		p := obj.Parent()
		return p != nil && p != pkgScope && p != types.Universe && p != session
	}
	in.Preorder([]ast.Node{(*ast.Ident)(nil)}, func(n ast.Node) {
		id := n.(*ast.Ident)
		obj := info.Defs[id]
		if obj == nil {
			obj = info.Uses[id]
		}
		if !rename(obj) {
			return
		}
		w.add(w.offset(id.Pos()), w.offset(id.End()), shadowName(obj), 0)
		if w.shadowed == nil {
			w.shadowed = map[types.Object]bool{}
		}
		w.shadowed[obj] = true
	})
}

// refuseSessionShadows refuses, at the prompt, an input declaring a
// session variable named as a name of the universe that the same input
// uses as the universe's (len := len(xs)): the interpreter declared the
// variable and then failed to compile the input ("too many arguments"),
// and every later input calling len called the variable.
func (w *rewriter) refuseSessionShadows() error {
	info := w.info()
	if info == nil || w.mode == ModeScript || w.plan.Seg.Kind != gosrc.SegStmt || len(w.file.Decls) == 0 {
		return nil
	}
	fd, ok := w.file.Decls[len(w.file.Decls)-1].(*ast.FuncDecl)
	if !ok {
		return nil
	}
	session := info.Scopes[fd.Type]
	if session == nil {
		return nil
	}
	for id, obj := range info.Defs {
		if obj == nil || obj.Parent() != session || !Universe[obj.Name()] || obj.Name() == "_" {
			continue
		}
		universal := types.Universe.Lookup(obj.Name())
		for use, o := range info.Uses {
			if o == universal && fd.Pos() <= use.Pos() && use.End() <= fd.End() {
				return &Error{Pos: w.src.Position(w.offset(id.Pos())),
					Msg: fmt.Sprintf("%s declared as the session's variable in an input that also uses the built-in %s: the interpreter cannot compile that; give the variable another name", obj.Name(), obj.Name())}
			}
		}
	}
	return nil
}

// shadowName is the name lowerShadowedNames gives obj.
func shadowName(obj types.Object) string { return obj.Name() + "__shadow" }

// identText is the name of the variable id uses in the lowered code: its
// own, or the one lowerShadowedNames gave it; defText that of the
// variable id declares.
func (w *rewriter) identText(id *ast.Ident) string {
	if obj := w.info().Uses[id]; obj != nil && w.shadowed[obj] {
		return shadowName(obj)
	}
	return id.Name
}

func (w *rewriter) defText(id *ast.Ident) string {
	if obj := w.info().Defs[id]; obj != nil && w.shadowed[obj] {
		return shadowName(obj)
	}
	return id.Name
}
