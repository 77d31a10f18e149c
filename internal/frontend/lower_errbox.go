package frontend

import (
	"fmt"
	"go/types"
	"strings"
)

// Lowering: a value of the program's error types held as error.
//
// yaegi v0.16.1 wraps a value converted to error (a compiled interface
// with methods) in a struct of its own, and for a struct value it keeps
// the struct's last field in place of the value (getConcreteValue): the
// Error method still works, but the value cannot be taken back out. So
// switch err.(type) { case NotFound: } never matched a NotFound, and
// errors.As to a NotFound value crashed.
//
// Where the type checker sees a value of such a type (a type of the
// program's, not a pointer, map, slice, func or channel, with an Error
// method) converted to error (the same places as lower_typednil.go's, and
// the arguments of fmt.Errorf), it goes in a box instead
// (__repl.BoxError): a compiled error holding the value as the
// interpreter hands compiled code a value (its fields intact), the type's
// name, and its Error method (and its Format and GoString methods, which
// fmt calls before Error: %+v of a value held as error printed by Error).
// Taking it back out (an assertion or type
// switch case of the type, errors.As to one, the errors package's walk
// finding its Is, Unwrap or As methods) checks the box's type name, then
// asserts the value. A value of such a type the interpreter's wrapper
// holds (a conversion the pass did not see: a composite literal's
// element, a channel send) cannot be told, and its assertion panics
// saying so rather than answer.

// boxedErrorType reports whether t is a type whose values are boxed when
// held as error (see the doc above).
func boxedErrorType(t types.Type) bool {
	if t == nil || types.IsInterface(t) || !types.Implements(t, errorType) {
		return false
	}
	n, ok := userType(t)
	if !ok || types.Unalias(t) != types.Type(n) || n.TypeParams().Len() > 0 && (n.TypeArgs().Len() == 0 || hasTypeParam(n)) {
		return false // a pointer, or generic (an instance of type arguments of no type parameter is boxed)
	}
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Slice, *types.Signature, *types.Chan:
		return false
	}
	return expressible(t)
}

// boxError returns the prefix and suffix that box a value of type t
// written between them.
func (w *rewriter) boxError(t types.Type) (prefix, suffix string) {
	typ := types.TypeString(t, w.qualifier())
	if m := fmtMethodsOf(t); m.format || m.goStr {
		// The box keeps the methods fmt calls before Error.
		goStr, format := "nil", "nil"
		if m.goStr {
			goStr = "func() string { return __b.GoString() }"
		}
		if m.format {
			if name := w.fmtStateName(t); name != "" {
				format = "func(__s " + name + ", __c rune) { __b.Format(__s, __c) }"
			}
		}
		return fmt.Sprintf("func(__b %s) error { return %s.BoxErrorFmt(__b, %q, func() string { return __b.Error() }, %s, %s) }(", typ, HelperPkg, typedNilName(t), goStr, format), ")"
	}
	return fmt.Sprintf("func(__b %s) error { return %s.BoxError(__b, %q, func() string { return __b.Error() }) }(", typ, HelperPkg, typedNilName(t)), ")"
}

// fmtStateName returns the code's name of fmt.State, the parameter of t's
// Format method, importing fmt for the lowered code where the code has no
// name for it ("" where it cannot).
func (w *rewriter) fmtStateName(t types.Type) string {
	obj, _, _ := types.LookupFieldOrMethod(t, false, nil, "Format")
	fn, ok := obj.(*types.Func)
	if !ok || fn.Signature().Params().Len() != 2 {
		return ""
	}
	state := fn.Signature().Params().At(0).Type()
	if w.pkgNames()["fmt"] == "" {
		w.importIface(state)
	}
	if name := w.pkgNames()["fmt"]; name != "" {
		return name + ".State"
	}
	return ""
}

// unboxAssert returns the statements that, in a function literal asserting
// __x to t with results (t, bool) (commaOK) or t, return the boxed value
// when __x holds one of t, and panic when __x is a value the interpreter's
// wrapper holds that may be one; "" when t is not boxed.
func (w *rewriter) unboxAssert(t types.Type, commaOK bool) string {
	if !boxedErrorType(t) {
		return ""
	}
	typ := types.TypeString(t, w.qualifier())
	ret := "return " + unboxed(t, typ)
	if commaOK {
		ret += ", true"
	}
	return fmt.Sprintf("if __b, __ok := %s.Unbox(__x, %q); __ok { %s }; %s.Unknowable(__x, %q); ", HelperPkg, typedNilName(t), ret, HelperPkg, typedNilName(t))
}

