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

	"github.com/asyncrepl/asyncrepl/internal/hostrt"
	"github.com/asyncrepl/asyncrepl/stdlib_bindings/stdtypes"
)

// Lowering: values of the user's types handed to fmt, log and errors.
//
// yaegi v0.16.1 passes a value of an interpreted type to a compiled
// function's `any` parameter as the bare value, wrapped for fmt.Stringer at
// most, so compiled code sees neither its type's name nor its other methods:
//
//   - an error type's Error method is not called: fmt.Println(&MyErr{})
//     prints &{...};
//   - a Stringer type is a wrapper struct to fmt: %d of `type C int` with a
//     String method prints {3 5347264};
//   - %T names the wrapper or the underlying type (stdlib._fmt_Stringer,
//     int), not main.C;
//   - errors.As with a target of an interpreted type panics ("*target must
//     be interface or implement error").
//
// With the types in hand, the calls are rewritten before yaegi sees them:
//
//   - an operand of Print, Sprint, Fprint (and log's) of the user's string
//     type with an Error or String method goes as that method's text, a
//     string, through __repl.Printed: a wrapper is no string, so Print
//     would put a space where Go puts none;
//   - an argument of fmt's or log's printing functions (%w of Errorf too)
//     whose static type is the user's and implements error goes through
//     __repl.AsError (one that implements fmt.Stringer, __repl.Stringer with
//     its String method),
//     whose
//     parameter of type error makes yaegi wrap it with its Error method;
//   - in a format given as a string literal, an argument of the user's type
//     with a String method printed with a verb other than v, s, q, x and X
//     is converted to its underlying basic type (what fmt prints for it),
//     and %T of a type that mentions the user's becomes %s of its name as Go
//     writes it, and %T of an interface, %s of __repl.TypeName, which names
//     the dynamic type as the session knows it;
//   - with %#v, which calls GoString and never String or Error, a value
//     of the user's basic type with such a method is converted to its
//     basic type (the wrapper of its String method was printed:
//     (hostrt.stringerFunc)(0x...) for %#v of a `type C int`);
//   - an argument printed through explicit argument indexes with verbs
//     fmt treats differently (%d and %[1]v of a Stringer, %v and %#[1]v)
//     and converted above for one of them is refused: one conversion
//     cannot serve both (it printed the value wrongly for the other);
//   - with a constant format, a value of the user's named basic type
//     printed with a bad verb (%d of a Celsius float64) goes as
//     __repl.FmtBasic, whose text names the type (%!d(main.Celsius=3));
//     inside a slice, a map or a struct, lower_fmtvalue.go converts it
//     likewise; one held in an interface (a []any's element), which the
//     interpreter holds as its representation when its type has no
//     methods, is refused where the program puts such a type in an
//     interface (see heldBasicBadVerb), at the prompt also where an
//     earlier input's function prints an interface with such a verb, in
//     the input that first puts the type in an interface (earlierBadVerb);
//   - with a format that is not a constant, a value of the user's named
//     basic type, or of a type with a String or Error method, goes as
//     lower_fmtvalue.go's nodes, which do for each verb what fmt does
//     (%d of a Stringer printed the address of the interpreter's wrapper,
//     5389696; a bad verb named the representation); an interface that may
//     hold a named basic type without methods is refused, as above, for
//     any verb;
//   - a value of the user's type that is a fmt.Formatter goes through
//     __repl.AsFormatter in a format given as a literal (its Format method
//     then formats it);
//   - a value holding the user's types inside other values is converted
//     for fmt (lower_fmtvalue.go), and for encoding/json (lower_json.go,
//     lower_json_decode.go);
//   - errors.Is becomes __repl.ErrorsIs, and == and != between two errors
//     __repl.SameError, which compare the values the interpreter's wrappers
//     hold (== on two wrappers panics: they hold funcs; errors.Is skips
//     them);
//   - errors.As(err, &target) with target of a pointer to the user's type
//     becomes
//     __repl.ErrorsAs(err, func(e any) bool {...}), which walks the chain
//     as errors.As does (Unwrap() error and Unwrap() []error, As methods
//     left aside) and tries the interpreted type assertion on each error.

// fmtPrintFuncs are the functions whose ...any arguments fmt prints, with the
// index of their format argument (-1 when they have none).
var fmtPrintFuncs = map[string]map[string]int{
	"fmt": {
		"Print": -1, "Println": -1, "Sprint": -1, "Sprintln": -1, "Fprint": -1, "Fprintln": -1,
		"Append": -1, "Appendln": -1,
		"Printf": 0, "Sprintf": 0, "Errorf": 0, "Fprintf": 1, "Appendf": 1,
	},
	"log": {
		"Print": -1, "Println": -1, "Fatal": -1, "Fatalln": -1, "Panic": -1, "Panicln": -1,
		"Printf": 0, "Fatalf": 0, "Panicf": 0,
	},
}

var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// userType reports whether t is, or points to, a named type the user
// declared (interpreted), other than an interface.
func userType(t types.Type) (*types.Named, bool) {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main" || types.IsInterface(n) {
		return nil, false
	}
	return n, true
}

// hasMethod reports whether t's method set has a method name.
func hasMethod(t types.Type, name string) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
	_, ok := obj.(*types.Func)
	return ok
}

