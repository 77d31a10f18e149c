package frontend

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Lowering: values that hold the program's types, handed to encoding/json.
//
// yaegi v0.16.1 hands encoding/json a value of an interpreted type as a
// value of a type reflection built without its methods, its embedded
// fields as such, or its unexported fields as unexported. So json.Marshal
//
//   - calls no MarshalJSON or MarshalText method of the program's types
//     below the top (a field, an element; nor one with a pointer receiver
//     anywhere), and finds no TextMarshaler map key ("unsupported type");
//   - encodes an embedded struct as a field named after its type
//     ({"Base":{...}}), not its fields in the outer object;
//   - encodes an unexported field, under the name the interpreter gave it
//     ("Xinternal":1).
//
// The argument of json.Marshal, json.MarshalIndent and (*json.Encoder).Encode
// whose static type holds such types (where json would reach them) is
// converted, in interpreted code generated for its type, into a tree of
// __repl.JSON* nodes, and the call goes to __repl.JSONMarshal,
// JSONMarshalIndent or JSONEncode: a struct becomes the object of the fields
// json encodes (its rules for tags, embedding and conflicts applied to the
// type here, omitempty, omitzero (with the type's IsZero method) and
// ,string to the values), a map the object of its
// keys (a string, an integer or MarshalText), a slice or array the array
// of its elements, a value whose type has MarshalJSON or MarshalText (or
// its pointer, where json would address it) a call of the method; values of
// compiled types only stay as they are and json encodes them. See
// helpers_json.go for the encoding.
//
// Refused: such an argument whose conversion cannot be written (a type
// local to another function, a type parameter, a blank field, ,string on
// a pointer).
//
// Values of the program's types held in interfaces (an any field), whose
// dynamic type is not known before the program runs, are converted at run
// time (lower_jsonheld.go).

// jsonMarshalFuncs are the functions and methods of encoding/json whose
// argument at the index given is encoded, with their stand-ins.
var jsonMarshalFuncs = map[string]struct {
	arg    int
	helper string
}{
	"Marshal":        {0, "JSONMarshal"},
	"MarshalIndent":  {0, "JSONMarshalIndent"},
	"Encoder.Encode": {0, "JSONEncode"},
}

// lowerJSONMarshal rewrites a call of json's marshalling functions whose
// argument needs converting (see the doc above), and reports whether it did.
func (w *rewriter) lowerJSONMarshal(n *ast.CallExpr, name string, info *types.Info) bool {
	spec, ok := jsonMarshalFuncs[name]
	if !ok || spec.arg >= len(n.Args) || n.Ellipsis.IsValid() {
		return false
	}
	a := n.Args[spec.arg]
	t := info.TypeOf(a)
	if t == nil {
		return false
	}
	// Values held in interfaces (lower_jsonheld.go).
	var held []types.Type
	dyn := false
	if holdsDynIface(t) {
		held, dyn = w.jsonHeld()
	}
	if !jsonNeedsDyn(t, dyn) {
		return false
	}
	g := &jsonConv{w: w, a: a, funcs: map[string]string{}, dyn: dyn, held: held}
	src, ok := w.typeSource(t, a.Pos())
	f := g.conv(t, false)
	if !ok || g.failed != "" || f == "" {
		why, way := g.failed, g.way
		if why == "" {
			why, way = "its type is not in scope here", "declare the type at package level"
		}
		w.refuse(a, fmt.Sprintf("json.%s of a value of type %s, which holds %s: the interpreter would encode it wrongly (%s)", strings.TrimPrefix(name, "Encoder."), reflectString(t), why, way))
		return true
	}
	start, end := w.offset(a.Pos()), w.offset(a.End())
	fun := n.Fun.(*ast.SelectorExpr)
	if name == "Encoder.Encode" {
		w.vacate(fun, HelperPkg+"."+spec.helper)
		w.addOuter(start, start, w.moved(fun.X)+", ", -10) // outside what hoistArgs moves of a deferred call
	} else {
		w.vacate(fun, HelperPkg+"."+spec.helper)
	}
	conv := fmt.Sprintf("%s%s; return %s(__v)", g.decls.String(), g.bodies.String(), f)
	if (w.deferred[n] || w.goCalls[n]) && refersToOthers(t) {
		// Converted when the call runs, as fmt's arguments are
		// (lowerFmtValue).
		conv = fmt.Sprintf("return %s.AtCall(func() any { %s })", HelperPkg, conv)
	}
	w.wrapArg(a, fmt.Sprintf("func(__v %s) any { %s }(", src, conv), -5)
	w.add(end, end, ")", 5)
	return true
}

