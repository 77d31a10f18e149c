package frontend

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
	"golang.org/x/tools/go/ast/inspector"
)

// The names reflection gives the program's types and their fields.
//
// yaegi v0.16.1 builds the program's struct types with reflect.StructOf,
// which takes no unexported field: a field bar becomes an exported Xbar,
// of no package, so reflection said Name "Xbar", PkgPath "" and
// IsExported true where Go says "bar", "main" and false (Go's
// test/fixedbugs/issue10332.go printed "BUG: incorrect PkgPath"). The pass
// reads these members of a reflect.StructField through a check that knows
// the unexported fields the program declares (those whose X-name no
// exported field of the program has):
//
//	f.Name          ->  __repl.FieldName(f, "bar id")
//	f.PkgPath       ->  __repl.FieldPkgPath(f, "bar id")
//	f.IsExported()  ->  __repl.FieldExported(f, "bar id")
//
// It does nothing where the program declares no struct type with an
// unexported field. The types themselves have no name or package either
// (reflect.TypeOf(foo{}).Name() is "", not "foo"; String and fmt gave
// struct { X int } for main.P). A struct type of the program's has the
// tag lower_structtag.go gives it, which names it, and a type of another
// kind (type W int) the interpreter builds as its representation, which
// each input registers (__repl.NamedRepr, in a script that has
// reflect.Types). So Name, PkgPath and String of a reflect.Type go to the host
// runtime, which names the program's struct types by their tags, and
// panics, saying so, where the type may be one of the others, or is an
// instance of a generic struct type (whose type arguments the tag does
// not say):
//
//	t.Name()         ->  __repl.ReflectTypeName(t)
//	fmt.Println(t)   ->  fmt.Println(__repl.ShownType(t))
//	fmt.Println(a)   ->  fmt.Println(func(__v any) any { if __s, __ok := __repl.ShownHeldChanged(__v); __ok { return __s }; return __v }(a))  (a any)
//	fmt.Println(xs)  ->  fmt.Println(__repl.ShownHeld(xs).([]any))
//
// (ShownHeld names each reflect.Type an any, or a slice, array or map of
// them, holds, in a copy of the slice or map; a value held in a struct's
// field is not reached), and the prompt shows a reflect.Type it holds
// (the input's result, a variable it declares, of those types too) by the
// same names. Where the program declares a
// type of another kind inside a function or a generic one, which no
// input registers, Name, PkgPath, String and fmt of a reflect.Type are
// refused, at their position, with the way around (name the type in the
// program's own code: a String method, a table of names), and so is a
// reflect.Type the prompt would show; not one of a value of a compiled
// type.
//
// Where the program puts a reflect.Type in an interface (at the prompt: an
// input, this one or an earlier one, did), a value fmt prints or the
// prompt shows that may hold it where ShownHeld does not reach (a
// struct's field of type any, a fmt.Stringer), and String, Name and
// PkgPath called through an interface that may hold it (s.String() of a
// fmt.Stringer), are refused: the interpreter would give its tag
// (struct { X int "asyncrepl:\"P\"" } for main.P).

