package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
	"github.com/asyncrepl/asyncrepl/internal/hostrt"
)

// Lowering: the errors package with the program's error types.
//
// The compiled errors package sees a value of the program's types only
// through the interpreter's error wrapper, which has the Error method and
// no other: yaegi v0.16.1 answered errors.Is false where the error's own
// Is method says true, never followed an Unwrap method of the program's
// types (errors.As then failed or crashed), never called an As method;
// errors.Join of such values crashed ("cannot use struct {...} as type
// error"); errors.As to an interface the program declares panicked
// ("*target must be interface or implement error").
//
// With the types in hand:
//
//   - errors.Join becomes the prelude's __errors_Join (prelude/errors.go),
//     whose result the program can assert to interface{ Unwrap() []error };
//   - errors.Is, errors.As and errors.Unwrap become function literals
//     calling __repl.ErrorsIsWith, ErrorsAsWith and UnwrapError with a
//     function literal that finds the program's methods: a type switch over
//     its types with Is(error) bool, Unwrap() error, Unwrap() []error or
//     As(any) bool methods (and the prelude's joined error), which returns
//     the methods as closures, the Is and As methods called with the
//     caller's own target; a value of such a type held in a box (see
//     lower_errbox.go) is unboxed by name first. Only the function is
//     replaced: the arguments stay where they are, and errors.As stores
//     through the target it is passed;
//   - errors.As to an interface of the program matches with the lowered
//     assertion (see lower_iface.go), to a value type with the box's name;
//     the target is &t or any other pointer (new(E), p := &e);
//   - errors.As(err, &t) with t of a type parameter's type: the
//     interpreter failed to compile an instance of the function (T = *E:
//     x.(*T) and case T of the matching, "CFG post-order panic"). In a
//     script, the function is written out for each type argument
//     (lower_specialise.go), where t's type is concrete and matches as
//     above; the generic original, which then never runs, matches with
//     an assertion to T and stores through the target taken as *T.
//
// Refused (errorsRefusal): errors.Is, As and Unwrap where a type with such
// methods is held alike with another type of the program with other such
// methods (see reprKey): the type switch would call one's methods on the
// other. Refused at the call: errors.As with a target of a type
// parameter's type where the function is not written out (declared at the
// prompt or by :load, a method of a generic type, a type argument
// declared in a function); the way around is a concrete target type.
// A target pointing to a type that is no interface and has no Error
// method panics at the call with Go's message.

// errMethodNames are the methods of error types that the errors package
// calls, with their signatures.
var errMethodNames = []struct{ name, sig string }{
	{"Is", "func(error) bool"},
	{"Unwrap", "func() error"},
	{"Unwrap", "func() []error"},
	{"As", "func(interface{}) bool"},
}

// errMethods returns which of errMethodNames t's method set has, by index.
func errMethods(t types.Type) [4]bool {
	var has [4]bool
	ms := types.NewMethodSet(t)
	for i, m := range errMethodNames {
		sel := ms.Lookup(nil, m.name)
		if sel == nil {
			continue
		}
		got := sigText(sel.Type().(*types.Signature))
		has[i] = got == m.sig || m.name == "As" && got == "func(any) bool"
	}
	return has
}

// An errCase is a type of the program with some of the errors package's
// methods.
type errCase struct {
	t   types.Type
	has [4]bool
}

// errCases returns the program's types (and pointers to them) with any of
// errMethodNames.
func errCases(named []*types.TypeName) []errCase {
	var cases []errCase
	for _, tn := range named {
		if _, isPtr := tn.Type().Underlying().(*types.Pointer); isPtr {
			continue
		}
		for _, t := range []types.Type{types.NewPointer(tn.Type()), tn.Type()} {
			if has := errMethods(t); has != [4]bool{} {
				cases = append(cases, errCase{t, has})
			}
		}
	}
	return cases
}