// jsonMethods says which of json's methods a type has.
func jsonMethods(t types.Type) (marshal, text bool) {
	return implements(t, "encoding/json", "Marshaler"), implements(t, "encoding", "TextMarshaler")
}

// jsonNeeds reports whether json encodes a value of type t wrongly in the
// interpreter: it holds, where json reaches, a type of the program with a
// MarshalJSON or MarshalText method (or whose pointer has one), or a
// struct of the program with an embedded or unexported field, or an
// omitzero field of a type of the program's with an IsZero method (json
// would not see the method).
func jsonNeeds(t types.Type) bool { return jsonNeedsDyn(t, false) }

// jsonNeedsDyn is jsonNeeds; with dyn, an interface that may hold the
// program's values counts (lower_jsonheld.go).
func jsonNeedsDyn(t types.Type, dyn bool) bool {
	return jsonReaches(t, dyn, nil, func(t types.Type) bool {
		if m, x := jsonMethods(t); m || x {
			return true
		}
		if _, ptr := t.Underlying().(*types.Pointer); !ptr {
			if m, x := jsonMethods(types.NewPointer(t)); m || x {
				return true
			}
		}
		return false
	}, func(f *types.Var, tag string) bool {
		return f.Embedded() || !f.Exported() || omitZeroMethod(f.Type(), tag)
	})
}

// omitZeroMethod reports whether a field of type t with the struct tag
// tag has json's omitzero option and t is a type of the program's whose
// value or pointer has an IsZero method.
func omitZeroMethod(t types.Type, tag string) bool {
	_, opts, _ := strings.Cut(reflect.StructTag(tag).Get("json"), ",")
	if !slices.Contains(strings.Split(opts, ","), "omitzero") || !userish(t) {
		return false
	}
	return hasIsZero(t) || !types.IsInterface(t) && hasIsZero(types.NewPointer(t))
}

// jsonReaches reports whether json, walking a value of type t (fields,
// elements, keys, pointed-to values), reaches a type of the program for
// which is holds, or a struct field for which field holds. Interfaces and
// types with type parameters are not walked; with dyn, an interface that
// may hold the program's values is reached, and one for which iface (if
// not nil) holds.
func jsonReaches(t types.Type, dyn bool, iface, is func(types.Type) bool, field func(f *types.Var, tag string) bool) bool {
	seen := map[types.Type]bool{}
	var walk func(t types.Type) bool
	walk = func(t types.Type) bool {
		if types.IsInterface(t) {
			return dyn && dynIface(t) || iface != nil && iface(t)
		}
		if !userish(t) && !(dyn && holdsDynIface(t)) || seen[t] || hasTypeParam(t) {
			return false
		}
		seen[t] = true
		if is(t) {
			return true
		}
		switch u := t.Underlying().(type) {
		case *types.Struct:
			for i := range u.NumFields() {
				if f := u.Field(i); field(f, u.Tag(i)) || walk(f.Type()) {
					return true
				}
			}
		case *types.Slice:
			return walk(u.Elem())
		case *types.Array:
			return walk(u.Elem())
		case *types.Map:
			return walk(u.Key()) || walk(u.Elem())
		case *types.Pointer:
			return walk(u.Elem())
		}
		return false
	}
	return walk(t)
}

// jsonConv writes the interpreted closures that turn values into jsonNodes.
type jsonConv struct {
	w      *rewriter
	a      ast.Expr
	funcs  map[string]string
	decls  strings.Builder
	bodies strings.Builder
	failed string // why the conversion cannot be written
	way    string // and what to do instead
	// Values held in interfaces (lower_jsonheld.go): converted when dyn,
	// by the closure jd, for the types held.
	dyn  bool
	held []types.Type
	jd   string
}

// fail records why the conversion cannot be written, and the way around.
func (g *jsonConv) fail(why, way string) string {
	if g.failed == "" {
		g.failed, g.way = why, way
	}
	return ""
}

// declare finds the closure for key, or declares a variable for a new one
// named prefix and a number, of the type sig (a format for the source of
// t in scope). It returns its name and the source of t, and fresh when
// the caller is to write the new closure's body ("" and not fresh when t
// has a type parameter or is not in scope here: g says why).
func (g *jsonConv) declare(t types.Type, key, prefix, sig string) (name, src string, fresh bool) {
	if name, ok := g.funcs[key]; ok {
		return name, "", false
	}
	if hasTypeParam(t) {
		return g.fail("a type parameter", "use a value of a concrete type"), "", false
	}
	src, ok := g.w.typeSource(t, g.a.Pos())
	if !ok {
		return g.fail("type "+reflectString(t)+" is not in scope here", "declare the type at package level"), "", false
	}
	name = fmt.Sprintf("%s%d", prefix, len(g.funcs))
	g.funcs[key] = name
	fmt.Fprintf(&g.decls, "var %s %s; ", name, fmt.Sprintf(sig, src))
	return name, src, true
}

