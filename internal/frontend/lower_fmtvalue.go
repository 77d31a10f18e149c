package frontend

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"

	"github.com/asyncrepl/asyncrepl/internal/hostrt"
)

// Lowering: values that hold the program's types, handed to fmt.
//
// yaegi v0.16.1 hands compiled code a value of an interpreted type as a
// value of a type reflection built without the name or the methods (see
// lower_fmt.go, which treats an argument of such a type itself). So fmt,
// walking a value, finds no method and no name below the top:
//
//   - a Stringer or error in a slice, a map, a struct's field is printed
//     as its underlying value ([0 1 0] for []Suit, {x 1} for a Config
//     whose Level has a String method);
//   - %#v names the types it prints as reflection built them
//     (struct { X int; Y int }{...} for main.Point{...}, []int{1} for
//     []main.MyInt{1}), and calls no GoString method;
//   - %+v and %#v print an unexported field under the name the
//     interpreter gave it (Xinternal:1 for internal:1).
//
// An argument of fmt's or log's printing functions whose static type holds
// the program's types where one of these would show (for the verb the
// format gives it, when the format is a constant) is converted, in
// interpreted code generated for its type, into a tree of __repl.Fmt*
// nodes: each carries the name Go gives the type, the fields with their
// names and whether they are exported, the elements, the map's entries,
// and closures calling the methods fmt calls (Format, GoString, Error,
// String) of the values where fmt would reach them. A node is a compiled
// fmt.Formatter that prints as fmt's printValue does below the top (see
// helpers_fmt.go); values of compiled types only stay as they are.
//
// Refused: such an argument whose conversion cannot be written (a blank
// field, a Format method in a file that does not import fmt).
//
// Values of the program's types held in interfaces (an any field, []any),
// whose dynamic type is not known before the program runs, are converted
// at run time (lower_fmtheld.go).

// lowerFmtValue converts the argument a of call (fmt.Println), of static
// type t, printed with verb (flags first; "" when the format is not
// known), when its value holds the program's types where fmt would print
// them wrongly; it reports whether it did (or refused the input, where the
// conversion cannot be written). later says the call is a defer or go
// statement's: an argument whose value refers to others (a map, a slice,
// a pointer) is then converted when the call runs (__repl.AtCall), its
// value taken at the statement, as Go's fmt reads it then (converted at
// the statement, a deferred fmt.Println(m) printed the map as it was
// there). spaced says the call is Print's (or Sprint's, Fprint's), whose
// spacing sees a reflect.Value, never a string.
func (w *rewriter) lowerFmtValue(call string, a ast.Expr, t types.Type, verb string, later, spaced bool) bool {
	v := fmtVerbClass(verb)
	if v.none {
		return false
	}
	// Values held in interfaces (lower_fmtheld.go), where the program has
	// types that fmt would print wrongly.
	if tp, ok := t.(*types.TypeParam); ok {
		if w.basicTypeArgs(a, tp) {
			// Every instance makes it a predeclared type: fmt prints it
			// as it is. (The conversion names the program's types, and
			// in a generic type's method, the instances of that type a
			// later declaration makes: type Graph []Set[string] made
			// Set[T].String fail in the interpreter's words.)
			return false
		}
		// A value of a type parameter goes as an any, which holds its
		// value as the instance's type made it (lower_fmtheld.go).
		t = types.Universe.Lookup("any").Type()
	}
	if isContextType(t) && !v.names {
		// Its String names the keys and values of WithValue, which may be
		// the program's: it goes as an any does, whose conversion prints
		// a context of the context package's with them converted (see
		// hostrt's contextNode), or by their types' names where none
		// needs converting; one of a named type that is no struct,
		// which the interpreter holds as its representation, is refused
		// when it runs (ContextReprs).
		var reprs []string
		for _, n := range w.contextValueTypes() {
			reprs = append(reprs, strconv.Quote(reflectString(n.Underlying())), strconv.Quote(reflectString(n)))
		}
		end := w.offset(a.End())
		if len(reprs) > 0 {
			w.wrapArg(a, fmt.Sprintf("%s.ContextReprs(%q, ", HelperPkg, w.src.Position(w.offset(a.Pos()))), -4)
			w.add(end, end, ", "+strings.Join(reprs, ", ")+")", 4)
		}
		if !w.lowerFmtValue(call, a, types.Universe.Lookup("any").Type(), verb, later, spaced) {
			// No value of the program's fmt prints wrongly: the context
			// names them by their types (FmtContext).
			w.wrapArg(a, HelperPkg+".FmtContext(", -5)
			w.add(end, end, ")", 5)
		}
		return true
	}
	if iface, ok := t.Underlying().(*types.Interface); ok && iface.NumMethods() > 0 && !dynIface(t) && !v.names && (!v.strs || !printsHeld(iface)) {
		// Or a verb that calls String or Error, of an interface without
		// them (io.Reader, sort.Interface), whose wrapper fmt would
		// print as a struct of its own: the value it holds is printed,
		// unless a type of the program's it may hold has methods fmt
		// calls, which that value does not keep.
		if v.strs {
			// Where the wrapper's value can be told by its representation
			// (strictFunc), the value goes as an any does, whose
			// conversion takes it out of the wrapper.
			var held []types.Type // the types it may hold whose methods fmt calls, or their parts' ([]P of a P with String)
			for _, tn := range w.heldTypes() {
				for _, h := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
					if types.Implements(h, iface) && (fmtMethodsOf(h) != (fmtMethods{}) || needsFmtNodes(h, v, false, false, false)) {
						held = append(held, h)
					}
				}
			}
			if len(held) > 0 {
				keys := w.reprCounts(true)
				lost := !w.wrappedFmtMethods() || slices.ContainsFunc(held, func(h types.Type) bool { return keys[ReprKey(h)] > 1 || madeOfLocal(h) })
				if !lost && w.mode == ModeScript {
					return w.lowerFmtValue(call, a, types.Universe.Lookup("any").Type(), verb, later, spaced)
				}
				whose := "whose methods fmt calls"
				if fmtMethodsOf(held[0]) == (fmtMethods{}) {
					whose = "made of values whose methods fmt calls"
				}
				w.refuse(a, fmt.Sprintf("%s of a value of type %s, which may hold %s, %s: the interpreter's wrapper would not keep them (print the value before it is converted to %s)", call, reflectString(t), reflectString(held[0]), whose, reflectString(t)))
				return true
			}
		}
		// A compiled interface printed with a verb that names no type
		// and calls no method (%d of a fmt.Stringer, an error): the value
		// its wrapper or the session's box holds, printed at the top
		// (see fmtIface); no interpreted code is needed.
		if s := w.structHeld(t); s != "" {
			orV := ", or with %v"
			if strings.HasSuffix(verb, "v") {
				orV = "" // %v of it is as wrong
			}
			w.refuse(a, fmt.Sprintf("%s of a value of type %s with %%%s, which may hold %s as the interpreter's wrapper holds it (its last field only): the interpreter would print it wrongly (print the value before it is converted to %s%s)", call, reflectString(t), verb, s, reflectString(t), orV))
			return true
		}
		if _, dyn := w.fmtHeld(v, true); dyn {
			end := w.offset(a.End())
			w.wrapArg(a, HelperPkg+".FmtHeldValue(", -5)
			w.add(end, end, ")", 5)
			return true
		}
		return false
	}
	dyn := false
	if holdsFmtIface(t, v) || w.holdsFmtImplementer(t, v) {
		_, dyn = w.fmtHeld(v, false)
	}
	if !needsFmtNodes(t, v, false, true, dyn) && !ptrFmtMethods(t) && !(v.fields && w.renamesEmbedded(t)) {
		return false
	}
	if _, param := w.typeOf(a).(*types.TypeParam); dyn && w.mode != ModeScript && dynIface(t) && !param {
		// (A value of a type parameter goes through the interpreted
		// conversion: converted to any there, it keeps its type's name.)
		top, _ := w.fmtHeld(v, true)
		below, _ := w.fmtHeld(v, false)
		if len(top) == 0 && len(below) == 0 {
			// No type of the session's that fmt would print wrongly is
			// known here: what a value may be of is what later inputs
			// register, which compiled code reads (lower_fmtlater.go),
			// without the interpreted conversion's cost.
			end := w.offset(a.End())
			later := "FmtLaterValue"
			if v.plain() {
				later = "FmtLaterValuePlain"
			}
			w.wrapArg(a, fmt.Sprintf("%s.%s(%q, %q, ", HelperPkg, later, w.src.Position(w.offset(a.Pos())), reflectString(t)), -5)
			w.add(end, end, ")", 5)
			if w.laterValueArgs == nil {
				w.laterValueArgs = map[ast.Expr]bool{}
			}
			w.laterValueArgs[a] = true // see lowerReflectNames
			return true
		}
	}
	g, src, f, why, way := w.convertArg(a, t, call, v, dyn)
	if why != "" {
		holds := "holds"
		if types.IsInterface(t) {
			holds = "may hold" // any value the program puts in interfaces
		}
		w.refuse(a, fmt.Sprintf("%s of a value of type %s, which %s %s: the interpreter would print it wrongly (%s)", g.call, reflectString(t), holds, why, way))
		return true
	}
	if m := w.fmtConvCycle(a, g.decls.String()); m != "" {
		w.refuse(a, fmt.Sprintf("%s of a value in a generic function that %s calls: the interpreter, making the function's instance and the method's from each other, would drop the function's body (format the value in the method, or in a function that is not generic)", g.call, m))
		return true
	}
	end := w.offset(a.End())
	held := ""
	if iface, ok := t.Underlying().(*types.Interface); ok && iface.Empty() {
		// A reflect.Value it holds, as one of that static type.
		held = w.reflectHeld(a, "__v", f+"(__rv)", spaced)
	}
	conv := fmt.Sprintf("%s%s; %sreturn %s(__v)", g.decls.String(), g.bodies.String(), held, f)
	if later && !types.AssignableTo(t, errorType0) && refersToOthers(t) {
		conv = fmt.Sprintf("return %s.AtCall(func() any { %s })", HelperPkg, conv)
	}
	w.wrapArg(a, fmt.Sprintf("func(__v %s) any { %s }(", src, conv), -5)
	w.add(end, end, ")", 5)
	return true
}

