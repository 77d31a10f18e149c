package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
)

// Recursive types with no struct in the cycle.
//
// yaegi v0.16.1 builds a reflect type for each type of the program, and a
// type that refers to itself other than through a struct or an interface
// has none it can build: type S []S, type M map[string]M, type F func() F,
// type P *P failed to compile in its words ("CFG post-order panic: runtime
// error: invalid memory address", "reflect.Type is nil"), and type A
// [1]*A overflowed the interpreter's stack, which ended the process. Such
// a type is refused at its declaration, with the way around: put a struct
// in the cycle (type S []S -> type S struct{ items []S }).

// refuseRecursiveTypes returns the error for the segment's first use of a
// type that refers to itself with no struct or interface between.
func (w *rewriter) refuseRecursiveTypes() error {
	info := w.info()
	// The declarations of such types, whose uses of each other do not
	// count.
	var decls []ast.Node
	ast.Inspect(w.file, func(n ast.Node) bool {
		if ts, ok := n.(*ast.TypeSpec); ok {
			if tn, ok := info.Defs[ts.Name].(*types.TypeName); ok {
				if n, ok := tn.Type().(*types.Named); ok {
					if _, loops := loopsWithoutStruct(n); loops {
						decls = append(decls, ts)
					}
				}
			}
		}
		return true
	})
	inDecl := func(id *ast.Ident) bool {
		for _, d := range decls {
			if d.Pos() <= id.Pos() && id.End() <= d.End() {
				return true
			}
		}
		return false
	}
	var first *ast.Ident
	var named *types.Named
	for id, obj := range info.Uses {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.Pkg() == nil || tn.Pkg().Path() != "main" || (first != nil && id.Pos() > first.Pos()) || inDecl(id) {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok {
			if _, loops := loopsWithoutStruct(n); loops {
				first, named = id, n
			}
		}
	}
	if first == nil {
		return nil
	}
	name := named.Obj().Name()
	u := types.TypeString(named.Underlying(), w.qualifier())
	return &Error{Pos: w.src.Position(w.offset(first.Pos())), Msg: fmt.Sprintf(
		"type %s refers to itself through %s with no struct between: the interpreter cannot build such a type; put a struct in the cycle (type %s struct{ v %s })",
		name, u, name, u)}
}

// loopsWithoutStruct reports whether the underlying type of n leads back
// to n through types other than structs and interfaces, and the type it
// starts from.
func loopsWithoutStruct(n *types.Named) (types.Type, bool) {
	origin := n.Origin()
	seen := map[types.Type]bool{}
	var walk func(t types.Type) bool
	walk = func(t types.Type) bool {
		if t == nil || seen[t] {
			return false
		}
		seen[t] = true
		switch t := t.(type) {
		case *types.Named:
			if t.Origin() == origin {
				return true
			}
			if o := t.Obj(); o.Pkg() == nil || o.Pkg().Path() != "main" {
				return false // a compiled type: built already
			}
			return walk(t.Underlying())
		case *types.Alias:
			return walk(types.Unalias(t))
		case *types.Pointer:
			return walk(t.Elem())
		case *types.Slice:
			return walk(t.Elem())
		case *types.Array:
			return walk(t.Elem())
		case *types.Chan:
			return walk(t.Elem())
		case *types.Map:
			return walk(t.Key()) || walk(t.Elem())
		case *types.Signature:
			return walk(t.Params()) || walk(t.Results())
		case *types.Tuple:
			for v := range t.Variables() {
				if walk(v.Type()) {
					return true
				}
			}
		}
		return false // a struct, an interface, a basic type, a type parameter
	}
	u := n.Underlying()
	return u, walk(u)
}