// conv returns the name of the closure that converts a value of type t
// ("" when the value stays as it is), declaring it if need be; addr says
// whether json would reach the value through a pointer (and so call its
// pointer's methods).
func (g *jsonConv) conv(t types.Type, addr bool) string {
	if g.failed != "" {
		return ""
	}
	if types.IsInterface(t) {
		if g.dyn && dynIface(t) {
			return g.dynConv()
		}
		return ""
	}
	if !userish(t) && !(g.dyn && holdsDynIface(t)) {
		return ""
	}
	name, src, fresh := g.declare(t, fmt.Sprintf("%s/%v", types.TypeString(t, nil), addr), "__j", "func(%s) any")
	if !fresh {
		return name
	}
	typ := strconv.Quote(reflectString(t))
	_, isPtr := t.Underlying().(*types.Pointer)
	nilCheck := ""
	if isPtr {
		nilCheck = "if v == nil { return nil }; "
	}
	method := func(ctor, m string) string {
		return fmt.Sprintf("%sreturn %s.%s(%s, func() ([]byte, error) { return v.%s() })", nilCheck, HelperPkg, ctor, typ, m)
	}
	pm, pt := false, false
	if !isPtr && addr {
		pm, pt = jsonMethods(types.NewPointer(t))
	}
	m, x := jsonMethods(t)
	var body string
	switch {
	case pm || m:
		body = method("JSONMethod", "MarshalJSON")
	case pt || x:
		body = method("JSONText", "MarshalText")
	default:
		body = g.convValue(t, addr)
	}
	if g.failed != "" {
		return ""
	}
	fmt.Fprintf(&g.bodies, "%s = func(v %s) any { %s }; ", name, src, body)
	return name
}

// convValue returns the body of the closure converting a value of type t
// that has none of json's methods.
func (g *jsonConv) convValue(t types.Type, addr bool) string {
	apply := func(f, x string) string {
		if f == "" {
			return x
		}
		return f + "(" + x + ")"
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return "return " + types.Typ[u.Kind()].Name() + "(v)"
	case *types.Struct:
		var b strings.Builder
		b.WriteString("var __k []string; var __x []any; ")
		for _, f := range jsonFields(t) {
			access := "v"
			var cond []string
			st := t
			for i, idx := range f.index {
				fv := st.Underlying().(*types.Struct).Field(idx)
				if fv.Name() == "_" {
					return g.fail("a blank (_) field", "name the field")
				}
				access += "." + g.w.fieldSel(fv)
				st = fv.Type()
				if i < len(f.index)-1 {
					if p, ok := st.Underlying().(*types.Pointer); ok {
						cond = append(cond, access+" != nil")
						st = p.Elem()
					}
				}
			}
			ft := f.typ
			fieldAddr := addr || len(cond) > 0
			val := apply(g.conv(ft, fieldAddr), "__f")
			if f.quoted {
				if _, ptr := ft.Underlying().(*types.Pointer); ptr {
					return g.fail("the ,string option on a pointer field", "make the field a value, or drop ,string")
				}
				if m, x := jsonMethods(ft); !m && !x {
					val = HelperPkg + ".JSONQuoted(" + val + ")"
				}
			}
			put := fmt.Sprintf("__k = append(__k, %s); __x = append(__x, %s)", strconv.Quote(f.name), val)
			if f.omitZero {
				put = fmt.Sprintf("if !(%s) { %s }", jsonZero(ft, "__f"), put)
			}
			if f.omitEmpty {
				if empty := jsonEmpty(ft, "__f"); empty != "" {
					put = fmt.Sprintf("if !(%s) { %s }", empty, put)
				}
			}
			stmt := fmt.Sprintf("{ __f := %s; %s }", access, put)
			if len(cond) > 0 {
				stmt = fmt.Sprintf("if %s %s", strings.Join(cond, " && "), stmt)
			}
			b.WriteString(stmt + "; ")
		}
		fmt.Fprintf(&b, "return %s.JSONObject(__k, __x)", HelperPkg)
		return b.String()
	case *types.Slice:
		if isByte(u.Elem()) {
			if m, x := jsonMethods(types.NewPointer(u.Elem())); !m && !x {
				if types.Identical(u.Elem(), types.Typ[types.Byte]) {
					return "return []byte(v)"
				}
				return g.fail("a slice of the program's byte type", "use []byte")
			}
		}
		e := apply(g.conv(u.Elem(), true), "v[__i]")
		return fmt.Sprintf("if v == nil { return nil }; __e := make([]any, len(v)); for __i := range v { __e[__i] = %s }; return %s.JSONArray(__e)", e, HelperPkg)
	case *types.Array:
		e := apply(g.conv(u.Elem(), addr), "v[__i]")
		return fmt.Sprintf("__e := make([]any, len(v)); for __i := range v { __e[__i] = %s }; return %s.JSONArray(__e)", e, HelperPkg)
	case *types.Map:
		// A key is a string, else its MarshalText, else an integer.
		var k string
		_, text := jsonMethods(u.Key())
		switch kb, _ := u.Key().Underlying().(*types.Basic); {
		case kb != nil && kb.Info()&types.IsString != 0:
			k = "string(__k)"
		case text:
			k = g.textKey(u.Key()) + "(__k)"
		case kb != nil && kb.Info()&types.IsInteger != 0:
			k = types.Typ[kb.Kind()].Name() + "(__k)"
		default:
			return fmt.Sprintf("return %s.JSONError(%q)", HelperPkg, "json: unsupported type: "+reflectString(t))
		}
		x := apply(g.conv(u.Elem(), false), "__x")
		return fmt.Sprintf("if v == nil { return nil }; var __ks, __xs []any; for __k, __x := range v { __ks = append(__ks, %s); __xs = append(__xs, %s) }; return %s.JSONMap(__ks, __xs)", k, x, HelperPkg)
	case *types.Pointer:
		return fmt.Sprintf("if v == nil { return nil }; return %s", apply(g.conv(u.Elem(), true), "*v"))
	case *types.Signature, *types.Chan:
		return fmt.Sprintf("return %s.JSONError(%q)", HelperPkg, "json: unsupported type: "+reflectString(t))
	}
	return g.fail("type "+reflectString(t), "encode a value of other types")
}

