package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Refused: a value of a struct type that embeds a compiled interface,
// held as an interface.
//
// yaegi v0.16.1 cannot give compiled code the methods a struct type of the
// program's promotes from an embedded compiled interface with methods
// (type Err struct{ error }, type rev struct{ sort.Interface },
// struct{ io.ReadCloser }): fmt printing one, sort.Sort or io.ReadAll
// given one panicked at run time ("reflect: StructOf does not support
// methods of embedded interfaces"). Where the type checker sees a value
// whose type holds such a type (itself, a pointer to it, a slice, map or
// struct of it) converted to an interface type (passed to fmt.Println, to
// sort.Sort, assigned to an any or an error), the input is refused before
// it runs, with the way around: name the field and write the methods out.
// Calling the promoted methods in the program's own code works, and is
// left as it is. A type declared at the package level has the methods
// written out (lower_forwardmethods.go) and is not refused: what is left
// are the types declared in functions, and those with a method whose
// signature cannot be written at the package level.

// embedsCompiledIface returns the embedded compiled interface (as written)
// and the methods it promotes when t is a struct type of the program's
// that promotes at least one method of an embedded compiled interface
// with methods; ok is false otherwise.
func embedsCompiledIface(t types.Type) (field string, methods []string, ok bool) {
	n, isNamed := types.Unalias(t).(*types.Named)
	if !isNamed || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main" {
		return "", nil, false
	}
	st, isStruct := n.Underlying().(*types.Struct)
	if !isStruct {
		return "", nil, false
	}
	ms := types.NewMethodSet(types.NewPointer(n))
	for i := range st.NumFields() {
		f := st.Field(i)
		if !f.Embedded() || !compiledIfaceWithMethods(f.Type()) {
			continue
		}
		iface := f.Type().Underlying().(*types.Interface)
		for m := range iface.Methods() {
			if sel := ms.Lookup(m.Pkg(), m.Name()); sel != nil && len(sel.Index()) > 1 && sel.Index()[0] == i {
				methods = append(methods, m.Name())
			}
		}
		if len(methods) > 0 {
			return types.TypeString(f.Type(), func(p *types.Package) string { return p.Name() }), methods, true
		}
	}
	return "", nil, false
}

// heldType returns the type that match accepts of a value of type t,
// itself or held in a pointer, slice, array, map, channel or struct field.
func heldType(t types.Type, seen map[types.Type]bool, match func(types.Type) bool) (types.Type, bool) {
	if t == nil || seen[t] {
		return nil, false
	}
	seen[t] = true
	if match(t) {
		return t, true
	}
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Pointer:
		return heldType(u.Elem(), seen, match)
	case *types.Slice:
		return heldType(u.Elem(), seen, match)
	case *types.Array:
		return heldType(u.Elem(), seen, match)
	case *types.Chan:
		return heldType(u.Elem(), seen, match)
	case *types.Map:
		if h, ok := heldType(u.Key(), seen, match); ok {
			return h, true
		}
		return heldType(u.Elem(), seen, match)
	case *types.Struct:
		for f := range u.Fields() {
			if h, ok := heldType(f.Type(), seen, match); ok {
				return h, true
			}
		}
	}
	return nil, false
}

// refuseEmbeddedCompiledIfaces refuses the conversions the doc above
// describes.
func (w *rewriter) refuseEmbeddedCompiledIfaces(in *inspector.Inspector) error {
	return w.refuseHeldConversions(in, func(t types.Type) bool {
		if n, ok := types.Unalias(t).(*types.Named); ok && w.forwardedType(n.Obj()) {
			return false // its methods are written out
		}
		_, _, ok := embedsCompiledIface(t)
		return ok
	}, func(t, target, held types.Type) string {
		n := types.Unalias(held).(*types.Named)
		field, methods, _ := embedsCompiledIface(n)
		name := n.Obj().Name()
		return fmt.Sprintf(
			"a value of %s held as %s: %s embeds the compiled interface %s and promotes its methods (%s), which the interpreter cannot hand to compiled code (fmt, sort.Sort, io.ReadAll panic on them); "+
				"name the field and write the methods out: type %s struct{ inner %s; ... } with a method %s calling x.inner.%s",
			types.TypeString(t, w.qualifier()), types.TypeString(target, w.qualifier()), name, field, strings.Join(methods, ", "),
			name, field, methods[0], methods[0])
	})
}

// forwardedType reports whether the methods tn promotes from embedded
// compiled types are written out, by this segment or by the session's
// input that declared it (see lower_forwardmethods.go).
func (w *rewriter) forwardedType(tn *types.TypeName) bool {
	if tn.Pkg() == nil || tn.Parent() != tn.Pkg().Scope() {
		return false // declared in a function
	}
	return w.plan.forwarded[tn.Name()] || w.fe.forwarded[tn.Name()]
}

// refuseHeldConversions refuses the first conversion to an interface (not
// a type parameter) of a value whose type holds one that match accepts
// (see heldType), with the message msg makes of the value's type, the
// interface and the type held.
func (w *rewriter) refuseHeldConversions(in *inspector.Inspector, match func(types.Type) bool, msg func(t, target, held types.Type) string) error {
	info := w.info()
	if info == nil {
		return nil
	}
	var err error
	w.conversions(in, func(e ast.Expr, target types.Type, _ *ast.CallExpr, _ bool) {
		if err != nil || target == nil || !types.IsInterface(target) || isTypeParam(target) {
			return
		}
		t := info.TypeOf(e)
		if t == nil || types.IsInterface(t) {
			return
		}
		held, ok := heldType(t, map[types.Type]bool{}, match)
		if !ok {
			return
		}
		err = &Error{Pos: w.src.Position(w.offset(e.Pos())), Msg: msg(t, target, held)}
	})
	return err
}
