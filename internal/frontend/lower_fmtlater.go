package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

	"github.com/asyncrepl/asyncrepl/stdlib_bindings/stdtypes"
)

// Lowering: in a session, values of types a later input declares, handed
// to fmt by code an earlier input compiled.
//
// lower_fmtheld.go converts a value held in an interface for fmt by the
// types the input's check sees. At the prompt, a function declared before
// a type (func show(v any) { fmt.Println(v) }, then type Color int with a
// String method, then show(Color(1)) or show([]Color{0, 1})) was compiled
// without a case for the type: fmt got the interpreter's interface value
// and printed its pointers ({0xc000 {0x5e5e40 ...}}), or a []Color by its
// ints ([0 1], where Go prints [red green]).
//
// Outside a script, every call of fmt's printing functions with an
// argument that may hold the program's values goes through the
// conversion, also before the session has types, and a value the
// conversion does not know goes to __repl.FmtLater, which converts it
// with what inputs registered: by the name the interpreter gives its
// type, or, for a value held bare (heldBare: []Color is held as a []int,
// struct{ C Color } as a struct{ C int }), by its representation. Each
// input registers the types fmt would print wrongly held in an interface
// that it declares, or declares methods of, and the slice, array, map and
// unnamed struct types of the program's types its code mentions (and
// pointers to them: show(&[]Color{0}) printed &[0], where Go prints
// &[red]; a pointer's conversion shows what it points to, as fmt does for
// the argument itself, and hostrt drops that below the top); not the
// instances of its generic types (yaegi finds no instance named in a file
// of its own, and code naming one would make it before a later input
// declares a method of its type, which it would then lack): a value of
// one printed by code compiled before the input that made it panics,
// saying it cannot be printed, where the generic type has a method fmt
// calls (__repl.FmtGeneric):
//
//	func __repl_fmtreg7() bool {
//		__repl.FmtRegister("main.Color", func() func(any) any { ... }())
//		__repl.FmtRegisterBare(*new([]Color), "[]main.Color", []string{"[]int"}, func() func(any) any { var __f0 func([]Color) any; ...; return func(__x any) any { return __f0(__x.([]Color)) } }())
//		return true }
//	var __repl_fmt8 = __repl_fmtreg7()
//
// A later registration of a name replaces the earlier one (a method
// declared after the type). A type held bare is registered with the
// other types of its representation that inputs held ([]int), and an
// input holding such another type later says so (__repl.FmtHold): where
// a representation is held for several types, FmtLater cannot tell which
// a value is, and panics, saying so, at the fmt call, rather than print
// it as another type (the interpreter printed a []Color as its ints).
// At the prompt the conversions of fmt calls leave such values to
// FmtLater, which knows what every input held, where they refused to
// print an interface that might hold one after an earlier input held
// another of its representation. Where no type of the session's is known
// to a call, its arguments go to FmtLater through compiled code
// (__repl.FmtLaterValue), not the interpreted conversion.
//
// The same function registers the method sets of the types the input
// declares or gives methods (__repl.MethodSet), which an assertion to an
// interface of the program's compiled before them reads
// (lower_iface.go): the interpreter's own assertion takes a value of any
// type with methods; and their conversions to error and fmt.Stringer
// (__repl.IfaceConvRegister), which such an assertion to those goes
// through (registerIfaceConvs).

