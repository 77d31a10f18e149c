package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
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
// value, true (see typedNilAssert). The conversions are those
// lower_ifacecopy.go's conversions walks, the elements of composite
// literals and the values sent on channels among them.
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
//
// The interpreter loses a typed nil in two places the type checker sees
// no concrete type:
//
//   - A value of a type parameter converted to such an interface inside a
//     generic function (func wrap[T error](e T) error { return e } given a
//     nil *MyErr): the conversion goes through a function literal that
//     converts it as the interpreter does, and, where that made a nil
//     interface of a value that is not nil (in an any), asserts it to each
//     of the program's nilable types that implement the interface and
//     satisfy the constraint, and converts it as above
//     (typedNilParamWrap). Where its type cannot be named there (a type
//     declared in a function, two such types of one representation), it
//     panics naming the conversion's position.
//   - An assertion of an interface (an any) to such an interface, one
//     result, comma-ok or a type switch's case (lower_iface.go's
//     ifaceAssertTwins): its case of a pointer type of the program's gives
//     the typed nil of a nil one, and where the interpreter's own
//     assertion succeeds, the value is asserted to the program's other
//     nilable types implementing the interface (and its types of other
//     kinds but structs, whose values it also lost) and converted as Go
//     converts it (typedNilAssertNil). A nil value of a type it cannot
//     name there panics naming the assertion's position.
//
// At the prompt, a type an earlier input declared counts where no other
// declaration hides its name (candidateSource).

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
	return isPkgType(t, "fmt", "Stringer")
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
	// A select case's receive assigned to an error is converted by the
	// selects' lowering, which rewrites the case (lower_selectcases.go).
	recvs := map[ast.Expr]bool{}
	in.Preorder([]ast.Node{(*ast.CommClause)(nil)}, func(n ast.Node) {
		if as, ok := n.(*ast.CommClause).Comm.(*ast.AssignStmt); ok && len(as.Rhs) == 1 {
			recvs[as.Rhs[0]] = true
		}
	})
	w.conversions(in, func(e ast.Expr, target types.Type, call *ast.CallExpr, _ bool) {
		if recvs[e] {
			return
		}
		if call != nil && e != call.Args[0] {
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
				// %w keeps the value as error; only a value that is
				// one (fmt.Errorf("want %T", zero) of a T any: its
				// conversion to error failed the interpreter, "CFG
				// post-order panic").
				if fn, ok := info.Uses[sel.Sel].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "fmt" && fn.Name() == "Errorf" {
					// Only where the argument may be %w's: another verb
					// prints the value, which lower_fmt.go converts as
					// it is (boxed first, it was handed a box: a crash,
					// "reflect: Call using error as type struct {...}").
					verb := fmtArgVerb(info, call.Args, 0, slices.Index(call.Args, e)-1)
					if t := info.TypeOf(e); t != nil && types.AssignableTo(t, errorType0) && (verb == "" || verb == runtimeVerb || strings.HasSuffix(verb, "w")) {
						target = errorType0
					}
				}
			}
		}
		if param, ok := w.typedNilParam(e, target); ok && w.typedNilParamWrap(e, param, target) {
			return
		}
		if w.boxedParamWrap(e, target) {
			return
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
		end := w.offset(n.End())
		w.wrapArg(n, not+HelperPkg+".SameError(", -6)
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
		end := w.offset(e.End())
		w.wrapArg(e, prefix, -4)
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
	iface, ok := w.ifaceSource(target, e.Pos())
	if !ok {
		return
	}
	fn := fmt.Sprintf("func(__p %s) %s { if __p == nil { return %s }; return __p }", typ, iface, w.typedNilStringerOf(t, typ))
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
	end := w.offset(e.End())
	w.wrapArg(e, fn+"(", -4)
	w.add(end, end, ")", 4)
}

// typedNilWrap converts e, of type t (see typedNilType), to error, as a
// typed nil when it is nil.
func (w *rewriter) typedNilWrap(e ast.Expr, t types.Type) {
	typ, ok := w.typeSource(t, e.Pos())
	if !ok {
		return
	}
	end := w.offset(e.End())
	w.wrapArg(e, typedNilErrorFunc(t, typ)+"(", -4)
	w.add(end, end, ")", 4)
}

// typedNilErrorFunc returns the function literal that converts a value of
// t, a pointer type written typ, to error: a nil one as the typed nil
// that says its type.
func typedNilErrorFunc(t types.Type, typ string) string {
	return fmt.Sprintf("func(__p %s) error { if __p == nil { return %s.TypedNil(%q, func() string { %s }) }; return __p }", typ, HelperPkg, typedNilName(t), nilMethodCall(t, typ, "Error"))
}

// nilMethodCall returns the body of a function calling the method named
// method on a nil pointer of type t (written typ), which a typed nil of t
// in an interface calls: where the method has a value receiver, Go's
// run-time panic, a nil dereference (yaegi's call panicked in
// reflection's words, so a program recovering it saw no runtime.Error).
// (Go's own words depend on its compiler: a call it devirtualizes
// dereferences the pointer, as here; through the method's wrapper it
// says "value method main.T.M called using nil *T pointer", as
// lower_nilrecv.go does.)
func nilMethodCall(t types.Type, typ, method string) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		if n, ok := types.Unalias(p.Elem()).(*types.Named); ok {
			if sel := types.NewMethodSet(n).Lookup(n.Obj().Pkg(), method); sel != nil {
				return fmt.Sprintf("panic(%s.NilDeref(\"\"))", HelperPkg)
			}
		}
	}
	return fmt.Sprintf("var __m %s; return __m.%s()", typ, method)
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
	name, ok := w.typedNilOtherFunc(t, target)
	if !ok {
		return
	}
	start, end := w.offset(e.Pos()), w.offset(e.End())
	w.wrapArg(e, name+"(", -4)
	w.add(end, end, fmt.Sprintf(", %q)", w.src.Position(start)), 4)
}