// contextValueTypes returns the named types of the program's that are no
// struct (held as their representation) whose values it may give
// context.WithValue as values: those of the values' static types, and,
// where a value is of an interface type, every such type the program puts
// in interfaces.
func (w *rewriter) contextValueTypes() []*types.Named {
	info := w.info()
	var out []*types.Named
	add := func(t types.Type) {
		n, ok := types.Unalias(t).(*types.Named)
		if ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main" && !types.IsInterface(n) && !isStructType(n) && !hasTypeParam(n) && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	all := w.mode != ModeScript // (at the prompt, an earlier input may have made the context)
	ast.Inspect(w.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || all || len(call.Args) != 3 {
			return !all
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if f, ok := info.Uses[sel.Sel].(*types.Func); !ok || f.Name() != "WithValue" || f.Pkg() == nil || f.Pkg().Path() != "context" {
			return true
		}
		if t := info.TypeOf(call.Args[2]); t != nil && types.IsInterface(t) {
			all = true // of an interface type: any of them
		} else {
			add(t)
		}
		return true
	})
	if all {
		for _, tn := range w.heldTypes() {
			add(tn.Type())
		}
	}
	return out
}

// isContextType reports whether t is context.Context.
func isContextType(t types.Type) bool {
	return isPkgType(t, "context", "Context")
}

// refersToOthers reports whether a value of type t refers to values that
// may change while it does not: it is, or holds, a map, a slice, a
// pointer, a channel or a function, or an interface, which may hold one.
func refersToOthers(t types.Type) bool {
	return madeOf(t, func(u types.Type) bool {
		switch u.(type) {
		case *types.Map, *types.Slice, *types.Pointer, *types.Chan, *types.Signature, *types.Interface:
			return true
		}
		return false
	})
}

// convertArg makes the conversion of a, of type t, for fmt (see fmtConv):
// g holds its declarations, src is t written as source and f the function
// converting a value; why and way say why it cannot be made, and what to
// do instead ("" where it can).
func (w *rewriter) convertArg(a ast.Expr, t types.Type, call string, v fmtVerb, dyn bool) (g *fmtConv, src, f, why, way string) {
	g = &fmtConv{w: w, pos: a.Pos(), call: call, funcs: map[string]string{}, verb: v, dyn: dyn, only: w.recoveredOnly(a), ownValue: !w.fromCompiled(a)}
	src, ok := w.typeSource(t, a.Pos())
	f = g.conv(t, false, true)
	if !ok || g.failed != "" || f == "" {
		why, way = g.failed, g.way
		if why == "" {
			why, way = "its type is not in scope here", "declare the type at package level"
		}
	}
	return g, src, f, why, way
}

// fmtVerb is what fmt may do with an argument, by its verb.
type fmtVerb struct {
	none    bool // %T, %p, %w: nothing of fmtNodes
	names   bool // %#v: types are named, GoString called
	fields  bool // %+v or %#v: fields are named
	strs    bool // Error and String are called
	unknown bool // a format not known before the program runs
	runtime bool // a call's own format that is not a constant (runtimeVerb)
	elems   bool // bytes are printed one by one (%v, %d; not %s, %q, %x, %X, %#v)
	// The verb itself, when the format is known (0 otherwise): a bad
	// verb for a basic value names the value's type (%!d(main.Celsius=3)).
	verb rune
}

// bad reports whether fmt prints a value of the basic type b with a bad
// verb (see badVerb) for this verb.
func (v fmtVerb) bad(b *types.Basic) bool {
	return v.verb != 0 && badVerb(b, v.verb)
}

func fmtVerbClass(verb string) fmtVerb {
	switch verb {
	case "":
		return fmtVerb{names: true, fields: true, strs: true, unknown: true}
	case runtimeVerb:
		return fmtVerb{names: true, fields: true, strs: true, unknown: true, runtime: true}
	}
	c := verb[len(verb)-1]
	flags := verb[:len(verb)-1]
	switch {
	case strings.IndexByte("Tpw", c) >= 0:
		return fmtVerb{none: true}
	case c == 'v' && strings.Contains(flags, "#"):
		return fmtVerb{names: true, fields: true}
	}
	if c == 'v' && strings.Contains(flags, "+") {
		return fmtVerb{fields: true, strs: true, elems: true, verb: 'v'}
	}
	return fmtVerb{strs: strings.IndexByte("vsqxX", c) >= 0, elems: strings.IndexByte("sqxX", c) < 0, verb: rune(c)}
}

// needsFmtNodes reports whether fmt prints a value of type t wrongly in
// the interpreter, for what v says of its verb, unless lower_fmt.go's
// treatment of the argument itself (top) makes it right; with dyn, an
// interface that may hold the program's values counts (lower_fmtheld.go).
func needsFmtNodes(t types.Type, v fmtVerb, hidden, top, dyn bool) bool {
	seen := map[types.Type]bool{}
	var walk func(t types.Type, hidden, top bool) bool
	walk = func(t types.Type, hidden, top bool) bool {
		if types.IsInterface(t) {
			if it, ok := t.Underlying().(*types.Interface); ok && hidden && (v.strs || v.names) && it.NumMethods() > 0 && !top {
				// An unexported field of an interface with methods: Go's
				// fmt calls none of them (the interpreter's exported
				// field let it call String or Error, or print its
				// wrapper).
				return true
			}
			if compiledPlainIface(t) && !top {
				// A compiled interface without the methods fmt calls
				// (io.Writer) below the top: a value of the program's
				// in it is the interpreter's wrapper, which fmt would
				// print as a struct of its own ({map[a:1] 0x523d80});
				// the node prints the value it holds.
				return true
			}
			return dyn && fmtIface(t, v, hidden)
		}
		if !userish(t) && !(dyn && holdsFmtIface(t, v)) && !holdsCompiledPlainIface(t) {
			// A compiled type's value in an unexported field: Go's fmt
			// calls none of its methods (it cannot reach them), the
			// interpreter's field is exported ({2s} for a struct{ d
			// time.Duration }, where Go prints {2000000000}).
			return hidden && (v.strs || v.names) && hiddenMethods(t, map[types.Type]bool{})
		}
		if hasTypeParam(t) {
			return false
		}
		if m := fmtMethodsOf(t); !hidden && (m.format && (!top || v.unknown) || m.goStr && v.names || (m.err || m.str) && v.strs && !top) {
			return true
		}
		if m := fmtMethodsOf(t); top && !hidden && !v.strs && !v.names && (m.err || m.str) && !isBasicType(t) {
			// A verb that calls no method (%d, %o) of a value with
			// String or Error, not of a basic type (lower_fmt.go converts
			// those): the interpreter hands fmt its wrapper for the
			// method, which fmt prints as a struct of its own ({5
			// 5389696} for %d of a Pair{8, 5}); the node prints the
			// value.
			return true
		}
		if m := fmtMethodsOf(t); top && !hidden && v.runtime && (m.err || m.str || namedBasic(t)) {
			// A format not known before the program runs: the verb may
			// call no method (%d of a Stringer: the interpreter hands fmt
			// its wrapper for the method), or be a bad verb, whose text
			// names the value's type (the interpreter's basic value names
			// its representation); the node does as fmt does for each.
			return true
		}
		if v.names && !namedBasic(t) {
			return true
		}
		if b, ok := t.Underlying().(*types.Basic); ok && !top && namedBasic(t) && v.bad(b) {
			// A bad verb below the top names the value's type, which the
			// basic value the interpreter hands fmt does not
			// (%!d(float64=3) for a Celsius in a slice; lower_fmt.go
			// treats the argument itself).
			return true
		}
		if seen[t] {
			return false
		}
		seen[t] = true
		switch u := t.Underlying().(type) {
		case *types.Struct:
			for f := range u.Fields() {
				if compiledField(f) {
					continue // the interpreter cannot read it, nor print it wrongly
				}
				if v.fields && !f.Exported() {
					return true // the interpreter renamed it
				}
				if walk(f.Type(), hidden || !f.Exported(), false) {
					return true
				}
			}
		case *types.Slice:
			return walk(u.Elem(), hidden, false)
		case *types.Array:
			return walk(u.Elem(), hidden, false)
		case *types.Map:
			return walk(u.Key(), hidden, false) || walk(u.Elem(), hidden, false)
		case *types.Pointer:
			return top && walk(u.Elem(), hidden, false)
		}
		return false
	}
	return walk(t, hidden, top)
}

// hiddenMethods reports whether fmt, printing a value of the compiled
// type t as an exported field, would call a method of it or of a value it
// holds (a time.Duration, a []time.Month, a time.Time): in an unexported
// field, Go's calls none.
func hiddenMethods(t types.Type, seen map[types.Type]bool) bool {
	if types.IsInterface(t) || seen[t] {
		return false
	}
	seen[t] = true
	if fmtMethodsOf(t) != (fmtMethods{}) {
		return true
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return hiddenMethods(u.Elem(), seen)
	case *types.Array:
		return hiddenMethods(u.Elem(), seen)
	case *types.Map:
		return hiddenMethods(u.Key(), seen) || hiddenMethods(u.Elem(), seen)
	case *types.Struct:
		for f := range u.Fields() {
			if f.Exported() && hiddenMethods(f.Type(), seen) {
				return true
			}
		}
	}
	return false
}

// printsHeld reports whether fmt, printing a value of the compiled
// interface iface with %v, calls a method of the value the interpreter's
// wrapper holds (String or Error); a wrapper of an interface without them
// is printed as a struct of its own.
func printsHeld(iface *types.Interface) bool {
	for _, name := range []string{"String", "Error"} {
		if obj, _, _ := types.LookupFieldOrMethod(iface, false, nil, name); obj != nil {
			return true
		}
	}
	return false
}

// ptrFmtMethods reports whether a pointer to t has methods fmt calls
// that t has not (func (l *List) String() string): fmt calls none of them
// on a value of t, where yaegi v0.16.1 hands fmt a variable of t wrapped
// with its pointer's methods (fmt.Println(l) printed l.String()). The
// value goes as fmtNodes, which carry t's own methods only.
func ptrFmtMethods(t types.Type) bool {
	if _, ok := userType(t); !ok {
		return false
	}
	if _, ptr := t.Underlying().(*types.Pointer); ptr {
		return false
	}
	return fmtMethodsOf(types.NewPointer(t)) != fmtMethodsOf(t)
}

// isBasicType reports whether t's underlying type is a basic type.
func isBasicType(t types.Type) bool {
	_, ok := t.Underlying().(*types.Basic)
	return ok
}

// namedBasic reports whether t is a named type of a basic underlying type
// (fmt's %#v prints such a value without its type's name).
func namedBasic(t types.Type) bool {
	_, named := types.Unalias(t).(*types.Named)
	_, basic := t.Underlying().(*types.Basic)
	return named && basic
}

// compiledPlainIface reports whether t is a compiled interface with
// methods, none of them one fmt calls (io.Writer, sort.Interface).
func compiledPlainIface(t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	return ok && it.NumMethods() > 0 && !dynIface(t) && !printsHeld(it) && !isTypeParam(t)
}

// holdsCompiledPlainIface reports whether a value of t, not itself an
// interface, holds a compiledPlainIface where fmt reaches it.
func holdsCompiledPlainIface(t types.Type) bool {
	found := false
	walkTypeParts(t, map[types.Type]bool{}, func(u types.Type) bool {
		if u != t && compiledPlainIface(u) {
			found = true
		}
		return !found && !types.IsInterface(u)
	})
	return found
}

// userish reports whether t mentions a type the program declared: a named
// type of package main, or a struct type written in the program (the
// interpreter builds both without their names, methods, unexported field
// names).
func userish(t types.Type) bool {
	found := false
	walkWritten(t, func(t types.Type) bool {
		switch t := types.Unalias(t).(type) {
		case *types.Named:
			if p := t.Obj().Pkg(); p != nil && p.Path() == "main" {
				found = true
			}
		case *types.Struct:
			found = found || t.NumFields() > 0
			return false
		case *types.Interface:
			return false
		}
		return !found
	})
	return found
}

// hasTypeParam reports whether t mentions a type parameter.
func hasTypeParam(t types.Type) bool {
	found := false
	walkType(t, func(t types.Type) bool {
		if _, ok := t.(*types.TypeParam); ok {
			found = true
		}
		return !found
	})
	return found
}

// fmtMethods are the methods of a type that fmt calls.
type fmtMethods struct{ format, goStr, err, str bool }

func fmtMethodsOf(t types.Type) fmtMethods {
	var m fmtMethods
	if types.IsInterface(t) {
		return m
	}
	ms := types.NewMethodSet(t)
	stringFunc := func(name string) bool {
		sel := ms.Lookup(nil, name)
		if sel == nil {
			return false
		}
		sig := sel.Type().(*types.Signature)
		return sig.Params().Len() == 0 && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Typ[types.String])
	}
	m.goStr, m.err, m.str = stringFunc("GoString"), stringFunc("Error"), stringFunc("String")
	if sel := ms.Lookup(nil, "Format"); sel != nil {
		m.format = implements(t, "fmt", "Formatter")
	}
	return m
}