// registerFmtLater writes the registrations described above into the
// declarations that run before the input.
func (w *rewriter) registerFmtLater() {
	info := w.info()
	if w.mode == ModeScript || info == nil {
		return
	}
	v := fmtVerbClass("")
	seen := map[string]bool{}
	var ts []types.Type
	add := func(t types.Type) {
		if t == nil || hasTypeParam(t) || buildsNoType(t) || hasInstance(t) || !expressible(t) {
			return // (a type declared in a function: not at the package level)
		}
		key := reflectString(t)
		if seen[key] {
			return
		}
		seen[key] = true
		if needsFmtNodes(t, v, false, false, true) {
			ts = append(ts, t)
		}
	}
	var sets strings.Builder
	pos := w.file.End() - 1
	named := func(n *types.Named) {
		if n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main" || n.Obj().Parent() != n.Obj().Pkg().Scope() || n.TypeParams().Len() > 0 || types.IsInterface(n) {
			return
		}
		// Its method sets, for assertions to interfaces compiled before
		// (lower_iface.go).
		for _, t := range []types.Type{n, types.NewPointer(n)} {
			var names []string
			for m := range types.NewMethodSet(t).Methods() {
				names = append(names, fmt.Sprintf("%q", m.Obj().Name()))
			}
			fmt.Fprintf(&sets, "\n%s.MethodSet(%q%s)", HelperPkg, reflectString(t), prefixEach(", ", names))
			w.registerIfaceConvs(&sets, t, pos)
		}
		add(n)
		if _, ptr := n.Underlying().(*types.Pointer); !ptr {
			add(types.NewPointer(n))
		}
	}
	// The generic types given a method fmt calls (their instances are
	// not registered: see above).
	var generic []string
	for _, d := range w.file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if fn, ok := info.Defs[d.Name].(*types.Func); ok && d.Recv != nil {
				if n, ok := types.Unalias(derefType(fn.Signature().Recv().Type())).(*types.Named); ok {
					named(n)
					switch d.Name.Name {
					case "String", "Error", "Format", "GoString":
						if o := n.Origin(); o.TypeParams().Len() > 0 && !slices.Contains(generic, o.Obj().Name()) {
							generic = append(generic, o.Obj().Name())
						}
					}
				}
			}
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				if ts, ok := spec.(*ast.TypeSpec); ok {
					if tn, ok := info.Defs[ts.Name].(*types.TypeName); ok && !tn.IsAlias() {
						if n, ok := tn.Type().(*types.Named); ok {
							named(n)
						}
					}
				}
			}
		}
	}
	own := func(t types.Type) bool {
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem() // []*T too
		}
		n, ok := types.Unalias(t).(*types.Named)
		return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main" && !types.IsInterface(n)
	}
	for _, tv := range info.Types {
		if tv.IsType() {
			continue // a type's declaration (the session's too) makes no value
		}
		if ownComposite(tv.Type, own) {
			add(tv.Type)
		}
		// A pointer to one (&[]Color{0}), held bare as well.
		if p, ok := types.Unalias(tv.Type).(*types.Pointer); ok && ownComposite(p.Elem(), own) {
			add(p)
		}
	}
	slices.SortFunc(ts, func(a, b types.Type) int { return strings.Compare(reflectString(a), reflectString(b)) })
	var facts *twinFacts
	if w.plan.Checked != nil {
		facts = w.plan.Checked.twins
	}
	alike := w.heldBareAlike
	var b strings.Builder
	b.WriteString(sets.String())
	for _, g := range generic {
		fmt.Fprintf(&b, "\n%s.FmtGeneric(%q)", HelperPkg, "main."+g)
	}
	registered := map[string]bool{}
	for _, t := range ts {
		src, ok := w.typeSource(t, pos)
		if !ok {
			continue
		}
		// As at the top: fmt shows what a pointer at the top points to
		// (&Loc{"a", 5} as &{a 5.0°}, &[]Color{0} as &[red]), which
		// fmtDynIn drops below the top, where fmt shows an address.
		top := false
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			switch p.Elem().Underlying().(type) {
			case *types.Slice, *types.Array, *types.Map, *types.Struct:
				top = true
			}
		}
		// (The conversion is at package level, where a type declared in
		// a function is none: a Conn of main's held in an any goes by its
		// tag, see fmtDynIn.)
		g := &fmtConv{w: w, pos: pos, call: "fmt", funcs: map[string]string{}, verb: v, dyn: true, registered: true, only: func(t types.Type) bool { return !madeOfLocal(t) }}
		f := g.conv(t, false, top)
		if f == "" || g.failed != "" {
			continue
		}
		conv := fmt.Sprintf("func() func(any) any { %s%s; return func(__x any) any { return %s(__x.(%s)) } }()", g.decls.String(), g.bodies.String(), f, src)
		name := reflectString(t)
		if !heldBare(t) {
			fmt.Fprintf(&b, "\n%s.FmtRegister(%q, %s)", HelperPkg, name, conv)
			continue
		}
		registered[name] = true
		others := alike(ReprKey(t))
		delete(others, name)
		list := "nil"
		if len(others) > 0 {
			list = fmt.Sprintf("%#v", slices.Sorted(maps.Keys(others)))
		}
		fmt.Fprintf(&b, "\n%s.FmtRegisterBare(*new(%s), %q, %s, %s)", HelperPkg, src, name, list, conv)
		if plainComposite(t) {
			fmt.Fprintf(&b, "\n%s.FmtPlain(%q)", HelperPkg, name)
		}
	}
	// The other types held bare, which may share a representation with a
	// type an input registered (a []int held after a []Color was): fmt
	// must not take one for the other.
	if facts != nil {
		for _, k := range slices.Sorted(maps.Keys(facts.bare)) {
			for _, name := range slices.Sorted(maps.Keys(facts.bare[k])) {
				if t := facts.bare[k][name]; registered[name] || madeOfLocal(t) {
					continue // (a type declared in a function has no name here)
				}
				if src, ok := w.typeSource(facts.bare[k][name], pos); ok {
					hold := "FmtHold"
					if t := facts.bare[k][name]; hasInstance(t) && needsFmtNodes(t, v, false, false, true) {
						// Made of instances of a generic type whose
						// methods fmt calls (type Graph
						// map[string]Set[string]), which are not
						// registered (see above): fmt of it in an
						// interface cannot print it as Go does.
						hold = "FmtUnconverted"
					}
					fmt.Fprintf(&b, "\n%s.%s(*new(%s), %q)", HelperPkg, hold, src, name)
				}
			}
		}
	}
	if b.Len() == 0 {
		return
	}
	// In a function, called by a variable's initializer: the conversions'
	// parameters (v) would otherwise be taken for the session's variables
	// of that name ("variable definition loop").
	f := w.tmpName("repl_fmtreg")
	w.IfaceCopyDecls += fmt.Sprintf("\nfunc %s() bool {%s\nreturn true }\n\nvar %s = %s()\n", f, b.String(), w.tmpName("repl_fmt"), f)
}

