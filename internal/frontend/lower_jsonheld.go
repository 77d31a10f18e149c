package frontend

import (
	"fmt"
	"go/types"
	"slices"
	"strconv"
	"strings"
)

// Lowering: values of the program's types held in interfaces, handed to
// encoding/json.
//
// yaegi v0.16.1 hands json a value of a type with methods held in an
// empty interface as the interpreter's own interface value, a struct of
// unexported fields (see helpers_held.go), and a value of a struct type
// without methods as the struct reflection built for it. So
//
//	json.Marshal(map[string]any{"suit": Suit(1), "p": Point{1, 2, "a"}})
//
// wrote {"p":{"X":1,"Y":2,"Xname":"a"},"suit":{}} where Go writes
// {"p":{"X":1,"Y":2},"suit":1}: no MarshalJSON or MarshalText method, no
// value of a type with methods, unexported fields under the interpreter's
// names.
//
// As lower_fmtheld.go does for fmt: where the program declares types with
// methods or types json would encode wrongly, the argument of
// json.Marshal, MarshalIndent and Encoder.Encode whose static type is, or
// holds, an empty interface or an interface of the program's is
// converted into json nodes (lower_json.go), and each value held in such
// an interface goes through __jd, interpreted code that tells the
// program's types by the name the interpreter gives the held value's type
// (__repl.Held), or a bare struct by its representation where no other
// type has it, and converts it; a value it does not know is encoded as it
// is, out of the interpreter's interface value, and a []any or
// map[string]any element by element (__repl.JSONDyn).
//
// A slice, array or map of the program's types ([]Level, map[Level]int
// with Level having MarshalText) that the segment has values of is held
// bare, as the value of its representation ([]int): __jd tells it by that
// where no other type the program puts in interfaces has it (as
// lower_fmtheld.go does), and converts it; where one has (the program
// puts a []int in an interface too), the call panics, saying so, rather
// than encode a []Level as its []int.
//
// At the prompt, a value of such a type made by an input after the one
// that compiled the call ([]Level, with func enc(v any) declared before
// it) is not among the call's cases: a bare value of a slice, array or
// map of the representation of one of the session's types with such
// methods ([]int, Level being an int) panics, saying so
// (__repl.JSONHeldBare), where an input has made values of such a type
// of that representation (each input registers those its code mentions,
// see registerJSONBare; before, a []int is surely a []int).
//
// Not reached: as in lower_fmtheld.go, a pointer to a struct type whose
// methods all take the value is encoded as the bare value.

// jsonHeld returns the program's types (and pointers to them) that json
// would encode wrongly when held in an interface; dyn is false when the
// program has no such types and none with methods, and values held in
// interfaces are left as they are.
func (w *rewriter) jsonHeld() (held []types.Type, dyn bool) {
	var all []types.Type
	for _, t := range w.heldComposites(w.heldTypes()) {
		if _, isStruct := t.Underlying().(*types.Struct); !isStruct {
			all = append(all, t) // []Level, map[Level]int: held bare
		}
	}
	for _, tn := range w.programTypes() {
		t := tn.Type()
		all = append(all, t)
		if _, ptr := t.Underlying().(*types.Pointer); !ptr {
			all = append(all, types.NewPointer(t))
		}
		if _, isStruct := t.Underlying().(*types.Struct); isStruct {
			all = append(all, types.NewSlice(t)) // told by its shape only
		}
	}
	dyn = w.fe.Types.sessionMethods() || w.ownIfacesHold()
	if hidden, _ := w.unnamedHidden(); hidden {
		dyn = true // see lower_goview.go
	}
	for _, t := range all {
		if types.NewMethodSet(t).Len() > 0 || jsonNeeds(t) {
			dyn = true
		}
	}
	if !dyn {
		return nil, false
	}
	for _, t := range all {
		if jsonNeedsDyn(t, true) {
			held = append(held, t)
		}
	}
	return held, true
}

