package frontend

import (
	"go/ast"
	"go/types"
	"maps"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: embedded fields of the program's struct types, to reflection.
//
// yaegi v0.16.1 builds an embedded field as a field of its own (reflect
// says Anonymous false, unless it is the struct's only field), so
// FieldByName did not find a field promoted from it and VisibleFields
// left those out: a walk of a struct and its embedded ones (a validator,
// a config loader) took another path than Go's. lower_structtag.go marks
// such a field in its tag, and where the program declares one, what
// reflection answers of them goes to the host runtime (hostrt's
// reflectembed.go):
//
//	f.Anonymous             ->  __repl.FieldAnonymous(f)
//	t.FieldByName(name)     ->  __repl.TypeFieldByName(t, name)    (t a reflect.Type)
//	v.FieldByName(name)     ->  __repl.ValueFieldByName(v, name)   (v a reflect.Value)
//	reflect.VisibleFields(t) -> __repl.VisibleFields(t)

// lowerReflectEmbedded rewrites the expressions described above.
func (w *rewriter) lowerReflectEmbedded(in *inspector.Inspector) {
	info := w.info()
	if info == nil || !w.declaresEmbedded() {
		return
	}
	for c := range in.Root().Preorder((*ast.SelectorExpr)(nil), (*ast.CallExpr)(nil)) {
		switch n := c.Node().(type) {
		case *ast.SelectorExpr:
			s := info.Selections[n]
			if s == nil || s.Kind() != types.FieldVal || n.Sel.Name != "Anonymous" || !isReflectStructField(s.Recv()) {
				continue
			}
			if isAssigned(c.Parent().Node(), n) {
				continue // a write: not what reflection says
			}
			end := w.offset(n.End())
			w.wrapArg(n, HelperPkg+".FieldAnonymous(", -5)
			w.add(w.offset(n.X.End()), end, ")", 5)
		case *ast.CallExpr:
			sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if !ok || n.Ellipsis.IsValid() {
				continue
			}
			if fn, ok := info.Uses[sel.Sel].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "reflect" && fn.Name() == "VisibleFields" && len(n.Args) == 1 {
				w.add(w.offset(sel.Pos()), w.offset(sel.End()), HelperPkg+".VisibleFields", 0)
				continue
			}
			if sel.Sel.Name != "FieldByName" || len(n.Args) != 1 {
				continue
			}
			var helper string
			switch t := info.TypeOf(sel.X); {
			case isReflectType(t):
				helper = "TypeFieldByName"
			case isReflectValue(t):
				helper = "ValueFieldByName"
			default:
				continue
			}
			// t.FieldByName(name) -> __repl.TypeFieldByName(t, name)
			w.wrapArg(sel.X, HelperPkg+"."+helper+"(", -4)
			w.add(w.offset(sel.X.End()), w.offset(n.Args[0].Pos()), ", ", 0)
		}
	}
}

// isPkgType reports whether t is the type named name of the package of
// import path path (reflect.Value).
func isPkgType(t types.Type, path, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == path && n.Obj().Name() == name
}

// isReflectValue reports whether t is reflect.Value.
func isReflectValue(t types.Type) bool {
	return isPkgType(t, "reflect", "Value")
}

// declaresEmbedded reports whether the program, or the session, declares
// a struct type with an embedded field.
func (w *rewriter) declaresEmbedded() bool {
	for _, tn := range checkedTypes(w.plan.Checked, slices.Collect(maps.Values(w.fe.Types.Objs))) {
		if st, ok := tn.Type().Underlying().(*types.Struct); ok {
			for f := range st.Fields() {
				if f.Embedded() {
					return true
				}
			}
		}
	}
	return false
}
