package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strconv"
	"strings"
)

// Lowering: json.Unmarshal into values that hold the program's types.
//
// yaegi v0.16.1 hands encoding/json a pointer to a value of an
// interpreted type as a pointer to a type reflection built without methods
// or embedded fields, so json.Unmarshal calls no UnmarshalJSON or
// UnmarshalText method of the program's types (it decodes the value as its
// underlying type, or fails: "cannot unmarshal string into Go struct field
// .level of type int") and fills no field of an embedded struct.
//
// json.Unmarshal(data, p), where what p points to holds such types where
// json would reach them, becomes __repl.JSONUnmarshal(data, decode), with
// decode an interpreted function generated for the type: it checks the
// input whole first, as json does, then walks it as json's decoder walks
// the value, calling the program's methods, filling fields by json's rules
// (the fields json encodes, by name and then by name but for case,
// embedded pointers allocated), slices, arrays, maps and pointers as json
// does; values of compiled types only, and values with no such types, are
// decoded by json itself. A type error is kept and the decoding goes on,
// the first one returned, named as json names it (struct, field path,
// type); an error of a method ends it.
//
// json.Unmarshal(data, v), with v an interface (func load(s string, v
// any) error { return json.Unmarshal([]byte(s), v) }), is told at run
// time which of the pointers of the program that need a decoder of their
// own (to the program's types, and those the segment's code has values
// of: *[]Level) v holds, by the name the interpreter gives its type or,
// held bare, by its representation where no other type of the segment
// has it; a pointer it may be but cannot tell (*[]Level and *[]int both
// held as a *[]int) panics, saying so; any other value goes to
// json.Unmarshal. At the prompt, a pointer to a slice, array or map of
// the representation of a type of the session's with such methods
// (*[]int, Level being an int) panics too (__repl.JSONHeldBare), where
// an input made values of such a type of that representation (another
// input than the call's may have made it).
//
// (*json.Decoder).Decode(p) into such a value reads the value as
// json.RawMessage, as the decoder would read it, then decodes it so
// (__repl.JSONDecode); a decoder set to UseNumber or DisallowUnknownFields,
// which the decoders here do not follow, panics, saying so.
//
// Refused: such a value whose decoder cannot be written (a type local to another function, a type parameter,
// a field with the ,string option whose type needs a decoder of its own,
// an embedded pointer to an unexported struct type, a pointer to an
// interface of the program's).

// lowerJSONUnmarshal rewrites json.Unmarshal into a value that needs a
// decoder of its own, and reports whether it did (or refused it).
func (w *rewriter) lowerJSONUnmarshal(n *ast.CallExpr, name string, info *types.Info) bool {
	var target ast.Expr
	switch name {
	case "Unmarshal":
		if len(n.Args) != 2 {
			return false
		}
		target = n.Args[1]
	case "Decoder.Decode":
		if len(n.Args) != 1 {
			return false
		}
		target = n.Args[0]
	default:
		return false
	}
	if tt := info.TypeOf(target); name == "Unmarshal" && tt != nil && types.IsInterface(tt) {
		return w.lowerJSONUnmarshalHeld(n, target, info)
	}
	pt, ok := info.TypeOf(target).(*types.Pointer)
	if !ok || !jsonDecodeNeeds(pt.Elem()) {
		return false
	}
	g := &jsonConv{w: w, a: target, funcs: map[string]string{}}
	src, ok := w.typeSource(pt, target.Pos())
	decSrc := ""
	fun, isSel := n.Fun.(*ast.SelectorExpr)
	if name == "Decoder.Decode" {
		ok = ok && isSel
		if ok {
			decSrc, ok = w.typeSource(info.TypeOf(fun.X), target.Pos())
		}
	}
	f := g.decoder(pt.Elem())
	if !ok || g.failed != "" || f == "" {
		why, way := g.failed, g.way
		if why == "" {
			why, way = "its type is not in scope here", "declare the type at package level"
		}
		w.refuse(target, fmt.Sprintf("%s into a value of type %s, which holds %s: the interpreter would decode it wrongly (%s)", jsonCallName(name), reflectString(pt.Elem()), why, way))
		return true
	}
	call := f + "(__b, __p)"
	if u, x := jsonUnmarshalMethods(pt.Elem()); x && !u {
		// json names the pointer it was given in a type error of a
		// MarshalText value's own.
		call = fmt.Sprintf("%s.JSONRetype(%s, %q, %q)", HelperPkg, call, reflectString(pt.Elem()), reflectString(pt))
	}
	if name == "Decoder.Decode" {
		// The decoder reads the value, then it is decoded as json.Unmarshal's.
		w.vacate(fun, fmt.Sprintf("func(__dec %s, __p %s) error { %s%s; return %s.JSONDecode(__dec, %q, func(__b []byte) error { if __p == nil { return %s.JSONNilTarget(%q) }; return %s }) }",
			decSrc, src, g.decls.String(), g.bodies.String(), HelperPkg, reflectString(pt.Elem()), HelperPkg, reflectString(pt), call))
		start := w.offset(target.Pos())
		w.addOuter(start, start, w.moved(fun.X)+", ", -10) // outside what hoistArgs moves of a deferred call
		return true
	}
	w.vacate(n.Fun, fmt.Sprintf("func(__d []byte, __p %s) error { %s%s; if __p == nil { return %s.JSONNilTarget(%q) }; return %s.JSONUnmarshal(__d, func(__b []byte) error { return %s }) }", src, g.decls.String(), g.bodies.String(), HelperPkg, reflectString(pt), HelperPkg, call))
	return true
}