// fmtConv writes the interpreted closures that turn values into fmtNodes.
type fmtConv struct {
	w       *rewriter
	pos     token.Pos
	fmtName string // the name the code has for package fmt, once a Format method needs it
	funcs   map[string]string
	decls   strings.Builder
	bodies  strings.Builder
	call    string // the call, as fmt.Println
	failed  string // why the conversion cannot be written
	way     string // and what to do instead
	// Values held in interfaces (lower_fmtheld.go): converted when dyn,
	// by the closures declared (fds), for the verb.
	dyn  bool
	verb fmtVerb
	fds  map[string]bool
	// fdIn names the closures of values held in interfaces with
	// methods, by the interface and top (dynFuncIn).
	fdIn map[string]string
	// registered says the conversion is one an input registers for later
	// inputs (lower_fmtlater.go), at no position of a call.
	registered bool
	// shown says the conversion is for the session's display of a result
	// or a variable, not for fmt.
	shown bool
	// only, if set, says which of the types held in interfaces the values
	// converted may be (lower_fmtheld.go's lowerFmtTuple: the results'
	// types).
	only func(types.Type) bool
	// ownValue says the value converted is proven the program's own, not
	// one compiled code handed back (compiledflow.go): it needs no
	// HeldNameLost check.
	ownValue bool
}

