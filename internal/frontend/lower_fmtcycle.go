package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: fmt and log printing a value that contains itself.
//
// fmt prints a map, a slice, an array, a struct and what an interface holds
// by printing what they hold, so a value that holds itself (m["self"] = m)
// is printed until the goroutine's stack passes its limit: Go's fatal
// stack overflow, which no program recovers from, in compiled code with no
// safe point of the session's (lower_safepoints.go) to stop it first. The
// session's process died with it.
//
// A call of fmt's and log's printing functions (and of a *log.Logger's)
// with an argument whose static type may hold such a value (a map, slice,
// array or struct that holds an interface or a type inside itself; a
// pointer to one) gets its function checked: the checked form
// (helpers_fmtcycle.go) walks the arguments as fmt would before calling
// it, and ends the goroutine, as the recursion limit does, with a stack
// overflow at the call that says where the value holds itself.
//
// Before:
//
//	m := map[string]any{}; m["self"] = m
//	fmt.Println("m is", m)
//
// After:
//
//	m := map[string]any{}; m["self"] = m
//	__repl.CyclePrint("input 2:1", "fmt.Println", "\"m is\"\x00m", fmt.Println)("m is", m)
//
// Calls whose arguments cannot hold such a value (numbers, strings, their
// slices and maps, errors and Stringers, which fmt prints by their method)
// are left as they are, and cost nothing. A function of fmt's or log's
// taken as a value (f := fmt.Println; f(m), apply(fmt.Sprint, xs)) is
// the checked form, whatever it is called with later, in a function
// literal that converts its arguments for fmt as a spread slice's are
// (lowerFmtCycleValues; the interpreter hands a function value the
// program's values without their methods): the stop names the place it
// was taken.
//
// The check is also where a format not known before the call meets the
// values: %T of a value the shell converted is written as its type's name,
// and the verbs that would name a type the interpreter holds as another
// (a named basic type held as its representation) are refused
// (helpers_fmtcycle.go).

// cycleHelpers are the checked forms of fmt's and log's printing
// functions, by package and name.
var cycleHelpers = map[string]map[string]string{
	"fmt": {
		"Print": "CyclePrint", "Println": "CyclePrint", "Printf": "CyclePrintf",
		"Sprint": "CycleSprint", "Sprintln": "CycleSprint", "Sprintf": "CycleSprintf", "Errorf": "CycleErrorf",
		"Fprint": "CycleFprint", "Fprintln": "CycleFprint", "Fprintf": "CycleFprintf",
		"Append": "CycleAppend", "Appendln": "CycleAppend", "Appendf": "CycleAppendf",
	},
	"log": {
		"Print": "CycleLog", "Println": "CycleLog", "Fatal": "CycleLog", "Fatalln": "CycleLog", "Panic": "CycleLog", "Panicln": "CycleLog",
		"Printf": "CycleLogf", "Fatalf": "CycleLogf", "Panicf": "CycleLogf",
	},
}

// lowerFmtCycle checks the call n of fn, whose format is argument fmtAt (-1
// for none) and whose verbs are known when the format is a constant, as
// the doc above says, or whatever its arguments (force: a format not known
// before the call, of arguments converted for fmt, is checked when it
// runs); it reports whether it did.
func (w *rewriter) lowerFmtCycle(n *ast.CallExpr, fn *types.Func, info *types.Info, fmtAt int, verbs map[int]rune, force bool) bool {
	helper, ok := cycleHelpers[fn.Pkg().Path()][fn.Name()]
	if !ok {
		return false
	}
	if r := fn.Signature().Recv(); r != nil && !strings.HasSuffix(types.TypeString(r.Type(), nil), "log.Logger") {
		return false
	}
	first := fn.Signature().Params().Len() - 1 // the ...any
	check := force
	for i := first; i < len(n.Args) && !check; i++ {
		t := info.TypeOf(n.Args[i])
		if t == nil {
			continue
		}
		if n.Ellipsis.IsValid() && i == len(n.Args)-1 {
			if s, ok := t.Underlying().(*types.Slice); ok {
				t = s.Elem()
			}
		} else if v, known := verbs[i-fmtAt-1]; known && (v == 'T' || v == 'p') {
			continue
		}
		check = typeMayCycle(t)
	}
	if !check {
		return false
	}
	var texts []string
	if !n.Ellipsis.IsValid() {
		for _, a := range n.Args[first:] {
			text := w.text(a)
			if len(text) > 40 || strings.ContainsAny(text, "\n\x00") {
				text = ""
			}
			texts = append(texts, text)
		}
	}
	name := fn.Pkg().Name() + "." + fn.Name()
	if fn.Signature().Recv() != nil {
		name = "(*log.Logger)." + fn.Name()
	}
	end := w.offset(n.Fun.End())
	kinds := ""
	if n.Ellipsis.IsValid() && fmtAt >= 0 {
		kinds = w.fmtAmbiguousKinds()
	}
	w.wrapArg(n.Fun, fmt.Sprintf("%s.%s(%q, %q, %q, %q, ", HelperPkg, helper, w.src.Position(w.offset(n.Pos())), name, strings.Join(texts, "\x00"), kinds), 10)
	w.add(end, end, ")", -10)
	return true
}

