package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// The names reflection gives the program's types and their fields.
//
// yaegi v0.16.1 builds the program's struct types with reflect.StructOf,
// which takes no unexported field: a field bar becomes an exported Xbar,
// of no package, so reflection said Name "Xbar", PkgPath "" and
// IsExported true where Go says "bar", "main" and false (Go's
// test/fixedbugs/issue10332.go printed "BUG: incorrect PkgPath"). The pass
// reads these members of a reflect.StructField through a check that knows
// the unexported fields the program declares (those whose X-name no
// exported field of the program has):
//
//	f.Name          ->  __repl.FieldName(f, "bar id")
//	f.PkgPath       ->  __repl.FieldPkgPath(f, "bar id")
//	f.IsExported()  ->  __repl.FieldExported(f, "bar id")
//
// It does nothing where the program declares no struct type with an
// unexported field. The types themselves have no name or package either
// (reflect.TypeOf(foo{}).Name() is "", not "foo"): Name and PkgPath of a
// reflect.Type are refused, at their position, where the program declares
// a type that is not an interface, with the way around (name the type in
// the program's own code: a String method, a table of names).

// lowerReflectNames rewrites the members of reflect.StructField that name
// a field, and refuses those of reflect.Type that name a type, where the
// program declares types whose names the interpreter loses.
func (w *rewriter) lowerReflectNames(in *inspector.Inspector) error {
	info := w.info()
	hasNamed := false
	unexported, exported := map[string]bool{}, map[string]bool{}
	addFields := func(t types.Type) {
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			return
		}
		for f := range st.Fields() {
			switch {
			case f.Pkg() == nil || f.Pkg().Path() != "main":
			case f.Exported():
				exported[f.Name()] = true
			case f.Name() != "_":
				unexported[f.Name()] = true
			}
		}
	}
	for _, tn := range checkedTypes(w.plan.Checked, slices.Collect(maps.Values(w.fe.Types.Objs))) {
		if types.IsInterface(tn.Type()) {
			continue
		}
		hasNamed = true
		addFields(tn.Type())
	}
	for _, tv := range info.Types {
		addFields(tv.Type) // struct types without names too
	}
	var names []string
	for n := range unexported {
		if !exported["X"+n] {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	list := fmt.Sprintf("%q", strings.Join(names, " "))
	var err error
	in.WithStack([]ast.Node{(*ast.SelectorExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		sel := n.(*ast.SelectorExpr)
		s := info.Selections[sel]
		if !push || err != nil || s == nil {
			return true
		}
		recv, ok := types.Unalias(derefType(s.Recv())).(*types.Named)
		if !ok || recv.Obj().Pkg() == nil || recv.Obj().Pkg().Path() != "reflect" {
			return true
		}
		name := sel.Sel.Name
		switch recv.Obj().Name() {
		case "Type":
			if hasNamed && (name == "Name" || name == "PkgPath") {
				err = &Error{Pos: w.src.Position(w.offset(sel.Sel.Pos())), Msg: fmt.Sprintf(
					"reflect.Type's %s: the interpreter builds the program's types without their names and package, "+
						"so it would answer wrongly for them (name the type in the program's own code: a String method, a table of names)", name)}
			}
		case "StructField":
			if len(names) == 0 {
				return true
			}
			parent := stack[len(stack)-2]
			switch name {
			case "Name", "PkgPath":
				if isAssigned(parent, sel) {
					return true // a write: not what reflection says
				}
				w.add(w.offset(sel.Pos()), w.offset(sel.Pos()), HelperPkg+".Field"+name+"(", -4)
				w.add(w.offset(sel.X.End()), w.offset(sel.End()), ", "+list+")", 0)
			case "IsExported":
				call, ok := parent.(*ast.CallExpr)
				if !ok || call.Fun != sel {
					err = &Error{Pos: w.src.Position(w.offset(sel.Sel.Pos())), Msg: "reflect.StructField's IsExported as a value: " +
						"the interpreter makes the program's unexported fields exported (call it instead)"}
					return true
				}
				w.add(w.offset(sel.Pos()), w.offset(sel.Pos()), HelperPkg+".FieldExported(", -4)
				w.add(w.offset(sel.X.End()), w.offset(call.End()), ", "+list+")", 0)
			}
		}
		return true
	})
	return err
}

// isAssigned reports whether sel is written by its parent statement.
func isAssigned(parent ast.Node, sel *ast.SelectorExpr) bool {
	switch p := parent.(type) {
	case *ast.AssignStmt:
		return slices.Contains(p.Lhs, ast.Expr(sel))
	case *ast.IncDecStmt:
		return p.X == sel
	case *ast.UnaryExpr:
		return p.Op == token.AND
	}
	return false
}

// derefType returns the element type of a pointer, else t.
func derefType(t types.Type) types.Type {
	if p, ok := t.(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}
