package frontend

import (
	"go/ast"

	"github.com/asyncrepl/asyncrepl/internal/hostrt"
)

// Predeclared names declared again by the program.
//
// Go lets a package declare a name of the universe again (type error
// struct{ code int }, func print(args ...any), const iota = 38), and
// within the package the name is the package's. yaegi v0.16.1 keeps
// taking some of those names for the universe's: e := error{3}; e.code
// was "undefined method: code", and Go's rename.go, which adds up
// constants named append, bool, cap, ..., iota, was refused ("too many
// arguments"). RenamePredeclared gives each such package-level name, in
// the tree handed to the interpreter, a name of its own: the name and a
// middle dot, which no identifier of Go spells,
//
//	type error struct{ code int }; e := error{3}
//	  ->  type error· struct{ code int }; e := error·{3}
//
// with every use: those the parser resolves to the declaration, and, in
// a later input of the session that declared it (outer), the identifiers
// spelled as the name that the input does not declare, but for selected
// names, composite literal keys, fields and methods, which are no uses.
// The names the program sees are the front end's (%T says main.error) or
// are read back without the dot (see hostrt's heldName). Positions are
// kept.

// RenamePredeclared renames the package-level types, functions and
// constants of f, and those of the session (outer) f uses, named as the
// universe's, and reports whether it renamed any. Variables keep their
// names: the interpreter takes those for the program's (print := 3 at the
// prompt declares the session's print).
func RenamePredeclared(f *ast.File, outer func(name string) bool) bool {
	renamed := false
	mine := map[any]bool{} // by the object the parser resolved uses to
	if f.Scope != nil {
		for name, obj := range f.Scope.Objects {
			if Universe[name] && name != "_" && obj.Kind != ast.Var {
				mine[obj] = true
			}
		}
	}
	// Identifiers that are no uses of a package-level name.
	skip := map[*ast.Ident]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			skip[n.Sel] = true
		case *ast.CompositeLit:
			if keyedByValue(n.Type) {
				break
			}
			for _, e := range n.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok {
						skip[id] = true // a field's name
					}
				}
			}
		case *ast.Field:
			for _, id := range n.Names {
				if id.Obj == nil {
					skip[id] = true
				}
			}
		case *ast.FuncDecl:
			if n.Recv != nil {
				skip[n.Name] = true
			}
		case *ast.LabeledStmt:
			skip[n.Label] = true
		case *ast.BranchStmt:
			if n.Label != nil {
				skip[n.Label] = true
			}
		}
		return true
	})
	ast.Inspect(f, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || skip[id] || !Universe[id.Name] || id.Name == "_" {
			return true
		}
		if (id.Obj != nil && mine[id.Obj]) || (id.Obj == nil && outer != nil && outer(id.Name) && !isPackageClause(f, id)) {
			id.Name += hostrt.LocalTypeSep
			renamed = true
		}
		return true
	})
	return renamed
}

// keyedByValue reports whether a composite literal of type t (nil where
// elided) has values for keys, not fields' names: t is, or is declared in
// the file as, a map, array or slice type.
func keyedByValue(t ast.Expr) bool {
	if id, ok := t.(*ast.Ident); ok && id.Obj != nil {
		if ts, ok := id.Obj.Decl.(*ast.TypeSpec); ok {
			t = ts.Type
		}
	}
	switch t.(type) {
	case *ast.MapType, *ast.ArrayType:
		return true
	}
	return false
}

// isPackageClause reports whether id is the name of f's package clause.
func isPackageClause(f *ast.File, id *ast.Ident) bool { return f.Name == id }