// registerIfaceConvs writes to b the conversions of t's values to the
// compiled interfaces error and fmt.Stringer that t implements
// (__repl.IfaceConvRegister): code compiled before t had the method
// asserts to the interface through them (__repl.IfaceConv), where the
// interpreter's own assertion made a wrapper whose methods were nil.
func (w *rewriter) registerIfaceConvs(b *strings.Builder, t types.Type, pos token.Pos) {
	// The value passed to a compiled function taking the interface
	// (AsError, AsStringer): the interpreter wraps it with its methods.
	for _, c := range []struct{ pkg, name, as string }{{"", "error", "AsError"}, {"fmt", "Stringer", "AsStringer"}} {
		var it types.Type = types.Universe.Lookup("error").Type()
		if c.pkg != "" {
			p, err := stdtypes.Import(c.pkg)
			if err != nil {
				continue
			}
			it = p.Scope().Lookup(c.name).Type()
		}
		if !types.Implements(t, it.Underlying().(*types.Interface)) {
			continue
		}
		src, ok := w.typeSource(t, pos)
		if !ok {
			continue
		}
		fmt.Fprintf(b, "\n%s.IfaceConvRegister(%q, %q, func(__x any) any { return %s.%s(__x.(%s)) })", HelperPkg, reflectString(t), TypeText(it), HelperPkg, c.as, src)
	}
}

// plainComposite reports whether t is a named slice, array or map type
// without methods, made of no other type of the program's (type Names
// []string): fmt prints its values as their representation's with every
// verb but %T and %#v, so FmtLater need not tell one from the other for
// those (__repl.FmtPlain, FmtLaterPlain).
func plainComposite(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || types.NewMethodSet(types.NewPointer(n)).Len() > 0 || n.TypeArgs().Len() > 0 {
		return false
	}
	switch n.Underlying().(type) {
	case *types.Slice, *types.Array, *types.Map:
	default:
		return false
	}
	return len(mainNames(n.Underlying())) == 0
}

// plain reports whether v prints a value of a plainComposite type as its
// representation.
func (v fmtVerb) plain() bool {
	return !v.none && !v.names && !v.unknown && !v.runtime
}

// madeOfLocal reports whether t is made of a type declared in a function.
func madeOfLocal(t types.Type) bool {
	return madeOf(t, func(u types.Type) bool {
		n, ok := types.Unalias(u).(*types.Named)
		return ok && n.Obj().Pkg() != nil && n.Obj().Parent() != n.Obj().Pkg().Scope() && n.Obj().Parent() != nil
	})
}

// ownComposite reports whether t is an unnamed slice, array, map or struct
// type made of a type own reports, or of such types ([][]Color,
// map[string][]Color) (registerFmtLater).
func ownComposite(t types.Type, own func(types.Type) bool) bool {
	part := func(e types.Type) bool { return own(e) || ownComposite(e, own) }
	switch u := types.Unalias(t).(type) {
	case *types.Slice:
		return part(u.Elem())
	case *types.Array:
		return part(u.Elem())
	case *types.Map:
		return own(u.Key()) || part(u.Elem())
	case *types.Struct:
		return madeOf(u, own)
	}
	return false
}

// heldBareAlike returns the names of the types held bare as k (a ReprKey)
// that inputs put in interfaces, this one's too.
func (w *rewriter) heldBareAlike(k string) map[string]bool {
	names := map[string]bool{}
	if tw := w.fe.Types.twins; tw != nil {
		maps.Copy(names, tw.bare[k])
	}
	if c := w.plan.Checked; c != nil && c.twins != nil {
		for name := range c.twins.bare[k] {
			names[name] = true
		}
	}
	return names
}

// buildsNoType reports whether t is made of a type of the program's that
// refers to itself with no struct between, which the interpreter cannot
// build (see refuse_recursivetype.go): its uses are refused, but not its
// declaration, which must not register it.
func buildsNoType(t types.Type) bool {
	return madeOf(t, func(u types.Type) bool {
		n, ok := types.Unalias(u).(*types.Named)
		if !ok {
			return false
		}
		_, loops := loopsWithoutStruct(n)
		return loops
	})
}

// hasInstance reports whether t is made of an instance of a generic type
// of the program's.
func hasInstance(t types.Type) bool {
	return madeOf(t, func(u types.Type) bool {
		n, ok := types.Unalias(u).(*types.Named)
		return ok && n.TypeArgs().Len() > 0 && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main"
	})
}

// madeOf reports whether t, or a type t is made of (walkType), is one
// that is reports.
func madeOf(t types.Type, is func(types.Type) bool) bool {
	found := false
	walkType(t, func(u types.Type) bool {
		found = found || is(u)
		return !found
	})
	return found
}