// fail records why the conversion cannot be written, and the way around.
func (g *fmtConv) fail(why, way string) string {
	if g.failed == "" {
		g.failed, g.way = why, way
	}
	return ""
}

// conv returns the name of the closure that converts a value of type t
// ("" when the value stays as it is), declaring it if need be. hidden is
// true below an unexported field; top for the argument itself.
func (g *fmtConv) conv(t types.Type, hidden, top bool) string {
	return g.convField(t, hidden, top, nil)
}

// convField is conv for the value of field, an unexported field of an
// interface type, whose struct values lostChecks narrows to those the
// program writes there (nil: any value of t).
func (g *fmtConv) convField(t types.Type, hidden, top bool, field *types.Var) string {
	hiddenIface := hidden && types.IsInterface(t) && fmtIface(t, g.verb, true) // fmt calls none of its methods there
	if !userish(t) && !(g.dyn && (holdsFmtIface(t, g.verb) || hiddenIface)) && !holdsCompiledPlainIface(t) && !(compiledPlainIface(t) && !top) || g.failed != "" {
		return ""
	}
	key := fmt.Sprintf("%s/%v/%v", types.TypeString(t, nil), hidden, top)
	if !hiddenIface {
		field = nil // (it narrows only such a value)
	}
	if field != nil {
		key += fmt.Sprintf("/%p", field.Origin()) // its own struct values (lostChecks)
	}
	if name, ok := g.funcs[key]; ok {
		return name
	}
	src, ok := g.w.typeSource(t, g.pos)
	if hasTypeParam(t) {
		return g.fail("a type parameter", "print a value of a concrete type")
	}
	if !ok {
		return g.fail("type "+reflectString(t)+", not in scope here", "declare the type at package level")
	}
	name := fmt.Sprintf("__f%d", len(g.funcs))
	g.funcs[key] = name
	fmt.Fprintf(&g.decls, "var %s func(%s) any; ", name, src)
	typ := strconv.Quote(reflectString(t))
	var body string
	switch u := t.Underlying().(type) {
	case *types.Basic:
		if u.Kind() == types.UnsafePointer {
			body = fmt.Sprintf("__n := %s.FmtPtr(%s, v == nil, v, nil)", HelperPkg, typ)
		} else {
			body = fmt.Sprintf("__n := %s.FmtBasic(%s, %s(v))", HelperPkg, typ, types.Typ[u.Kind()].Name())
		}
	case *types.Struct:
		var names, hid, fields []string
		for i := range u.NumFields() {
			f := u.Field(i)
			if f.Name() == "_" {
				return g.fail("a blank (_) field", "name the field")
			}
			names = append(names, strconv.Quote(f.Name()))
			h := hidden || !f.Exported()
			hid = append(hid, strconv.FormatBool(!f.Exported()))
			if !f.Exported() && f.Pkg() != nil && f.Pkg().Path() != "main" {
				// A compiled struct's unexported field (list.Element's
				// next), through which Go's fmt calls no method: as it is,
				// read by the host runtime (the interpreter cannot hand
				// on a value it read through an unexported field: a
				// conversion's call of it panicked).
				fields = append(fields, fmt.Sprintf("%s.FmtField(v, %d)", HelperPkg, i))
				continue
			}
			fields = append(fields, g.apply(g.convField(f.Type(), h, false, f), "v."+g.w.fieldSel(f)))
		}
		body = fmt.Sprintf("__n := %s.FmtStruct(%s, []string{%s}, []bool{%s}%s)", HelperPkg, typ, strings.Join(names, ", "), strings.Join(hid, ", "), prefixEach(", ", fields))
	case *types.Slice, *types.Array:
		var elem types.Type
		isNil := "false"
		if s, ok := u.(*types.Slice); ok {
			elem, isNil = s.Elem(), "v == nil"
		} else {
			elem = u.(*types.Array).Elem()
		}
		if b, ok := elem.Underlying().(*types.Basic); ok && b.Kind() == types.Uint8 && !(g.verb.elems && !types.Identical(elem, types.Typ[types.Byte])) {
			// Bytes print as a string with %s, %x, %q: the value goes as
			// []byte, named as its type. (With %v and %d, fmt prints
			// them one by one, with their methods: a list, below.)
			conv := "[]byte(v)"
			if a, isArray := u.(*types.Array); isArray {
				conv = fmt.Sprintf("[%d]byte(v)", a.Len())
			}
			if !types.Identical(elem, types.Typ[types.Byte]) {
				if g.verb.unknown {
					// A format known only when it runs: %v would call
					// the elements' methods, a bad verb name their type.
					return g.fail("a slice or array of the program's byte type, with a format not known before it runs", "print its elements one by one, or declare it of byte")
				}
				// Of the program's byte type (type myByte byte), which Go
				// converts to no []byte: copied byte by byte.
				conv = "func() []byte { __b := make([]byte, len(v)); for __i, __c := range v { __b[__i] = byte(__c) }; return __b }()"
				if a, isArray := u.(*types.Array); isArray {
					conv = fmt.Sprintf("func() (__b [%d]byte) { for __i, __c := range v { __b[__i] = byte(__c) }; return }()", a.Len())
				}
			}
			body = fmt.Sprintf("__n := %s.FmtBasic(%s, %s)", HelperPkg, typ, conv)
			break
		}
		e := g.apply(g.conv(elem, hidden, false), "v[__i]")
		src := "nil" // an array holds no cycle of its own
		if isNil != "false" {
			src = "v"
		}
		body = fmt.Sprintf("__e := make([]any, len(v)); for __i := range v { __e[__i] = %s }; __n := %s.FmtList(%s, %s, __e, %s)", e, HelperPkg, typ, isNil, src)
	case *types.Map:
		k := g.apply(g.conv(u.Key(), hidden, false), "__k")
		x := g.apply(g.conv(u.Elem(), hidden, false), "__x")
		body = fmt.Sprintf("var __ks, __xs []any; for __k, __x := range v { __ks = append(__ks, %s); __xs = append(__xs, %s) }; __n := %s.FmtMap(%s, v == nil, __ks, __xs, v)", k, x, HelperPkg, typ)
	case *types.Pointer:
		elem := "nil"
		switch u.Elem().Underlying().(type) {
		case *types.Struct, *types.Array, *types.Slice, *types.Map:
			if top {
				elem = "__p"
				body = fmt.Sprintf("var __p any; if v != nil { __p = %s }; ", g.apply(g.conv(u.Elem(), hidden, false), "*v"))
			}
		}
		body += fmt.Sprintf("__n := %s.FmtPtr(%s, v == nil, v, %s)", HelperPkg, typ, elem)
	case *types.Signature, *types.Chan:
		body = fmt.Sprintf("__n := %s.FmtPtr(%s, v == nil, v, nil)", HelperPkg, typ)
	case *types.Interface:
		if g.dyn && dynIface(t) {
			// Converted to any here: an interface of the program's
			// reaches compiled code as the bare value it holds. A value
			// put in a compiled interface first (an io.Writer handed on
			// as an any) is the interpreter's wrapper of it, without the
			// methods fmt calls: told as strictFunc tells it, where no
			// struct value of the program's may be in such a wrapper
			// (which holds its last field in its place).
			if g.w.wrappedFmtMethods() {
				body = fmt.Sprintf("var __a any = v; __n := %s.FmtDynWrapped(%s, __a, %s, %s, %v)", HelperPkg, typ, g.dynFuncIn(t, top), g.strictFunc(top, true), top)
				break
			}
			body = fmt.Sprintf("var __a any = v; __n := %s.FmtDyn(%s, __a, %s, %v)", HelperPkg, typ, g.dynFuncIn(t, top), top)
			break
		}
		if g.dyn && (fmtIface(t, g.verb, hidden) || !hidden && g.verb.strs && !g.verb.names && g.w.fmtImplementerHeld(t)) {
			// A compiled one reaches it as the interpreter's wrapper or
			// the session's box (see fmtIface): the value the wrapper
			// holds is told by its representation only where no other
			// type of the program's has it (strict), and not at all
			// where a struct of the program's may be held, as its last
			// field.
			strict, lost := "nil", ""
			if s := g.w.structHeld(t); s != "" {
				if hidden {
					// In an unexported field, where fmt calls no method
					// and prints the value itself, which the wrapper of
					// a struct value lost: each struct type it may hold
					// is asked for when it runs (LostInWrapper panics,
					// saying so), and a value of any other type told by
					// its representation.
					lost = g.lostChecks(t, field)
					strict = g.strictFunc(top, false)
				}
				if lost == "" && !g.verb.unknown {
					return g.fail(s+" as the interpreter's wrapper holds it (its last field only)", "print the value before it is converted to "+reflectString(t))
				}
			} else {
				// (No struct of the program's in it: a value of a type
				// with methods, where t has some.)
				strict = g.strictFunc(top, types.NewMethodSet(t).Len() > 0)
			}
			body = fmt.Sprintf("var __a any = v; %s__n := %s.FmtDynWrapped(%s, __a, %s, %s, %v)", lost, HelperPkg, typ, g.dynFuncIn(t, top), strict, top)
			break
		}
		body = fmt.Sprintf("__n := %s.FmtIface(%s, v)", HelperPkg, typ)
	default:
		return g.fail("type "+reflectString(t), "print its parts")
	}
	ret := "__n"
	if m := fmtMethodsOf(t); !hidden && m != (fmtMethods{}) {
		nilPtr := "false"
		if _, ok := u(t).(*types.Pointer); ok {
			nilPtr = "v == nil"
		}
		str := func(has bool, name string) string {
			if !has {
				return "nil"
			}
			return "func() string { return v." + name + "() }"
		}
		format := "nil"
		if m.format {
			if g.fmtName == "" {
				g.fmtName = g.w.pkgNames()["fmt"] // (found once, where a Format method needs it)
			}
			if g.fmtName == "" {
				return g.fail("a Format method, and the file does not import fmt", `import "fmt"`)
			}
			format = fmt.Sprintf("func(__s %s.State, __c rune) { v.Format(__s, __c) }", g.fmtName)
		}
		ret = fmt.Sprintf("%s.FmtMethods(__n, %s, %s, %s, %s, %s)", HelperPkg, nilPtr, str(m.str, "String"), str(m.err, "Error"), str(m.goStr, "GoString"), format)
		if m.err {
			// For %w: the value as an error, boxed as a conversion to
			// error boxes it (lower_errbox.go).
			asErr := "v"
			if boxedErrorType(t) {
				pre, suf := g.w.boxError(t)
				asErr = pre + "v" + suf
			}
			ret = fmt.Sprintf("%s.FmtKeepErr(%s, %s)", HelperPkg, ret, asErr)
		}
		// The parts are converted only if fmt prints them: a value
		// printed by its method may hold itself (a Stringer holding a
		// slice of its own type), which fmt never walks into.
		body = fmt.Sprintf("__n := %s.FmtLazy(%s, func() any { %s; return __n })", HelperPkg, typ, body)
	}
	fmt.Fprintf(&g.bodies, "%s = func(v %s) any { %s; return %s }; ", name, src, body, ret)
	return name
}