// fmtAmbiguousKinds returns, after a "*" that marks a call whose
// arguments the front end cannot tell, the named basic types without
// methods the program puts in interfaces, each after its representation
// ("*float64 main.Celsius", separated by ";"), for the check of the call
// (helpers_fmtcycle.go's ambiguousBasicVerbs): fmt is handed such a value
// as its representation. At the prompt the check adds those of later
// inputs (FrontEnd.HeldBasics).
func (w *rewriter) fmtAmbiguousKinds() string {
	var pairs []string
	for _, tn := range w.heldTypes() {
		t := tn.Type()
		if tn.IsAlias() || !methodlessBasic(t) || !w.heldOrLost(heldKey(t)) {
			continue
		}
		pairs = append(pairs, basicPair(t))
	}
	return "*" + strings.Join(pairs, ";")
}

// basicPair is t, a named basic type, after its representation ("float64
// main.Celsius").
func basicPair(t types.Type) string {
	b := t.Underlying().(*types.Basic)
	return types.Typ[b.Kind()].Name() + " " + reflectString(t)
}

// HeldBasics returns the named basic types without methods of the session
// that its inputs put in interfaces, as fmtAmbiguousKinds writes them
// (without the "*"): the session hands them to the checks of fmt's calls
// compiled before them (hostrt.SetHeldBasics).
func (fe *FrontEnd) HeldBasics() string {
	tw := fe.Types.twins
	if tw == nil {
		return ""
	}
	var pairs []string
	for _, name := range slices.Sorted(maps.Keys(fe.Types.Objs)) {
		tn, ok := fe.Types.Objs[name].(*types.TypeName)
		if !ok || tn.IsAlias() || !methodlessBasic(tn.Type()) {
			continue
		}
		if k := heldKey(tn.Type()); tw.held[k] || tw.lost[k] {
			pairs = append(pairs, basicPair(tn.Type()))
		}
	}
	return strings.Join(pairs, ";")
}

// fmtMethodType returns a type of the program's with a method fmt calls
// (String, Error, Format, GoString), or nil if it has none.
func (w *rewriter) fmtMethodType() types.Type {
	for _, tn := range w.heldTypes() {
		if tn.IsAlias() {
			continue
		}
		ms := types.NewMethodSet(types.NewPointer(tn.Type()))
		for _, m := range []string{"String", "Error", "Format", "GoString"} {
			if ms.Lookup(nil, m) != nil {
				return tn.Type()
			}
		}
	}
	return nil
}

// typeMayCycle reports whether a value of type t may hold itself where
// fmt descends into it (see mayCycle, its counterpart on values): a
// pointer followed at the top only, an interface other than an error or a
// Stringer (whose method fmt prints), or a type inside itself.
func typeMayCycle(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	return typeMayCycleIn(t, map[types.Type]bool{})
}

func typeMayCycleIn(t types.Type, path map[types.Type]bool) bool {
	t = types.Unalias(t)
	switch u := t.Underlying().(type) {
	case *types.Interface:
		if _, ok := t.(*types.TypeParam); ok {
			return true
		}
		return !hasMethod(t, "Error") && !hasMethod(t, "String")
	case *types.Map, *types.Slice, *types.Array, *types.Struct:
		if _, named := t.(*types.Named); named {
			if path[t] || len(path) > 100 {
				return true
			}
			path[t] = true
			defer delete(path, t)
		}
		switch u := u.(type) {
		case *types.Map:
			return typeMayCycleIn(u.Key(), path) || typeMayCycleIn(u.Elem(), path)
		case *types.Slice:
			return typeMayCycleIn(u.Elem(), path)
		case *types.Array:
			return typeMayCycleIn(u.Elem(), path)
		case *types.Struct:
			for f := range u.Fields() {
				if typeMayCycleIn(f.Type(), path) {
					return true
				}
			}
		}
	}
	return false
}

