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
	where := name
	for _, d := range decls {
		if ts := d.(*ast.TypeSpec); info.Defs[ts.Name] == named.Obj() {
			where = fmt.Sprintf("%s (declared at %s)", name, w.src.Position(w.offset(ts.Name.Pos())))
		}
	}
	return &Error{Pos: w.src.Position(w.offset(first.Pos())), Msg: fmt.Sprintf(
		"type %s refers to itself through %s with no struct between: the interpreter cannot build such a type; put a struct in the cycle (type %s struct{ v %s })",
		where, u, name, u)}
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

// A struct type holding, in a slice, array, map, channel or pointer, functions
// that take the struct.
//
// yaegi v0.16.1 builds a struct type that refers to itself with a
// placeholder for itself, and puts the real type in place of the
// placeholder in its fields; not inside the parameters of a function type
// held in a slice, a map, a channel or an array (type Node struct{ on
// []func(*Node) }, the middleware and dispatch-table pattern): a call
// through such a function panicked in reflection's words ("reflect: Call
// using *struct {...} as type *unsafe2.dummy"), or the value was refused
// ("cannot use type func(main.Node) as type func(unsafe2.dummy)"). The
// field is refused at its declaration, with the way around. A function
// field of its own (on func(*Node)) and one whose results only name the
// struct work.

// refuseFuncContainerFields returns the error for the segment's first
// struct type with such a field.
func (w *rewriter) refuseFuncContainerFields() error {
	info := w.info()
	if info == nil {
		return nil
	}
	var err error
	ast.Inspect(w.file, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok || err != nil {
			return err == nil
		}
		st, ok := ts.Type.(*ast.StructType)
		if !ok {
			return true
		}
		tn, ok := info.Defs[ts.Name].(*types.TypeName)
		if !ok {
			return true
		}
		self, ok := tn.Type().(*types.Named)
		if !ok {
			return true
		}
		for _, f := range st.Fields.List {
			ft := info.TypeOf(f.Type)
			if ft == nil || !funcInContainerTakes(ft, self) {
				continue
			}
			name := types.TypeString(ft, w.qualifier())
			err = &Error{Pos: w.src.Position(w.offset(f.Type.Pos())), Msg: fmt.Sprintf(
				"a field of %s holds functions that take a %s, in a slice, array, map, channel or pointer (%s): the interpreter builds such a type wrongly, and a call through one panics; hold each function in a struct of its own (type handler struct{ f func(*%s) } and []*handler), or let them take an any",
				self.Obj().Name(), self.Obj().Name(), name, self.Obj().Name())}
			return false
		}
		return true
	})
	return err
}

// funcInContainerTakes reports whether t holds, below a slice, array,
// map, channel or pointer (not in a struct), a function type with a
// parameter that mentions self.
func funcInContainerTakes(t types.Type, self *types.Named) bool {
	seen := map[types.Type]bool{}
	var walk func(t types.Type, inside bool) bool
	walk = func(t types.Type, inside bool) bool {
		if t == nil || seen[t] {
			return false
		}
		seen[t] = true
		switch u := types.Unalias(t).(type) {
		case *types.Named:
			if _, isStruct := u.Underlying().(*types.Struct); isStruct || types.IsInterface(u) {
				return false
			}
			return walk(u.Underlying(), inside)
		case *types.Slice:
			return walk(u.Elem(), true)
		case *types.Array:
			return walk(u.Elem(), true)
		case *types.Pointer:
			return walk(u.Elem(), true)
		case *types.Chan:
			return walk(u.Elem(), true)
		case *types.Map:
			return walk(u.Key(), true) || walk(u.Elem(), true)
		case *types.Signature:
			if !inside {
				return false
			}
			for v := range u.Params().Variables() {
				found := false
				walkType(v.Type(), func(p types.Type) bool {
					if n, ok := p.(*types.Named); ok && n.Origin() == self.Origin() {
						found = true
					}
					return !found
				})
				if found {
					return true
				}
			}
		}
		return false
	}
	return walk(t, false)
}