// lowerReflectNames rewrites the members of reflect.StructField that name
// a field, and refuses those of reflect.Type that name a type, where the
// program declares types whose names the interpreter loses.
func (w *rewriter) lowerReflectNames(in *inspector.Inspector) error {
	info := w.info()
	hasNamed, unregistered := false, false
	unexported, exported := map[string]bool{}, map[string]bool{}
	addFields := func(t types.Type) {
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			return
		}
		for f := range st.Fields() {
			switch {
			case f.Pkg() == nil || f.Pkg().Path() != "main":
			case f.Exported():
				exported[f.Name()] = true
			case f.Name() != "_":
				unexported[f.Name()] = true
			}
		}
	}
	for _, tn := range checkedTypes(w.plan.Checked, slices.Collect(maps.Values(w.fe.Types.Objs))) {
		if types.IsInterface(tn.Type()) {
			continue
		}
		hasNamed = true
		if !namedRepr(tn) && !isStructType(tn.Type()) && !tn.IsAlias() {
			unregistered = true // a type no input registers
		}
		addFields(tn.Type())
	}
	for _, tv := range info.Types {
		addFields(tv.Type) // struct types without names too
	}
	var names []string
	for n := range unexported {
		if !exported["X"+n] {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	list := fmt.Sprintf("%q", strings.Join(names, " "))
	var err error
	held := w.reflectTypeHeld(in, hasNamed)
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		if err == nil {
			err = w.refuseReflectedTypes(n.(*ast.CallExpr), hasNamed, unregistered, held)
		}
	})
	if err == nil && hasNamed && w.mode == ModeInput && w.plan.Seg.Kind == gosrc.SegStmt {
		err = w.refuseShownTypes(unregistered, held)
	}
	w.reflectShown = hasNamed && !unregistered
	in.WithStack([]ast.Node{(*ast.SelectorExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		sel := n.(*ast.SelectorExpr)
		s := info.Selections[sel]
		if !push || err != nil || s == nil {
			return true
		}
		if name := sel.Sel.Name; held != nil && (name == "Name" || name == "PkgPath" || name == "String") && s.Kind() != types.FieldVal && !isReflectType(s.Recv()) {
			if iface, ok := s.Recv().Underlying().(*types.Interface); ok && types.Implements(held.typ, iface) {
				err = &Error{Pos: w.src.Position(w.offset(sel.Sel.Pos())), Msg: fmt.Sprintf(
					"%s of a value of type %s, which may hold a reflect.Type (the program puts one in an interface at %s): the interpreter builds the program's types without their names and package, "+
						"so it would answer wrongly for them (struct { X int } for main.P); call %s on the reflect.Type itself", name, TypeText(s.Recv()), held.at, name)}
				return true
			}
		}
		recv, ok := types.Unalias(derefType(s.Recv())).(*types.Named)
		if !ok || recv.Obj().Pkg() == nil || recv.Obj().Pkg().Path() != "reflect" {
			return true
		}
		name := sel.Sel.Name
		switch recv.Obj().Name() {
		case "Type":
			if hasNamed && !unregistered && (name == "Name" || name == "PkgPath" || name == "String") && !w.compiledTypeOf(sel.X) {
				// Told by the host runtime (see above).
				if call, ok := stack[len(stack)-2].(*ast.CallExpr); ok && call.Fun == sel && isReflectType(info.TypeOf(sel.X)) {
					w.wrapArg(sel.X, HelperPkg+".ReflectType"+name+"(", -4)
					w.add(w.offset(sel.X.End()), w.offset(call.End()), ")", 0)
					return true
				}
			}
			if hasNamed && (name == "Name" || name == "PkgPath" || name == "String") && !w.compiledTypeOf(sel.X) {
				err = &Error{Pos: w.src.Position(w.offset(sel.Sel.Pos())), Msg: fmt.Sprintf(
					"reflect.Type's %s: the interpreter builds the program's types without their names and package, "+
						"so it would answer wrongly for them (name the type in the program's own code: a String method, a table of names; %%T names it)", name)}
			}
		case "StructField":
			if len(names) == 0 && w.copies == nil {
				return true // (the copies' embedded fields are named as their types: see FieldName)
			}
			parent := stack[len(stack)-2]
			switch name {
			case "Name", "PkgPath":
				if isAssigned(parent, sel) {
					return true // a write: not what reflection says
				}
				w.wrapArg(sel, HelperPkg+".Field"+name+"(", -4)
				w.add(w.offset(sel.X.End()), w.offset(sel.End()), ", "+list+")", 0)
			case "IsExported":
				call, ok := parent.(*ast.CallExpr)
				if !ok || call.Fun != sel {
					err = &Error{Pos: w.src.Position(w.offset(sel.Sel.Pos())), Msg: "reflect.StructField's IsExported as a value: " +
						"the interpreter makes the program's unexported fields exported (call it instead)"}
					return true
				}
				w.wrapArg(sel, HelperPkg+".FieldExported(", -4)
				w.add(w.offset(sel.X.End()), w.offset(call.End()), ", "+list+")", 0)
			}
		}
		return true
	})
	return err
}