// typedNilOtherFunc returns the name of the function of the code's own
// that converts a value of type t (see typedNilOtherType) to target, a
// compiled interface, given the conversion's position: the value, or
// where it is nil the interpreter's wrapper of it (__repl.NilWrapper), or
// a panic naming the position. It is declared with the code the first
// time; ok is false where t or target cannot be named at the top level.
func (w *rewriter) typedNilOtherFunc(t, target types.Type) (string, bool) {
	top := w.file.Name.Pos()
	typ, iface, ok := w.typedNilSources(t, target, top)
	if !ok {
		return "", false
	}
	key := "nil other " + typ + " " + iface
	name := w.ifaceCopyFuncs[key]
	if name == "" {
		lit, ok := w.typedNilOtherLit(t, target, top)
		if !ok {
			return "", false
		}
		if w.ifaceCopyFuncs == nil {
			w.ifaceCopyFuncs = map[string]string{}
		}
		name = w.tmpName("repl_inil")
		w.ifaceCopyFuncs[key] = name
		w.IfaceCopyDecls += fmt.Sprintf("\nfunc %s%s\n", name, strings.TrimPrefix(lit, "func"))
	}
	return name, true
}

// typedNilSources writes t and target, a compiled interface, at pos
// (importing target's package where the file does not).
func (w *rewriter) typedNilSources(t, target types.Type, pos token.Pos) (typ, iface string, ok bool) {
	if typ, ok = w.typeSource(t, pos); !ok {
		return "", "", false
	}
	iface, ok = w.ifaceSource(target, pos)
	return typ, iface, ok
}