func u(t types.Type) types.Type { return t.Underlying() }

// apply writes the call of the closure f on x, or x when f is "".
func (g *fmtConv) apply(f, x string) string {
	if f == "" {
		return x
	}
	return f + "(" + x + ")"
}

func prefixEach(sep string, xs []string) string {
	var b strings.Builder
	for _, x := range xs {
		b.WriteString(sep + x)
	}
	return b.String()
}

// reflectString writes t as reflect's Type.String does (as fmt's %T and
// %#v name it).
func reflectString(t types.Type) string {
	var b strings.Builder
	writeReflectType(&b, t)
	return b.String()
}

// writeReflectTypeArg writes the type argument t of an instance as the
// runtime names it: its packages by their paths, and the type arguments
// of an instance among them without spaces (main.Pair[main.Pair[string,int],[]int]).
func writeReflectTypeArg(b *strings.Builder, t types.Type) { writeReflectTypeIn(b, t, true) }

func writeReflectType(b *strings.Builder, t types.Type) { writeReflectTypeIn(b, t, false) }

// writeReflectTypeIn is writeReflectType, naming packages by their paths
// where paths says so (writeReflectTypeArg).
func writeReflectTypeIn(b *strings.Builder, t types.Type, paths bool) {
	pkgName := func(p *types.Package) string {
		if paths {
			return p.Path()
		}
		return p.Name()
	}
	switch t := types.Unalias(t).(type) {
	case *types.Basic:
		if t.Kind() == types.UnsafePointer {
			b.WriteString("unsafe.Pointer")
			return
		}
		b.WriteString(types.Typ[t.Kind()].Name())
	case *types.Named:
		if name, ok := hostrt.CopiedName(t.Obj().Name()); ok {
			b.WriteString(name) // an instance written out (lower_typecopy.go)
			return
		}
		if p := t.Obj().Pkg(); p != nil {
			b.WriteString(pkgName(p) + ".")
		}
		b.WriteString(t.Obj().Name())
		if t.TypeArgs().Len() > 0 {
			b.WriteString("[")
			for i := range t.TypeArgs().Len() {
				a := t.TypeArgs().At(i)
				if i > 0 {
					b.WriteString(",")
				}
				writeReflectTypeArg(b, a)
			}
			b.WriteString("]")
		}
	case *types.Pointer:
		b.WriteString("*")
		writeReflectTypeIn(b, t.Elem(), paths)
	case *types.Slice:
		b.WriteString("[]")
		writeReflectTypeIn(b, t.Elem(), paths)
	case *types.Array:
		fmt.Fprintf(b, "[%d]", t.Len())
		writeReflectTypeIn(b, t.Elem(), paths)
	case *types.Map:
		b.WriteString("map[")
		writeReflectTypeIn(b, t.Key(), paths)
		b.WriteString("]")
		writeReflectTypeIn(b, t.Elem(), paths)
	case *types.Chan:
		switch t.Dir() {
		case types.SendRecv:
			b.WriteString("chan ")
			if c, ok := t.Elem().(*types.Chan); ok && c.Dir() == types.RecvOnly {
				b.WriteString("(")
				writeReflectTypeIn(b, t.Elem(), paths)
				b.WriteString(")")
				return
			}
		case types.SendOnly:
			b.WriteString("chan<- ")
		case types.RecvOnly:
			b.WriteString("<-chan ")
		}
		writeReflectTypeIn(b, t.Elem(), paths)
	case *types.Signature:
		b.WriteString("func")
		writeReflectSig(b, t)
	case *types.Interface:
		if t.NumMethods() == 0 {
			b.WriteString("interface {}")
			return
		}
		b.WriteString("interface { ")
		for i := range t.NumMethods() {
			if i > 0 {
				b.WriteString("; ")
			}
			m := t.Method(i)
			if !m.Exported() && m.Pkg() != nil {
				b.WriteString(m.Pkg().Name() + ".")
			}
			b.WriteString(m.Name())
			writeReflectSig(b, m.Signature())
		}
		b.WriteString(" }")
	case *types.Struct:
		if t.NumFields() == 0 {
			b.WriteString("struct {}")
			return
		}
		b.WriteString("struct { ")
		for i := range t.NumFields() {
			if i > 0 {
				b.WriteString("; ")
			}
			f := t.Field(i)
			if !f.Embedded() {
				b.WriteString(f.Name() + " ")
			}
			writeReflectType(b, f.Type())
			if tag := t.Tag(i); tag != "" {
				b.WriteString(" " + strconv.Quote(tag))
			}
		}
		b.WriteString(" }")
	default:
		b.WriteString(types.TypeString(t, pkgName))
	}
}