// dynConv returns the name of the closure that converts a value held in
// an interface, declaring it and the dispatch __jd if need be.
func (g *jsonConv) dynConv() string {
	const key = "any/dyn"
	if name, ok := g.funcs[key]; ok {
		return name
	}
	name := fmt.Sprintf("__j%d", len(g.funcs))
	g.funcs[key] = name
	g.jd = "__jd"
	fmt.Fprintf(&g.decls, "var %s func(any) any; var %s func(any) any; ", name, g.jd)
	fmt.Fprintf(&g.bodies, "%s = func(v any) any { return %s.JSONDyn(v, %s) }; ", name, HelperPkg, g.jd)
	var named, bare strings.Builder
	for _, t := range g.held {
		src, ok := g.w.typeSource(t, g.a.Pos())
		if !ok {
			continue
		}
		f := g.conv(t, false)
		if f == "" {
			continue
		}
		fmt.Fprintf(&named, " case %s: return %s(__x.(%s));", strconv.Quote(reflectString(t)), f, src)
		switch {
		case isComposite(t) && !g.w.bareKnown(t, jsonSame) && !g.w.compositeKnown(t) && !g.w.compositeBareKnown(t, jsonSame):
			// Held bare as its representation ([]int for a []Level),
			// which another type of the program's has: say so.
			fmt.Fprintf(&bare, " if _, __ok := __x.(%s); __ok { %s.JSONHeldLost(%q, %q) };", src, HelperPkg, g.w.src.Position(g.w.offset(g.a.Pos())), reflectString(t))
		case g.w.bareKnown(t, jsonSame) || isComposite(t):
			fmt.Fprintf(&bare, " if __v, __ok := __x.(%s); __ok { return %s(__v) };", src, f)
		}
	}
	if reprs := g.w.jsonLeafReprs(false); reprs != "" {
		fmt.Fprintf(&bare, " %s.JSONHeldBare(%q, __x, %s, false);", HelperPkg, g.w.src.Position(g.w.offset(g.a.Pos())), reprs)
	}
	fmt.Fprintf(&g.bodies, "%s = func(__x any) any { switch %s.Held(__x) {%s case \"\":%s }; return nil }; ", g.jd, HelperPkg, named.String(), bare.String())
	return name
}

// jsonSame reports whether json encodes values of t and u alike (see
// bareKnown).
func jsonSame(t, u types.Type) bool {
	if !types.Identical(t.Underlying(), u.Underlying()) {
		return false
	}
	for _, x := range []types.Type{t, u, types.NewPointer(t), types.NewPointer(u)} {
		if m, tx := jsonMethods(x); m || tx {
			return false
		}
	}
	return true
}