// refuseReflectedTypes refuses, in call, what reflection would answer
// wrongly of the program's values (hasNamed: the program declares a type
// that is not an interface; unregistered: one whose reflect type the
// host runtime cannot name, see lowerReflectNames):
//
//   - reflect.TypeOf(x) and reflect.ValueOf(x) of a compiled interface with
//     methods (error, io.Reader) that a type of the program's implements:
//     the interpreter holds such a value in a wrapper of its own (or the
//     session's box, for an error), whose type reflection would give
//     (std._io_Reader, *hostrt.boxedError);
//   - a reflect.Type printed by fmt, as Name, PkgPath and String are
//     (see lowerReflectNames), but one of a value of a compiled type.
//
// And, where the program puts a reflect.Type in an interface (held), an
// argument that may hold one where ShownHeld does not reach it (a
// struct's field of type any, a fmt.Stringer), or with a format that
// ShownHeld does not serve.
func (w *rewriter) refuseReflectedTypes(call *ast.CallExpr, hasNamed, unregistered bool, held *typeHeld) error {
	info := w.info()
	fn, ok := calledFunc(info, call.Fun).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return nil
	}
	at := func(n ast.Node, msg string) error {
		return &Error{Pos: w.src.Position(w.offset(n.Pos())), Msg: msg}
	}
	name := fn.Pkg().Path() + "." + fn.Name()
	if (name == "reflect.TypeOf" || name == "reflect.ValueOf") && len(call.Args) == 1 {
		t := info.TypeOf(call.Args[0])
		iface, ok := types.Unalias(t).(*types.Named)
		if !ok || iface.Obj().Pkg() != nil && iface.Obj().Pkg().Path() == "main" || !types.IsInterface(iface) || dynIface(iface) {
			return nil
		}
		for _, tn := range w.heldTypes() {
			for _, h := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
				if types.Implements(h, iface.Underlying().(*types.Interface)) {
					return at(call, fmt.Sprintf("%s of a value of type %s, which may hold %s: the interpreter holds it in a wrapper of its own, which reflection would describe "+
						"(call %s with the value before it is converted to %s; %%T names its type)", name, reflectString(t), reflectString(h), name, reflectString(t)))
				}
			}
		}
		return nil
	}
	first, ok := fmtPrintFuncs[fn.Pkg().Path()][fn.Name()]
	if !ok || !hasNamed {
		return nil
	}
	// A format of no %T nor #: each reflect.Type goes as the host
	// runtime names it (see above).
	shown := !unregistered && !call.Ellipsis.IsValid()
	if shown && first >= 0 {
		tv := info.Types[call.Args[first]]
		shown = tv.Value != nil && tv.Value.Kind() == constant.String && !strings.Contains(constant.StringVal(tv.Value), "%T") && !strings.Contains(constant.StringVal(tv.Value), "#")
	}
	for i, a := range call.Args[first+1:] {
		if t, ok := types.Unalias(info.TypeOf(a)).(*types.Named); ok && t.Obj().Pkg() != nil && t.Obj().Pkg().Path() == "reflect" && t.Obj().Name() == "Type" && !w.compiledTypeOf(a) {
			if shown {
				w.wrapArg(a, HelperPkg+".ShownType(", -4)
				w.add(w.offset(a.End()), w.offset(a.End()), ")", 4)
				continue
			}
			return at(a, fmt.Sprintf("%s of a reflect.Type: the interpreter builds the program's types without their names and package, "+
				"so it would print them wrongly (struct { X int } for main.P; %%T of the value names its type)", fn.Pkg().Name()+"."+fn.Name()))
		}
		named := false // the reflect.Types a goes with go by ShownHeld
		if t := info.TypeOf(a); shown && t != nil && (w.mode != ModeScript || usesReflectTypes(info)) && heldShown(t) && (first < 0 || formatVerbs(constant.StringVal(info.Types[call.Args[first]].Value))[i] != 'p') {
			named = true
			// An any (or a slice, array or map of them) that may hold a
			// reflect.Type: each one it holds goes as the host runtime
			// names it, in a copy of the slice or map (the value itself
			// where it holds none).
			switch {
			case types.IsInterface(t) && w.laterValueArgs[a]:
				// Going on to compiled code (FmtLaterValue): the value
				// itself in a box of the host's, as that code would get
				// it (through an interpreted function's result, a value
				// of a type of the program's that is not a struct lost
				// its type's name: show(E(1)) printed 1 where E's String
				// method, declared after show, says S).
				w.wrapArg(a, HelperPkg+".ShownHeldArg(", -4)
				w.add(w.offset(a.End()), w.offset(a.End()), ")", 4)
			case types.IsInterface(t):
				// The value itself where it holds none: back from
				// compiled code, a value of a type of the program's
				// that is not a struct would be its representation.
				w.wrapArg(a, "func(__v any) any { if __s, __ok := "+HelperPkg+".ShownHeldChanged(__v); __ok { return __s }; return __v }(", -4)
				w.add(w.offset(a.End()), w.offset(a.End()), ")", 4)
			default:
				w.wrapArg(a, HelperPkg+".ShownHeld(", -4)
				w.add(w.offset(a.End()), w.offset(a.End()), ").("+types.TypeString(t, w.qualifier())+")", 4)
			}
		}
		if t := info.TypeOf(a); held != nil && t != nil && !isReflectType(t) && held.mayHold(t, named) {
			if verbs := formatVerbs(w.constFormat(call, first)); first < 0 || verbs == nil || verbs[i] != 'T' && verbs[i] != 'p' {
				return at(a, fmt.Sprintf("%s of a value of type %s, which may hold a reflect.Type in an interface (the program puts one in an interface at %s): the interpreter builds the program's types without their names and package, "+
					"so it would print them wrongly (struct { X int } for main.P); print the reflect.Type, or an any holding it, by itself with %%v or %%s", fn.Pkg().Name()+"."+fn.Name(), reflectString(t), held.at))
			}
		}
		if t := info.TypeOf(a); t != nil && !isReflectType(t) && holdsReflectType(t) && !w.compiledFieldOf(a) && !w.printedByMethod(call, first, i, t) {
			return at(a, fmt.Sprintf("%s of a value of type %s, which holds a reflect.Type: the interpreter builds the program's types without their names and package, "+
				"so it would print them wrongly (struct { X int } for main.P); print the parts you need (f.Name, f.Tag, f.Type.Kind())", fn.Pkg().Name()+"."+fn.Name(), TypeText(t)))
		}
	}
	return nil
}