// lowerPrintArgs rewrites the arguments of a call of fmt's, log's or
// errors' functions, as the doc above says.
func (w *rewriter) lowerPrintArgs(n *ast.CallExpr, fun *ast.SelectorExpr) {
	info := w.plan.Checked.infoOrNil()
	if info == nil {
		return
	}
	fn, ok := info.Uses[fun.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil {
		return
	}
	if fn.Pkg().Path() == "errors" {
		if w.lowerErrorsCall(n, fn, info) {
			return
		}
		switch fn.Name() {
		case "As":
			w.lowerErrorsAs(n, info)
		case "Is":
			w.vacate(n.Fun, HelperPkg+".ErrorsIs")
		}
		return
	}
	if fn.Pkg().Path() == "encoding/json" {
		w.lowerJSONArgs(n, fn, info)
		return
	}
	if fn.Pkg().Path() == "log/slog" {
		w.lowerSlogArgs(n, fn, info)
		return
	}
	fmtAt, ok := fmtPrintFuncs[fn.Pkg().Path()][fn.Name()]
	if !ok {
		return
	}
	var verbs map[int]rune // argument index -> verb
	var lit *ast.BasicLit
	if fmtAt >= 0 && fmtAt < len(n.Args) {
		lit, _ = ast.Unparen(n.Args[fmtAt]).(*ast.BasicLit)
		if tv := info.Types[n.Args[fmtAt]]; tv.Value != nil && tv.Value.Kind() == constant.String {
			verbs = formatVerbs(constant.StringVal(tv.Value))
		}
	}
	wrapped := w.lowerFmtCycle(n, fn, info, fmtAt, verbs, false)
	spaced := fmtAt < 0 && !strings.HasSuffix(fn.Name(), "ln") // Print's spacing
	if w.lowerFmtSpread(n, fn.Pkg().Name()+"."+fn.Name(), spaced) || n.Ellipsis.IsValid() || w.lowerFmtTuple(n, fn.Pkg().Name()+"."+fn.Name(), fmtAt) {
		return
	}
	first := fmtAt + 1
	switch fn.Name() {
	case "Fprint", "Fprintln", "Append", "Appendln":
		first = 1 // the writer or the slice is not printed
	}
	var typeArgs []int // arguments of %T to replace by their type's name
	var badArgs []int  // arguments of a bad %w or %p, printed as fmt prints them (%v of a badVerbArg)
	edits := len(w.edits)
	heldAsError := false // an argument of fmt.Errorf left as the error it is held as
	defer func() {
		converted := false // an argument was converted
		for i := first; i < len(n.Args) && !converted; i++ {
			start, end := w.offset(n.Args[i].Pos()), w.offset(n.Args[i].End())
			for _, e := range w.edits[edits:] {
				converted = converted || e.Off >= start && e.Off <= end
			}
		}
		held := converted // or held in an interface: in the interpreter's wrapper (an error)
		for i := first; i < len(n.Args) && !held; i++ {
			held = types.IsInterface(info.TypeOf(n.Args[i])) && !isTypeParam(info.TypeOf(n.Args[i]))
		}
		if held && !wrapped && fmtAt < 0 && len(n.Args)-first > 1 && !strings.HasSuffix(fn.Name(), "ln") && w.stringKindWithMethods() {
			// fmt.Sprint(1, a, 2) puts no space beside a string, and a
			// value of a string type of the program's converted for fmt
			// is no string to it: the spaces are told when it runs
			// (helpers_fmtcycle.go's printSpaced).
			w.lowerFmtCycle(n, fn, info, fmtAt, verbs, true)
			return
		}
		if verbs != nil || fmtAt < 0 || fmtAt >= len(n.Args) {
			return
		}
		if (converted || heldAsError) && !wrapped {
			// %T of a converted argument would name the shell's type
			// (*hostrt.fmtNode): the format is checked when it runs,
			// which writes the type's name (helpers_fmtcycle.go).
			w.lowerFmtCycle(n, fn, info, fmtAt, verbs, true)
		}
	}()
	for i := first; i < len(n.Args); i++ {
		a := n.Args[i]
		t := info.TypeOf(a)
		if t == nil {
			continue
		}
		verb, known := verbs[i-first]
		if !known && verbs != nil && lit != nil && !strings.Contains(lit.Value, "[") && (types.IsInterface(t) || len(mainNames(t)) > 0) {
			// An argument the format leaves over: fmt prints it as
			// %!(EXTRA type=value), the type by reflection, which names
			// the interpreter's (interp._error, struct { X int }).
			w.refuse(a, fmt.Sprintf("%s.%s's argument of type %s, which its format has no verb for: Go prints it as %%!(EXTRA type=value), and the interpreter would name the type wrongly (give it a verb, or drop the argument; go vet reports the call too)", fn.Pkg().Name(), fn.Name(), reflectString(t)))
			continue
		}
		if known && verb == 'T' {
			// A static type that mentions the program's types is written
			// as Go writes it; a dynamic one is asked of the session.
			if s := w.structHeld(t); s != "" {
				// The wrapper of a struct holds its last field: neither
				// the struct's type nor another's can be told from it.
				w.refuse(a, fmt.Sprintf("%%T of a value of type %s, which may hold %s as the interpreter's wrapper holds it (its last field only): the interpreter cannot tell its type (print the type before the value is converted to %s)", reflectString(t), s, reflectString(t)))
				continue
			}
			if lit != nil && (types.IsInterface(t) || len(mainNames(t)) > 0 || hasUnexportedField(t) || compiledInstance(t, 0)) {
				// (The interpreter names an unexported field of a
				// struct type its own way: struct { Xcount int }.)
				typeArgs = append(typeArgs, i)
			}
			continue
		}
		if known && lit != nil && userish(t) && !types.IsInterface(t) && !hasTypeParam(t) && wholeBadVerb(t, verb, fn.Pkg().Path() == "fmt" && fn.Name() == "Errorf") {
			// fmt names the type and prints the value calling no
			// method: built from the value as lower_fmtvalue.go builds
			// it, printed so (see hostrt's badVerbArg).
			g, src, f, why, way := w.convertArg(a, t, fn.Pkg().Name()+"."+fn.Name(), fmtVerbClass("v"), false)
			if verb == 'p' && strings.Contains(fmtArgVerb(info, n.Args, fmtAt, i-first), "+") {
				// fmt prints it with %v and the + of numbers, without
				// %+v's field names.
				w.refuse(a, fmt.Sprintf("%s.%s's %%+p of a value of type %s, which is no pointer: the interpreter would print it wrongly (print it with %%v, or without the +)", fn.Pkg().Name(), fn.Name(), reflectString(t)))
				continue
			}
			if why != "" {
				w.refuse(a, fmt.Sprintf("%s.%s's %%%c of a value of type %s, which holds %s: the interpreter would print it wrongly (%s)", fn.Pkg().Name(), fn.Name(), verb, reflectString(t), why, way))
				continue
			}
			w.wrapArg(a, fmt.Sprintf("func(__v %s) any { %s%sreturn %s.FmtBadVerb(%q, %q, %s(__v)) }(", src, g.decls.String(), g.bodies.String(), HelperPkg, string(verb), reflectString(t), f), -5)
			w.add(w.offset(a.End()), w.offset(a.End()), ")", 5)
			badArgs = append(badArgs, i)
			continue
		}
		if verbs == nil && fn.Pkg().Path() == "fmt" && fn.Name() == "Errorf" && !types.IsInterface(t) && types.AssignableTo(t, errorType0) {
			// Held as error already, for a %w the format may have
			// (lower_typednil.go's conversions, lower_errbox.go): fmt
			// calls its Error method, and the check of the call names
			// its type for %T (helpers_fmtcycle.go).
			heldAsError = true
			continue
		}
		if (known || verbs == nil && fmtAt >= 0) && (dynIface(t) || holdsDynIface(t)) && w.mode != ModeScript && !strings.ContainsRune("vT", verb) && inDeclaredFunc(w.file, n) {
			// Let through: a later input putting such a type in an
			// interface is refused (earlierBadVerb).
			if c := w.plan.Checked; c != nil && c.twins != nil {
				c.twins.badVerbs = append(c.twins.badVerbs, badVerbPrint{verb: verb, at: w.src.Position(w.offset(a.Pos())), call: fn.Pkg().Name() + "." + fn.Name()})
			}
		}
		if (known || verbs == nil && fmtAt >= 0) && (dynIface(t) || holdsDynIface(t)) {
			// (verb 0: a format that is not a constant, any verb.)
			if h := w.heldBasicBadVerb(verb); h != nil {
				b := h.Underlying().(*types.Basic)
				what, shown, around := fmt.Sprintf("'s %%%c", verb), string(verb), "print the value with a verb for a "+b.Name()+", or before it is put in the interface"
				if !known {
					what, shown, around = ", with a format that is not a constant,", "d", "write the format as a constant, or print the value before it is put in the interface"
				}
				w.refuse(a, fmt.Sprintf("%s.%s%s of a value of type %s, which may hold a %s: the interpreter holds a %s in an interface as its %s, so fmt's text for the bad verb would name %s where Go names %s (%%!%s(%s=...)); %s", fn.Pkg().Name(), fn.Name(), what, reflectString(t), reflectString(h), reflectString(h), b.Name(), b.Name(), reflectString(h), shown, reflectString(h), around))
				continue
			}
		}
		class := fmtVerbClass(fmtArgVerb(info, n.Args, fmtAt, i-first))
		if _, ptr := t.Underlying().(*types.Pointer); ptr && known && !strings.ContainsRune("vsqxXTw", verb) && len(mainNames(t)) > 0 && expressible(t) && (verb == 'p' || !implements(t, "fmt", "Formatter")) &&
			(class.none || !needsFmtNodes(t, class, false, true, true)) {
			// (A Formatter formats itself for these verbs too: below.)
			// A nil pointer of the program's, which the interpreter
			// hands fmt as a nil interface (%!d(<nil>)): as a nil
			// pointer, which fmt prints as Go does (%d: 0, %p: 0x0).
			w.wrapArg(a, fmt.Sprintf("func(__v %s) any { if __v == nil { return (*struct{})(nil) }; return __v }(", w.argTypeSource(t, a.Pos())), -5)
			w.add(w.offset(a.End()), w.offset(a.End()), ")", 5)
			continue
		}
		if known && verb == 'p' && types.IsInterface(t) {
			// An interface may hold one of those (below), in the
			// interpreter's wrapper: its address, as the wrapper's.
			w.wrapArg(a, HelperPkg+".FmtAddr(", -5)
			w.add(w.offset(a.End()), w.offset(a.End()), ")", 5)
			continue
		}
		if known && verb == 'p' && len(mainNames(t)) > 0 && !types.IsInterface(t) && expressible(t) && types.NewMethodSet(types.NewPointer(t)).Len() > 0 {
			switch u := t.Underlying().(type) {
			case *types.Slice, *types.Map, *types.Chan, *types.Signature:
				// A named slice, map, channel or function type with
				// methods, which the interpreter hands fmt in a
				// wrapper (%!p(main.S=[]), %!p(<nil>)): its value as
				// the unnamed type, whose address fmt prints.
				w.wrapArg(a, "("+w.argTypeSource(u, a.Pos())+")(", -5)
				w.add(w.offset(a.End()), w.offset(a.End()), ")", 5)
				continue
			}
		}
		if b, ok := t.Underlying().(*types.Basic); ok && known && verb != '*' && namedBasic(t) && badVerb(b, verb) && !implements(t, "fmt", "Formatter") && !(strings.ContainsRune("vsqxX", verb) && (hasMethod(t, "String") || hasMethod(t, "Error"))) {
			if n, own := userType(t); own && expressible(n) {
				// fmt's %!d(main.Celsius=3) names the type, which the
				// basic value the interpreter hands it does not.
				w.wrapArg(a, fmt.Sprintf("%s.FmtBasic(%q, %s(", HelperPkg, reflectString(t), b.Name()), -5)
				w.add(w.offset(a.End()), w.offset(a.End()), "))", 5)
				continue
			}
		}
		if b, ok := t.Underlying().(*types.Basic); ok && b.Kind() != types.UnsafePointer && fmtAt < 0 && ptrFmtMethods(t) && fmtMethodsOf(t) == (fmtMethods{}) {
			// Print's operand of a basic type whose pointer only has
			// methods fmt calls: its value, as the basic type (a string
			// kind, so that Print puts no space next to it).
			w.wrapArg(a, b.Name()+"(", -5)
			w.add(w.offset(a.End()), w.offset(a.End()), ")", 5)
			continue
		}
		flagged := fmtArgVerb(info, n.Args, fmtAt, i-first)
		if isReflectValue(t) && !(known && verb == 'p') && w.lowerFmtReflectValue(fn.Pkg().Name()+"."+fn.Name(), a, flagged, w.deferred[n] || w.goCalls[n], spaced) {
			continue
		}
		if w.lowerFmtValue(fn.Pkg().Name()+"."+fn.Name(), a, t, flagged, w.deferred[n] || w.goCalls[n], spaced) {
			continue
		}
		// %#v calls GoString, never String or Error: fmt prints the value
		// as Go syntax.
		sharpV := known && verb == 'v' && strings.ContainsRune(flagged, '#')
		if _, ok := userType(t); !ok {
			continue
		}
		switch {
		case (known || fmtAt < 0) && verb != 'T' && verb != 'w' && verb != 'p' && implements(t, "fmt", "Formatter"):
			// A Formatter formats itself for every verb but %T (and %w
			// of an error, below: the interpreter's wrapper of error, or
			// the session's box, keeps its Format method); Print's
			// operands with %v.
			if _, ptr := t.Underlying().(*types.Pointer); ptr && expressible(t) {
				// A nil pointer: its method, called as fmt calls it (the
				// interpreter handed fmt a nil interface: %!d(<nil>)).
				w.wrapArg(a, fmt.Sprintf("func(__v %s) any { if __v == nil { return %s.NilFormatter(__v.Format) }; return %s.AsFormatter(__v) }(", w.argTypeSource(t, a.Pos()), HelperPkg, HelperPkg), -5)
				w.add(w.offset(a.End()), w.offset(a.End()), ")", 5)
				break
			}
			if fmtAt < 0 {
				break // the interpreter's wrapper calls Format
			}
			w.wrapArg(a, HelperPkg+".AsFormatter(", -5)
			w.add(w.offset(a.End()), w.offset(a.End()), ")", 5)
		case spaced && len(n.Args) > first+1 && isStringKind(t) && printMethod(t) != "" && expressible(t):
			// Print puts a space between two operands neither of which
			// is a string; a wrapper would be none where the value was
			// one: the method's text goes as the string (see Printed).
			w.wrapArg(a, fmt.Sprintf("func(__v %s) string { return %s.Printed(%q, func() string { return __v.%s() }) }(", w.argTypeSource(t, a.Pos()), HelperPkg, printMethod(t), printMethod(t)), -5)
			w.add(w.offset(a.End()), w.offset(a.End()), ")", 5)
		case sharpV && !implements(t, "fmt", "GoStringer"):
			// The value as its basic type, which %#v prints as Go does
			// for the named type (the interpreter's wrapper for its
			// String method would be printed instead).
			if b, ok := t.Underlying().(*types.Basic); ok && (hasMethod(t, "String") || hasMethod(t, "Error")) {
				w.wrapArg(a, b.Name()+"(", -5)
				w.add(w.offset(a.End()), w.offset(a.End()), ")", 5)
			}
		case types.Implements(t, errorType) && (!known || strings.ContainsRune("vsqxXw", verb)):
			if _, ptr := t.Underlying().(*types.Pointer); ptr && verb != 'w' && expressible(t) {
				// A nil pointer: <nil> where its method panics, as fmt
				// prints it.
				w.wrapArg(a, fmt.Sprintf("func(__v %s) any { if __v == nil { return %s.NilStringer(func() string { return __v.Error() }) }; return %s.AsError(__v) }(", w.argTypeSource(t, a.Pos()), HelperPkg, HelperPkg), -5)
				w.add(w.offset(a.End()), w.offset(a.End()), ")", 5)
				break
			}
			w.wrapArg(a, HelperPkg+".AsError(", -5)
			w.add(w.offset(a.End()), w.offset(a.End()), ")", 5)
		case (!known || strings.ContainsRune("vsqxX", verb)) && implements(t, "fmt", "Stringer") && w.writable(t, a.Pos()):
			// yaegi wraps a Stringer passed as any only when it is a
			// variable or a literal, not a call's result, and never one
			// with a pointer receiver: the String method is handed to fmt
			// as a compiled Stringer, the value taken at the call.
			stringer := w.qualifier()(types.NewPackage("fmt", "fmt")) + ".Stringer"
			nilCase := ""
			if _, ptr := t.Underlying().(*types.Pointer); ptr {
				// A nil pointer: <nil> where its method panics, as fmt
				// prints it.
				nilCase = fmt.Sprintf("if __v == nil { return %s.NilStringer(func() string { return __v.String() }) }; ", HelperPkg)
			}
			w.wrapArg(a, fmt.Sprintf("func(__v %s) %s { %sreturn %s.Stringer(func() string { return __v.String() }) }(", w.argTypeSource(t, a.Pos()), stringer, nilCase, HelperPkg), -5)
			w.add(w.offset(a.End()), w.offset(a.End()), ")", 5)
		case known && !strings.ContainsRune("vsqxX", verb) && hasMethod(t, "String"):
			if b, ok := t.Underlying().(*types.Basic); ok {
				w.wrapArg(a, b.Name()+"(", -5)
				w.add(w.offset(a.End()), w.offset(a.End()), ")", 5)
			}
		}
	}
	if fmtAt >= 0 && fmtAt < len(n.Args) {
		if tv := info.Types[n.Args[fmtAt]]; tv.Value != nil && tv.Value.Kind() == constant.String {
			mixed := mixedVerbs(constant.StringVal(tv.Value))
			for i := first; i < len(n.Args) && len(mixed) > 0; i++ {
				vs, ok := mixed[i-first]
				if !ok {
					continue
				}
				start, end := w.offset(n.Args[i].Pos()), w.offset(n.Args[i].End())
				for _, e := range w.edits[edits:] {
					if e.Off >= start && e.Off <= end {
						w.refuse(n.Args[i], fmt.Sprintf("%s.%s of a value of type %s printed with %s through explicit argument indexes: the interpreter converts it for fmt once, for one of the verbs, and would print it wrongly for the other (pass the value once for each verb)", fn.Pkg().Name(), fn.Name(), reflectString(info.TypeOf(n.Args[i])), vs))
						break
					}
				}
			}
		}
	}
	if len(typeArgs) > 0 || len(badArgs) > 0 {
		format, err := strconv.Unquote(lit.Value)
		if err != nil {
			return
		}
		if mixed := mixedVerbs(format); len(mixed) > 0 {
			for _, i := range typeArgs {
				if vs, ok := mixed[i-first]; ok {
					// Its %T is written as the name, in the argument's
					// place, which the other verb prints.
					w.refuse(n.Args[i], fmt.Sprintf("%s.%s of a value of type %s printed with %s through explicit argument indexes: the shell writes %%T of it as its type's name, which the other verb cannot print (pass the value once for each verb)", fn.Pkg().Name(), fn.Name(), reflectString(info.TypeOf(n.Args[i])), vs))
					return
				}
			}
		}
		w.add(w.offset(lit.Pos()), w.offset(lit.End()), strconv.Quote(replaceVerbs(format, typeArgs, badArgs, first)), 0)
		for _, i := range typeArgs {
			a := n.Args[i]
			if t := info.TypeOf(a); types.IsInterface(t) {
				// A name of twins (int or main.Age) is no type's name:
				// TypeVerb panics, saying so.
				nameFunc := w.typeNameFuncOf(t, a.Pos(), w.plan.Checked.runsOnce(a.Pos()))
				if w.mode != ModeScript {
					// At the prompt, a type of the session's declared
					// later may be built alike (see TypeVerbOf).
					w.wrapArg(a, fmt.Sprintf("%s.TypeVerbOf(%q, %s, ", HelperPkg, w.src.Position(w.offset(a.Pos())), nameFunc), -5)
					w.add(w.offset(a.End()), w.offset(a.End()), fmt.Sprintf(", %q)", w.namedReprsKnown()), 5)
					continue
				}
				w.wrapArg(a, fmt.Sprintf("%s.TypeVerb(%q, %s(", HelperPkg, w.src.Position(w.offset(a.Pos())), nameFunc), -5)
				w.add(w.offset(a.End()), w.offset(a.End()), "))", 5)
				continue
			}
			// The argument is still evaluated, as Go evaluates it.
			w.wrapArg(a, fmt.Sprintf("func(any) string { return %q }(", reflectString(info.TypeOf(a))), -5)
			w.add(w.offset(a.End()), w.offset(a.End()), ")", 5)
		}
	}
}

// wholeBadVerb reports whether fmt prints a value of type t with the verb
// as a bad verb whatever the value: %w but Errorf's of an error, %p of a
// value that is no pointer, map, slice, channel or function.
func wholeBadVerb(t types.Type, verb rune, errorf bool) bool {
	switch verb {
	case 'w':
		return !errorf || !types.Implements(t, errorType)
	case 'p':
		switch u := t.Underlying().(type) {
		case *types.Pointer, *types.Map, *types.Slice, *types.Chan, *types.Signature:
			return false
		case *types.Basic:
			return u.Kind() != types.UnsafePointer
		}
		return true
	}
	return false
}

// compiledInstance reports whether t is, or is made of, an instance of a
// compiled generic type (iter.Seq[int]), which the interpreter builds as
// its underlying type (func(func(int) bool)), the name lost.
func compiledInstance(t types.Type, depth int) bool {
	if depth > 16 {
		return false
	}
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		return t.TypeArgs().Len() > 0 && t.Obj().Pkg() != nil && t.Obj().Pkg().Path() != "main"
	case *types.Pointer:
		return compiledInstance(t.Elem(), depth+1)
	case *types.Slice:
		return compiledInstance(t.Elem(), depth+1)
	case *types.Array:
		return compiledInstance(t.Elem(), depth+1)
	case *types.Chan:
		return compiledInstance(t.Elem(), depth+1)
	case *types.Map:
		return compiledInstance(t.Key(), depth+1) || compiledInstance(t.Elem(), depth+1)
	}
	return false
}

