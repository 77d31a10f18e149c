package frontend

import (
	"go/ast"
	"go/token"
)

// Type parameters named as something else of their declaration.
//
// yaegi v0.16.1 instantiates a generic type, function or method by copying
// its syntax tree and replacing every identifier spelled as a type
// parameter by the type argument, whatever the identifier names: in
//
//	type Pair[K comparable, V any] struct { K K; V V }
//
// the fields of Pair[string, int] were named string and int (fmt printed
// {Xstring:a Xint:1}, encoding/json {"Xstring":"a","Xint":1}, and p.K was
// undefined); a selector, a composite literal's key, a local variable or a
// label spelled as a type parameter went the same way. A type parameter
// spelled as a type of the package (func Reverse[S ~[]E, E any] beside
// type S struct{...}, as slices' own stand-ins are) took the type's place
// elsewhere in the package, declared and never called: an assertion x.(S)
// failed to compile ("reflect.Type is nil"), a value of S lost its fields.
// The names of type parameters are the declaration's own: renaming them,
// with every use, changes nothing of the program's meaning, so
// RenameTypeParams gives each such type parameter a name the declaration
// does not spell otherwise and the package does not declare:
//
//	type Pair[K comparable, V any] struct { K K; V V }
//	  ->  type Pair[K_ comparable, V_ any] struct { K K_; V V_ }
//
// It works on the syntax tree handed to the interpreter (every compile of
// the session goes through it), after the lowerings: the interpreter's
// confusion is one of spelling, and so is the repair. A type parameter's
// uses are the identifiers the parser resolved to it (the tree is parsed
// with object resolution), but for a composite literal's keys, which name
// fields. Positions are kept: the renamed identifiers stay where they were.

// RenameTypeParams renames, in the generic declarations of f, the type
// parameters whose name is also spelled by another identifier of their
// declaration or declared at the package level, in f or by outer (the
// session's names), and reports whether it renamed any.
func RenameTypeParams(f *ast.File, outer func(name string) bool) bool {
	taken := func(name string) bool {
		return (f.Scope != nil && f.Scope.Lookup(name) != nil) || (outer != nil && outer(name))
	}
	renamed := false
	for _, d := range f.Decls {
		var tparams []*ast.Ident
		var root ast.Node
		switch d := d.(type) {
		case *ast.FuncDecl:
			root = d
			if d.Type.TypeParams != nil {
				tparams = fieldNames(d.Type.TypeParams)
			}
			if d.Recv != nil && len(d.Recv.List) == 1 {
				t := d.Recv.List[0].Type
				if s, ok := t.(*ast.StarExpr); ok {
					t = s.X
				}
				_, indices := unpackIndex(ast.Unparen(t))
				for _, e := range indices {
					if id, ok := e.(*ast.Ident); ok {
						tparams = append(tparams, id)
					}
				}
			}
		case *ast.GenDecl:
			if d.Tok != token.TYPE {
				continue
			}
			for _, s := range d.Specs {
				if ts := s.(*ast.TypeSpec); ts.TypeParams != nil {
					renamed = renameTypeParams(ts, fieldNames(ts.TypeParams), taken) || renamed
				}
			}
			continue
		}
		if len(tparams) > 0 {
			renamed = renameTypeParams(root, tparams, taken) || renamed
		}
	}
	return renamed
}

// fieldNames returns the names a field list declares.
func fieldNames(fl *ast.FieldList) []*ast.Ident {
	var names []*ast.Ident
	for _, f := range fl.List {
		names = append(names, f.Names...)
	}
	return names
}

// renameTypeParams renames, in the declaration root, those of its type
// parameters tparams (their declaring identifiers) whose name another
// identifier of root spells or taken reports declared at the package
// level, and reports whether it renamed any.
func renameTypeParams(root ast.Node, tparams []*ast.Ident, taken func(string) bool) bool {
	isParam := map[*ast.Ident]bool{}
	byObj := map[any]*ast.Ident{}     // by the object the parser resolved uses to
	byName := map[string]*ast.Ident{} // a receiver's type parameters
	for _, id := range tparams {
		if id.Name == "_" {
			continue
		}
		isParam[id] = true
		if id.Obj != nil {
			byObj[id.Obj] = id
		} else {
			byName[id.Name] = id
		}
	}
	if len(isParam) == 0 {
		return false
	}
	// Identifiers the parser leaves unresolved whatever their spelling:
	// composite literal keys (field names), selected names, and the name
	// of a method.
	names := map[*ast.Ident]bool{}
	if d, ok := root.(*ast.FuncDecl); ok {
		names[d.Name] = true
	}
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CompositeLit:
			for _, e := range n.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok {
						names[id] = true
					}
				}
			}
		case *ast.SelectorExpr:
			names[n.Sel] = true
		}
		return true
	})
	// param returns the type parameter id stands for, if any. The parser
	// resolves a type parameter's uses to its object, but for a receiver's
	// type parameter, whose uses it leaves unresolved (go.dev/issue/50956):
	// within the method, an unresolved identifier spelled as one, not a
	// name of the list above, is one of its uses.
	param := func(id *ast.Ident) *ast.Ident {
		switch {
		case isParam[id]:
			return id
		case names[id]:
			return nil
		case id.Obj != nil:
			return byObj[id.Obj]
		}
		return byName[id.Name]
	}
	spelled := map[string]bool{} // every name root spells
	uses := map[*ast.Ident][]*ast.Ident{}
	clash := map[string]bool{} // names of type parameters another identifier spells
	ast.Inspect(root, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		spelled[id.Name] = true
		if tp := param(id); tp != nil {
			uses[tp] = append(uses[tp], id)
		} else {
			clash[id.Name] = true
		}
		return true
	})
	renamed := false
	for _, tp := range tparams {
		if !isParam[tp] || !clash[tp.Name] && !taken(tp.Name) {
			continue
		}
		name := tp.Name + "_"
		for spelled[name] || Universe[name] || taken(name) {
			name += "_"
		}
		spelled[name] = true
		for _, id := range uses[tp] {
			id.Name = name
		}
		renamed = true
	}
	return renamed
}

// unpackIndex returns the operand and the indices of e, an index
// expression or an instance (Stack[T], Map[K, V]); nil and none for any
// other expression.
func unpackIndex(e ast.Expr) (x ast.Expr, indices []ast.Expr) {
	switch e := e.(type) {
	case *ast.IndexExpr:
		return e.X, []ast.Expr{e.Index}
	case *ast.IndexListExpr:
		return e.X, e.Indices
	}
	return nil, nil
}