// jsonDecodeNeeds reports whether json decodes into a value of type t
// wrongly in the interpreter: it holds, where json reaches, a type of the
// program whose pointer has an UnmarshalJSON or UnmarshalText method, or
// a struct of the program with an embedded field, or an interface of
// the program's with methods (which json cannot tell from an any: it
// decoded a map into it where Go fails, or decodes into the pointer it
// holds).
func jsonDecodeNeeds(t types.Type) bool {
	return jsonReaches(t, false, jsonProgramIface, func(t types.Type) bool {
		u, x := jsonUnmarshalMethods(t)
		return u || x
	}, func(f *types.Var, _ string) bool { return f.Embedded() })
}

// jsonProgramIface reports whether t is an interface with methods that
// the interpreter holds as its own (declared by the program, or a
// literal).
func jsonProgramIface(t types.Type) bool {
	_, ok := interpretedIface(t)
	return ok
}

// jsonUnmarshalMethods says which of json's decoding methods a pointer to
// a value of type t has.
func jsonUnmarshalMethods(t types.Type) (unmarshal, text bool) {
	if _, ptr := t.Underlying().(*types.Pointer); !ptr {
		t = types.NewPointer(t)
	}
	return implements(t, "encoding/json", "Unmarshaler"), implements(t, "encoding", "TextUnmarshaler")
}