// lowerFmtCycleValues makes each of fmt's and log's printing functions
// taken as a value, not called there, a function literal calling its
// checked form with its arguments converted for fmt (see the doc above).
func (w *rewriter) lowerFmtCycleValues(in *inspector.Inspector) {
	info := w.info()
	in.WithStack([]ast.Node{(*ast.SelectorExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		sel := n.(*ast.SelectorExpr)
		if !push {
			return true
		}
		fn, ok := info.Uses[sel.Sel].(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Signature().Recv() != nil {
			return true
		}
		helper, ok := cycleHelpers[fn.Pkg().Path()][fn.Name()]
		if !ok {
			return true
		}
		if call, ok := stack[len(stack)-2].(*ast.CallExpr); ok && ast.Unparen(call.Fun) == sel {
			return true // a call: lowerFmtCycle's
		}
		start, end := w.offset(sel.Pos()), w.offset(sel.End())
		name := fn.Pkg().Name() + "." + fn.Name()
		kinds := ""
		if strings.HasSuffix(helper, "f") {
			kinds = w.fmtAmbiguousKinds()
		}
		checked := fmt.Sprintf("%s.%s(%q, %q, \"\", %q, %s)", HelperPkg, helper, w.src.Position(start), name, kinds, w.text(sel))
		lit, ok := w.fmtValueLiteral(sel, fn, checked)
		if !ok {
			return true // refused
		}
		w.add(start, end, lit, 10)
		return true
	})
}

// fmtValueLiteral returns a function literal of fn's signature calling
// checked (fn's checked form) with its arguments, the values of its ...any
// converted for fmt as lowerFmtSpread converts a spread slice's: taken as
// a value, fn would be handed the program's values without their methods
// (p := fmt.Println; p(Card{3}) printed {3} for a String method's card3).
// ok is false where it refused fn.
func (w *rewriter) fmtValueLiteral(sel *ast.SelectorExpr, fn *types.Func, checked string) (string, bool) {
	sig := fn.Signature()
	conv := ""
	v := fmtVerbClass("")
	if _, dyn := w.fmtHeld(v, true); dyn {
		g := &fmtConv{w: w, pos: sel.Pos(), call: w.text(sel), funcs: map[string]string{}, verb: v, dyn: true}
		f := g.dynFunc(true)
		if g.failed != "" {
			w.refuse(sel, fmt.Sprintf("%s taken as a value: the values it prints would be printed wrongly (%s)", w.text(sel), g.failed+", "+g.way))
			return "", false
		}
		conv = g.spreadConv(f, "nil", "[]any", "interface {}", "")
	}
	var params, args, results []string
	for i := range sig.Params().Len() {
		p := fmt.Sprintf("__fa%d", i)
		if i == sig.Params().Len()-1 && sig.Variadic() {
			params = append(params, p+" ...any")
			args = append(args, conv+"("+p+")...")
			continue
		}
		ts, ok := w.typeSource(sig.Params().At(i).Type(), sel.Pos())
		if !ok && w.fmtMethodType() == nil {
			return checked, true // (no values with methods to lose)
		}
		if !ok {
			w.refuse(sel, fmt.Sprintf("%s taken as a value, where the shell cannot name the type of its parameter %s (import its package): the interpreter would hand it the program's values without their methods; call %s where it is needed", w.text(sel), types.TypeString(sig.Params().At(i).Type(), nil), w.text(sel)))
			return "", false
		}
		params = append(params, p+" "+ts)
		args = append(args, p)
	}
	for i := range sig.Results().Len() {
		ts, ok := w.typeSource(sig.Results().At(i).Type(), sel.Pos())
		if !ok {
			return checked, true // (fmt's and log's results are int, error, string and []byte)
		}
		results = append(results, ts)
	}
	res, ret := "", ""
	switch len(results) {
	case 0:
	case 1:
		res, ret = results[0]+" ", "return "
	default:
		res, ret = "("+strings.Join(results, ", ")+") ", "return "
	}
	litType := fmt.Sprintf("func(%s) %s", strings.Join(params, ", "), res)
	// Made in a function of its own, as lower_litframe.go makes the
	// program's literals: one made in a function that defers, and called
	// while its deferred calls run (defer p("bye")), hung the interpreter.
	return fmt.Sprintf("func() %s{ return %s{ %s%s(%s) } }()", litType, litType, ret, checked, strings.Join(args, ", ")), true
}