// textKey returns the name of the closure that converts a map key of
// type t, which has a MarshalText method, into a call of it.
func (g *jsonConv) textKey(t types.Type) string {
	name, src, fresh := g.declare(t, types.TypeString(t, nil)+"/key", "__j", "func(%s) any")
	if !fresh {
		return name
	}
	nilKey := ""
	if _, ptr := t.Underlying().(*types.Pointer); ptr {
		nilKey = fmt.Sprintf("if v == nil { return %s.JSONText(\"\", nil) }; ", HelperPkg)
	}
	fmt.Fprintf(&g.bodies, "%s = func(v %s) any { %sreturn %s.JSONText(%q, func() ([]byte, error) { return v.MarshalText() }) }; ", name, src, nilKey, HelperPkg, reflectString(t))
	return name
}

func isByte(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Uint8
}

// jsonEmpty returns the condition that json's omitempty finds x, of type
// t, empty under ("" when it never does).
func jsonEmpty(t types.Type, x string) string {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Info()&types.IsString != 0:
			return x + ` == ""`
		case u.Info()&types.IsBoolean != 0:
			return "!" + x
		case u.Info()&types.IsNumeric != 0 && u.Info()&types.IsComplex == 0:
			return x + " == 0"
		}
	case *types.Slice, *types.Map, *types.Array:
		return "len(" + x + ") == 0"
	case *types.Pointer, *types.Interface:
		return x + " == nil"
	}
	return ""
}

// jsonZero returns the test json's omitzero makes of x, a value of type
// t in a variable: its IsZero method where t or its pointer has one (a
// nil pointer or interface is zero), else whether it is t's zero value.
func jsonZero(t types.Type, x string) string {
	switch {
	case hasIsZero(t):
		switch t.Underlying().(type) {
		case *types.Pointer, *types.Interface:
			return x + " == nil || " + x + ".IsZero()"
		}
		return x + ".IsZero()"
	case !types.IsInterface(t) && hasIsZero(types.NewPointer(t)):
		return x + ".IsZero()" // (x is addressable)
	}
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Interface, *types.Slice, *types.Map, *types.Chan, *types.Signature:
		return x + " == nil"
	}
	return HelperPkg + ".JSONIsZero(" + x + ")"
}

// hasIsZero reports whether t's method set has IsZero() bool, json's
// omitzero test.
func hasIsZero(t types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, false, nil, "IsZero")
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Signature()
	if sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return false
	}
	b, ok := sig.Results().At(0).Type().(*types.Basic)
	return ok && b.Kind() == types.Bool
}