// decoder returns the name of the interpreted function that decodes JSON
// into a value of type t through a pointer (func([]byte, *t) error),
// declaring it if need be.
func (g *jsonConv) decoder(t types.Type) string {
	if g.failed != "" {
		return ""
	}
	name, src, fresh := g.declare(t, types.TypeString(t, nil)+"/decode", "__u", "func([]byte, *%s) error")
	if !fresh {
		return name
	}
	typ := strconv.Quote(reflectString(t))
	kind := func(cases string) string {
		return fmt.Sprintf("switch %s.JSONKind(d) { %s default: return %s.JSONTypeError(d, %s) }; ", HelperPkg, cases, HelperPkg, typ)
	}
	// decode writes the decoding of d into *ptr, a value of type et.
	decode := func(et types.Type, d, ptr string) string {
		if jsonDecodeNeeds(et) {
			return g.decoder(et) + "(" + d + ", " + ptr + ")"
		}
		return g.errNames(et, fmt.Sprintf("%s.JSONLeaf(%s, %s, %q)", HelperPkg, d, ptr, reflectString(et)), d)
	}
	const keep = "if __err != nil { if " + HelperPkg + ".JSONAbort(__err) { return __err }; if __first == nil { __first = __err } }; "
	// A slice's elements up to the one whose method failed stay decoded,
	// as json decodes into the slice element by element, growing it
	// (never shrinking it) as it goes.
	const keepSlice = "if __err != nil { if " + HelperPkg + ".JSONAbort(__err) { if len(*p) > __i { copy(*p, __s[:__i+1]) } else { *p = __s[:__i+1] }; return __err }; if __first == nil { __first = __err } }; "
	var body string
	u, x := jsonUnmarshalMethods(t)
	_, isPtr := t.Underlying().(*types.Pointer)
	switch {
	case jsonProgramIface(t):
		// As json: null makes it nil; a non-nil pointer it holds is
		// decoded into (by the decoder of its type, where it needs one of
		// its own); anything else is a type error.
		var cases strings.Builder
		for _, tn := range g.w.programTypes() {
			ptr := types.NewPointer(tn.Type())
			if !types.Implements(ptr, t.Underlying().(*types.Interface)) || !jsonDecodeNeeds(tn.Type()) {
				continue
			}
			psrc, ok := g.w.typeSource(ptr, g.a.Pos())
			if !ok {
				continue
			}
			fmt.Fprintf(&cases, "case %s: if __q != nil { return %s(d, __q) }; ", psrc, g.decoder(tn.Type()))
		}
		if cases.Len() > 0 {
			body = "if *p != nil { switch __q := (*p).(type) { " + cases.String() + "} }; "
		}
		body += fmt.Sprintf("if %s.JSONKind(d) == 'n' { *p = nil; return nil }; if *p != nil { if __q, __ok := %s.JSONHeldPointer(*p); __ok { return %s.JSONLeaf(d, __q, %s) } }; return %s.JSONTypeError(d, %s)",
			HelperPkg, HelperPkg, HelperPkg, typ, HelperPkg, typ)
	case isPtr:
		elem := t.Underlying().(*types.Pointer).Elem()
		if jsonProgramIface(elem) {
			// The interpreter's new of such an interface is a zero
			// reflect.Value, which it panics reading.
			return g.fail("a pointer to an interface of the program's ("+reflectString(elem)+")", "decode into the interface itself")
		}
		esrc, ok := g.w.typeSource(elem, g.a.Pos())
		if !ok {
			return g.fail("type "+reflectString(elem)+" is not in scope here", "declare the type at package level")
		}
		body = fmt.Sprintf("if %s.JSONKind(d) == 'n' { *p = nil; return nil }; if *p == nil { *p = new(%s) }; return %s", HelperPkg, esrc, decode(elem, "d", "*p"))
	case u:
		body = "return p.UnmarshalJSON(d)"
	case x:
		body = kind(`case 'n': return nil; case '"':`) + fmt.Sprintf("return p.UnmarshalText(%s.JSONUnquote(d))", HelperPkg)
	default:
		switch ut := t.Underlying().(type) {
		case *types.Struct:
			fields := jsonFields(t)
			var names, cases []string
			structName := ""
			if n, ok := types.Unalias(t).(*types.Named); ok {
				structName = strings.TrimPrefix(reflectString(n), "main.")
			}
			for i, f := range fields {
				names = append(names, strconv.Quote(f.name))
				access := "p"
				path := "" // json's error names the embedded structs on the way
				var alloc strings.Builder
				st := t
				for j, idx := range f.index {
					fv := st.Underlying().(*types.Struct).Field(idx)
					if fv.Name() == "_" {
						return g.fail("a blank (_) field", "name the field")
					}
					access += "." + g.w.fieldSel(fv)
					st = fv.Type()
					if j < len(f.index)-1 {
						path += fv.Name() + "."
						if pt, ok := st.Underlying().(*types.Pointer); ok {
							if !fv.Exported() {
								return g.fail("an embedded pointer to an unexported struct type", "export the embedded type")
							}
							esrc, ok := g.w.typeSource(pt.Elem(), g.a.Pos())
							if !ok {
								return g.fail("type "+reflectString(pt.Elem())+" is not in scope here", "declare the type at package level")
							}
							fmt.Fprintf(&alloc, "if %s == nil { %s = new(%s) }; ", access, access, esrc)
							st = pt.Elem()
						}
					}
				}
				dec := decode(f.typ, "__vs[__i]", "&"+access)
				if f.quoted {
					if jsonDecodeNeeds(f.typ) {
						return g.fail("a field with the ,string option of type "+reflectString(f.typ), "drop ,string and convert the field yourself")
					}
					dec = fmt.Sprintf("%s.JSONQuotedLeaf(__vs[__i], &%s, %q)", HelperPkg, access, reflectString(f.typ))
				}
				cases = append(cases, fmt.Sprintf("case %d: %s__err = %s.JSONContext(%s, %q, %q)", i, alloc.String(), HelperPkg, dec, structName, path+f.name))
			}
			body = kind(`case 'n': return nil; case '{':`) +
				fmt.Sprintf("__ks, __vs := %s.JSONObjectFields(d); var __first error; for __i := range __ks { var __err error; switch %s.JSONFieldIndex(__ks[__i], []string{%s}) { %s }; %s}; return __first",
					HelperPkg, HelperPkg, strings.Join(names, ", "), strings.Join(cases, "; "), keep)
		case *types.Slice:
			body = kind(`case 'n': *p = nil; return nil; case '[':`) +
				fmt.Sprintf("__vs := %s.JSONArrayElems(d); __s := make(%s, len(__vs)); copy(__s, *p); var __first error; for __i := range __vs { __err := %s; %s}; *p = __s; return __first",
					HelperPkg, src, decode(ut.Elem(), "__vs[__i]", "&__s[__i]"), keepSlice)
		case *types.Array:
			body = kind(`case 'n': return nil; case '[':`) +
				fmt.Sprintf("__vs := %s.JSONArrayElems(d); var __zero %s; var __first error; for __i := range *p { if __i >= len(__vs) { (*p)[__i] = __zero[__i]; continue }; __err := %s; %s}; return __first",
					HelperPkg, src, decode(ut.Elem(), "__vs[__i]", "&(*p)[__i]"), keep)
		case *types.Map:
			ksrc, ok1 := g.w.typeSource(ut.Key(), g.a.Pos())
			esrc, ok2 := g.w.typeSource(ut.Elem(), g.a.Pos())
			if !ok1 || !ok2 {
				return g.fail("a map type that is not in scope here", "declare its types at package level")
			}
			var k string
			_, kText := jsonUnmarshalMethods(ut.Key())
			switch kb, _ := ut.Key().Underlying().(*types.Basic); {
			case kText: // before a string's kind, as json does
				k = fmt.Sprintf("var __k %s; if __err := (&__k).UnmarshalText([]byte(__ks[__i])); __err != nil { return __err }; ", ksrc)
			case kb != nil && kb.Info()&types.IsString != 0:
				k = fmt.Sprintf("__k := %s(__ks[__i]); ", ksrc)
			case kb != nil && kb.Info()&types.IsInteger != 0:
				// A key that is no number of the type is a type error, its
				// entry left out.
				k = fmt.Sprintf("var __k %s; if __err := %s.JSONIntKey(__ks[__i], &__k, %q); __err != nil { if __first == nil { __first = __err }; continue }; ", ksrc, HelperPkg, reflectString(ut.Key()))
			default:
				return g.fail("a map with keys of type "+reflectString(ut.Key()), "use string keys")
			}
			body = kind(`case 'n': *p = nil; return nil; case '{':`) +
				fmt.Sprintf("if *p == nil { *p = make(%s) }; __ks, __vs := %s.JSONObjectFields(d); var __first error; for __i := range __ks { %svar __e %s; __err := %s; (*p)[__k] = __e; %s}; return __first",
					src, HelperPkg, k, esrc, decode(ut.Elem(), "__vs[__i]", "&__e"), keep)
		default:
			body = "return " + g.errNames(t, fmt.Sprintf("%s.JSONLeaf(d, p, %s)", HelperPkg, typ), "d")
		}
	}
	if g.failed != "" {
		return ""
	}
	fmt.Fprintf(&g.bodies, "%s = func(d []byte, p *%s) error { %s }; ", name, src, body)
	return name
}

