package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a nil pointer of the program's types held as error.
//
// In Go, an error holding a nil *MyErr is not nil (the classic typed-nil
// trap: func f() error { var p *MyErr; return p } returns a non-nil
// error). yaegi v0.16.1 converts a nil value to a compiled interface with
// methods as the interface's zero value, so err == nil was true and %T
// said <nil>.
//
// Where the type checker sees a value of a nilable type of the program's
// with an Error method converted to error (returned, assigned, passed as
// an argument, converted explicitly), the value goes through a function
// literal that, when it is nil, makes __repl.TypedNil of it instead: a
// non-nil error that says its type (%T, through __repl.TypeName), whose
// Error method calls the type's own with the nil receiver (fmt prints
// <nil> for one that panics, as it does for a nil pointer), and that
// compares equal to another typed nil of the same type. An assertion of
// it to the type, or a type switch's case of the type, gives the nil
// value, true (see typedNilAssert). Values of such types in composite
// literals, sent on channels or held as interfaces other than error are
// left as they are (the interpreter's nil).
//
// The same holds for fmt.Stringer: var s fmt.Stringer = p, p a nil *T,
// made s nil (s != nil was false, and fmt printed <nil> without calling
// T's String). Such a conversion makes __repl.TypedNilStringer of a nil
// value: a non-nil fmt.Stringer whose String method calls the type's own
// with the nil receiver, and which assertions to the type take back as
// the error's typed nil is.
//
// Other compiled interfaces with methods (io.Reader, sort.Interface) only
// the interpreter's wrapper can implement, and it made a nil one too (var
// r io.Reader = p; r != nil was false; sort.Sort(ByAge(people)) of a nil
// slice panicked calling Len). A value of such a type that may be nil
// converted to one goes through a function that, when it is nil, builds
// the wrapper the interpreter builds for the other values
// (__repl.NilWrapper), its methods calling the type's with the nil
// receiver; where the wrapper cannot be built (a method's type cannot be
// written there), it panics with a message naming the conversion's
// position, the type and the interface: a loud stop, not a nil interface
// where Go has none.

// typedNilType reports whether t is a type of the program's that can be
// nil and implements error: a pointer to one of its types, or one of its
// map, slice, func or channel types.
func typedNilType(t types.Type) bool {
	return nilableUserType(t) && types.Implements(t, errorType)
}

// typedNilStringerType reports whether t is a type of the program's that
// can be nil and implements fmt.Stringer (see typedNilType).
func typedNilStringerType(t types.Type) bool {
	return nilableUserType(t) && implements(t, "fmt", "Stringer")
}

// nilableUserType reports whether t is a type of the program's that can
// be nil: a pointer to one of its types, or one of its map, slice, func
// or channel types.
func nilableUserType(t types.Type) bool {
	if t == nil || types.IsInterface(t) {
		return false
	}
	if _, ok := userType(t); !ok {
		return false
	}
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Slice, *types.Signature, *types.Chan:
		return true
	}
	return false
}

// isStringerType reports whether t is fmt.Stringer.
func isStringerType(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "fmt" && n.Obj().Name() == "Stringer"
}

// errorType0 is the predeclared error type.
var errorType0 = types.Universe.Lookup("error").Type()

// isErrorType reports whether t is the predeclared error.
func isErrorType(t types.Type) bool {
	return t != nil && types.Identical(t, types.Universe.Lookup("error").Type())
}

// typedNilName names t as %T does.
func typedNilName(t types.Type) string {
	return types.TypeString(t, func(p *types.Package) string { return p.Name() })
}

// lowerTypedNil wraps the conversions to error the doc above describes.
func (w *rewriter) lowerTypedNil(in *inspector.Inspector) {
	info := w.info()
	wrap := w.wrapAsError
	w.conversions(in, func(e ast.Expr, target types.Type, call *ast.CallExpr, _ bool) {
		if call != nil && e != call.Args[0] {
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
				if fn, ok := info.Uses[sel.Sel].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "fmt" && fn.Name() == "Errorf" {
					target = errorType0 // %w keeps the value as error
				}
			}
		}
		wrap(e, target)
	})
	in.Preorder([]ast.Node{(*ast.BinaryExpr)(nil)}, func(node ast.Node) {
		n := node.(*ast.BinaryExpr)
		// err == NotFound{"x"}: the value boxed (or, a nil pointer, made
		// a typed nil) as the conversion would, the two errors compared as __repl.SameError compares
		// them (see lower_fmt.go).
		if n.Op != token.EQL && n.Op != token.NEQ {
			return
		}
		x, y := n.X, n.Y
		if isErrorType(info.TypeOf(y)) {
			x, y = y, x
		}
		// err == ErrNotFound, of a pointer of the program's: the
		// interpreter compared its wrapper with the pointer, unequal.
		if !isErrorType(info.TypeOf(x)) || !boxedErrorType(info.TypeOf(y)) && !typedNilType(info.TypeOf(y)) {
			return
		}
		wrap(y, errorType0)
		not := ""
		if n.Op == token.NEQ {
			not = "!"
		}
		start, end := w.offset(n.Pos()), w.offset(n.End())
		w.add(start, start, not+HelperPkg+".SameError(", -6)
		w.add(w.offset(n.OpPos), w.offset(n.OpPos)+len(n.Op.String()), ",", 0)
		w.add(end, end, ")", 6)
	})
}

