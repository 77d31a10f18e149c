package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: a value of an interface of the program's converted to a
// compiled interface.
//
// yaegi v0.16.1 converts a value held in an interface the program declares
// (type RC interface{ io.Reader }, type Shape interface{ fmt.Stringer;
// Area() float64 }) to a compiled interface with methods (io.Reader,
// fmt.Stringer, sort.Interface, error) without the methods of the value's
// own type: io.ReadAll(rc) read the struct's first field, a
// *strings.Reader, rather than calling its Read method; show(s) called the
// String method of the struct's first field, a time.Duration; and
// fmt.Fprintln(w, ...) panicked (reflect: Call using *struct {...} as type
// io.Writer). A value of a concrete type converted to the compiled
// interface gets its methods. Where the type checker sees such a
// conversion, the value is taken out of the program's interface by the
// types of the program that implement it, each converted on its own:
//
//	consume(rc)  ->  consume(func(__v0 RC) io.Reader { var __v RC = __v0; if __c, __ok := __v.(*upper); __ok { return __c }; return __v }(rc))
//
// (the assertions failed on the parameter itself where the argument was a
// call's result). A value of an error type of the program's is boxed, and
// a nil pointer made a typed nil, as the front end's other conversions to
// error and fmt.Stringer do. A nil value goes as nil: converted, it
// panicked in reflection ("call of reflect.Value.Interface on zero
// Value"), also where no type of the program implements the interface.
//
// An argument of fmt.Errorf's %w goes as an error, which fmt wraps
// (fmt.Errorf("ctx: %w", ce) printed %!w(*struct {...})).
//
// Left as they are: a program with a generic type implementing the
// interface (its instances cannot be listed), or with two types the
// interpreter holds alike (type A int and type B int, both implementing
// it: an assertion takes one for the other), and types that cannot be
// named where the conversion is.

// lowerIfaceUpcasts rewrites the conversions described above.
func (w *rewriter) lowerIfaceUpcasts(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	errType := types.Universe.Lookup("error").Type()
	w.conversions(in, func(e ast.Expr, target types.Type, call *ast.CallExpr, _ bool) {
		t := info.TypeOf(e)
		if t != nil && call != nil && calleeName(info, call) == "fmt.Errorf" && types.Implements(t, errorType) {
			if i := slices.Index(call.Args, e); i > 0 && strings.HasSuffix(fmtArgVerb(info, call.Args, 0, i-1), "w") {
				target = errType // %w wraps it as an error
			}
		}
		if t == nil || !compiledIface(target) || !programIface(t) || types.Identical(t, target) {
			return
		}
		src, ok := w.typeSource(t, e.Pos())
		if !ok {
			return
		}
		dst, ok := w.ifaceSource(target, e.Pos())
		if !ok {
			return
		}
		cases, ok := w.upcastCases(t.Underlying().(*types.Interface), target, dst, e)
		if !ok {
			return
		}
		end := w.offset(e.End())
		w.wrapArg(e, fmt.Sprintf("func(__v0 %s) %s { var __v %s = __v0; if __v == nil { return nil }; %sreturn __v }(", src, dst, src, cases), -2)
		w.add(end, end, ")", 2)
	})
}

// programIface reports whether t is an interface type the program
// declares, with methods.
func programIface(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main" {
		return false
	}
	iface, ok := n.Underlying().(*types.Interface)
	return ok && iface.NumMethods() > 0
}

// upcastCases returns the assertions that take a value of the interface
// iface out as each type of the program's that implements it, and convert
// it to target (written dst), and whether each such type could be told
// apart and named at e.
func (w *rewriter) upcastCases(iface *types.Interface, target types.Type, dst string, e ast.Expr) (string, bool) {
	var b strings.Builder
	reprs := map[string]bool{}
	for _, tn := range w.programTypes() {
		if types.IsInterface(tn.Type()) {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
			if types.Implements(types.NewPointer(n), iface) || types.Implements(n, iface) || implementsInstance(n, iface) {
				return "", false
			}
			continue
		}
		for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if !types.Implements(t, iface) {
				continue
			}
			if k := ReprKey(t); reprs[k] {
				return "", false
			} else {
				reprs[k] = true
			}
			src, ok := w.typeSource(t, e.Pos())
			if !ok {
				return "", false
			}
			fmt.Fprintf(&b, "if __c, __ok := __v.(%s); __ok { return %s }; ", src, w.upcastValue(t, target, src, dst))
		}
	}
	return b.String(), true
}

// implementsInstance reports whether an instance of the generic type n may
// implement iface: whether n's methods name all of iface's.
func implementsInstance(n *types.Named, iface *types.Interface) bool {
	for m := range iface.Methods() {
		found := false
		for i := range n.NumMethods() {
			if n.Method(i).Name() == m.Name() {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// upcastValue returns the conversion of __c, of type t written src, to
// the compiled interface target, written dst, as the front end's other
// conversions to it make it: a value of an error type boxed (lower_errbox.go), a nil
// pointer as a typed nil of error or fmt.Stringer (lower_typednil.go).
func (w *rewriter) upcastValue(t, target types.Type, src, dst string) string {
	_, ptr := t.(*types.Pointer)
	switch {
	case isErrorType(target) && boxedErrorType(t):
		prefix, suffix := w.boxError(t)
		return prefix + "__c" + suffix
	case isErrorType(target) && ptr:
		return typedNilErrorFunc(t, src) + "(__c)"
	case isStringerType(target) && ptr:
		return fmt.Sprintf("func() %s { if __c == nil { return %s }; return __c }()", dst, w.typedNilStringerOf(t, src))
	}
	return "__c"
}