// errMethodsFunc returns the function literal that finds the methods of
// an error of the program's types (see the doc above), target being the
// expression of the caller's target ("" for none); "nil" when the program
// has no such types.
func (w *rewriter) errMethodsFunc(target string, pos token.Pos) string {
	cases := errCases(w.programTypes())
	// The instances of the program's generic types, of type arguments of
	// no type parameter (KeyError[int] with an Unwrap method).
	for _, t := range w.programInstances() {
		if hasTypeParam(t) {
			continue
		}
		if _, ok := t.Underlying().(*types.Pointer); ok {
			continue
		}
		for _, t := range []types.Type{types.NewPointer(t), t} {
			if has := errMethods(t); has != [4]bool{} {
				cases = append(cases, errCase{t, has})
			}
		}
	}
	// The prelude's errors.Join (its declaration made part of the code).
	w.usePrelude("__errors_joinError", "errors")
	var b, unbox, nils strings.Builder
	b.WriteString("func(__e any) (func(error) bool, func() error, func() []error, func(any) bool) { switch __v := __e.(type) {")
	b.WriteString(" case *__errors_joinError: return nil, nil, func() []error { return __v.Unwrap() }, nil;")
	for _, c := range cases {
		ct, ok := w.typeSource(c.t, pos)
		if !ok {
			continue
		}
		fns := []string{"nil", "nil", "nil", "nil"}
		if c.has[0] && target != "" {
			fns[0] = "func(__t error) bool { return __v.Is(__t) }"
		}
		if c.has[1] {
			fns[1] = "func() error { return __v.Unwrap() }"
		}
		if c.has[2] {
			fns[2] = "func() []error { return __v.Unwrap() }"
		}
		if c.has[3] && target != "" {
			fns[3] = "func(__t any) bool { return __v.As(__t) }"
		}
		if typedNilType(c.t) {
			// A nil of it held as an error is the session's typed nil,
			// which no case matches: its methods are called on the nil
			// pointer, as Go calls them (an Unwrap reading a field
			// panics).
			fmt.Fprintf(&nils, " if %s.IsTypedNil(__e, %q) { var __v %s; return %s };", HelperPkg, typedNilName(c.t), ct, strings.Join(fns, ", "))
		}
		if boxedErrorType(c.t) {
			fmt.Fprintf(&unbox, " if __b, __ok := %s.Unbox(__e, %q); __ok { __v := %s; return %s };", HelperPkg, typedNilName(c.t), unboxed(c.t, ct), strings.Join(fns, ", "))
			continue
		}
		fmt.Fprintf(&b, " case %s: return %s;", ct, strings.Join(fns, ", "))
	}
	b.WriteString(" }; return nil, nil, nil, nil }")
	text := b.String()
	brace := strings.Index(text, "{") + 1
	if unbox.Len() > 0 {
		// A value of those types held by a wrapper cannot be told.
		text = strings.Replace(text, " }; return nil, nil, nil, nil }", fmt.Sprintf(" }; %s.Unknowable(__e, \"an error with methods of the errors package\"); return nil, nil, nil, nil }", HelperPkg), 1)
	}
	return text[:brace] + nils.String() + unbox.String() + text[brace:]
}

// lowerErrorsCall rewrites a call n of the errors package's function fn
// (see the doc above); it reports whether it did.
func (w *rewriter) lowerErrorsCall(n *ast.CallExpr, fn *types.Func, info *types.Info) bool {
	switch fn.Name() {
	case "Join":
		w.usePrelude("__errors_Join", "errors")
		w.vacate(n.Fun, "__errors_Join")
		return true
	case "Unwrap":
		if len(n.Args) != 1 {
			return false
		}
		// Only the function is replaced (by a literal the arguments are
		// passed to): the call may be moved by another rewrite.
		w.vacate(n.Fun, fmt.Sprintf("func(__err error) error { return %s.UnwrapError(__err, %s) }", HelperPkg, w.errMethodsFunc("", n.Pos())))
		return true
	case "Is":
		if len(n.Args) != 2 {
			return false
		}
		w.vacate(n.Fun, fmt.Sprintf("func(__err, __target error) bool { return %s.ErrorsIsWith(__err, __target, %s) }",
			HelperPkg, w.errMethodsFunc("__target", n.Pos())))
		return true
	case "As":
		if len(n.Args) != 2 {
			return false
		}
		// The target: &t, or any other pointer (new(E), p := &e).
		var t types.Type
		if u, ok := ast.Unparen(n.Args[1]).(*ast.UnaryExpr); ok && u.Op == token.AND {
			t = info.TypeOf(u.X)
		} else if p, ok := types.Unalias(info.TypeOf(n.Args[1])).(*types.Pointer); ok {
			t = p.Elem()
		} else {
			return false
		}
		if badAsTarget(t) {
			// Go's own panic, raised when the call runs (the
			// interpreter's match said "target must be a non-nil
			// pointer" of a non-nil one, or the twin check refused it),
			// for an error that is not nil (of nil, As is false).
			ptr, ok := w.typeSource(types.NewPointer(t), n.Pos())
			if ok {
				w.vacate(n.Fun, fmt.Sprintf(`func(__err error, __target %s) bool { if __err == nil { return false }; if __target == nil { panic("errors: target must be a non-nil pointer") }; panic("errors: *target must be interface or implement error") }`, ptr))
			}
			return true
		}
		text, ok := w.errorsAsFunc(t, n)
		if ok && text != "" {
			w.vacate(n.Fun, text)
		}
		return ok
	case "AsType":
		return w.lowerErrorsAsType(n, info)
	}
	return false
}