// printedByMethod reports whether fmt prints the i-th value argument of
// call (whose format, if any, is its argument first), of type t, by an
// Error or String method of a compiled type (a *json.UnmarshalTypeError
// printed with Println or %v), not by its fields.
func (w *rewriter) printedByMethod(call *ast.CallExpr, first, i int, t types.Type) bool {
	if _, ok := userType(t); ok {
		return false
	}
	if m := fmtMethodsOf(t); !m.err && !m.str || m.format || m.goStr {
		return false
	}
	if first < 0 {
		return true
	}
	format := w.constFormat(call, first)
	verbs := formatVerbs(format)
	return verbs != nil && i < len(verbs) && strings.ContainsRune("vsq", verbs[i]) && !strings.Contains(format, "#")
}

// showHeldTypes returns the code that shows x, of type t (heldShown), at
// the prompt (key: the variable's name, "" for the result) with the
// reflect.Types it holds as the host runtime names them: through the
// conversion of the values of the program's types it holds where there is
// one (shownNode), else as fmt prints it where it holds a reflect.Type.
func (w *rewriter) showHeldTypes(key, x string, t types.Type, pos token.Pos) string {
	assert := ""
	if !types.IsInterface(t) {
		assert = ".(" + types.TypeString(t, w.qualifier()) + ")"
	}
	if show := w.shownNode(key, fmt.Sprintf("%s.ShownHeld(%s)%s", HelperPkg, x, assert), t, pos); show != "" {
		return show
	}
	return fmt.Sprintf("%s.ShownHeldText(%q, %s)", HelperPkg, key, x)
}

// usedIn reports whether the segment uses obj (a variable it declares,
// which it may assign before the prompt shows it).
func (w *rewriter) usedIn(obj types.Object) bool {
	for _, o := range w.info().Uses {
		if o == obj {
			return true
		}
	}
	return false
}

// typeHeld is where the program puts a reflect.Type in an interface (at,
// a position in the user's text), and the type reflect.Type.
type typeHeld struct {
	at  string
	typ types.Type
}