// lowerJSONUnmarshalHeld rewrites json.Unmarshal(data, v), v an
// interface, where the program has pointer types that need a decoder of
// their own (see the doc above), and reports whether it did.
func (w *rewriter) lowerJSONUnmarshalHeld(n *ast.CallExpr, target ast.Expr, info *types.Info) bool {
	fun, ok := n.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkg, ok := fun.X.(*ast.Ident)
	if !ok {
		return false
	}
	var cands []types.Type
	add := func(t types.Type) {
		p, ok := types.Unalias(t).(*types.Pointer)
		if !ok || !jsonDecodeNeeds(p.Elem()) || hasTypeParam(p) || slices.ContainsFunc(cands, func(u types.Type) bool { return types.Identical(t, u) }) {
			return
		}
		cands = append(cands, p)
	}
	for _, tn := range w.programTypes() {
		if c := w.plan.Checked; c != nil && c.pkg != nil {
			// The check's own object of a type an earlier input declared.
			if o, ok := c.pkg.Scope().Lookup(tn.Name()).(*types.TypeName); ok {
				tn = o
			}
		}
		if t := tn.Type(); !types.IsInterface(t) {
			add(types.NewPointer(t))
		}
	}
	for _, tv := range info.Types {
		if tv.Type != nil && !tv.IsType() {
			add(tv.Type)
		}
	}
	plain := w.jsonErrNamesHeld(target, info)
	if len(cands) == 0 {
		if plain == "" {
			return false
		}
		w.vacate(n.Fun, fmt.Sprintf("func(__d []byte, __t any) error { return %s }", strings.Replace(plain, jsonHeldCall, pkg.Name+".Unmarshal(__d, __t)", 1)))
		return true
	}
	pos := w.src.Position(w.offset(target.Pos()))
	g := &jsonConv{w: w, a: target, funcs: map[string]string{}}
	var named, bare strings.Builder
	for _, pt := range cands {
		src, ok := w.typeSource(pt, target.Pos())
		if !ok {
			// Not in scope here (at the prompt, a type declared after
			// the function): told by its name only, and refused.
			fmt.Fprintf(&named, " case %q: %s.JSONUnmarshalHeldLost(%q, %q);", reflectString(pt), HelperPkg, pos, reflectString(pt))
			continue
		}
		elem := pt.(*types.Pointer).Elem()
		key := ReprKey(pt)
		twin := false
		for _, tv := range info.Types {
			if tv.Type != nil && !tv.IsType() && !types.Identical(tv.Type, pt) && ReprKey(tv.Type) == key {
				twin = true
			}
		}
		f := g.decoder(elem)
		if g.failed != "" || f == "" {
			g.failed = ""
			fmt.Fprintf(&named, " case %q: %s.JSONUnmarshalHeldLost(%q, %q);", reflectString(pt), HelperPkg, pos, reflectString(pt))
			fmt.Fprintf(&bare, " if _, __ok := __t.(%s); __ok { %s.JSONUnmarshalHeldLost(%q, %q) };", src, HelperPkg, pos, reflectString(pt))
			continue
		}
		call := f + "(__b, __p)"
		if u, x := jsonUnmarshalMethods(elem); x && !u {
			call = fmt.Sprintf("%s.JSONRetype(%s, %q, %q)", HelperPkg, call, reflectString(elem), reflectString(pt))
		}
		do := fmt.Sprintf("if __p == nil { return %s.JSONNilTarget(%q) }; return %s.JSONUnmarshal(__d, func(__b []byte) error { return %s })", HelperPkg, reflectString(pt), HelperPkg, call)
		fmt.Fprintf(&named, " case %q: __p := __t.(%s); %s;", reflectString(pt), src, do)
		if twin {
			fmt.Fprintf(&bare, " if _, __ok := __t.(%s); __ok { %s.JSONUnmarshalHeldLost(%q, %q) };", src, HelperPkg, pos, reflectString(pt))
		} else {
			fmt.Fprintf(&bare, " if __p, __ok := __t.(%s); __ok { %s };", src, do)
		}
	}
	if reprs := w.jsonLeafReprs(true); reprs != "" {
		fmt.Fprintf(&bare, " %s.JSONHeldBare(%q, __t, %s, true);", HelperPkg, pos, reprs)
	}
	last := pkg.Name + ".Unmarshal(__d, __t)"
	if plain != "" {
		last = strings.Replace(plain, jsonHeldCall, last, 1)
	}
	w.vacate(n.Fun, fmt.Sprintf("func(__d []byte, __t any) error { %s%s; switch %s.Held(__t) {%s };%s return %s }", g.decls.String(), g.bodies.String(), HelperPkg, named.String(), bare.String(), last))
	return true
}

// errNames returns call, the decoding of data into a value of type t by json, with
// the program's types and structs in its error named as Go names them
// (see lower_jsonerrnames.go).
func (g *jsonConv) errNames(t types.Type, call, data string) string {
	if g.failed != "" || !userish(t) || hasTypeParam(t) {
		return call
	}
	shape, samples, missing, _ := g.w.jsonErrShape(t, g.a.Pos())
	if missing != nil {
		return g.fail("type "+reflectString(missing)+" is not in scope here", "declare the type at package level")
	}
	key := types.TypeString(t, nil) + "/samples"
	name, ok := g.funcs[key]
	if !ok {
		name = fmt.Sprintf("__n%d", len(g.funcs))
		g.funcs[key] = name
		fmt.Fprintf(&g.decls, "%s := func() []any { return []any{%s} }; ", name, samples)
	}
	return fmt.Sprintf("%s.JSONErrorNames(%s, %s, %s, %s)", HelperPkg, call, data, shape, name)
}

// jsonCallName is how a message names the call of json's decoding
// function or method name ("Unmarshal", "Decoder.Decode").
func jsonCallName(name string) string {
	if name == "Decoder.Decode" {
		return "(*json.Decoder).Decode"
	}
	return "json." + name
}