// typedNilWraps reports whether the pass wraps e, of type t, converted to
// error: t is a type typedNilType accepts, written at e, and e may be nil.
func (w *rewriter) typedNilWraps(e ast.Expr, t types.Type) bool {
	if !typedNilType(t) || !expressible(t) {
		return false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return false // &T{...}: never nil
		}
	case *ast.CallExpr:
		if id, ok := x.Fun.(*ast.Ident); ok {
			if b, ok := w.info().Uses[id].(*types.Builtin); ok && b.Name() == "new" {
				return false
			}
		}
	}
	_, ok := w.typeSource(t, e.Pos())
	return ok
}

// typedNilAssert returns the statement that, in the function literal of a
// comma-ok assertion of __x to t, returns the nil t and true when __x is
// a typed nil of t (see the doc above); "" when t is no such type.
func (w *rewriter) typedNilAssert(t types.Type) string {
	if !typedNilType(t) && !typedNilStringerType(t) {
		return ""
	}
	return fmt.Sprintf("if %s.IsTypedNil(__x, %q) { var __n %s; return __n, true }; ", HelperPkg, typedNilName(t), types.TypeString(t, w.qualifier()))
}

// typedNilMatch returns the statement that, in errors.As's match of __e
// against t, stores the nil t through store and matches when __e is a
// typed nil of t (errors.As finds a nil *E held as error, as Go's
// does); "" when t is no such type.
func (w *rewriter) typedNilMatch(t types.Type, store string) string {
	if !typedNilType(t) {
		return ""
	}
	return fmt.Sprintf("if %s.IsTypedNil(__e, %q) { var __n %s; %s = __n; return true }; ", HelperPkg, typedNilName(t), types.TypeString(t, w.qualifier()), store)
}

// wrapAsError makes e, converted to target, a value of the program's
// error types boxed or a typed nil (see the doc above) when target is
// error.
func (w *rewriter) wrapAsError(e ast.Expr, target types.Type) {
	if isStringerType(target) {
		if t := w.info().TypeOf(e); w.typedNilStringerWraps(e, t) {
			w.typedNilStringerWrap(e, t, target)
		}
		return
	}
	if !isErrorType(target) {
		if t := w.info().TypeOf(e); w.typedNilOtherWraps(e, t, target) {
			w.typedNilOtherWrap(e, t, target)
		}
		return
	}
	t := w.info().TypeOf(e)
	if boxedErrorType(t) {
		prefix, suffix := w.boxError(t)
		start, end := w.offset(e.Pos()), w.offset(e.End())
		w.add(start, start, prefix, -4)
		w.add(end, end, suffix, 4)
		return
	}
	if !w.typedNilWraps(e, t) {
		return
	}
	w.typedNilWrap(e, t)
}

// typedNilStringerWraps reports whether the pass wraps e, of type t,
// converted to fmt.Stringer (see typedNilWraps).
func (w *rewriter) typedNilStringerWraps(e ast.Expr, t types.Type) bool {
	if !typedNilStringerType(t) || !expressible(t) || !mayBeNil(w.info(), e) {
		return false
	}
	_, ok := w.typeSource(t, e.Pos())
	return ok
}

// mayBeNil reports whether e, of a nilable type, may be nil: not &T{...},
// T{...} nor new(T).
func mayBeNil(info *types.Info, e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return false
	case *ast.UnaryExpr:
		return x.Op != token.AND
	case *ast.CallExpr:
		if id, ok := x.Fun.(*ast.Ident); ok {
			if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "new" {
				return false
			}
		}
	}
	return true
}

// typedNilStringerWrap converts e, of type t (see typedNilStringerType),
// to target, fmt.Stringer, as a typed nil when it is nil.
func (w *rewriter) typedNilStringerWrap(e ast.Expr, t, target types.Type) {
	typ, ok := w.typeSource(t, e.Pos())
	if !ok {
		return
	}
	iface, ok := w.typeSource(target, e.Pos())
	if !ok && w.importIface(target) {
		iface, ok = w.typeSource(target, e.Pos())
	}
	if !ok {
		return
	}
	fn := fmt.Sprintf("func(__p %s) %s { if __p == nil { return %s.TypedNilStringer(%q, func() string { return __p.String() }) }; return __p }",
		typ, iface, HelperPkg, typedNilName(t))
	// A function of the code's own where both types can be named at the
	// top level: a call of a function literal costs far more (as in
	// lower_ifacecopy.go).
	top := w.file.Name.Pos()
	if typ0, ok := w.typeSource(t, top); ok && typ0 == typ {
		if iface0, ok := w.typeSource(target, top); ok && iface0 == iface {
			key := "stringer " + typ
			name := w.ifaceCopyFuncs[key]
			if name == "" {
				if w.ifaceCopyFuncs == nil {
					w.ifaceCopyFuncs = map[string]string{}
				}
				name = w.tmpName("repl_snil")
				w.ifaceCopyFuncs[key] = name
				w.IfaceCopyDecls += "\n" + strings.Replace(fn, "func(", "func "+name+"(", 1) + "\n"
			}
			fn = name
		}
	}
	start, end := w.offset(e.Pos()), w.offset(e.End())
	w.add(start, start, fn+"(", -4)
	w.add(end, end, ")", 4)
}