// reflectTypeHeld returns where the segment first puts a reflect.Type in
// an interface other than as an argument of fmt's printing functions
// (which ShownType names), or where an earlier input of the session did
// (which the value may still be in), or nil. It records the segment's
// for the session (see Record). hasNamed: the program declares a type
// reflection would name wrongly, which the session's inputs need to know
// only then.
func (w *rewriter) reflectTypeHeld(in *inspector.Inspector, hasNamed bool) *typeHeld {
	if w.mode == ModeScript && hasNamed || w.mode != ModeScript && w.fe.typeHeld == nil && usesReflectTypes(w.info()) {
		if held := w.segmentTypeHeld(in); held != nil {
			w.plan.typeHeld = held
			if hasNamed {
				return held
			}
		}
	}
	if hasNamed {
		return w.fe.typeHeld
	}
	return nil
}

// segmentTypeHeld returns where the segment first puts a reflect.Type in
// an interface other than as an argument of fmt's printing functions, or
// nil.
func (w *rewriter) segmentTypeHeld(in *inspector.Inspector) *typeHeld {
	info := w.info()
	var held *typeHeld
	w.conversions(in, func(e ast.Expr, target types.Type, call *ast.CallExpr, _ bool) {
		t := info.TypeOf(e)
		if held != nil || t == nil || !isReflectType(t) || !types.IsInterface(target) || isReflectType(target) {
			return
		}
		if call != nil {
			if fn, ok := calledFunc(info, call.Fun).(*types.Func); ok && fn.Pkg() != nil {
				if _, printing := fmtPrintFuncs[fn.Pkg().Path()][fn.Name()]; printing {
					return
				}
			}
		}
		held = &typeHeld{at: w.src.Position(w.offset(e.Pos())), typ: t}
	})
	return held
}

// mayHold reports whether fmt, printing a value of type t, may print a
// reflect.Type held in an interface that ShownHeld does not reach (named:
// it names those t holds): one of t's fields, or held as an interface
// with methods (fmt.Stringer), or any where the format is not one
// ShownHeld serves (%#v, a format that is not a constant).
func (h *typeHeld) mayHold(t types.Type, named bool) bool {
	if named {
		return false
	}
	return printedWith(t, func(t types.Type) (bool, bool) {
		if iface, ok := t.Underlying().(*types.Interface); ok {
			return true, !isReflectType(t) && types.Implements(h.typ, iface)
		}
		return false, false
	})
}

// constFormat returns the constant format of a call of fmt's printing
// functions whose format is argument first ("" where there is none).
func (w *rewriter) constFormat(call *ast.CallExpr, first int) string {
	if first < 0 || first >= len(call.Args) {
		return ""
	}
	if tv := w.info().Types[call.Args[first]]; tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value)
	}
	return ""
}

// heldShown reports whether a value of type t, printed by fmt, may hold a
// reflect.Type the host runtime names (ShownHeld): t is the empty
// interface, or an unnamed slice, array or map (not keyed by an
// interface) of it, or of those.
func heldShown(t types.Type) bool {
	empty := func(t types.Type) bool {
		iface, ok := types.Unalias(t).(*types.Interface)
		return ok && iface.Empty()
	}
	switch u := types.Unalias(t).(type) {
	case *types.Slice:
		return heldShown(u.Elem())
	case *types.Array:
		return heldShown(u.Elem())
	case *types.Map:
		_, iface := u.Key().Underlying().(*types.Interface)
		return !iface && heldShown(u.Elem())
	}
	return empty(t)
}

// namedRepr reports whether the reflect type of tn, a type of the
// program's, is registered for the host runtime's names (see
// registerNamedReprs): declared at the package level, not generic.
func namedRepr(tn *types.TypeName) bool {
	n, ok := tn.Type().(*types.Named)
	return ok && tn.Parent() == tn.Pkg().Scope() && n.TypeParams().Len() == 0
}