// jsonLeafReprs returns, at the prompt, the representations of the
// session's types other than structs that have methods json calls (to
// decode, when unmarshal), as the Go text of a []string, or "" in a
// script, or when there are none (see __repl.JSONHeldBare).
func (w *rewriter) jsonLeafReprs(unmarshal bool) string {
	if w.mode == ModeScript {
		return ""
	}
	var reprs []string
	for _, tn := range w.programTypes() {
		t := tn.Type()
		switch t.Underlying().(type) {
		case *types.Struct, *types.Interface, *types.Pointer:
			continue
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && n.TypeParams().Len() > 0 {
			continue
		}
		var has bool
		if unmarshal {
			u, x := jsonUnmarshalMethods(t)
			has = u || x
		} else {
			m, x := jsonMethods(t)
			pm, px := jsonMethods(types.NewPointer(t))
			has = m || x || pm || px
		}
		if r := reflectString(t.Underlying()); has && !slices.Contains(reprs, r) {
			reprs = append(reprs, r)
		}
	}
	if len(reprs) == 0 {
		return ""
	}
	return fmt.Sprintf("%#v", reprs)
}

// registerJSONBare registers, at the prompt, the representations of the
// slice, array and map types of the session's types other than structs
// that the input's code mentions ([]Level, held bare as a []int), with the
// declarations that run before it, or that it instantiates generic code
// with the session's types (which may make values of such types the code
// does not mention): __repl.JSONHeldBare panics only for a value of a
// representation an input registered, the others being surely the
// representation's own ([]int).
func (w *rewriter) registerJSONBare() {
	info := w.info()
	if w.mode == ModeScript || info == nil {
		return
	}
	var b strings.Builder
	pos := w.file.End() - 1
	seen := map[string]bool{}
	generic := false
	add := func(t types.Type) {
		if t == nil || !bareOfProgram(t, false, 0) {
			return
		}
		key := types.TypeString(t, nil)
		if seen[key] {
			return
		}
		seen[key] = true
		src, ok := w.typeSource(t, pos)
		if !ok || hasTypeParam(t) || hasInstance(t) || buildsNoType(t) || !expressible(t) {
			// Not in scope here, or not to be named in a declaration of
			// its own (an instance: see lower_fmtlater.go): said of
			// every value.
			generic = true
			return
		}
		fmt.Fprintf(&b, "\n%s.JSONBare(*new(%s))", HelperPkg, src)
	}
	for _, tv := range info.Types {
		add(tv.Type)
	}
	for _, obj := range info.Defs {
		if v, ok := obj.(*types.Var); ok {
			add(v.Type())
		}
	}
	// The pointers to the program's types the input has values of, or
	// declares the types of, for the errors of json.Unmarshal into one
	// held in an interface (see jsonErrNamesHeld).
	ptrs := map[string]bool{}
	addPtr := func(p types.Type) {
		key := types.TypeString(p, nil)
		if ptrs[key] || hasTypeParam(p) || !userish(p) || hasInstance(p) || buildsNoType(p) || !expressible(p) {
			return // (an instance: see lower_fmtlater.go)
		}
		ptrs[key] = true
		if src, ok := w.typeSource(p, pos); ok {
			fmt.Fprintf(&b, "\n%s.JSONHeldPtr(*new(%s), %q)", HelperPkg, src, reflectString(p))
		}
	}
	for _, tv := range info.Types {
		if _, ok := types.Unalias(tv.Type).(*types.Pointer); ok && !tv.IsType() {
			addPtr(tv.Type)
		}
	}
	for _, obj := range info.Defs {
		if tn, ok := obj.(*types.TypeName); ok && !tn.IsAlias() && !types.IsInterface(tn.Type()) && namedRepr(tn) {
			addPtr(types.NewPointer(tn.Type()))
		}
	}
	for _, inst := range info.Instances {
		for a := range inst.TypeArgs.Types() {
			if userish(a) {
				generic = true
			}
		}
	}
	if generic {
		fmt.Fprintf(&b, "\n%s.JSONBareGeneric()", HelperPkg)
	}
	if b.Len() == 0 {
		return
	}
	f := w.tmpName("repl_jsonbare")
	w.IfaceCopyDecls += fmt.Sprintf("\nfunc %s() bool {%s\nreturn true }\n\nvar %s = %s()\n", f, b.String(), w.tmpName("repl_jsonbare"), f)
}

// bareOfProgram reports whether t is a slice, array or map type (or a
// pointer to one, or a type defined as one) with elements or keys, below
// such types, of a type of the program's that is not a struct or an
// interface (inner: below a slice, array or map).
func bareOfProgram(t types.Type, inner bool, depth int) bool {
	if depth > 8 {
		return false
	}
	switch u := types.Unalias(t).(type) {
	case *types.Pointer:
		return bareOfProgram(u.Elem(), inner, depth+1)
	case *types.Slice:
		return bareOfProgram(u.Elem(), true, depth+1)
	case *types.Array:
		return bareOfProgram(u.Elem(), true, depth+1)
	case *types.Map:
		return bareOfProgram(u.Key(), true, depth+1) || bareOfProgram(u.Elem(), true, depth+1)
	case *types.Named:
		if p := u.Obj().Pkg(); p == nil || p.Path() != "main" {
			return false
		}
		switch u.Underlying().(type) {
		case *types.Struct, *types.Interface:
			return false
		case *types.Slice, *types.Array, *types.Map, *types.Pointer:
			return bareOfProgram(u.Underlying(), inner, depth+1)
		}
		return inner
	}
	return false
}
