package frontend

import (
	"go/ast"
	"go/types"
	"sync"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: reflection of an unexported field of the program's struct
// types.
//
// yaegi v0.16.1 builds an unexported field as an exported one (Xname for
// name, see lower_structtag.go), so reflect.Value's Field(i) gave a
// value that said CanInterface and CanSet, and that fmt, handed it,
// printed calling its String method (a struct dumper printed a private
// Color as "color" where Go prints {2}), Interface gave it out and Set
// wrote it. Where the program declares a struct type with an unexported
// field, the field is read through the host runtime, which marks it
// read-only as Go's reflection does (hostrt's reflectfield.go):
//
//	v.Field(i)  ->  __repl.ValueField(v, i)   (v a reflect.Value)

// lowerReflectFields rewrites the calls described above.
func (w *rewriter) lowerReflectFields(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	hidden := sync.OnceValue(w.declaresHiddenField) // (asked at the first v.Field(i))
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Field" || len(call.Args) != 1 || !isReflectValue(info.TypeOf(sel.X)) {
			return
		}
		if s := info.Selections[sel]; s == nil || s.Kind() != types.MethodVal {
			return
		}
		if !hidden() {
			return
		}
		// v.Field(i) -> __repl.ValueField(v, i)
		w.wrapArg(sel.X, HelperPkg+".ValueField(", -4)
		w.add(w.offset(sel.X.End()), w.offset(call.Args[0].Pos()), ", ", 0)
	})
}

// declaresHiddenField reports whether the program, or the session,
// declares a struct type with an unexported field.
func (w *rewriter) declaresHiddenField() bool {
	for _, tn := range w.heldTypes() {
		if st, ok := tn.Type().Underlying().(*types.Struct); ok {
			for f := range st.Fields() {
				if !f.Exported() && f.Name() != "_" {
					return true
				}
			}
		}
	}
	return false
}
