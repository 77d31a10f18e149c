package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
)

// A field and a method of one name at different depths.
//
// Go selects the shallowest of the fields and methods a struct type has
// under a name, so a field Describe of Admin hides the method Describe
// Admin promotes from an embedded User. yaegi v0.16.1 finds both and
// refuses the selection of the field ("ambiguous selector: Describe"),
// positioned at the program's selector, but in its words (a method that
// hides a deeper field it selects as Go does). There is no other
// spelling of the selection (a field of the outer type has no longer
// path), so the selection of such a field is refused in the front end's
// words, naming both, with the way around: rename one of them.

// refuseFieldMethodSelections returns the error for the segment's first
// selection of a field whose name a type it embeds has as a method.
func (w *rewriter) refuseFieldMethodSelections() error {
	info := w.info()
	var first *ast.SelectorExpr
	var what string
	for se, sel := range info.Selections {
		if sel.Kind() != types.FieldVal || (first != nil && se.Pos() > first.Pos()) {
			continue
		}
		name := sel.Obj().Name()
		field, method := fieldsAndMethods(sel.Recv(), name)
		if field == "" || method == "" {
			continue
		}
		first = se
		what = fmt.Sprintf("selects the field %s of %s, which hides the method %s of %s", name, field, name, method)
	}
	if first == nil {
		return nil
	}
	return &Error{Pos: w.src.Position(w.offset(first.Sel.Pos())), Msg: fmt.Sprintf(
		"%s %s: the interpreter cannot tell a field and a method of one name apart; rename one of them",
		w.text(first), what)}
}

// fieldsAndMethods returns the names of the program's types (those of
// package main) among t and the types it embeds that have a field, and
// a method, named name ("" where none).
func fieldsAndMethods(t types.Type, name string) (field, method string) {
	seen := map[types.Type]bool{}
	var walk func(t types.Type)
	walk = func(t types.Type) {
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		t = types.Unalias(t)
		if seen[t] {
			return
		}
		seen[t] = true
		n, isNamed := t.(*types.Named)
		if isNamed {
			if n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main" {
				return
			}
			for m := range n.Methods() {
				if m.Name() == name && method == "" {
					method = n.Obj().Name()
				}
			}
		}
		switch u := t.Underlying().(type) {
		case *types.Struct:
			for f := range u.Fields() {
				if f.Name() == name && field == "" {
					field = "a struct"
					if isNamed {
						field = n.Obj().Name()
					}
				}
				if f.Embedded() {
					walk(f.Type())
				}
			}
		case *types.Interface:
			if isNamed {
				for m := range u.Methods() {
					if m.Name() == name && method == "" {
						method = n.Obj().Name()
					}
				}
			}
		}
	}
	walk(t)
	return field, method
}