func writeReflectSig(b *strings.Builder, sig *types.Signature) {
	b.WriteString("(")
	for i := range sig.Params().Len() {
		if i > 0 {
			b.WriteString(", ")
		}
		pt := sig.Params().At(i).Type()
		if sig.Variadic() && i == sig.Params().Len()-1 {
			b.WriteString("...")
			pt = pt.(*types.Slice).Elem()
		}
		writeReflectType(b, pt)
	}
	b.WriteString(")")
	switch r := sig.Results(); r.Len() {
	case 0:
	case 1:
		b.WriteString(" ")
		writeReflectType(b, r.At(0).Type())
	default:
		b.WriteString(" (")
		for i := range r.Len() {
			if i > 0 {
				b.WriteString(", ")
			}
			writeReflectType(b, r.At(i).Type())
		}
		b.WriteString(")")
	}
}

// fmtArgVerbs returns the verb, after its flags, that each argument of
// format gets, by index, as fmt assigns them; nil when it does not follow
// the format (see formatVerbs).
func fmtArgVerbs(format string) map[int]string {
	verbs := map[int]string{}
	if !hostrt.ScanVerbs(format, func(arg int, flags string, verb rune) { verbs[arg] = flags + string(verb) }) {
		return nil
	}
	return verbs
}

// runtimeVerb is fmtArgVerb's verb of an argument of a call whose format
// is not a constant: a verb the call finds when it runs, any verb.
const runtimeVerb = "?"

// fmtArgVerb returns the verb, with its flags, that the argument at index
// i after the format gets: v for the functions without a format (fmtAt
// < 0), runtimeVerb when the format is not a constant, "" when it is not
// known otherwise.
func fmtArgVerb(info *types.Info, args []ast.Expr, fmtAt, i int) string {
	if fmtAt < 0 {
		return "v"
	}
	if fmtAt >= len(args) {
		return ""
	}
	tv := info.Types[args[fmtAt]]
	if tv.Value == nil {
		return runtimeVerb
	}
	if tv.Value.Kind() != constant.String {
		return ""
	}
	verbs := fmtArgVerbs(constant.StringVal(tv.Value))
	if verbs == nil {
		return ""
	}
	v, ok := verbs[i]
	if !ok {
		return "v" // an extra argument: %!(EXTRA type=value)
	}
	return v
}

// isStringKind reports whether t's underlying type is a string type.
func isStringKind(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// fmtIface reports whether fmt, printing a value of the interface type t
// for verb v (hidden: in an unexported field, where fmt calls no method),
// may see a value of the program's types wrongly: t is an interface
// dynIface accepts, or a compiled interface with methods (error,
// fmt.Stringer) and fmt calls none of them: the interpreter's wrapper
// (std._fmt_Stringer{IValue:0, WString:...}) or the session's box of an
// error (lower_errbox.go) would be printed, where Go prints the value it
// holds (%d of a fmt.Stringer holding Suit(0) printed {0 5389696}, %#v
// the wrapper). Such a value goes, as a value held in an any does,
// through __fd; the box is opened, and a wrapper's value is printed as
// the value it holds where __fd does not know it (and so does one of an
// interface fmtImplementerHeld accepts).
func fmtIface(t types.Type, v fmtVerb, hidden bool) bool {
	if dynIface(t) {
		return true
	}
	if _, ok := t.(*types.TypeParam); ok {
		return false
	}
	iface, ok := t.Underlying().(*types.Interface)
	return ok && iface.NumMethods() > 0 && (hidden || !v.strs || v.names)
}

// fmtImplementerHeld reports whether t is a compiled interface without
// the methods fmt calls (io.Writer, sort.Interface) that a type of the
// program's with String, Error, Format or GoString implements, where the
// program puts such values in interfaces: below the top, fmt would find
// none of them on the interpreter's wrapper ([]io.Writer{&Sink{}} printed
// the pointers where Go calls Sink's String), so the value goes as one
// held in an any does.
func (w *rewriter) fmtImplementerHeld(t types.Type) bool {
	if !compiledPlainIface(t) {
		return false
	}
	iface := t.Underlying().(*types.Interface)
	for _, tn := range w.heldTypes() {
		for _, h := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if types.Implements(h, iface) && fmtMethodsOf(h) != (fmtMethods{}) {
				return true
			}
		}
	}
	return false
}

// holdsFmtImplementer reports whether a value of t holds, below the top,
// an interface fmtImplementerHeld accepts, for a verb that calls String
// or Error.
func (w *rewriter) holdsFmtImplementer(t types.Type, v fmtVerb) bool {
	return v.strs && !v.names && holdsIfaceWhere(t, func(u types.Type, _ bool) bool { return u != t && w.fmtImplementerHeld(u) }, func(f *types.Var) bool { return f.Exported() && !compiledField(f) })
}

// holdsFmtIface reports whether a value of type t holds, where fmt
// reaches it, an interface fmtIface accepts for verb v (in an unexported
// field, any with methods: fmt calls none of them there).
func holdsFmtIface(t types.Type, v fmtVerb) bool {
	return holdsIfaceWhere(t, func(t types.Type, hidden bool) bool { return fmtIface(t, v, hidden) }, func(f *types.Var) bool { return !compiledField(f) })
}