// badAsTarget reports whether errors.As panics for a target pointing to a
// t: a type that is no interface and has no Error method (go vet's
// complaint; Go runs it and panics).
func badAsTarget(t types.Type) bool {
	return t != nil && !hasTypeParam(t) && !types.IsInterface(t) && !types.Implements(t, errorType)
}

// errorsAsFunc returns the function literal errors.As becomes in call n
// (see the doc above), for a target pointing to a t, and whether the call
// is taken care of: "" and true where it is refused.
func (w *rewriter) errorsAsFunc(t types.Type, n *ast.CallExpr) (string, bool) {
	t = types.Unalias(t) // a copy's T (lower_specialise.go) is an alias
	var match string
	// The match stores through the target the call passes (the
	// arguments stay where they are).
	ptr, ok := w.typeSource(types.NewPointer(t), n.Pos())
	if !ok {
		return "", false
	}
	store := "*__target.(" + ptr + ")"
	// In generic code, the interpreter cannot assert to a pointer to
	// a type parameter instantiated with a pointer or a type of the
	// program's (x.(*T) with T *E failed to compile, "CFG post-order
	// panic"): the literal takes the target as its own type and
	// stores through it, and matches with an assertion to T.
	param := hasTypeParam(t)
	if param {
		if !w.onlyCopiesRun(n) {
			w.refuse(n, fmt.Sprintf("errors.%s with a target of type %s, a type parameter's: the interpreter cannot compile the assertion to it "+
				"where the generic code is not written out for each type argument (a function declared at the prompt or by :load, a method of a generic type, "+
				"a type argument declared in a function); call it where the target's type is concrete (in the caller), or declare the function in a script",
				errorsFuncName(n), types.TypeString(t, w.qualifier())))
			return "", true
		}
		store = "*__ptr"
	}
	if param {
		// The assertion to the type parameter itself, comma-ok: the
		// interpreter's type switch case T failed to compile for T a
		// pointer or a type of the program's, and the cases of the
		// program's types implementing T's constraint returned
		// values of other types as T.
		typ := types.TypeString(t, w.qualifier())
		match = fmt.Sprintf("func(__e any) bool { __v, __ok := __e.(%s); if __ok { %s = __v }; return __ok }", typ, store)
	} else {
		match = w.errorsAsMatch(t, store, n.Pos())
	}
	methods := w.errMethodsFunc("__target", n.Pos())
	if match == "" {
		match = "nil" // a compiled target: the errors package's own
	}
	if param {
		return fmt.Sprintf("func(__err error, __ptr %s) bool { var __target any = __ptr; return %s.ErrorsAsWith(__err, __target, %s, %s) }",
			ptr, HelperPkg, match, methods), true
	}
	return fmt.Sprintf("func(__err error, __target any) bool { return %s.ErrorsAsWith(__err, __target, %s, %s) }",
		HelperPkg, match, methods), true
}

// errorsFuncName is the name of the errors function call n calls: "As"
// or "AsType".
func errorsFuncName(n *ast.CallExpr) string {
	if _, ok := ast.Unparen(n.Fun).(*ast.IndexExpr); ok {
		return "AsType"
	}
	return "As"
}

// lowerErrorsAsType rewrites errors.AsType[E](err), Go 1.26's generic
// errors.As, which the interpreter's tables lack (they hold no generic
// function), into a literal that declares the target and matches as
// errors.As does (errorsAsFunc):
//
//	errors.AsType[*NotFound](err)  ->  func(__err error) (*NotFound, bool) { var __t *NotFound; __ok := func(__err error, __target any) bool { ... }(__err, &__t); return __t, __ok }(err)
func (w *rewriter) lowerErrorsAsType(n *ast.CallExpr, info *types.Info) bool {
	ix, ok := ast.Unparen(n.Fun).(*ast.IndexExpr)
	if !ok || len(n.Args) != 1 {
		return false
	}
	tv, ok := info.Types[ix.Index]
	if !ok || !tv.IsType() {
		return false
	}
	typ, ok := w.typeSource(tv.Type, n.Pos())
	if !ok {
		return false
	}
	as, ok := w.errorsAsFunc(tv.Type, n)
	if !ok || as == "" {
		return ok
	}
	w.vacate(n.Fun, fmt.Sprintf("func(__err error) (%s, bool) { var __t %s; __ok := %s(__err, &__t); return __t, __ok }", typ, typ, as))
	return true
}

