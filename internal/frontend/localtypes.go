package frontend

import (
	"fmt"
	"go/ast"
	"go/token"

	"github.com/asyncrepl/asyncrepl/internal/hostrt"
)

// Local types named as a type of an enclosing scope.
//
// yaegi v0.16.1 resolves the name of a type declared in a function to a
// type of the same name declared further out, the package's or an
// enclosing block's, when there is one: in
//
//	type T struct{ V int }
//	func f() { type T [2]int; p := T{0, 1}; ... }
//
// T{0, 1} was refused ("too many values in struct literal"), and where
// the two types had the same fields, the local one silently took the
// package one's methods (an assertion to interface{ Sum() int } held,
// where in Go it fails). RenameLocalTypes gives every type declared in a
// function whose name is also declared elsewhere (by the package, the
// session, the universe or another function's type) a name of its own,
// with every use the parser resolves to it:
//
//	func f() { type T [2]int; p := T{0, 1} }
//	  ->  func f() { type T·1 [2]int; p := T·1{0, 1} }
//
// A local type embedded in a struct keeps its name (it names the field).
//
// It works on the syntax tree handed to the interpreter, after the
// lowerings, as RenameTypeParams does: the code they write names a local
// type as the user's text does, and resolves to it as that text does. The
// new name, the old one and a middle dot the interpreter takes as part of
// a name but Go spells in none, can be no other name of the program; the
// names the program sees (%T, reflection, a panic's message) are the
// front end's or are read back without the suffix (see hostrt's
// heldName). Positions are kept.

// RenameLocalTypes renames the types declared in the functions of f whose
// name the universe, f's package scope, outer (the session's names) or
// another type declared in a function also declares, and reports whether
// it renamed any.
func RenameLocalTypes(f *ast.File, outer func(name string) bool) bool {
	var specs []*ast.TypeSpec
	count := map[string]int{}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if ds, ok := n.(*ast.DeclStmt); ok {
				if gd, ok := ds.Decl.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
					for _, s := range gd.Specs {
						ts := s.(*ast.TypeSpec)
						if ts.Name.Name != "_" && ts.Name.Obj != nil {
							specs = append(specs, ts)
							count[ts.Name.Name]++
						}
					}
				}
			}
			return true
		})
	}
	if len(specs) == 0 {
		return false
	}
	// A type embedded as a field names the field: renamed, it would name
	// it otherwise (and the interpreter builds no struct with a field
	// named so); such types keep their names.
	embedded := map[any]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		st, ok := n.(*ast.StructType)
		if !ok {
			return true
		}
		for _, fl := range st.Fields.List {
			if len(fl.Names) > 0 {
				continue
			}
			t := fl.Type
			if star, ok := t.(*ast.StarExpr); ok {
				t = star.X
			}
			if id, ok := t.(*ast.Ident); ok && id.Obj != nil {
				embedded[id.Obj] = true
			}
		}
		return true
	})
	rename := map[any]string{} // by the object the parser resolved uses to
	for i, ts := range specs {
		name := ts.Name.Name
		if embedded[ts.Name.Obj] {
			continue
		}
		if count[name] > 1 || Universe[name] || (f.Scope != nil && f.Scope.Lookup(name) != nil) || (outer != nil && outer(name)) {
			rename[ts.Name.Obj] = fmt.Sprintf("%s%s%d", name, hostrt.LocalTypeSep, i+1)
		}
	}
	if len(rename) == 0 {
		return false
	}
	// A composite literal's key the parser resolved to a type is a
	// field's name (no type is a value).
	keys := map[*ast.Ident]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if cl, ok := n.(*ast.CompositeLit); ok {
			for _, e := range cl.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok {
						keys[id] = true
					}
				}
			}
		}
		return true
	})
	ast.Inspect(f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Obj != nil && !keys[id] {
			if name, ok := rename[id.Obj]; ok {
				id.Name = name
			}
		}
		return true
	})
	return true
}
