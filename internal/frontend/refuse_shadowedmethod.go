package frontend

import (
	"fmt"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Refused: a value of a struct type held as an interface where the
// interpreter would call another method than Go's through it.
//
// Go promotes the method of the shallowest embedded field: in
//
//	type inner struct{}
//	func (inner) String() string { return "inner" }
//	type deep struct{ inner }
//	type S struct {
//		deep          // String at depth 2
//		*bytes.Buffer // String at depth 1: S's String
//	}
//
// s.String() is the Buffer's. yaegi v0.16.1 calls it so, but builds the
// methods of a value held in an interface by looking through the fields
// in their order, each field's own methods before its fields', and the
// program's methods before a compiled type's: fmt.Println(s), or
// fmt.Stringer(s).String(), called inner's String (Go's
// test/fixedbugs/issue24547.go panicked "FAIL"). Where, for a method of a
// struct type of the program's (named or not), that search finds another
// method than Go's selection, a value of the type (or a pointer to it, or
// a container of either) converted to an interface type is refused before
// it runs, naming the method, the two paths and the way around: write the
// method out on the type, calling the one Go promotes. Calling the method
// on the value in the program's own code runs as in Go, and is left.

// shadowedMethod returns, for a struct type t (or a pointer to one) of
// the program's, a method of its method set that the interpreter's search
// (see above) finds elsewhere than Go's selection: its name, Go's path and
// the path the search takes (field names joined by dots); ok is false when
// there is none.
func shadowedMethod(t types.Type) (name, goPath, found string, ok bool) {
	if p, isPtr := types.Unalias(t).(*types.Pointer); isPtr {
		t = p.Elem()
	}
	st, isStruct := types.Unalias(t).Underlying().(*types.Struct)
	if !isStruct || !hasEmbedded(st) {
		return "", "", "", false
	}
	if n, isNamed := types.Unalias(t).(*types.Named); isNamed && (n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main") {
		return "", "", "", false
	}
	ms := types.NewMethodSet(types.NewPointer(t))
	for sel := range ms.Methods() {
		if len(sel.Index()) < 2 {
			continue // declared on the type itself: found first
		}
		m := sel.Obj().(*types.Func)
		path, got := searchMethod(st, m.Name(), map[types.Type]bool{})
		if !got {
			continue // no method of the program's: the compiled one is found
		}
		want := selectionPath(st, sel.Index())
		if path != want+m.Name() {
			return m.Name(), want, path, true
		}
	}
	return "", "", "", false
}

// hasEmbedded reports whether st has an embedded field.
func hasEmbedded(st *types.Struct) bool {
	for f := range st.Fields() {
		if f.Embedded() {
			return true
		}
	}
	return false
}

// searchMethod follows the interpreter's search for the method name
// among st's embedded fields: in their order, a field's own methods (of
// the program's types) before its fields'. It returns the path of the
// first method of the program's it finds.
func searchMethod(st *types.Struct, name string, seen map[types.Type]bool) (string, bool) {
	for f := range st.Fields() {
		if !f.Embedded() {
			continue
		}
		ft := f.Type()
		if p, ok := types.Unalias(ft).(*types.Pointer); ok {
			ft = p.Elem()
		}
		if seen[ft] {
			continue
		}
		seen[ft] = true
		n, isNamed := types.Unalias(ft).(*types.Named)
		if isNamed && (n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main") {
			continue // a compiled type: its methods come after the program's
		}
		if isNamed {
			for m := range n.Methods() {
				if m.Name() == name {
					return f.Name() + "." + name, true
				}
			}
		}
		if inner, ok := ft.Underlying().(*types.Struct); ok {
			if path, ok := searchMethod(inner, name, seen); ok {
				return f.Name() + "." + path, true
			}
		}
	}
	return "", false
}

// selectionPath writes the path of a method selected through the fields
// index (the last index is the method's) as searchMethod does.
func selectionPath(st *types.Struct, index []int) string {
	path := ""
	for _, i := range index[:len(index)-1] {
		f := st.Field(i)
		path += f.Name() + "."
		ft := f.Type()
		if p, ok := types.Unalias(ft).(*types.Pointer); ok {
			ft = p.Elem()
		}
		st, _ = ft.Underlying().(*types.Struct)
		if st == nil {
			break
		}
	}
	return path
}

// refuseShadowedMethods refuses the conversions the doc above describes.
func (w *rewriter) refuseShadowedMethods(in *inspector.Inspector) error {
	return w.refuseHeldConversions(in, func(t types.Type) bool {
		_, _, _, ok := shadowedMethod(t)
		return ok
	}, func(t, target, s types.Type) string {
		name, want, got, _ := shadowedMethod(s)
		q := w.qualifier()
		st := types.TypeString(s, q)
		return fmt.Sprintf(
			"a value of %s held as %s: %s's method %s is promoted from its field %s (x.%s), but through an interface the interpreter would call the deeper x.%s; "+
				"write the method out on the type (a named struct type with a method %s calling x.%s)",
			types.TypeString(t, q), types.TypeString(target, q), st, name, want[:len(want)-1], want+name, got, name, want+name)
	})
}