// errorsAsMatch returns the function literal matching an error of the
// chain against a target pointing to a t, which stores it through store
// ("*__target.(*T)"); "" where the target is of a compiled type, which
// the errors package matches itself.
func (w *rewriter) errorsAsMatch(t types.Type, store string, pos token.Pos) string {
	if assert, ok := w.ifaceAssert("__e", t, pos, true); ok {
		return fmt.Sprintf("func(__e any) bool { __v, __ok := %s; if __ok { %s = __v }; return __ok }", assert, store)
	}
	if boxedErrorType(t) {
		typ := types.TypeString(t, w.qualifier())
		return fmt.Sprintf("func(__x any) bool { %s_ = __x; return false }", strings.Replace(w.unboxAssert(t, false), "return "+unboxed(t, typ), store+" = "+unboxed(t, typ)+"; return true", 1))
	}
	if _, ok := userType(t); ok && types.Implements(t, errorType) {
		typ := types.TypeString(t, w.qualifier())
		return fmt.Sprintf("func(__e any) bool { %s__v, __ok := __e.(%s); if __ok { %s = __v }; return __ok }", w.typedNilMatch(t, store), typ, store)
	}
	return ""
}

// compiledIfaceWithMethods reports whether t is an interface with methods
// that the interpreter takes from the compiled world (error, fmt.Stringer):
// a value converted to one is wrapped.
func compiledIfaceWithMethods(t types.Type) bool {
	if t == nil || !types.IsInterface(t) {
		return false
	}
	_, own := interpretedIface(t)
	return !own && t.Underlying().(*types.Interface).NumMethods() > 0
}

// errorsRefusal returns an error for the first construct of file (checked
// as c; objs: the session's objects) that the doc above, or lower_iface.go,
// refuses, or nil.
func errorsRefusal(c *Checked, objs map[string]types.Object, file *ast.File, pos func(ast.Node) string) *Error {
	info := c.Info
	var found *Error
	var named []*types.TypeName
	var cases []errCase
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			sel, ok := n.Fun.(*ast.SelectorExpr)
			if !ok {
				break
			}
			fn, ok := info.Uses[sel.Sel].(*types.Func)
			if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "errors" {
				break
			}
			if found == nil && (fn.Name() == "Is" || fn.Name() == "As" || fn.Name() == "AsType" || fn.Name() == "Unwrap") {
				if named == nil {
					// Found once, where the input calls them.
					named = programTypes(c, objs)
					cases = errCases(named)
				}
				if c, twin, ok := errCaseTwin(named, cases); ok {
					found = &Error{Pos: pos(n), Msg: fmt.Sprintf(
						"errors.%s: the interpreter holds %s and %s alike (as %s), and only one has the errors package's methods (Is, Unwrap, As), so it would call them on the other; "+
							"give the type a shape of its own (a struct with a field no other type has) to tell them apart",
						fn.Name(), TypeText(c.t), TypeText(twin), shownRepr(ReprKey(c.t)))}
				}
			}
		}
		return found == nil
	})
	return found
}

// errCaseTwin returns the first of cases the interpreter cannot tell from
// another of the program's types with other methods of the errors
// package's.
func errCaseTwin(named []*types.TypeName, cases []errCase) (errCase, types.Type, bool) {
	var all []types.Type
	for _, tn := range named {
		all = append(all, tn.Type(), types.NewPointer(tn.Type()))
		if _, isStruct := tn.Type().Underlying().(*types.Struct); !isStruct {
			all = append(all, tn.Type().Underlying())
		}
	}
	for _, c := range cases {
		if boxedErrorType(c.t) {
			continue // unboxed by its name
		}
		key := ReprKey(c.t)
		for _, u := range all {
			if !types.Identical(u, c.t) && ReprKey(u) == key && errMethods(u) != c.has {
				return c, u, true
			}
		}
	}
	return errCase{}, nil, false
}

// sigText writes sig without its parameters' names, as func(T1, T2) R.
func sigText(sig *types.Signature) string {
	var ps, rs []string
	for v := range sig.Params().Variables() {
		ps = append(ps, types.TypeString(v.Type(), nil))
	}
	for v := range sig.Results().Variables() {
		rs = append(rs, types.TypeString(v.Type(), nil))
	}
	return hostrt.FuncText(ps, rs)
}

// onlyCopiesRun reports whether n is in a generic function of a script
// whose every use names a copy written out for its type arguments
// (lower_specialise.go), or that has no use: the function itself never
// runs. At the prompt and in a :load, a later input may use it.
func (w *rewriter) onlyCopiesRun(n ast.Node) bool {
	info := w.info()
	if info == nil || w.mode != ModeScript || w.plan.Seg.Kind != gosrc.SegFile {
		return false
	}
	for _, d := range w.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || n.Pos() < fd.Pos() || n.End() > fd.End() {
			continue
		}
		obj := info.Defs[fd.Name]
		if fd.Recv != nil || fd.Type.TypeParams == nil || obj == nil {
			return false
		}
		for id := range info.Instances {
			if info.Uses[id] == obj && (id.Pos() < fd.Pos() || id.Pos() >= fd.End()) && !w.specialised(id) {
				return false
			}
		}
		return true
	}
	return false
}