// holdsIfaceWhere reports whether t is, or is made of (but through a
// function, or an interface's methods), an interface that iface accepts,
// told whether it is below an unexported field (hidden); the fields field
// rules out are left out (nil: none).
func holdsIfaceWhere(t types.Type, iface func(t types.Type, hidden bool) bool, field func(*types.Var) bool) bool {
	// Not walkType, which ends at the first part refused: an error field
	// before an any one (struct{ E error; A any }) hid the any.
	type part struct {
		t      types.Type
		hidden bool
	}
	seen := map[part]bool{}
	var holds func(t types.Type, hidden bool) bool
	holds = func(t types.Type, hidden bool) bool {
		if t == nil || seen[part{t, hidden}] {
			return false
		}
		seen[part{t, hidden}] = true
		if types.IsInterface(t) {
			return iface(t, hidden)
		}
		switch u := types.Unalias(t).(type) {
		case *types.Named:
			return holds(u.Underlying(), hidden)
		case *types.Pointer:
			return holds(u.Elem(), hidden)
		case *types.Slice:
			return holds(u.Elem(), hidden)
		case *types.Array:
			return holds(u.Elem(), hidden)
		case *types.Map:
			return holds(u.Key(), hidden) || holds(u.Elem(), hidden)
		case *types.Chan:
			return holds(u.Elem(), hidden)
		case *types.Struct:
			for f := range u.Fields() {
				if (field == nil || field(f)) && holds(f.Type(), hidden || !f.Exported()) {
					return true
				}
			}
		}
		return false // a basic type, a function
	}
	return holds(t, false)
}

// genericStructs returns the program's generic struct types with fields
// (declared at the package level, as Go's generic types all are).
func (w *rewriter) genericStructs() []*types.Named {
	return w.genericTypes(func(n *types.Named) bool {
		st, ok := n.Underlying().(*types.Struct)
		return ok && st.NumFields() > 0
	})
}

// genericTypes returns the program's generic types that keep keeps.
func (w *rewriter) genericTypes(keep func(*types.Named) bool) []*types.Named {
	var out []*types.Named
	seen := map[string]bool{}
	add := func(o types.Object) {
		tn, ok := o.(*types.TypeName)
		if !ok || seen[tn.Name()] || tn.IsAlias() || tn.Pkg() == nil || tn.Pkg().Path() != "main" {
			return
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() == 0 {
			return
		}
		if keep(n) {
			seen[tn.Name()] = true
			out = append(out, n)
		}
	}
	if c := w.plan.Checked; c != nil && c.pkg != nil {
		for _, name := range c.pkg.Scope().Names() {
			add(c.pkg.Scope().Lookup(name))
		}
	}
	for _, key := range slices.Sorted(maps.Keys(w.fe.Types.Objs)) {
		add(w.fe.Types.Objs[key])
	}
	return out
}

// valueMethodsByName reports whether the generic type n declares, with a
// value receiver, a method of each name of iface's.
func valueMethodsByName(n *types.Named, iface *types.Interface) bool {
	have := map[string]bool{}
	for m := range n.Methods() {
		if _, ptr := m.Signature().Recv().Type().(*types.Pointer); !ptr {
			have[m.Name()] = true
		}
	}
	for m := range iface.Methods() {
		if !have[m.Name()] {
			return false
		}
	}
	return iface.NumMethods() > 0
}

// compiledField reports whether f is an unexported field of a compiled
// package's struct type (atomic.Value's v), which interpreted code cannot
// read: fmt prints it as it is.
func compiledField(f *types.Var) bool {
	return !f.Exported() && f.Pkg() != nil && f.Pkg().Path() != "main"
}

// structHeld names a struct type of the program's (or "") whose values
// the compiled interface t, not error, may hold: the interpreter's
// wrapper of such a value holds its last field in place of the value
// (the errors are boxed instead, see lower_errbox.go).
func (w *rewriter) structHeld(t types.Type) string {
	structs, generic := w.structsHeld(t)
	switch {
	case len(structs) > 0:
		return reflectString(structs[0])
	case generic != nil:
		return "an instance of main." + generic.Obj().Name()
	}
	return ""
}

// structsHeld returns the struct types of the program's whose values the
// compiled interface t, not error, may hold (see structHeld), and a
// generic struct type whose instances it may hold (nil: none).
func (w *rewriter) structsHeld(t types.Type) (structs []types.Type, generic *types.Named) {
	if isErrorType(t) {
		return nil, nil
	}
	iface, ok := t.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 || dynIface(t) {
		return nil, nil
	}
	// In a script, only the types the program puts in interfaces count
	// (a value-receiver Format of a type never converted refused %d of
	// any fmt.Formatter).
	j := w.twinJudge()
	for _, tn := range w.heldTypes() {
		if _, isStruct := tn.Type().Underlying().(*types.Struct); isStruct && types.Implements(tn.Type(), iface) {
			if w.mode == ModeScript && j != nil && !j.holds(tn.Type()) {
				continue
			}
			structs = append(structs, tn.Type())
		}
	}
	// An instance of a generic struct type (Box[P] as a fmt.Stringer),
	// which the wrapper holds as alike: its last field, a P.
	for _, n := range w.genericStructs() {
		// In a script, or in statements that run now at the prompt, only
		// where the program or the session put instances in interfaces.
		if (w.mode == ModeScript || w.plan.Seg.Kind == gosrc.SegStmt) && j != nil && !j.holdsInstanceOf(n) {
			continue
		}
		if valueMethodsByName(n, iface) {
			return structs, n
		}
	}
	return structs, nil
}

// lostChecks returns the statements asking, of the value __a of the
// compiled interface t, whether its wrapper holds what it keeps of a
// value of each struct type of the program's t may hold (LostInWrapper
// panics then, saying so); "" where they cannot be written (an instance
// of a generic type, a type out of scope), and a call of nothing where
// no struct value may be held. In a script, the value of the unexported
// field field (nil: any value of t) may be only of the types the program
// writes to the field, where those are not interfaces: a struct value
// of the program's converted to t elsewhere is no value of it (an entry's
// lvl, only ever given a Level, panicked beside a Point converted to
// fmt.Stringer, whose last field is an int, as a Level is held).
func (g *fmtConv) lostChecks(t types.Type, field *types.Var) string {
	structs, generic := g.w.structsHeld(t)
	if generic != nil {
		return ""
	}
	if field != nil && g.w.mode == ModeScript {
		if written, ok := g.w.fieldValueTypes(field); ok {
			structs = slices.DeleteFunc(structs, func(s types.Type) bool {
				return !slices.ContainsFunc(written, func(w types.Type) bool { return types.Identical(w, s) })
			})
			if len(structs) == 0 {
				return "_ = __a; " // (no struct value there)
			}
		}
	}
	var b strings.Builder
	for _, s := range structs {
		src, ok := g.w.typeSource(s, g.pos)
		if !ok {
			return ""
		}
		fmt.Fprintf(&b, "%s.LostInWrapper(__a, %s{}, %q); ", HelperPkg, src, reflectString(s))
	}
	return b.String()
}

// fieldValueTypes returns the static types of the values the file writes
// to the struct field f (in composite literals and assignments); ok is
// false where they cannot all be told: one of an interface type (which
// may hold anything), an assignment of a call's results, the field's
// address taken, a range assigning to it.
func (w *rewriter) fieldValueTypes(f *types.Var) (written []types.Type, ok bool) {
	info := w.info()
	if info == nil {
		return nil, false
	}
	is := func(v types.Object) bool {
		fv, isVar := v.(*types.Var)
		return isVar && fv.Origin() == f.Origin()
	}
	ok = true
	note := func(e ast.Expr) {
		t := info.TypeOf(e)
		switch {
		case t == nil || types.IsInterface(t):
			ok = false
		case untypedNil(t):
		default:
			written = append(written, t)
		}
	}
	selects := func(e ast.Expr) bool {
		sel, isSel := ast.Unparen(e).(*ast.SelectorExpr)
		if !isSel {
			return false
		}
		s := info.Selections[sel]
		return s != nil && s.Kind() == types.FieldVal && is(s.Obj())
	}
	ast.Inspect(w.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CompositeLit:
			st, isStruct := underlying(info.TypeOf(n)).(*types.Struct)
			if !isStruct {
				return true
			}
			for i, el := range n.Elts {
				if kv, isKV := el.(*ast.KeyValueExpr); isKV {
					if id, isID := kv.Key.(*ast.Ident); isID && is(info.Uses[id]) {
						note(kv.Value)
					}
					continue
				}
				if i < st.NumFields() && is(st.Field(i)) {
					note(el)
				}
			}
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if !selects(l) {
					continue
				}
				if len(n.Rhs) != len(n.Lhs) {
					ok = false
					continue
				}
				note(n.Rhs[i])
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && selects(n.X) {
				ok = false
			}
		case *ast.RangeStmt:
			if n.Key != nil && selects(n.Key) || n.Value != nil && selects(n.Value) {
				ok = false
			}
		}
		return ok
	})
	return written, ok
}