// heldBasicBadVerb returns a named basic type of the program's without
// methods (whose values the interpreter holds in an interface as their
// representation: a Celsius as a float64) that the program puts in
// interfaces, for which fmt's verb is a bad verb (whose text names the
// value's type: %!d(main.Celsius=3)); verb 0, a verb not known before the
// program runs, may be one for any; nil if there is none.
func (w *rewriter) heldBasicBadVerb(verb rune) types.Type {
	for _, tn := range w.heldTypes() {
		t := tn.Type()
		b, ok := t.Underlying().(*types.Basic)
		if ok && !tn.IsAlias() && methodlessBasic(t) && badVerb(b, verb) && w.heldOrLost(heldKey(t)) {
			return t
		}
	}
	return nil
}

// earlierBadVerb returns a refusal where the segment (checked as c, with
// the session's type names objs) first puts in an interface a value of a
// named basic type without methods that an earlier input's fmt call,
// printing an interface, would print with a bad verb: the interpreter
// holds it as its representation, which fmt's text would name (see
// heldBasicBadVerb, which refuses the call where the type was held
// before it); nil if there is none.
func earlierBadVerb(c *Checked, j *twinJudge, objs []types.Object, pos func(ast.Node) string) *Error {
	if len(j.session.badVerbs) == 0 {
		return nil
	}
	named := map[string]types.Type{}
	add := func(o types.Object) {
		tn, ok := o.(*types.TypeName)
		if !ok || tn.IsAlias() || tn.Pkg() == nil || tn.Pkg().Path() != "main" {
			return
		}
		if t := tn.Type(); methodlessBasic(t) {
			named[heldKey(t)] = t
		}
	}
	for _, o := range objs {
		add(o)
	}
	for _, o := range c.Info.Defs {
		if o != nil {
			add(o)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(j.facts.held)) {
		t, at := named[k], j.facts.held[k]
		if t == nil || j.session.held[k] || j.session.lost[k] {
			continue
		}
		b := t.Underlying().(*types.Basic)
		for _, p := range j.session.badVerbs {
			if p.verb != 0 && !badVerb(b, p.verb) {
				continue
			}
			verb := "a format that is not a constant"
			if p.verb != 0 {
				verb = fmt.Sprintf("%%%c", p.verb)
			}
			return &Error{Pos: pos(at), Msg: fmt.Sprintf("a value of type %s put in an interface here, which %s at %s may print with %s: the interpreter holds a %s in an interface as its %s, so fmt's text for the bad verb would name %s where Go names %s; convert the value to %s first, or declare the function printing it again",
				reflectString(t), p.call, p.at, verb, reflectString(t), b.Name(), b.Name(), reflectString(t), b.Name())}
		}
	}
	return nil
}

// methodlessBasic reports whether t is a named basic type without methods,
// whose values the interpreter holds in an interface as its representation.
func methodlessBasic(t types.Type) bool {
	return namedBasic(t) && types.NewMethodSet(types.NewPointer(t)).Len() == 0
}

// heldOrLost reports whether the program (the session and the segment)
// puts values of the type keyed k (heldKey) in interfaces, or hands them
// to compiled code in one (see lower_twinheld.go).
func (w *rewriter) heldOrLost(k string) bool {
	if tw := w.fe.Types.twins; tw != nil && (tw.held[k] || tw.lost[k]) {
		return true
	}
	if c := w.plan.Checked; c != nil && c.twins != nil {
		_, h := c.twins.held[k]
		return h || c.twins.lost[k]
	}
	return false
}

// badVerb reports whether fmt prints a value of the basic type b with the
// verb as a bad verb (%!d(float64=3)), which names the value's type.
func badVerb(b *types.Basic, verb rune) bool {
	var good string
	switch info := b.Info(); {
	case info&types.IsBoolean != 0:
		good = "tv"
	case info&types.IsInteger != 0:
		good = "bcdoOqxXUv"
	case info&types.IsFloat != 0, info&types.IsComplex != 0:
		good = "beEfFgGxXv"
	case info&types.IsString != 0:
		good = "sqxXv"
	default:
		return false
	}
	return !strings.ContainsRune(good+"T%w", verb) // (%w: Errorf's, of an error)
}

// hasUnexportedField reports whether t is, or is made of, an unnamed
// struct type with an unexported field (a named type of the program's is
// named by mainNames; a compiled one's fields are its own).
func hasUnexportedField(t types.Type) bool {
	switch t := types.Unalias(t).(type) {
	case *types.Struct:
		for f := range t.Fields() {
			if !f.Exported() || hasUnexportedField(f.Type()) {
				return true
			}
		}
	case *types.Pointer:
		return hasUnexportedField(t.Elem())
	case *types.Slice:
		return hasUnexportedField(t.Elem())
	case *types.Array:
		return hasUnexportedField(t.Elem())
	case *types.Chan:
		return hasUnexportedField(t.Elem())
	case *types.Map:
		return hasUnexportedField(t.Key()) || hasUnexportedField(t.Elem())
	}
	return false
}

// argTypeSource writes t, the type of an argument at pos, as source: an
// instance of a generic type written out (lower_typecopy.go) by its
// copy's name (Box[int] named the generic type's instance, whose String
// method the interpreter took for another generic type's: &Box[int]{}
// printed by Grid[int]'s String).
func (w *rewriter) argTypeSource(t types.Type, pos token.Pos) string {
	if src, ok := w.typeSource(t, pos); ok {
		return src
	}
	return types.TypeString(t, w.qualifier())
}

// writable reports whether t can be written at pos (typeSource): a type
// declared in a function can, in that function.
func (w *rewriter) writable(t types.Type, pos token.Pos) bool {
	_, ok := w.typeSource(t, pos)
	return ok
}

// twinJudge returns the judge of the types the program may put in
// interfaces (see lower_twinheld.go), or nil where the check found none.
func (w *rewriter) twinJudge() *twinJudge {
	c := w.plan.Checked
	if c == nil || c.twins == nil {
		return nil
	}
	return &twinJudge{facts: c.twins, session: w.fe.Types.twins, script: w.mode == ModeScript}
}

// typeNameFuncOf returns a function literal that names the dynamic type of
// its argument, a value of the interface type iface (nil: any interface),
// as %T does: the name the interpreter gives a value it holds as its own
// interface value (see helpers_held.go), else a type switch over the
// program's package-level types (but those the interpreter holds alike
// with another, which it cannot tell apart), on the value an
// interpreter's wrapper holds (see wrapped), then what the session knows
// (__repl.TypeName). Where iface has methods, only the types that
// implement it can be held, and those of them the interpreter holds
// alike are the twins (a fmt.Stringer holding a Suit, whose value the
// interpreter's wrapper holds as an int, is a Suit when no other type of
// the program's of its shape has a String method). The types declared
// inside functions whose scope reaches pos count too. once says the code
// at pos runs only while its input runs (Checked.runsOnce): at the prompt
// too, the types counted are then those put in interfaces so far.
func (w *rewriter) typeNameFuncOf(iface types.Type, pos token.Pos, once bool) string {
	var methods *types.Interface
	if iface != nil {
		if m, ok := iface.Underlying().(*types.Interface); ok && m.NumMethods() > 0 {
			methods = m
		}
	}
	// Where iface is any, in a script (or code at the prompt that runs
	// once), a type of the program's counts where the program may put it
	// in an interface (the refusal of %T is narrowed so, see
	// ambiguousTwinUse); elsewhere at the prompt a later input may put
	// any in one.
	held := func(t types.Type) bool {
		if methods != nil {
			return types.Implements(t, methods)
		}
		if st, isStruct := derefType(t).Underlying().(*types.Struct); isStruct && st.NumFields() > 0 {
			return true // tagged: told apart by the tag (and its case names a written-out copy)
		}
		return w.mode != ModeScript && !once || w.twinJudge() == nil || w.twinJudge().holds(t)
	}
	// A wrapper holding a struct holds its last field (see structHeld):
	// its representation says nothing then.
	byRepr := methods != nil && w.structHeld(iface) == ""
	named := w.programTypes()
	if pos.IsValid() {
		for _, tn := range w.heldTypes()[len(named):] {
			if src, ok := w.typeSource(tn.Type(), pos); ok && src == tn.Name() {
				named = append(named, tn)
			}
		}
	}
	keys := map[string]int{}
	for _, tn := range named {
		if held(tn.Type()) {
			keys[ReprKey(tn.Type())]++
		}
		if held(types.NewPointer(tn.Type())) {
			keys[ReprKey(types.NewPointer(tn.Type()))]++
		}
		if _, isStruct := tn.Type().Underlying().(*types.Struct); !isStruct && methods == nil && held(tn.Type().Underlying()) {
			keys[ReprKey(tn.Type().Underlying())]++
		}
	}
	// An empty struct type of the program's has no field to tag (see
	// lower_structtag.go): a struct{}{} held too is its twin.
	empty := types.NewStruct(nil, nil)
	emptyTwin := methods == nil && held(empty) && slices.ContainsFunc(named, func(tn *types.TypeName) bool {
		st, ok := tn.Type().Underlying().(*types.Struct)
		return ok && st.NumFields() == 0 && held(tn.Type())
	})
	if emptyTwin {
		keys[ReprKey(empty)]++
	}
	var cases, wrapped strings.Builder
	// Twins are not told apart: a value of one is named by all the types
	// of its representation, and says so (a failed assertion's message).
	twinNames, twinSample := map[string][]string{}, map[string]string{}
	twin := func(t types.Type, src, name string) {
		if k := ReprKey(t); keys[k] > 1 {
			if !slices.Contains(twinNames[k], name) {
				twinNames[k] = append(twinNames[k], name)
			}
			twinSample[k] = src
		}
	}
	if emptyTwin {
		twin(empty, "struct{}", "struct {}")
	}
	for _, tn := range named {
		if held(tn.Type()) {
			twin(tn.Type(), tn.Name(), mainTypeName(tn.Name()))
		}
		if held(types.NewPointer(tn.Type())) {
			twin(types.NewPointer(tn.Type()), "*"+tn.Name(), "*"+mainTypeName(tn.Name()))
		}
		if u := tn.Type().Underlying(); methods == nil && !isStructType(u) && held(u) {
			if src, ok := w.typeSource(u, pos); ok {
				twin(u, src, reflectString(u))
			}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(twinNames)) {
		names := twinNames[k]
		if len(names) < 2 {
			continue
		}
		slices.Sort(names)
		fmt.Fprintf(&cases, " if %s.SameType(__x, *new(%s)) { return %q };", HelperPkg, twinSample[k],
			strings.Join(names, " or ")+hostrt.AlikeSuffix)
	}
	for _, tn := range named {
		if keys[ReprKey(tn.Type())] > 1 || keys[ReprKey(types.NewPointer(tn.Type()))] > 1 {
			continue // a twin: not told apart
		}
		if held(tn.Type()) {
			fmt.Fprintf(&cases, " if _, __ok := __x.(%s); __ok { return %q };", tn.Name(), mainTypeName(tn.Name()))
			if byRepr {
				// The wrapper holds the value as the interpreter
				// represents it, which the cases above do not match.
				fmt.Fprintf(&wrapped, " if %s.SameRepr(__v, *new(%s)) { return %q };", HelperPkg, tn.Name(), mainTypeName(tn.Name()))
			}
		}
		if held(types.NewPointer(tn.Type())) {
			fmt.Fprintf(&cases, " if _, __ok := __x.(*%s); __ok { return %q };", tn.Name(), "*"+mainTypeName(tn.Name()))
			if byRepr {
				fmt.Fprintf(&wrapped, " if %s.SameRepr(__v, (*%s)(nil)) { return %q };", HelperPkg, tn.Name(), "*"+mainTypeName(tn.Name()))
			}
		}
	}
	// Slices, arrays, maps and pointers of the program's struct types
	// that the segment mentions ([]Order): the interpreter holds them
	// bare, by the types reflection built ([]struct { ID int }).
	if !byRepr {
		twin := func(t *types.Named) bool {
			if t.TypeArgs().Len() > 0 {
				return keys[ReprKey(t)] > 0 // an instance is none of named
			}
			return keys[ReprKey(t)] > 1 || keys[ReprKey(types.NewPointer(t))] > 1
		}
		// An instance of a generic struct type of the program's whose
		// name the interpreter lost on the way into the interface (a
		// second instance of the type): by its representation, where no
		// other type has it.
		for _, c := range w.typeNameInstances(twin) {
			// (The interpreter finds an instance as a type switch's case
			// only, see lower_instassert.go.)
			src, _ := w.compositeSource(c)
			if held(c) {
				fmt.Fprintf(&cases, " switch __t := __x.(type) { case %s: _ = __t; return %q };", src, reflectString(c))
			}
			if p := types.NewPointer(c); held(p) {
				fmt.Fprintf(&cases, " switch __t := __x.(type) { case *%s: _ = __t; return %q };", src, reflectString(p))
			}
		}
		for _, c := range w.typeNameComposites(twin) {
			if !held(c) {
				continue
			}
			if src, inst := w.compositeSource(c); inst {
				// The interpreter finds an instance as a type switch's
				// case only (see lower_instassert.go).
				fmt.Fprintf(&cases, " switch __t := __x.(type) { case %s: _ = __t; return %q };", src, reflectString(c))
			} else {
				fmt.Fprintf(&cases, " if _, __ok := __x.(%s); __ok { return %q };", src, reflectString(c))
			}
		}
	}
	// The value as the interpreter holds it, then as its wrapper holds it
	// (comma-ok assertions: a type switch's case does not match a struct
	// the interpreter holds bare; a nil one is skipped, as the
	// interpreter's comma-ok assertion of a nil interface panics, see
	// lower_assert.go).
	loop := ""
	if cases.Len() > 0 {
		// (A loop of no cases failed to compile in generic code: "CFG
		// post-order panic".)
		loop = " for _, __x := range []any{__v, " + HelperPkg + ".Unwrap(__v)} { if __x == nil { continue };" + cases.String() + " };"
	}
	return "func(__v any) string { if __n := " + HelperPkg + ".HeldType(__v); __n != \"\" { return __n };" + loop + wrapped.String() + " return " + HelperPkg + ".TypeName(__v) }"
}

// typeNameComposites returns the slice, array, map and pointer types the
// segment's expressions have that are made of basic types and of package
// level struct types of the program's, at least one, none of them
// generic or a twin (twin reports those), and that no other such type
// shares the representation of: %T of a value of one held in an
// interface is told by a comma-ok assertion to it.
func (w *rewriter) typeNameComposites(twin func(*types.Named) bool) []types.Type {
	info := w.plan.Checked.infoOrNil()
	if info == nil {
		return nil
	}
	// The instances of the program's generic types the segment mentions,
	// by representation: a type of one of them is told by none.
	instances := map[string]map[string]bool{}
	var inst func(t types.Type, depth int)
	inst = func(t types.Type, depth int) {
		if depth > 8 {
			return
		}
		switch t := types.Unalias(t).(type) {
		case *types.Named:
			if t.TypeArgs().Len() > 0 && !hasTypeParam(t) {
				k := ReprKey(t)
				if instances[k] == nil {
					instances[k] = map[string]bool{}
				}
				instances[k][TypeText(t)] = true
			}
		case *types.Pointer:
			inst(t.Elem(), depth+1)
		case *types.Slice:
			inst(t.Elem(), depth+1)
		case *types.Array:
			inst(t.Elem(), depth+1)
		case *types.Map:
			inst(t.Key(), depth+1)
			inst(t.Elem(), depth+1)
		case *types.Chan:
			inst(t.Elem(), depth+1)
		}
	}
	for _, tv := range info.Types {
		if tv.Type != nil {
			inst(tv.Type, 0)
		}
	}
	// fits reports whether t is made of basic types and such struct
	// types, and counts the struct types.
	var fits func(t types.Type, n *int) bool
	fits = func(t types.Type, n *int) bool {
		switch t := types.Unalias(t).(type) {
		case *types.Basic:
			return t.Kind() != types.UnsafePointer && t.Info()&types.IsUntyped == 0
		case *types.Named:
			o := t.Origin().Obj()
			if o.Pkg() == nil || o.Pkg().Path() != "main" || o.Parent() != o.Pkg().Scope() || hasTypeParam(t) || twin(t) {
				return false
			}
			if others := len(instances[ReprKey(t)]); others > 1 || others == 1 && !instances[ReprKey(t)][TypeText(t)] {
				return false // an instance of its structure, another type
			}
			if _, ok := t.Underlying().(*types.Struct); !ok {
				return false
			}
			*n++
			return true
		case *types.Slice:
			return fits(t.Elem(), n)
		case *types.Array:
			return fits(t.Elem(), n)
		case *types.Pointer:
			if _, ok := types.Unalias(t.Elem()).(*types.Named); ok {
				return false // a pointer to a named type is told already
			}
			return fits(t.Elem(), n)
		case *types.Map:
			return fits(t.Key(), n) && fits(t.Elem(), n)
		}
		return false
	}
	byName := map[string]types.Type{}
	reprs := map[string]int{}
	for _, tv := range info.Types {
		t := tv.Type
		if t == nil {
			continue
		}
		switch types.Unalias(t).(type) {
		case *types.Slice, *types.Array, *types.Pointer, *types.Map:
		default:
			continue
		}
		n := 0
		if !fits(t, &n) || n == 0 {
			continue
		}
		name := types.TypeString(t, nil)
		if _, dup := byName[name]; !dup {
			byName[name] = t
			reprs[ReprKey(t)]++
		}
	}
	var out []types.Type
	for _, name := range slices.Sorted(maps.Keys(byName)) {
		if t := byName[name]; reprs[ReprKey(t)] == 1 {
			out = append(out, t)
		}
	}
	return out
}

// typeNameInstances returns the instances of the program's package-level
// generic struct types with methods fmt calls (String, Error, Format,
// GoString: those the interpreter holds as its own interface values and
// may lose the name of) that the segment's expressions have, of type
// arguments without type parameters (or aliases), whose representation
// no other instance the segment mentions, nor a type of the program's
// (twin), has. (A type switch on an instance of a type with other methods
// only made the interpreter fail to compile typeparam/dictionaryCapture.go.)
func (w *rewriter) typeNameInstances(twin func(*types.Named) bool) []types.Type {
	info := w.plan.Checked.infoOrNil()
	if info == nil {
		return nil
	}
	byName := map[string]*types.Named{}
	reprs := map[string]int{}
	for _, tv := range info.Types {
		n, ok := types.Unalias(tv.Type).(*types.Named)
		if !ok || n.TypeArgs().Len() == 0 || hasTypeParam(n) || !isStructType(n) || fmtMethodsOf(types.NewPointer(n)) == (fmtMethods{}) {
			continue // (an instance without methods fmt calls: not worth the interpreter's risk, see the doc)
		}
		o := n.Origin().Obj()
		if o.Pkg() == nil || o.Pkg().Path() != "main" || o.Parent() != o.Pkg().Scope() {
			continue
		}
		aliased := false
		for a := range n.TypeArgs().Types() {
			aliased = aliased || types.Unalias(a) != a
		}
		text := TypeText(n)
		if _, dup := byName[text]; aliased || dup {
			continue
		}
		byName[text] = n
		reprs[ReprKey(n)]++
	}
	var out []types.Type
	for _, text := range slices.Sorted(maps.Keys(byName)) {
		if n := byName[text]; reprs[ReprKey(n)] == 1 && !twin(n) {
			out = append(out, n)
		}
	}
	return out
}

// compositeSource writes t, one of typeNameComposites', as Go source, an
// instance of several type parameters by its alias in a script (see
// instanceText), and reports whether t holds an instance.
func (w *rewriter) compositeSource(t types.Type) (src string, inst bool) {
	switch t := types.Unalias(t).(type) {
	case *types.Slice:
		e, i := w.compositeSource(t.Elem())
		return "[]" + e, i
	case *types.Array:
		e, i := w.compositeSource(t.Elem())
		return fmt.Sprintf("[%d]%s", t.Len(), e), i
	case *types.Pointer:
		e, i := w.compositeSource(t.Elem())
		return "*" + e, i
	case *types.Map:
		k, ik := w.compositeSource(t.Key())
		e, ie := w.compositeSource(t.Elem())
		return "map[" + k + "]" + e, ik || ie
	case *types.Named:
		text := types.TypeString(t, w.qualifier())
		if t.TypeArgs().Len() > 0 {
			return w.instanceText(t, text), true
		}
		return text, false
	}
	return types.TypeString(t, w.qualifier()), false
}

// implements reports whether t implements the interface pkg.name of the
// standard library.
func implements(t types.Type, pkg, name string) bool {
	p, err := stdtypes.Import(pkg)
	if err != nil {
		return false
	}
	obj := p.Scope().Lookup(name)
	if obj == nil {
		return false
	}
	iface, ok := obj.Type().Underlying().(*types.Interface)
	return ok && types.Implements(t, iface)
}

// jsonFuncName names fn, a function or method of encoding/json, as the
// json lowerings do ("Unmarshal", "Encoder.Encode").
func jsonFuncName(fn *types.Func) string {
	name := fn.Name()
	if r := fn.Signature().Recv(); r != nil {
		t := r.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if named, ok := t.(*types.Named); ok {
			name = named.Obj().Name() + "." + name
		}
	}
	return name
}

// lowerJSONArgs lowers a call of encoding/json's functions and methods
// (see lower_json.go and lower_json_decode.go).
func (w *rewriter) lowerJSONArgs(n *ast.CallExpr, fn *types.Func, info *types.Info) {
	name := jsonFuncName(fn)
	if !w.lowerJSONUnmarshal(n, name, info) {
		w.nameJSONErrors(n, name, info)
		w.lowerJSONMarshal(n, name, info)
	}
}

// lowerErrorsAs rewrites errors.As(err, &target) for a target of the user's
// type (see the doc above).
func (w *rewriter) lowerErrorsAs(n *ast.CallExpr, info *types.Info) {
	if len(n.Args) != 2 {
		return
	}
	u, ok := ast.Unparen(n.Args[1]).(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return
	}
	t := info.TypeOf(u.X)
	if _, ok := userType(t); !ok || !types.Implements(t, errorType) {
		return
	}
	if _, ptr := t.(*types.Pointer); !ptr {
		// A value type: the interpreter's wrapper does not hold it as
		// itself (a struct of one field arrives as the field), so the
		// assertion would fail where errors.As finds it; left to fail
		// loudly rather than answer false.
		return
	}
	typ := types.TypeString(t, w.qualifier())
	w.vacate(n.Fun, HelperPkg+".ErrorsAs")
	w.vacate(n.Args[1], fmt.Sprintf("func(__e any) bool { %s__v, __ok := __e.(%s); if __ok { %s = __v }; return __ok }", w.typedNilMatch(t, w.moved(u.X)), typ, w.moved(u.X)))
}

// lowerErrorCompare rewrites a == b and a != b between two errors (not nil)
// into __repl.SameError, which compares the values the interpreter's
// wrappers hold: == on two wrappers panics (they hold funcs).
func (w *rewriter) lowerErrorCompare(n *ast.BinaryExpr) {
	info := w.plan.Checked.infoOrNil()
	if info == nil || n.Op != token.EQL && n.Op != token.NEQ {
		return
	}
	for _, x := range []ast.Expr{n.X, n.Y} {
		if tv := info.Types[x]; tv.IsNil() || tv.Type == nil || !types.Identical(tv.Type, types.Universe.Lookup("error").Type()) {
			return
		}
	}
	not := ""
	if n.Op == token.NEQ {
		not = "!"
	}
	end := w.offset(n.End())
	w.wrapArg(n, not+HelperPkg+".SameError(", -5)
	w.add(w.offset(n.OpPos), w.offset(n.OpPos)+len(n.Op.String()), ",", 0)
	w.add(end, end, ")", 5)
}

// printMethod returns the method fmt would print a value of type t with,
// Error before String, if t is a type of the user's that has one ("" when
// not): the session shows results and variables through it (see
// showCall), as the interpreter hands compiled code no such method.
func printMethod(t types.Type) string {
	if t == nil {
		return ""
	}
	if _, ok := userType(t); !ok {
		return ""
	}
	ms := types.NewMethodSet(t)
	for _, name := range []string{"Error", "String"} {
		if sel := ms.Lookup(nil, name); sel != nil {
			sig := sel.Type().(*types.Signature)
			if sig.Params().Len() == 0 && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Typ[types.String]) {
				return name
			}
		}
	}
	return ""
}

// showCall returns the statement that records what method of the value of
// the expression v (of type t) says, under key (see helpers' Shown).
func showCall(key, method, v string, t types.Type) string {
	return showText(key, method, v, t, v+"."+method+"()")
}

// showText is showCall for text, the expression of what method says of v.
func showText(key, method, v string, t types.Type, text string) string {
	isNil := "false"
	if _, ok := t.Underlying().(*types.Pointer); ok {
		isNil = v + " == nil"
	}
	return fmt.Sprintf("%s.Shown(%q, %q, %s, func() string { return %s })", HelperPkg, key, method, isNil, text)
}

// showReflectType returns the statement that records the name of the
// reflect.Type v as Go's reflection gives it (see lowerReflectNames),
// under key.
func showReflectType(key, v string) string {
	return fmt.Sprintf("%s.Shown(%q, %q, %s == nil, func() string { return %s.ReflectTypeString(%s) })", HelperPkg, key, "String", v, HelperPkg, v)
}

// receiverAtStatement returns, for a go or defer statement's call of a
// method, the expression that takes the receiver as Go takes it at the
// statement (see receiverOf). ok is false when the call is of no method.
func (w *rewriter) receiverAtStatement(call *ast.CallExpr) (recv string, ok bool) {
	sel, isSel := call.Fun.(*ast.SelectorExpr)
	if !isSel {
		return "", false
	}
	return w.receiverOf(sel)
}

// receiverOf returns, for a selector naming a method of a value, the
// expression that takes the receiver as Go takes it when the method value
// is made: a copy of the value for a value method (of the value a pointer
// points to, when the method is that type's own), the address of an
// addressable value for a pointer method, the value of an interface. ok is
// false when sel names no method of a value.
func (w *rewriter) receiverOf(sel *ast.SelectorExpr) (recv string, ok bool) {
	info := w.plan.Checked.infoOrNil()
	if info == nil {
		return "", false
	}
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal {
		return "", false
	}
	x := w.moved(sel.X)
	xt := info.TypeOf(sel.X)
	_, xPtr := xt.Underlying().(*types.Pointer)
	_, ptrRecv := s.Obj().(*types.Func).Signature().Recv().Type().(*types.Pointer)
	if _, addr, written := writtenPath(s); written && addr {
		// (&x.Mutex), as lowerPromotedMethods writes it: a pointer
		// already.
		return x, true
	}
	switch {
	case types.IsInterface(xt):
		return x, true
	case !xPtr && ptrRecv:
		return "&(" + x + ")", true
	case xPtr && !ptrRecv && len(s.Index()) == 1:
		return "*(" + x + ")", true
	}
	return x, true
}

// lowerMethodValue rewrites a method value (x.M not called) into a closure
// over the receiver taken as Go takes it (receiverOf): yaegi v0.16.1 reads
// the receiver when the method value is called, so f := t.Show; t.n = 2;
// f() showed 2 where Go shows the value t had.
//
// Where the method value defines a variable of its own type (g := s.All,
// defined), a result of a named func type without methods (iter.Seq[T],
// type F func() int) is written as its underlying type: the interpreter
// failed to compile a call of what such a closure returned (f := g();
// f(): "CFG post-order panic").
func (w *rewriter) lowerMethodValue(sel *ast.SelectorExpr, defined bool) {
	info := w.plan.Checked.infoOrNil()
	if info == nil {
		return
	}
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal {
		return
	}
	sig, ok := s.Type().(*types.Signature)
	if !ok || sig.TypeParams().Len() > 0 || !expressible(sig) {
		return
	}
	recv, ok := w.receiverOf(sel)
	if !ok {
		return
	}
	// The types as the code can name them (the packages they are of
	// imported where the file does not: r.WriteTo's io.Writer).
	written := true
	typeText := func(t types.Type) string {
		src, ok := w.typeSourceImporting(t, sel.Pos())
		written = written && ok
		return src
	}
	var params, args []string
	for i := range sig.Params().Len() {
		p := sig.Params().At(i)
		name := fmt.Sprintf("__p%d", i)
		t := typeText(p.Type())
		if sig.Variadic() && i == sig.Params().Len()-1 {
			t = "..." + strings.TrimPrefix(t, "[]")
			name += "..."
			params = append(params, strings.TrimSuffix(name, "...")+" "+t)
		} else {
			params = append(params, name+" "+t)
		}
		args = append(args, name)
	}
	fn := "func(" + strings.Join(params, ", ") + ")"
	if r := sig.Results(); r.Len() > 0 {
		var rs []string
		for v := range r.Variables() {
			t := v.Type()
			if n, ok := types.Unalias(t).(*types.Named); ok && defined && n.NumMethods() == 0 {
				if _, isFunc := n.Underlying().(*types.Signature); isFunc {
					t = n.Underlying()
				}
			}
			rs = append(rs, typeText(t))
		}
		fn += " (" + strings.Join(rs, ", ") + ")"
	}
	if !written {
		return // left to the interpreter, which reads the receiver late
	}
	call := "__r." + sel.Sel.Name + "(" + strings.Join(args, ", ") + ")"
	if sig.Results().Len() > 0 {
		call = "return " + call
	}
	// The call is placed at the method's name: after the receiver's
	// text, the columns would run on past the end of the line.
	call = w.src.Directive(w.offset(sel.Sel.Pos())) + call
	path := w.methodValuePathChecks(sel)
	if path != "" {
		call = strings.Replace(call, "__r."+sel.Sel.Name+"(", "__b."+sel.Sel.Name+"(", 1)
	}
	w.vacate(sel, fmt.Sprintf("func() %s { __r := %s; %sreturn %s { %s } }()", fn, recv, path, fn, call))
}

// definedBy reports whether e is the value a define statement or a
// variable declaration without a type gives a variable (x := e, var x = e).
func definedBy(parent ast.Node, e ast.Expr) bool {
	switch p := parent.(type) {
	case *ast.AssignStmt:
		return p.Tok == token.DEFINE && slices.Contains(p.Rhs, e)
	case *ast.ValueSpec:
		return p.Type == nil && slices.Contains(p.Values, e)
	}
	return false
}

// qualifier names packages as the segment's file imports them.
func (w *rewriter) qualifier() types.Qualifier {
	return func(p *types.Package) string {
		if p.Path() == "main" {
			return ""
		}
		for _, is := range w.file.Imports {
			if name, path := importSpecName(is); path == p.Path() {
				return name
			}
		}
		for name, path := range w.fe.Imports {
			if path == p.Path() {
				return name
			}
		}
		return p.Name()
	}
}

// formatVerbs returns the verb that each argument of format gets, by
// index, as fmt assigns them (explicit argument indexes and * widths
// included); it gives up (nil) on what it does not follow.
func formatVerbs(format string) map[int]rune {
	verbs := map[int]rune{}
	if !hostrt.ScanVerbs(format, func(arg int, _ string, verb rune) {
		if verbs[arg] != 'T' { // %T of an argument printed twice (%[1]T %[1]v) is the one to see
			verbs[arg] = verb
		}
	}) {
		return nil
	}
	return verbs
}

// mixedVerbs returns the arguments of format (by index, counted from the
// first after the format) that explicit argument indexes print with verbs
// fmt treats differently (%d and %v of a Stringer, %v and %#v of any
// value), each with its verbs as written ("%d and %v"); nil when there is
// none.
func mixedVerbs(format string) map[int]string {
	if !strings.Contains(format, "[") {
		return nil
	}
	class := func(flags string, verb rune) string {
		c := "n" // a verb that calls no method
		switch {
		case strings.ContainsRune("vsqxX", verb):
			c = "s"
		case strings.ContainsRune("Tpw*", verb):
			c = string(verb)
		}
		if verb == 'v' && strings.ContainsRune(flags, '#') {
			c = "#"
		} else if verb == 'v' && strings.ContainsRune(flags, '+') {
			c = "+"
		}
		return c
	}
	seen := map[int]string{}    // argument -> class of its first verb
	written := map[int]string{} // argument -> its first verb
	mixed := map[int]string{}
	hostrt.ScanVerbs(format, func(arg int, flags string, verb rune) {
		c := class(flags, verb)
		if first, ok := seen[arg]; !ok {
			seen[arg], written[arg] = c, "%"+flags+string(verb)
		} else if first != c {
			if _, done := mixed[arg]; !done {
				mixed[arg] = written[arg] + " and %" + flags + string(verb)
			}
		}
	})
	if len(mixed) == 0 {
		return nil
	}
	return mixed
}

// replaceVerbs returns format with the %T verbs of the arguments at
// typeArgs made %s (their type's name is passed), and the %w or %p of
// those at badArgs made %v (a badVerbArg is passed), the indexes counted
// from first.
func replaceVerbs(format string, typeArgs, badArgs []int, first int) string {
	b := []byte(format)
	hostrt.ScanVerbsAt(format, func(arg int, _ string, verb rune, at int) {
		switch {
		case verb == 'T' && slices.Contains(typeArgs, arg+first):
			b[at] = 's'
		case (verb == 'w' || verb == 'p') && slices.Contains(badArgs, arg+first):
			b[at] = 'v'
		}
	})
	return string(b)
}

// mainTypeName is Go's name of the program's package-level type name
// (main.T; main.Stack[int] for a copy of lower_typecopy.go).
func mainTypeName(name string) string {
	if n, ok := hostrt.CopiedName(name); ok {
		return n
	}
	return "main." + name
}

// stringKindWithMethods reports whether a type of the program's of a
// string kind has methods fmt calls (type Tag string with String), whose
// values the front end converts for fmt (lower_fmtvalue.go) into values
// that are no strings to fmt's spacing.
func (w *rewriter) stringKindWithMethods() bool {
	if w.stringMethods == nil {
		found := slices.ContainsFunc(w.heldTypes(), func(tn *types.TypeName) bool {
			b, ok := tn.Type().Underlying().(*types.Basic)
			return ok && b.Info()&types.IsString != 0 && (fmtMethodsOf(tn.Type()) != fmtMethods{} || fmtMethodsOf(types.NewPointer(tn.Type())) != fmtMethods{})
		})
		w.stringMethods = &found
	}
	return *w.stringMethods
}

// lowerFmtReflectValue converts a, an argument of type reflect.Value of
// fmt's call, as fmt treats one: the value it holds, as an argument of its
// own (fmt calls its methods), where it may be had (CanInterface); the
// reflect.Value itself otherwise (invalid, or read through an unexported
// field: fmt prints it calling no method). A value of the program's held
// so is the interpreter's, without its methods (a Level printed 1 where Go
// calls its String): it goes as one held in an any does (lowerFmtValue).
// It reports whether it converted a (nothing to convert where the program
// has no types fmt would print otherwise). For Print (spaced) the value
// goes in a reflectArg, which Print's spacing takes for no string.
func (w *rewriter) lowerFmtReflectValue(call string, a ast.Expr, verb string, deferred, spaced bool) bool {
	v := fmtVerbClass(verb)
	if _, dyn := w.fmtHeld(v, true); !dyn {
		return false
	}
	// (What it holds comes from reflection, compiled code: no value
	// proven the program's own, see compiledflow.go.)
	g := &fmtConv{w: w, pos: a.Pos(), call: call, funcs: map[string]string{}, verb: v, dyn: true, only: w.recoveredOnly(a)}
	f := g.conv(types.Universe.Lookup("any").Type(), false, true)
	if g.failed != "" || f == "" {
		w.refuse(a, fmt.Sprintf("%s of a reflect.Value, which may hold a value of the program's: the interpreter would print it wrongly (%s, %s)", call, g.failed, g.way))
		return true
	}
	// A value of a named type that is not a struct reflection holds as
	// its representation (the Level field of an Order it was given, an
	// int to it): where the program has such types whose methods fmt
	// calls, a value of their representation may be one, and the call
	// panics, saying so.
	at := w.src.Position(w.offset(a.Pos()))
	lost := w.reprNamesLost(at, "__v")
	conv := fmt.Sprintf("func(__v any) any { %s%s%sreturn %s(__v) }(%s.ReflectShown(%q, ", g.decls.String(), g.bodies.String(), lost, f, HelperPkg, at)
	if deferred {
		// Taken at the statement, converted when the call runs (see
		// atCall).
		conv = fmt.Sprintf("func(__r any) any { return %s.AtCall(func() any { return func(__v any) any { %s%s%sreturn %s(__v) }(__r) }) }(%s.ReflectShown(%q, ", HelperPkg, g.decls.String(), g.bodies.String(), lost, f, HelperPkg, at)
	}
	closing := "))"
	if spaced {
		// Print's spacing sees a reflect.Value, never a string (see
		// hostrt's reflectArg).
		conv, closing = HelperPkg+".ReflectArg("+conv, ")))"
	}
	w.wrapArg(a, conv, -5)
	w.add(w.offset(a.End()), w.offset(a.End()), closing, 5)
	return true
}

// reprNamesLost returns the statements, at the position at, that panic,
// saying so, where x, a value reflection handed back, is of the
// representation of a named type of the program's that is no struct and
// has methods fmt calls: reflection holds such values as their
// representation (the Level field of an Order it was given, an int to
// it), so a value of that representation may be one.
func (w *rewriter) reprNamesLost(at, x string) string {
	var lost strings.Builder
	for _, tn := range w.heldTypes() {
		if n, ok := heldAsRepr(tn.Type()); ok {
			lost.WriteString(heldNameLostCall(n, at, x) + " ")
		}
	}
	return lost.String()
}

// reflectHeld returns the statement that converts x, a value of an empty
// interface type fmt is handed (an argument, an element of a spread
// slice), where it holds a reflect.Value (a dumper's []any of Field(i)
// values), as lowerFmtReflectValue converts one of that static type:
// conv converts __rv, the value the reflect.Value holds, as an argument
// of its own, put in a reflectArg for Print's spacing (spaced), and the
// statement returns it. It returns "" where the code cannot name reflect
// (no value of its type can be made then).
func (w *rewriter) reflectHeld(a ast.Expr, x, conv string, spaced bool) string {
	if w.pkgNames()["reflect"] == "" {
		return ""
	}
	at := w.src.Position(w.offset(a.Pos()))
	if spaced {
		conv = HelperPkg + ".ReflectArg(" + conv + ")"
	}
	return fmt.Sprintf("if __rv, __ok := %s.ReflectHeld(%q, %s); __ok { %sreturn %s }; ", HelperPkg, at, x, w.reprNamesLost(at, "__rv"), conv)
}