// registerNamedReprs registers the representations of the types of the
// program's that are not structs, interfaces or generic, that the input
// declares (in a script that has reflect.Types; at the prompt, every
// input), with the declarations that run before it: the host runtime
// names reflect types by them (see lowerReflectNames).
func (w *rewriter) registerNamedReprs() {
	info := w.info()
	if info == nil {
		return
	}
	if w.mode == ModeScript && !usesReflectTypes(info) {
		return
	}
	var b strings.Builder
	pos := w.file.End() - 1
	if c := w.plan.Checked; w.mode != ModeScript && c != nil && c.twins != nil {
		// The types whose values the input puts in interfaces, alone or
		// within others (twinFacts.held, contained): %T in code compiled
		// before one of them cannot tell its values from its
		// representation's (__repl.TypeVerbOf).
		// (A named type's key is its name, looked up in the package
		// the check made, which holds the session's types too.)
		used := map[string]bool{}
		for _, keys := range []map[string]ast.Node{c.twins.held, c.twins.contained} {
			for k := range keys {
				tn, ok := c.pkg.Scope().Lookup(k).(*types.TypeName)
				if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) || isStructType(tn.Type()) || !namedRepr(tn) {
					continue
				}
				used[reflectString(tn.Type())] = true
			}
		}
		for _, name := range slices.Sorted(maps.Keys(used)) {
			fmt.Fprintf(&b, "\n%s.NamedReprUsed(%q)", HelperPkg, name)
		}
	}
	for _, d := range w.file.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.TYPE {
			continue
		}
		for _, spec := range g.Specs {
			tn, ok := info.Defs[spec.(*ast.TypeSpec).Name].(*types.TypeName)
			if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) || isStructType(tn.Type()) || !namedRepr(tn) || buildsNoType(tn.Type()) {
				continue
			}
			if src, ok := w.typeSource(tn.Type(), pos); ok {
				fmt.Fprintf(&b, "\n%s.NamedRepr(*new(%s), %q)", HelperPkg, src, reflectString(tn.Type()))
			}
		}
	}
	if b.Len() == 0 {
		return
	}
	f := w.tmpName("repl_reprs")
	w.IfaceCopyDecls += fmt.Sprintf("\nfunc %s() bool {%s\nreturn true }\n\nvar %s = %s()\n", f, b.String(), w.tmpName("repl_repr"), f)
}

// namedReprsKnown returns the names of the types of the session's and
// the input's whose representations are registered (registerNamedReprs),
// comma-separated: code compiled now knows them, and a value of a type
// registered later that it names is refused (__repl.TypeVerbOf).
func (w *rewriter) namedReprsKnown() string {
	var names []string
	for _, tn := range w.programTypes() {
		if !tn.IsAlias() && !types.IsInterface(tn.Type()) && !isStructType(tn.Type()) && namedRepr(tn) && !buildsNoType(tn.Type()) {
			names = append(names, reflectString(tn.Type()))
		}
	}
	slices.Sort(names)
	return strings.Join(names, ",")
}

// usesReflectTypes reports whether a checked program has values of
// reflect.Type, whose names the host runtime tells.
func usesReflectTypes(info *types.Info) bool {
	for _, tv := range info.Types {
		if !tv.IsType() && tv.Type != nil && isReflectType(tv.Type) {
			return true
		}
	}
	return false
}

// compiledFieldOf reports whether e is a field of a struct type, every
// field of which has a type reflection describes as Go does (int, a
// compiled package's): t.Field(i), t.FieldByName(n) or t.FieldByIndex(x),
// with t reflect.TypeOf(x) or reflect.ValueOf(x).Type() (or a variable
// declared as one), x of a struct type.
func (w *rewriter) compiledFieldOf(e ast.Expr) bool {
	info := w.info()
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Field" && sel.Sel.Name != "FieldByName" && sel.Sel.Name != "FieldByIndex" {
		return false
	}
	recv := ast.Expr(sel.X)
	if id, ok := ast.Unparen(recv).(*ast.Ident); ok {
		if recv = w.typeOfDefs()[info.Uses[id]]; recv == nil {
			return false
		}
	}
	x := typeOfArg(info, recv)
	if x == nil || !isReflectType(info.TypeOf(sel.X)) {
		return false
	}
	var plain func(st *types.Struct) bool
	plain = func(st *types.Struct) bool {
		for f := range st.Fields() {
			if inner, ok := f.Type().Underlying().(*types.Struct); ok && f.Embedded() {
				if !plain(inner) {
					return false
				}
			}
			if userish(f.Type()) || hasTypeParam(f.Type()) {
				return false
			}
		}
		return true
	}
	st, ok := info.TypeOf(x).Underlying().(*types.Struct)
	return ok && plain(st)
}