// typedNilOtherLit returns the function literal typedNilOtherFunc
// declares, written at pos: for a type declared in a function, which a
// declaration of the file cannot name, at the conversion.
func (w *rewriter) typedNilOtherLit(t, target types.Type, pos token.Pos) (string, bool) {
	typ, iface, ok := w.typedNilSources(t, target, pos)
	if !ok {
		return "", false
	}
	way := "test the value for nil before the conversion"
	switch t.Underlying().(type) {
	case *types.Slice, *types.Map:
		way += fmt.Sprintf(", or make it empty but not nil (%s{})", typ)
	}
	in := typedNilName(target)
	msg := fmt.Sprintf("repl: a nil %s held as %s: Go holds it in a non-nil %s, which the interpreter cannot make (it would be a nil %s); %s",
		typedNilName(t), in, in, in, way)
	wrap := ""
	if methods, ok := w.nilWrapperMethods(target, pos); ok {
		wrap = fmt.Sprintf("if __w, __ok := %s.NilWrapper((*%s)(nil), __p%s); __ok { return __w.(%s) }; ", HelperPkg, iface, methods, iface)
	}
	return fmt.Sprintf("func(__p %s, __pos string) %s { if __p == nil { %spanic(%s.RefusedAt(%q, __pos)) }; return __p }", typ, iface, wrap, HelperPkg, msg), true
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

// typedNilCandidates returns the types of the program's (declared at the
// package level or in a function) that can be nil and implement target
// (and, param not nil, satisfy its constraint), as far as they can be
// named at pos and the interpreter tells each from the others (no other
// such type has its representation: its assertion would take one for
// the other); some reports whether the program has such a type at all.
//
// With values, the program's types of other kinds but structs that
// implement target are among them too (a value of type Temp float64
// with a String method held in an any: the interpreter's assertion to
// fmt.Stringer gave a nil one of it too).
func (w *rewriter) typedNilCandidates(target types.Type, param *types.TypeParam, pos token.Pos, values bool) (cands []types.Type, some bool) {
	iface, ok := target.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return nil, false
	}
	var constraint *types.Interface
	if param != nil {
		constraint, _ = param.Constraint().Underlying().(*types.Interface)
	}
	var all []types.Type
	for _, tn := range w.heldTypes() {
		for _, c := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if !types.Implements(c, iface) || constraint != nil && !types.Satisfies(c, constraint) {
				continue
			}
			if !nilableUserType(c) {
				if _, isStruct := c.Underlying().(*types.Struct); !values || isStruct || types.IsInterface(c) {
					continue
				}
			}
			all = append(all, c)
		}
	}
	reprs := map[string]int{}
	for _, c := range all {
		reprs[ReprKey(c)]++
	}
	for _, c := range all {
		if reprs[ReprKey(c)] > 1 || !expressible(c) {
			continue
		}
		if _, ok := w.candidateSource(c, pos); ok {
			cands = append(cands, c)
		}
	}
	return cands, len(all) > 0
}

// candidateSource is typeSource for a type of typedNilCandidates'; at the
// prompt it also writes a type an earlier input declared (or a pointer to
// one) that the check of this input did not need, where no other
// declaration hides its name at pos.
func (w *rewriter) candidateSource(t types.Type, pos token.Pos) (string, bool) {
	if s, ok := w.typeSource(t, pos); ok {
		return s, true
	}
	n, ok := types.Unalias(t).(*types.Named)
	star := ""
	if p, isPtr := types.Unalias(t).(*types.Pointer); isPtr {
		n, ok = types.Unalias(p.Elem()).(*types.Named)
		star = "*"
	}
	c := w.plan.Checked
	if !ok || c == nil || c.pkg == nil || n.TypeArgs().Len() > 0 || w.fe.Types.Objs[n.Obj().Name()] != n.Obj() {
		return "", false
	}
	if _, found := c.pkg.Scope().Innermost(pos).LookupParent(n.Obj().Name(), pos); found != nil {
		return "", false
	}
	return star + n.Obj().Name(), true
}

// typedNilConv returns the expression that converts v, of type t (see
// typedNilCandidates), to target as Go does: where it is nil, the typed
// nil of error or fmt.Stringer, or what typedNilOtherFunc's function
// makes for the conversion at pos. The value goes through a function's
// parameter; the Error or String method the typed nil keeps calls the
// type's with a nil value of its own (the interpreter's closure over a
// nil slice parameter read another variable);
// false where the types cannot be written at pos.
func (w *rewriter) typedNilConv(t, target types.Type, v string, pos token.Pos) (string, bool) {
	typ, ok := w.candidateSource(t, pos)
	if !ok {
		return "", false
	}
	iface, ok := w.ifaceSource(target, pos)
	if !ok {
		return "", false
	}
	switch {
	case isErrorType(target):
		return fmt.Sprintf("func(__p %s) %s { if __p == nil { return %s.TypedNil(%q, func() string { %s }) }; return __p }(%s)", typ, iface, HelperPkg, typedNilName(t), nilMethodCall(t, typ, "Error"), v), true
	case isStringerType(target):
		return fmt.Sprintf("func(__p %s) %s { if __p == nil { return %s }; return __p }(%s)", typ, iface, w.typedNilStringerOf(t, typ), v), true
	case compiledMethodIface(target):
		name, ok := w.typedNilOtherFunc(t, target)
		if !ok {
			// A type declared in a function: written where it is.
			if name, ok = w.typedNilOtherLit(t, target, pos); !ok {
				return "", false
			}
		}
		return fmt.Sprintf("%s(%s, %q)", name, v, w.src.Position(w.offset(pos))), true
	}
	return "", false
}