// typedNilWrap converts e, of type t (see typedNilType), to error, as a
// typed nil when it is nil.
func (w *rewriter) typedNilWrap(e ast.Expr, t types.Type) {
	typ, ok := w.typeSource(t, e.Pos())
	if !ok {
		return
	}
	start, end := w.offset(e.Pos()), w.offset(e.End())
	w.add(start, start, fmt.Sprintf("func(__p %s) error { if __p == nil { return %s.TypedNil(%q, func() string { return __p.Error() }) }; return __p }(",
		typ, HelperPkg, typedNilName(t)), -4)
	w.add(end, end, ")", 4)
}

// compiledMethodIface reports whether t is an interface with methods of a
// compiled package (not error, nor fmt.Stringer, which the pass makes
// typed nils of).
func compiledMethodIface(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() == "main" || isStringerType(t) {
		return false
	}
	iface, ok := n.Underlying().(*types.Interface)
	return ok && iface.NumMethods() > 0
}

// typedNilOtherType reports whether t is a type of the program's that can
// be nil and implements iface (see typedNilType).
func typedNilOtherType(t, iface types.Type) bool {
	i, ok := iface.Underlying().(*types.Interface)
	return ok && nilableUserType(t) && types.Implements(t, i)
}

// typedNilOtherWraps reports whether the pass wraps e, of type t,
// converted to target (see typedNilOtherType).
func (w *rewriter) typedNilOtherWraps(e ast.Expr, t, target types.Type) bool {
	if !compiledMethodIface(target) || !typedNilOtherType(t, target) || !expressible(t) || !mayBeNil(w.info(), e) {
		return false
	}
	_, ok := w.typeSource(t, w.file.Name.Pos())
	return ok
}

// typedNilOtherWrap converts e, of type t (see typedNilOtherType), to
// target, a compiled interface, panicking where it is nil. The function
// converting it copies it as lower_ifacecopy.go would.
func (w *rewriter) typedNilOtherWrap(e ast.Expr, t, target types.Type) {
	top := w.file.Name.Pos()
	typ, ok := w.typeSource(t, top)
	if !ok {
		return
	}
	iface, ok := w.typeSource(target, top)
	if !ok && w.importIface(target) {
		iface, ok = w.typeSource(target, top)
	}
	if !ok {
		return
	}
	key := "nil other " + typ + " " + iface
	name := w.ifaceCopyFuncs[key]
	if name == "" {
		if w.ifaceCopyFuncs == nil {
			w.ifaceCopyFuncs = map[string]string{}
		}
		name = w.tmpName("repl_inil")
		w.ifaceCopyFuncs[key] = name
		way := "test the value for nil before the conversion"
		switch t.Underlying().(type) {
		case *types.Slice, *types.Map:
			way += fmt.Sprintf(", or make it empty but not nil (%s{})", typ)
		}
		in := typedNilName(target)
		msg := fmt.Sprintf("repl: a nil %s held as %s: Go holds it in a non-nil %s, which the interpreter cannot make (it would be a nil %s); %s",
			typedNilName(t), in, in, in, way)
		wrap := ""
		if methods, ok := w.nilWrapperMethods(target, top); ok {
			wrap = fmt.Sprintf("if __w, __ok := %s.NilWrapper((*%s)(nil), __p%s); __ok { return __w.(%s) }; ", HelperPkg, iface, methods, iface)
		}
		w.IfaceCopyDecls += fmt.Sprintf("\nfunc %s(__p %s, __pos string) %s { if __p == nil { %spanic(%s.RefusedAt(%q, __pos)) }; return __p }\n",
			name, typ, iface, wrap, HelperPkg, msg)
	}
	start, end := w.offset(e.Pos()), w.offset(e.End())
	w.add(start, start, name+"(", -4)
	w.add(end, end, fmt.Sprintf(", %q)", w.src.Position(start)), 4)
}

// nilWrapperMethods returns the arguments of __repl.NilWrapper after the
// value, for the methods of the interface target: each name and a
// function literal calling the method of __p with its arguments; false
// where a type of theirs cannot be written at pos.
func (w *rewriter) nilWrapperMethods(target types.Type, pos token.Pos) (string, bool) {
	iface, ok := target.Underlying().(*types.Interface)
	if !ok {
		return "", false
	}
	var b strings.Builder
	for m := range iface.Methods() {
		lit, ok := w.forwardingLiteral(m.Signature(), "__p."+m.Name(), pos)
		if !ok {
			return "", false
		}
		fmt.Fprintf(&b, ", %q, %s", m.Name(), lit)
	}
	return b.String(), true
}