// holdsReflectType reports whether fmt, printing a value of type t, prints
// a reflect.Type it holds (a reflect.StructField's or reflect.Method's
// Type, a []reflect.Type's elements): in its fields, elements, keys and
// values, and, at the top, what a pointer points to.
func holdsReflectType(t types.Type) bool {
	return printedWith(t, func(t types.Type) (bool, bool) { return isReflectType(t), isReflectType(t) })
}

// printedWith reports whether fmt, printing a value of type t, prints one
// of a type leaf finds: leaf says whether it decides a type and what (a
// type it does not decide is looked into: a struct's fields, the
// elements, keys and values of slices, arrays and maps, and, at the top,
// what a pointer points to).
func printedWith(t types.Type, leaf func(types.Type) (decided, found bool)) bool {
	seen := map[types.Type]bool{}
	var walk func(t types.Type, top bool) bool
	walk = func(t types.Type, top bool) bool {
		if t == nil || seen[t] {
			return false
		}
		seen[t] = true
		if decided, found := leaf(t); decided {
			return found
		}
		switch u := t.Underlying().(type) {
		case *types.Struct:
			for f := range u.Fields() {
				if walk(f.Type(), false) {
					return true
				}
			}
		case *types.Slice:
			return walk(u.Elem(), false)
		case *types.Array:
			return walk(u.Elem(), false)
		case *types.Map:
			return walk(u.Key(), false) || walk(u.Elem(), false)
		case *types.Pointer:
			return top && walk(u.Elem(), false)
		}
		return false
	}
	return walk(t, true)
}