// wrappedFmtMethods reports whether a value of the program's whose methods
// fmt calls may be held in the interpreter's wrapper of a compiled
// interface without them (a *Buf with Write and String in an io.Writer),
// and no struct value of the program's may be (a struct with methods, or
// an instance of a generic one): such a wrapper holds the struct's last
// field, which would be taken for the struct.
func (w *rewriter) wrappedFmtMethods() bool {
	if w.wrappedFmt == nil {
		b := w.findWrappedFmtMethods()
		w.wrappedFmt = &b
	}
	return *w.wrappedFmt
}

// findWrappedFmtMethods is wrappedFmtMethods, found.
func (w *rewriter) findWrappedFmtMethods() bool {
	others := false
	for _, tn := range w.heldTypes() {
		for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			ms := types.NewMethodSet(t)
			if _, isStruct := t.Underlying().(*types.Struct); isStruct && ms.Len() > 0 {
				return false
			}
			if fmtMethodsOf(t) == (fmtMethods{}) {
				continue
			}
			for m := range ms.Methods() {
				switch m.Obj().Name() {
				case "String", "Error", "Format", "GoString":
				default:
					others = true
				}
			}
		}
	}
	for _, n := range w.genericStructs() {
		for m := range n.Methods() {
			if _, ptr := m.Signature().Recv().Type().(*types.Pointer); !ptr {
				return false
			}
		}
	}
	// Nor an instance of a generic type of another kind with methods,
	// whose representation strictFunc does not know (a *Buf[int], with
	// Buf[T] []T, taken for a *Desc).
	if len(w.genericTypes(func(n *types.Named) bool { _, st := n.Underlying().(*types.Struct); return !st && n.NumMethods() > 0 })) > 0 {
		return false
	}
	return others
}

// reprCounts counts the program's types (and pointers to them) by their
// representation, as the interpreter's wrapper of a compiled interface may
// hold them: a value of a type not a struct as its underlying type's
// value too; only the types with methods where methodsOnly (see
// strictFunc).
func (w *rewriter) reprCounts(methodsOnly bool) map[string]int {
	keys := map[string]int{}
	for _, tn := range w.heldTypes() {
		if methodsOnly {
			for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
				if types.NewMethodSet(t).Len() > 0 {
					keys[ReprKey(t)]++
				}
			}
			continue
		}
		keys[ReprKey(tn.Type())]++
		keys[ReprKey(types.NewPointer(tn.Type()))]++
		if _, isStruct := tn.Type().Underlying().(*types.Struct); !isStruct {
			keys[ReprKey(tn.Type().Underlying())]++
		}
	}
	return keys
}

// strictFunc returns the name of the closure that tells the value a
// compiled interface's wrapper holds by its representation, where no
// other type of the program's (with methods or not) has it, declaring it
// if need be. Where no struct value of the program's may be in a wrapper
// (methodsOnly, see wrappedFmtMethods), the wrapper holds a value of a
// type with methods: only the types with methods count, and a slice's.
func (g *fmtConv) strictFunc(top, methodsOnly bool) string {
	name := "__fw"
	if methodsOnly {
		name = "__fwm"
	}
	if top {
		name += "t"
	}
	if g.fds[name] {
		return name
	}
	if g.fds == nil {
		g.fds = map[string]bool{}
	}
	g.fds[name] = true
	fmt.Fprintf(&g.decls, "var %s func(any) any; ", name)
	held, _ := g.w.fmtHeld(g.verb, top)
	keys := g.w.reprCounts(methodsOnly)
	var bare strings.Builder
	for _, t := range held {
		if _, isSlice := t.Underlying().(*types.Slice); isSlice && !methodsOnly || keys[ReprKey(t)] > 1 {
			continue
		}
		if g.registered && madeOfLocal(t) {
			// A type declared in a function is not in scope where the
			// registrations are (at the package level, or a :load'ed
			// file's end, inside its last function: undefined: __f16).
			continue
		}
		src, ok := g.w.typeSource(t, g.pos)
		if !ok {
			continue
		}
		f := g.conv(t, false, top)
		if f == "" {
			continue
		}
		fmt.Fprintf(&bare, " if __v, __ok := __x.(%s); __ok { return %s(__v) };", src, f)
	}
	fmt.Fprintf(&g.bodies, "%s = func(__x any) any {%s return nil }; ", name, bare.String())
	return name
}

// basicTypeArgs reports whether, in a script, every instance of the
// generic function or type whose declaration at holds its type parameter
// tp (a method's receiver's) gives tp a predeclared basic type (int,
// string, ...). In a session, later inputs may make others.
func (w *rewriter) basicTypeArgs(at ast.Node, tp *types.TypeParam) bool {
	info := w.info()
	if info == nil || w.mode != ModeScript {
		return false
	}
	// ownerOf returns the generic function or type whose declaration
	// (a function, or a method of the type) holds n.
	ownerOf := func(n ast.Node) types.Object {
		for _, d := range w.file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || n.Pos() < fd.Pos() || n.End() > fd.End() {
				continue
			}
			if fd.Recv != nil && len(fd.Recv.List) == 1 {
				if n, ok := types.Unalias(derefType(info.TypeOf(fd.Recv.List[0].Type))).(*types.Named); ok && n.TypeParams().Len() > 0 {
					return n.Origin().Obj()
				}
			} else if fn, ok := info.Defs[fd.Name].(*types.Func); ok && fn.Signature().TypeParams().Len() > 0 {
				return fn
			}
			return nil
		}
		return nil
	}
	type param struct {
		owner types.Object
		index int
	}
	seen := map[param]bool{}
	// basic reports whether every instance of owner that does not pass
	// its own type parameters on gives its indexth a basic type, and
	// whether there is one; a type parameter of other generic code passed
	// on (Of[T] making a Set[T]) is followed to that code's instances.
	var basic func(p param) (all, found bool)
	basic = func(p param) (all, found bool) {
		if seen[p] {
			return true, false
		}
		seen[p] = true
		for id, inst := range info.Instances {
			if info.Uses[id] != p.owner {
				continue
			}
			if inst.TypeArgs.Len() <= p.index {
				return false, false
			}
			arg := types.Unalias(inst.TypeArgs.At(p.index))
			if tp, isParam := arg.(*types.TypeParam); isParam {
				by := ownerOf(id)
				if by == nil {
					return false, false
				}
				if by == p.owner {
					continue // its own type parameter (a method's receiver Set[T])
				}
				all, f := basic(param{by, tp.Index()})
				if !all {
					return false, false
				}
				found = found || f
				continue
			}
			if n, ok := arg.(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() != "main" && !mentionsProgramType(n, map[types.Type]bool{}) {
				// A compiled type (time.Duration): its values keep their
				// type in an interface, and fmt finds its methods.
				found = true
				continue
			}
			if b, ok := arg.(*types.Basic); !ok || b.Kind() == types.UntypedNil {
				return false, false // a named type, a composite
			}
			found = true
		}
		return true, found
	}
	owner := ownerOf(at)
	if owner == nil {
		return false
	}
	all, found := basic(param{owner, tp.Index()})
	return all && found
}