// typedNilTarget reports whether target is a compiled interface with
// methods the interpreter makes nil of a nil value of the program's.
func typedNilTarget(target types.Type) bool {
	return isErrorType(target) || isStringerType(target) || compiledMethodIface(target)
}

// typedNilParam returns the type parameter e's type is, where e, not a
// constant nor nil, converted to target, a compiled interface with
// methods, may be a nil value of one of the program's types
// implementing it (see typedNilCandidates).
func (w *rewriter) typedNilParam(e ast.Expr, target types.Type) (*types.TypeParam, bool) {
	info := w.info()
	if info == nil || !typedNilTarget(target) {
		return nil, false
	}
	tv := info.Types[e]
	param, ok := types.Unalias(tv.Type).(*types.TypeParam)
	if !ok || tv.Value != nil || tv.IsNil() {
		return nil, false
	}
	if _, some := w.typedNilCandidates(target, param, e.Pos(), false); !some {
		return nil, false
	}
	return param, true
}

// typedNilParamWrap converts e, of a type parameter (see typedNilParam),
// to target through a function literal: the value converted as the
// interpreter converts it, unless that made a nil interface of a value
// that is not nil; then the typed nil of whichever of the program's
// types it is, or a panic naming the conversion's position where the
// type cannot be named there. The function literal copies the value as
// lower_ifacecopy.go's would.
func (w *rewriter) typedNilParamWrap(e ast.Expr, param *types.TypeParam, target types.Type) bool {
	typ, iface, ok := w.typedNilParamTypes(e, param, target)
	if !ok {
		return false
	}
	start, end := w.offset(e.Pos()), w.offset(e.End())
	var b strings.Builder
	// The value as any through a slice of T: the interpreter's any(__v)
	// was nil too (as lower_heldname.go writes it).
	if box := w.boxParamValue(param, target, e.Pos()); box != "" {
		fmt.Fprintf(&b, "func(__v %s) %s { var __r %s = __v; __a := []any{[]%s{__v}[0]}[0]; if __r != nil { %sreturn __r }; if __a == nil { return __r }; ", typ, iface, iface, typ, box)
	} else {
		fmt.Fprintf(&b, "func(__v %s) %s { var __r %s = __v; if __r != nil { return __r }; __a := []any{[]%s{__v}[0]}[0]; if __a == nil { return __r }; ", typ, iface, iface, typ)
	}
	cands, _ := w.typedNilCandidates(target, param, e.Pos(), false)
	for _, c := range cands {
		ct, _ := w.candidateSource(c, e.Pos())
		if conv, ok := w.typedNilConv(c, target, "__n", e.Pos()); ok {
			fmt.Fprintf(&b, "if _, __ok := __a.(%s); __ok { var __n %s; return %s }; ", ct, ct, conv)
		}
	}
	in := typedNilName(target)
	msg := fmt.Sprintf("repl: a nil value of type parameter %s held as %s: Go holds it in a non-nil %s, which the interpreter cannot make for a type it cannot name here (declared in a function, or one whose representation another type shares); test the value for nil before the conversion",
		param.Obj().Name(), in, in)
	fmt.Fprintf(&b, "panic(%s.RefusedAt(%q, %q)) }(", HelperPkg, msg, w.src.Position(start))
	w.wrapArg(e, b.String(), -4)
	w.add(end, end, ")", 4)
	return true
}