// refuseShownTypes refuses a reflect.Type the prompt would show (the
// input's final expression, a variable the input declares), as fmt's
// printing of one is refused (where unregistered; a value holding one
// always; where the program puts one in an interface (held), a value
// that may hold it where the session's display does not name it), but
// one of a value of a compiled type.
func (w *rewriter) refuseShownTypes(unregistered bool, held *typeHeld) error {
	info := w.info()
	shown := func(at ast.Node, t types.Type, x ast.Expr, what string) error {
		if held != nil && t != nil && !isReflectType(t) && held.mayHold(t, !unregistered && heldShown(t)) {
			around := "show the parts you need"
			if what == "a variable" {
				around = "declare the variable in one input and assign it in the next, which shows nothing, or " + around
			}
			return &Error{Pos: w.src.Position(w.offset(at.Pos())), Msg: fmt.Sprintf("%s of type %s, shown at the prompt, may hold a reflect.Type in an interface (the program puts one in an interface at %s): the interpreter builds the program's types without their names and package, "+
				"so it would show them wrongly (struct { X int } for main.P); %s", what, TypeText(t), held.at, around)}
		}
		if t != nil && !isReflectType(t) && holdsReflectType(t) && (x == nil || !w.compiledFieldOf(x)) {
			around := "show the parts you need (f.Name, f.Tag, f.Type.Kind())"
			if what == "a variable" {
				around = "declare the variable in one input and assign it in the next, which shows nothing, or " + around
			}
			return &Error{Pos: w.src.Position(w.offset(at.Pos())), Msg: fmt.Sprintf("%s of type %s, shown at the prompt, holds a reflect.Type: the interpreter builds the program's types without their names and package, "+
				"so it would show them wrongly (struct { X int } for main.P); %s", what, TypeText(t), around)}
		}
		if !unregistered || !isReflectType(t) || x != nil && w.compiledTypeOf(x) {
			return nil
		}
		around := "use it in an expression (t.Kind(), t.NumField())"
		if what == "a variable" {
			around = "declare the variable in one input and assign it in the next (var t reflect.Type, then t = reflect.TypeOf(x)), which shows nothing"
		}
		return &Error{Pos: w.src.Position(w.offset(at.Pos())), Msg: what + " of type reflect.Type, shown at the prompt: the interpreter builds the program's types without their names and package, " +
			"so it would show them wrongly (struct { X int } for main.P); " + around + ", or show the type with %T of the value"}
	}
	for _, st := range w.file.Decls[0].(*ast.FuncDecl).Body.List {
		var err error
		switch st := st.(type) {
		case *ast.ExprStmt:
			if ast.Stmt(st) == w.resultStmt {
				err = shown(st, info.TypeOf(st.X), st.X, "a result")
			}
		case *ast.AssignStmt:
			if st.Tok != token.DEFINE {
				break
			}
			for i, l := range st.Lhs {
				if id, ok := l.(*ast.Ident); ok && info.Defs[id] != nil && err == nil {
					var x ast.Expr
					if len(st.Rhs) == len(st.Lhs) {
						x = st.Rhs[i]
					}
					err = shown(id, info.Defs[id].Type(), x, "a variable")
				}
			}
		case *ast.DeclStmt:
			gd, ok := st.Decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				break
			}
			for _, sp := range gd.Specs {
				vs := sp.(*ast.ValueSpec)
				for i, id := range vs.Names {
					if info.Defs[id] != nil && err == nil {
						var x ast.Expr
						if len(vs.Values) == len(vs.Names) {
							x = vs.Values[i]
						} else if len(vs.Values) == 0 && !w.usedIn(info.Defs[id]) {
							continue // nil, and shown so
						}
						err = shown(id, info.Defs[id].Type(), x, "a variable")
					}
				}
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// isReflectType reports whether t is reflect.Type.
func isReflectType(t types.Type) bool {
	return isPkgType(t, "reflect", "Type")
}

// compiledTypeOf reports whether e is reflect.TypeOf(x) or
// reflect.ValueOf(x).Type() (or a variable declared as one of them) of an
// x whose static type is not an interface and mentions none of the
// program's types (nor a type parameter, where the program instantiates
// generic code with one of its types): reflection describes that type as
// Go does.
func (w *rewriter) compiledTypeOf(e ast.Expr) bool {
	info := w.info()
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		e = w.typeOfDefs()[info.Uses[id]]
		if e == nil {
			return false
		}
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Type" && len(call.Args) == 0 {
		if s := info.Selections[sel]; s != nil {
			if recv, ok := types.Unalias(derefType(s.Recv())).(*types.Named); ok && recv.Obj().Pkg() != nil && recv.Obj().Pkg().Path() == "reflect" && recv.Obj().Name() == "Value" {
				call, ok = ast.Unparen(sel.X).(*ast.CallExpr)
				if !ok {
					return false
				}
			}
		}
	}
	fn, ok := calledFunc(info, call.Fun).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "reflect" || fn.Name() != "TypeOf" && fn.Name() != "ValueOf" || len(call.Args) != 1 {
		return false
	}
	t := info.TypeOf(call.Args[0])
	return t != nil && !types.IsInterface(t) && !userish(t) && (!hasTypeParam(t) || !w.userTypeArgs())
}

// typeOfDefs returns the expressions that declare variables (v :=
// reflect.TypeOf(x)), by variable, for compiledTypeOf.
func (w *rewriter) typeOfDefs() map[types.Object]ast.Expr {
	if w.typeOfVars != nil {
		return w.typeOfVars
	}
	w.typeOfVars = map[types.Object]ast.Expr{}
	info := w.info()
	ast.Inspect(w.file, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && as.Tok == token.DEFINE && len(as.Lhs) == 1 && len(as.Rhs) == 1 {
			if id, ok := as.Lhs[0].(*ast.Ident); ok && info.Defs[id] != nil {
				w.typeOfVars[info.Defs[id]] = as.Rhs[0]
			}
		}
		return true
	})
	return w.typeOfVars
}

// userTypeArgs reports whether the program instantiates generic code
// with a type argument that mentions its types.
func (w *rewriter) userTypeArgs() bool {
	for _, inst := range w.info().Instances {
		for t := range inst.TypeArgs.Types() {
			if userish(t) {
				return true
			}
		}
	}
	return false
}

// isAssigned reports whether sel is written by its parent statement.
func isAssigned(parent ast.Node, sel *ast.SelectorExpr) bool {
	switch p := parent.(type) {
	case *ast.AssignStmt:
		return slices.Contains(p.Lhs, ast.Expr(sel))
	case *ast.IncDecStmt:
		return p.X == sel
	case *ast.UnaryExpr:
		return p.Op == token.AND
	}
	return false
}

// derefType returns the element type of a pointer, else t.
func derefType(t types.Type) types.Type {
	if p, ok := t.(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}