// A jsonField is a field json encodes, as encoding/json's typeFields
// finds it.
type jsonField struct {
	name                        string
	tagged                      bool
	index                       []int
	typ                         types.Type
	omitEmpty, omitZero, quoted bool
}

// jsonFields returns the fields json encodes for the struct type t, by
// encoding/json's rules (typeFields): tags, embedded structs explored
// breadth first, fields hidden by Go's rules or in conflict dropped.
func jsonFields(t types.Type) []jsonField {
	type walkItem struct {
		typ   types.Type
		index []int
	}
	var fields []jsonField
	var current []walkItem
	next := []walkItem{{typ: t}}
	var count, nextCount map[string]int
	visited := map[string]bool{}
	for len(next) > 0 {
		current, next = next, nil
		count, nextCount = nextCount, map[string]int{}
		for _, f := range current {
			key := types.TypeString(f.typ, nil)
			if visited[key] {
				continue
			}
			visited[key] = true
			st, ok := f.typ.Underlying().(*types.Struct)
			if !ok {
				continue
			}
			for i := range st.NumFields() {
				sf := st.Field(i)
				if sf.Embedded() {
					et := sf.Type()
					if p, ok := et.Underlying().(*types.Pointer); ok {
						et = p.Elem()
					}
					if _, isStruct := et.Underlying().(*types.Struct); !sf.Exported() && !isStruct {
						continue
					}
				} else if !sf.Exported() {
					continue
				}
				tag := reflect.StructTag(st.Tag(i)).Get("json")
				if tag == "-" {
					continue
				}
				name, opts, _ := strings.Cut(tag, ",")
				if !validJSONTag(name) {
					name = ""
				}
				index := append(slices.Clone(f.index), i)
				ft := sf.Type()
				if _, named := types.Unalias(ft).(*types.Named); !named {
					if p, ok := ft.(*types.Pointer); ok {
						ft = p.Elem()
					}
				}
				hasOpt := func(o string) bool { return slices.Contains(strings.Split(opts, ","), o) }
				quoted := false
				if hasOpt("string") {
					if b, ok := ft.Underlying().(*types.Basic); ok && b.Info()&(types.IsBoolean|types.IsInteger|types.IsFloat|types.IsString) != 0 {
						quoted = true
					}
				}
				_, ftStruct := ft.Underlying().(*types.Struct)
				if name != "" || !sf.Embedded() || !ftStruct {
					tagged := name != ""
					if name == "" {
						name = sf.Name()
					}
					field := jsonField{name: name, tagged: tagged, index: index, typ: sf.Type(), omitEmpty: hasOpt("omitempty"), omitZero: hasOpt("omitzero"), quoted: quoted}
					fields = append(fields, field)
					if count[key] > 1 {
						fields = append(fields, field)
					}
					continue
				}
				fk := types.TypeString(ft, nil)
				nextCount[fk]++
				if nextCount[fk] == 1 {
					next = append(next, walkItem{typ: ft, index: index})
				}
			}
		}
	}
	slices.SortFunc(fields, func(a, b jsonField) int {
		if c := strings.Compare(a.name, b.name); c != 0 {
			return c
		}
		if c := cmp.Compare(len(a.index), len(b.index)); c != 0 {
			return c
		}
		if a.tagged != b.tagged {
			if a.tagged {
				return -1
			}
			return 1
		}
		return slices.Compare(a.index, b.index)
	})
	out := fields[:0]
	for advance, i := 0, 0; i < len(fields); i += advance {
		fi := fields[i]
		for advance = 1; i+advance < len(fields); advance++ {
			if fields[i+advance].name != fi.name {
				break
			}
		}
		if advance == 1 {
			out = append(out, fi)
			continue
		}
		group := fields[i : i+advance]
		if len(group) > 1 && len(group[0].index) == len(group[1].index) && group[0].tagged == group[1].tagged {
			continue
		}
		out = append(out, group[0])
	}
	slices.SortFunc(out, func(a, b jsonField) int { return slices.Compare(a.index, b.index) })
	return out
}

// validJSONTag is encoding/json's isValidTag.
func validJSONTag(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case !unicode.IsLetter(c) && !unicode.IsDigit(c):
			return false
		}
	}
	return true
}

// refuse records that the input is refused, with msg, at n (the first
// refusal is the one said).
func (w *rewriter) refuse(n ast.Node, msg string) {
	if w.refusal == nil {
		w.refusal = &Error{Pos: w.src.Position(w.offset(n.Pos())), Msg: msg}
	}
}