// boxedParamCands returns the program's error types whose values are
// boxed held as error (lower_errbox.go) that a value of param may be,
// written at pos; not those whose representation another of them shares.
func (w *rewriter) boxedParamCands(param *types.TypeParam, pos token.Pos) []types.Type {
	constraint, _ := param.Constraint().Underlying().(*types.Interface)
	var all []types.Type
	for _, tn := range w.heldTypes() {
		if c := tn.Type(); boxedErrorType(c) && (constraint == nil || types.Satisfies(c, constraint)) {
			all = append(all, c)
		}
	}
	reprs := map[string]int{}
	for _, c := range all {
		reprs[ReprKey(c)]++
	}
	var cands []types.Type
	for _, c := range all {
		if _, ok := w.candidateSource(c, pos); ok && reprs[ReprKey(c)] == 1 {
			cands = append(cands, c)
		}
	}
	return cands
}

// boxParamValue returns the statements that, in typedNilParamWrap's or
// boxedParamWrap's function, return __a (the value as any) boxed as
// lower_errbox.go boxes it, when it is of one of boxedParamCands' types
// and target is error: the interpreter's conversion of a type
// parameter's value to error held it in its wrapper, which an assertion
// cannot take it back out of (toErr[T error](t T) error { return t },
// then err.(NotFound), panicked saying so).
func (w *rewriter) boxParamValue(param *types.TypeParam, target types.Type, pos token.Pos) string {
	if !isErrorType(target) {
		return ""
	}
	var b strings.Builder
	for _, c := range w.boxedParamCands(param, pos) {
		ct, _ := w.candidateSource(c, pos)
		prefix, suffix := w.boxError(c)
		fmt.Fprintf(&b, "if __b, __ok := __a.(%s); __ok { return %s__b%s }; ", ct, prefix, suffix)
	}
	return b.String()
}

// boxedParam reports whether e, not a constant nor nil, is of a type
// parameter whose values may be of boxedParamCands' types, converted to
// error.
func (w *rewriter) boxedParam(e ast.Expr, target types.Type) (*types.TypeParam, bool) {
	info := w.info()
	if info == nil || !isErrorType(target) {
		return nil, false
	}
	tv := info.Types[e]
	param, ok := types.Unalias(tv.Type).(*types.TypeParam)
	if !ok || tv.Value != nil || tv.IsNil() || len(w.boxedParamCands(param, e.Pos())) == 0 {
		return nil, false
	}
	return param, true
}

// boxedParamWrap converts e, of a type parameter (see boxedParam), to
// error through a function literal that boxes a value of the program's
// error types (boxParamValue), where typedNilParamWrap does not convert
// it (no nil value of the program's may come).
func (w *rewriter) boxedParamWrap(e ast.Expr, target types.Type) bool {
	param, ok := w.boxedParam(e, target)
	if !ok {
		return false
	}
	typ, iface, ok := w.typedNilParamTypes(e, param, target)
	if !ok {
		return false
	}
	end := w.offset(e.End())
	w.wrapArg(e, fmt.Sprintf("func(__v %s) %s { var __r %s = __v; if __r == nil { return __r }; __a := []any{[]%s{__v}[0]}[0]; %sreturn __r }(", typ, iface, iface, typ, w.boxParamValue(param, target, e.Pos())), -4)
	w.add(end, end, ")", 4)
	return true
}