// wrapperAssert returns the statement that, in a function asserting __x to
// t, takes a value of t out of the interpreter's wrapper of a compiled
// interface with methods (fmt.Stringer, io.Reader, error for a pointer):
// a value that went from such an interface into an any (var a any = err,
// a func(v any) given an error, a []any of them, a compiled package's
// result) stays in the wrapper, which yaegi v0.16.1's own assertion to t
// does not match (a.(*MyErr) was false; a type switch's case *MyErr
// missed it). A struct value the wrapper cannot give back: the
// interpreter keeps only its last field (getConcreteValue), and where the
// wrapper holds a value of that field's type, the assertion panics, saying
// so, rather than answer false. "" where t is no type of the program's
// with methods, or one boxed as error (see unboxAssert).
func (w *rewriter) wrapperAssert(t types.Type, commaOK bool) string {
	if !ifaceWrappedType(t) {
		return ""
	}
	typ := w.copyNames(types.TypeString(t, w.qualifier()))
	ret := "return __w"
	if commaOK {
		ret += ", true"
	}
	// A struct value of the program's whose last field is of type t, in
	// a wrapper, is held as that field: where the program may put one in
	// a wrapper, the assertion panics, saying so, rather than answer true
	// with the field.
	var lost strings.Builder
	j := w.twinJudge()
	for _, tn := range w.heldTypes() {
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok || tn.Pkg() == nil || tn.Parent() != tn.Pkg().Scope() || st.NumFields() == 0 ||
			types.NewMethodSet(tn.Type()).Len() == 0 || !types.Identical(st.Field(st.NumFields()-1).Type(), t) ||
			j != nil && !j.wrapsStruct(tn.Type()) {
			continue // (one no wrapper may hold: a genuine value of t)
		}
		fmt.Fprintf(&lost, "%s.LostInWrapper(__x, *new(%s), %q); ", HelperPkg, types.TypeString(tn.Type(), w.qualifier()), reflectString(tn.Type()))
	}
	if _, ok := t.Underlying().(*types.Struct); ok {
		// A struct value: the interpreter keeps its last field only. Its
		// assertion is tried where the wrapper holds the struct's
		// representation (the interpreter's assertion to a struct type of
		// a wrapper holding an empty struct panicked: "reflect: Field
		// index out of bounds").
		lostHere := fmt.Sprintf("%s.LostInWrapper(__x, *new(%s), %q) ", HelperPkg, typ, reflectString(t))
		if j != nil && !j.wrapsStruct(t) {
			lostHere = "" // no wrapper holds one
		}
		return fmt.Sprintf("if %s.IsWrapper(__x) { %svar __u any = %s.Unwrap(__x); if %s.SameType(__u, *new(%s)) { if __w, __ok := __u.(%s); __ok { %s } }; %s}; ",
			HelperPkg, lost.String(), HelperPkg, HelperPkg, typ, typ, ret, lostHere)
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		if _, ok := p.Elem().Underlying().(*types.Struct); ok {
			// A pointer to a struct: asserted only where the wrapper
			// holds one of its type (the interpreter's assertion to it
			// of a wrapper holding an empty struct panicked: "reflect:
			// Field index out of bounds").
			return fmt.Sprintf("if %s.IsWrapper(__x) { %svar __u any = %s.Unwrap(__x); if %s.SameType(__u, (%s)(nil)) { if __w, __ok := __u.(%s); __ok { %s } } }; ",
				HelperPkg, lost.String(), HelperPkg, HelperPkg, typ, typ, ret)
		}
	}
	return fmt.Sprintf("if %s.IsWrapper(__x) { %svar __u any = %s.Unwrap(__x); if __w, __ok := __u.(%s); __ok { %s } }; ", HelperPkg, lost.String(), HelperPkg, typ, ret)
}

// ifaceWrappedType reports whether the interpreter may hold a value of t in its
// wrapper of a compiled interface (see wrapperAssert).
func ifaceWrappedType(t types.Type) bool {
	t = types.Unalias(t) // (a copy's type parameter, see lower_specialise.go)
	if t == nil || types.IsInterface(t) || hasTypeParam(t) || boxedErrorType(t) || isProgramInstance(t) {
		return false
	}
	if _, ok := userType(t); !ok || types.NewMethodSet(t).Len() == 0 {
		return false
	}
	return expressible(t)
}

// unboxed returns the expression of type t (written typ) for __b, the
// value a box holds: an empty struct is its zero value (yaegi v0.16.1
// panics asserting one from compiled code: "Field index out of bounds").
func unboxed(t types.Type, typ string) string {
	if s, ok := t.Underlying().(*types.Struct); ok && s.NumFields() == 0 {
		return typ + "{}"
	}
	return "__b.(" + typ + ")"
}