// typedNilAssertNil returns the statements that, where the interpreter's
// assertion of __x (not nil) to target, a compiled interface with
// methods, succeeded, return (with true where commaOK) the value
// converted as Go converts it when __x holds one of the program's types
// of other kinds than structs (see typedNilCandidates): the interpreter
// gave a nil interface of a nil one, and for a slice of a type with value
// methods (type Tags []string) a wrapper that read the place it was
// asserted into again, after that place held another value. A nil value
// is the typed nil (typedNilConv). "" where target is no such interface
// or the program has no such type. A value of a type it cannot name
// there is left as the interpreter's assertion gives it, but for a nil
// one, of which it gave a nil interface: that panics, naming the
// assertion's position. The statements come in two parts: those testing
// __x's type, which come before __v, the interpreter's result of the
// assertion, is made (see lower_iface.go), then those testing __v.
func (w *rewriter) typedNilAssertNil(target types.Type, pos token.Pos, commaOK bool) (typeTests, nilTests string) {
	if !typedNilTarget(target) {
		return "", ""
	}
	ok := ""
	if commaOK {
		ok = ", true"
	}
	cands, some := w.typedNilCandidates(target, nil, pos, true)
	if !some {
		return "", ""
	}
	// A value of a type of another kind than pointers and structs, which
	// the interpreter's wrapper lost whether nil or not, converted in a
	// function of its own (its wrapper of __c would read its place in
	// this frame again; see lower_ifacecopy.go); a nil pointer, which it
	// made a nil interface, only where that is what it gave.
	var b, ptrs strings.Builder
	for _, c := range cands {
		ct, _ := w.candidateSource(c, pos)
		if !nilableUserType(c) {
			if conv, ok2 := w.copyConv(c, target, "__x.("+ct+")", pos); ok2 {
				fmt.Fprintf(&b, "if _, __cok := __x.(%s); __cok { return %s%s }; ", ct, conv, ok)
			}
			continue
		}
		// A new nil value of the type, not __c: the interpreter's
		// assertion's nil slice is no value it can pass on.
		nilConv, ok1 := w.typedNilConv(c, target, "__n", pos)
		if !ok1 {
			continue
		}
		if _, isPtr := c.Underlying().(*types.Pointer); isPtr {
			fmt.Fprintf(&ptrs, "if _, __cok := __x.(%s); __cok { var __n %s; return %s%s }; ", ct, ct, nilConv, ok)
			continue
		}
		if conv, ok2 := w.copyConv(c, target, "__c", pos); ok2 {
			fmt.Fprintf(&b, "if _, __cok := __x.(%s); __cok { __c := __x.(%s); if __c == nil { var __n %s; return %s%s }; return %s%s }; ", ct, ct, ct, nilConv, ok, conv, ok)
		}
	}
	// Another value (of a type declared in another function, or one
	// whose representation another type shares): the interpreter's, but
	// a nil interface of a nil value, which Go does not give.
	in := typedNilName(target)
	msg := fmt.Sprintf("repl: a nil value of the program's asserted to %s: Go gives a non-nil %s holding it, which the interpreter cannot make for a type it cannot name here (declared in another function, or one whose representation another type shares); test the value for nil, or assert to its own type, before the assertion",
		in, in)
	return b.String(), fmt.Sprintf("if __v == nil { %sif %s.NilValue(__x) { panic(%s.RefusedAt(%q, %q)) } }; ", ptrs.String(), HelperPkg, HelperPkg, msg, w.src.Position(w.offset(pos)))
}

// typedNilParamTypes returns param and target as written at e; false
// where one of them cannot be.
func (w *rewriter) typedNilParamTypes(e ast.Expr, param *types.TypeParam, target types.Type) (typ, iface string, ok bool) {
	if typ, ok = w.typeSource(param, e.Pos()); !ok {
		return "", "", false
	}
	iface, ok = w.ifaceSource(target, e.Pos())
	return typ, iface, ok
}

// typedNilParamWrapped reports whether lowerTypedNil converts e to target
// through typedNilParamWrap or boxedParamWrap (lower_ifacecopy.go then
// leaves it).
func (w *rewriter) typedNilParamWrapped(e ast.Expr, target types.Type) bool {
	param, ok := w.typedNilParam(e, target)
	if !ok {
		if param, ok = w.boxedParam(e, target); !ok {
			return false
		}
	}
	_, _, ok = w.typedNilParamTypes(e, param, target)
	return ok
}

// copyConv returns the expression that converts v, of type t, to target
// as lower_ifacecopy.go's function does (ifaceCopy).
func (w *rewriter) copyConv(t, target types.Type, v string, pos token.Pos) (string, bool) {
	prefix, suffix, ok := w.ifaceCopy(t, target, pos)
	if !ok {
		return "", false
	}
	return prefix + v + suffix, true
}

// typedNilStringerOf returns the expression of the typed nil of t
// (written typ) held as fmt.Stringer: with t's Error method too where it
// has one, which fmt calls before String.
func (w *rewriter) typedNilStringerOf(t types.Type, typ string) string {
	if printMethod(t) == "Error" {
		return fmt.Sprintf("%s.TypedNilStringerError(%q, func() string { %s }, func() string { %s })", HelperPkg, typedNilName(t), nilMethodCall(t, typ, "String"), nilMethodCall(t, typ, "Error"))
	}
	return fmt.Sprintf("%s.TypedNilStringer(%q, func() string { %s })", HelperPkg, typedNilName(t), nilMethodCall(t, typ, "String"))
}
