package frontend

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// Lowering: type assertions to the program's interfaces.
//
// yaegi v0.16.1 gets x.(I), for an interface I declared in interpreted code
// (or an interface literal such as interface{ Unwrap() []error }), wrong
// in three ways:
//
//   - v, ok := x.(I) and v := x.(I) panic inside the interpreter
//     ("reflect.Set: value of type interface {} is not assignable to type
//     interp.valueInterface", "interface conversion: nil is not main.I");
//     only the status (_, ok := x.(I)) and a type switch's case I work;
//   - those compare method names only, not method sets: a T whose methods
//     have pointer receivers is taken for an I, and a *T whose methods have
//     value receivers is not;
//   - a value of a compiled type never matches.
//
// So an assertion to such an interface becomes a call of a function
// literal that does it with a type switch: before its case I, a case for
// each of the program's types the switch would answer wrongly (case *T:
// it is an I; case T: it is not), which the type checker tells; a
// compiled value with the interface's methods panics with a message
// saying so (rather than answer false); the one-result form panics with
// Go's runtime error when the value is not an I. A type switch's
// interface cases go through the same function (see typeSwitch).
//
// A type the explicit cases would name that the interpreter cannot tell
// from another of the program's types with the other answer (see reprKey)
// is not guessed: its case panics, saying so.
//
// An assertion to a compiled interface with methods (fmt.Stringer, error,
// io.Reader) that one of the program's types implements goes through the
// same function, with explicit cases for those types only: yaegi holds a
// value of a struct type of the program's in an any (var a any = T{}) as
// its fields alone, so a.(fmt.Stringer) was false, a type switch's case
// fmt.Stringer missed it and a.(error) panicked naming the struct. A value
// of the program's error types asserted to error goes in the box it is
// held in as error (see lower_errbox.go).
//
// At the prompt, a later input may declare a type, or give one of the
// types the explicit cases name methods: the case of a type with none of
// the interface's methods asks the method sets inputs registered
// (lower_fmtlater.go), and a value of a type given them since goes on to
// the interpreter's case I (out of its box first, for an error type:
// perim(Circ{2}) with Perimeter declared after perim was false); one the
// interpreter's case misses (a type declared after the function, in an
// error's box or a pointer to a struct whose methods take the value)
// panics, saying to declare the function again.

// programTypes returns the program's and the session's package-level named
// types that can be named in a case: neither generic nor interfaces nor
// aliases.
func (w *rewriter) programTypes() []*types.TypeName {
	return programTypes(w.plan.Checked, w.fe.Types.Objs)
}

// blankMethodTypes returns the types the segment, or an earlier input of
// the session, declares a method named _ of.
func (w *rewriter) blankMethodTypes() map[string]bool {
	out := map[string]bool{}
	for key := range w.fe.Types.Objs {
		if recv, ok := strings.CutSuffix(key, "._"); ok {
			out[recv] = true
		}
	}
	info := w.info()
	for _, d := range w.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || len(fd.Recv.List) == 0 || fd.Name.Name != "_" {
			continue
		}
		t := info.TypeOf(fd.Recv.List[0].Type)
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := t.(*types.Named); ok {
			out[n.Origin().Obj().Name()] = true
		}
	}
	return out
}

// programTypes is rewriter.programTypes for the check c and the session's
// objects.
func programTypes(c *Checked, objs map[string]types.Object) []*types.TypeName {
	var named []*types.TypeName
	seen := map[string]bool{}
	add := func(o types.Object) {
		tn, ok := o.(*types.TypeName)
		if !ok || seen[tn.Name()] || tn.Pkg() == nil || tn.Pkg().Path() != "main" || tn.Parent() != tn.Pkg().Scope() || tn.IsAlias() {
			return
		}
		if n, ok := tn.Type().(*types.Named); !ok || n.TypeParams().Len() > 0 || types.IsInterface(n) {
			return
		}
		seen[tn.Name()] = true
		named = append(named, tn)
	}
	if c != nil && c.pkg != nil {
		for _, name := range c.pkg.Scope().Names() {
			add(c.pkg.Scope().Lookup(name))
		}
	}
	for _, key := range slices.Sorted(maps.Keys(objs)) {
		add(objs[key])
	}
	return named
}

// genericInstanceCase returns the name of an instance of a generic type
// of the program's (with no type parameter left) for which the
// interpreter's assertion to iface may answer wrongly, "" if none: the
// explicit cases of the lowered switch name the program's types that are
// not generic only, and the interpreter misses an instance's methods
// promoted from an embedded field (*A[int] with Get from its inner
// field was no I when the assertion's value is kept).
func (w *rewriter) genericInstanceCase(iface *types.Interface) string {
	info := w.info()
	if info == nil {
		return ""
	}
	var found []string
	for _, inst := range info.Instances {
		n, ok := types.Unalias(inst.Type).(*types.Named)
		if !ok || n.TypeArgs().Len() == 0 || types.IsInterface(n) || hasTypeParam(n) {
			continue
		}
		ptr := types.NewPointer(n)
		if !types.Implements(ptr, iface) {
			continue
		}
		ms := types.NewMethodSet(ptr)
		if slices.ContainsFunc(slices.Collect(iface.Methods()), func(m *types.Func) bool {
			sel := ms.Lookup(m.Pkg(), m.Name())
			return sel != nil && len(sel.Index()) > 1
		}) {
			found = append(found, types.TypeString(n, func(*types.Package) string { return "" }))
		}
	}
	if len(found) == 0 {
		return ""
	}
	slices.Sort(found)
	return found[0]
}

// heldTypes returns programTypes and the types the segment declares
// inside functions (neither generic nor interfaces nor aliases), in the
// order of their declarations: values of both may be held in an
// interface where fmt or json see them (lower_fmtheld.go), and a local
// type can be named where its scope reaches (typeSource says where).
func (w *rewriter) heldTypes() []*types.TypeName {
	named := w.programTypes()
	info := w.info()
	if info == nil {
		return named
	}
	var local []*types.TypeName
	for id, o := range info.Defs {
		tn, ok := o.(*types.TypeName)
		if !ok || id == nil || tn.Pkg() == nil || tn.Pkg().Path() != "main" || tn.Parent() == nil || tn.Parent() == tn.Pkg().Scope() || tn.IsAlias() {
			continue
		}
		if n, ok := tn.Type().(*types.Named); !ok || n.TypeParams().Len() > 0 || types.IsInterface(n) || hasTypeParam(n.Underlying()) {
			continue
		}
		local = append(local, tn)
	}
	slices.SortFunc(local, func(a, b *types.TypeName) int { return cmp.Compare(a.Pos(), b.Pos()) })
	return append(named, local...)
}

// typeOf returns e's type as the type check found it (nil when it could
// not run).
func (w *rewriter) typeOf(e ast.Expr) types.Type {
	if info := w.info(); info != nil {
		return info.TypeOf(e)
	}
	return nil
}

// interpretedIface returns t's interface when t is an interface with
// methods that the interpreter holds as its own: declared by the program,
// or a literal.
func interpretedIface(t types.Type) (*types.Interface, bool) {
	if t == nil {
		return nil, false
	}
	iface, ok := t.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return nil, false
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && (n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main") {
		return nil, false // error, fmt.Stringer: the interpreter asserts those with reflection
	}
	return iface, true
}

// ifaceCase is an explicit case of the lowered switch: a type and whether
// a value of it is an I.
type ifaceCase struct {
	t  types.Type
	is bool
}

// ifaceCases returns the cases the switch needs before its case I, for
// the program's types; blank names those of them with a method named _
// (go/types keeps it in no method set; yaegi holds it as a method).
func ifaceCases(named []*types.TypeName, iface *types.Interface, blank map[string]bool) []ifaceCase {
	var cases []ifaceCase
	for _, tn := range named {
		t := tn.Type()
		p := types.NewPointer(t)
		if _, isPtr := t.Underlying().(*types.Pointer); isPtr {
			continue // no methods of its own on *T
		}
		switch {
		case types.Implements(t, iface):
			// T too: a value of T that compiled code hands back (errors.As
			// walking a chain) is no longer the interpreter's own.
			cases = append(cases, ifaceCase{p, true}, ifaceCase{t, true})
		case types.Implements(p, iface):
			cases = append(cases, ifaceCase{t, false}, ifaceCase{p, true})
		case types.NewMethodSet(p).Len() > 0 || blank[tn.Name()] && tn.Parent() == tn.Pkg().Scope():
			// Neither: yaegi's case I takes a value of a type with
			// methods held in another interface (a Circle in a Shape
			// asserted to Perimeterer), or with a method named _ alone
			// held in any.
			cases = append(cases, ifaceCase{p, false}, ifaceCase{t, false})
		}
	}
	return cases
}

// programInstances returns the instances of the program's generic types
// (without type parameters) the segment's code, or an earlier input's of
// the session, mentions, in the order of their text.
func (w *rewriter) programInstances() []types.Type {
	info := w.info()
	if info == nil {
		return nil
	}
	if w.instances != nil {
		return *w.instances
	}
	seen := segmentInstances(info)
	for k, t := range w.fe.instTypes {
		// Made again of the generic type the session has now (its
		// methods as later inputs declared them); not where the segment
		// declares the type again.
		n := types.Unalias(t).(*types.Named)
		name := n.Origin().Obj().Name()
		c := w.plan.Checked
		if seen[k] != nil || c == nil || c.pkg == nil || c.decls[name] != nil {
			continue
		}
		// The check's own object, with the methods it sees.
		cur, ok := c.pkg.Scope().Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		if inst, err := types.Instantiate(nil, cur.Type(), slices.Collect(n.TypeArgs().Types()), true); err == nil {
			seen[k] = inst
		}
	}
	var out []types.Type
	for _, k := range slices.Sorted(maps.Keys(seen)) {
		out = append(out, seen[k])
	}
	w.instances = &out
	return out
}

// segmentInstances returns the instances of the program's generic types
// (without type parameters) that info records, by their text.
func segmentInstances(info *types.Info) map[string]types.Type {
	seen := map[string]types.Type{}
	for _, tv := range info.Types {
		if t := tv.Type; t != nil && isProgramInstance(t) && !hasTypeParam(t) {
			seen[TypeText(t)] = t
		}
	}
	return seen
}

// compiledIfaceOf returns t's interface when t is a compiled interface with
// methods (fmt.Stringer, error, io.Reader) that one of the program's types,
// or a pointer to one, implements.
func compiledIfaceOf(t types.Type, named []*types.TypeName) (*types.Interface, bool) {
	if !compiledIfaceWithMethods(t) || isTypeParam(t) {
		return nil, false
	}
	iface := t.Underlying().(*types.Interface)
	for _, c := range compiledIfaceCases(named, iface) {
		if c.is {
			return iface, true
		}
	}
	return nil, false
}

// compiledIfaceCases returns the cases the switch needs before its case I,
// for a compiled interface I. yaegi v0.16.1 holds a value of a struct type
// of the program's held in an any (var a any = T{}) as its fields alone,
// with no methods, so its own assertion to fmt.Stringer said false of a T
// with a String method, and of a pointer to a type of the program's whose
// methods have value receivers; the explicit cases ask for those types
// first.
func compiledIfaceCases(named []*types.TypeName, iface *types.Interface) []ifaceCase {
	var cases []ifaceCase
	for _, tn := range named {
		t := tn.Type()
		p := types.NewPointer(t)
		if _, isPtr := t.Underlying().(*types.Pointer); isPtr {
			continue
		}
		// A value of a type of another kind (type Temp float64) keeps
		// its methods in an any; a pointer to one does not.
		_, isStruct := t.Underlying().(*types.Struct)
		switch {
		case !types.Implements(p, iface):
		case !isStruct:
			cases = append(cases, ifaceCase{p, true})
		case types.Implements(t, iface):
			cases = append(cases, ifaceCase{p, true}, ifaceCase{t, true})
		default:
			cases = append(cases, ifaceCase{t, false}, ifaceCase{p, true})
		}
	}
	return cases
}

// localTag returns the name the tag of t's struct type gives it (see
// structTagName), t being a struct type declared in a function or a
// pointer to one (ptr).
func (w *rewriter) localTag(t types.Type) (tag string, ptr bool, ok bool) {
	if p, isPtr := types.Unalias(t).(*types.Pointer); isPtr {
		t, ptr = p.Elem(), true
	}
	n, isNamed := types.Unalias(t).(*types.Named)
	if !isNamed || !structTagged(n) || n.Obj().Parent() == n.Obj().Pkg().Scope() {
		return "", false, false
	}
	info := w.info()
	ast.Inspect(w.file, func(node ast.Node) bool {
		if ts, isSpec := node.(*ast.TypeSpec); isSpec && info.Defs[ts.Name] == n.Obj() {
			tag, ok = w.structTagName(info, ts), true
		}
		return !ok
	})
	return tag, ptr, ok
}

// ifaceTwin returns a type the interpreter cannot tell from case c's (one
// of the program's types, a pointer to one, or the underlying type of one)
// that has the other answer.
func ifaceTwin(named []*types.TypeName, iface *types.Interface, c ifaceCase) (types.Type, bool) {
	var all []types.Type
	for _, tn := range named {
		all = append(all, tn.Type(), types.NewPointer(tn.Type()))
		if _, isStruct := tn.Type().Underlying().(*types.Struct); !isStruct {
			all = append(all, tn.Type().Underlying())
		}
	}
	key := ReprKey(c.t)
	for _, u := range all {
		if !types.Identical(u, c.t) && ReprKey(u) == key && types.Implements(u, iface) != c.is {
			return u, true
		}
	}
	return nil, false
}

// holdable reports whether a value of type t may be held by an operand
// of static type xt (nil: any interface): t implements xt.
func holdable(t, xt types.Type) bool {
	if xt == nil {
		return true
	}
	it, ok := xt.Underlying().(*types.Interface)
	return !ok || types.Implements(t, it)
}

// ifaceAssert returns the expression that asserts x (source text) to t, an
// interface of the program (see the doc above), with an ok result when
// commaOK; ok is false when t is no such interface or cannot be written
// at pos.
func (w *rewriter) ifaceAssert(x string, t types.Type, pos token.Pos, commaOK bool) (string, bool) {
	return w.ifaceAssertTwins(x, nil, t, pos, commaOK, false)
}

// ifaceAssertTwins is ifaceAssert; where a case the interpreter cannot tell
// from a twin of the other answer exists, it declines (keepTwins false) or
// writes a case that panics saying so (keepTwins true: for a type switch's
// case, which the interpreter would answer wrongly, and an assertion,
// which it would crash on). xt is x's static type (nil: any interface),
// by which a failed assertion's panic names the dynamic type.
func (w *rewriter) ifaceAssertTwins(x string, xt, t types.Type, pos token.Pos, commaOK, keepTwins bool) (string, bool) {
	// The types declared in functions too, where a case can name one
	// (typeSource): but an error (unboxable), which the interpreter would
	// then hold as error without the box the package's types get
	// (lower_errbox.go), so that errors.As took it for its embedded
	// error; an assertion of one to an interface it implements panics,
	// saying so (the interpreter's own said false).
	named := w.programTypes()
	var unboxable []*types.TypeName
	for _, tn := range w.heldTypes()[len(named):] {
		if types.Implements(types.NewPointer(tn.Type()), errorType) {
			unboxable = append(unboxable, tn)
		} else {
			named = append(named, tn)
		}
	}
	iface, ok := interpretedIface(t)

	if ok {
		if inst := w.genericInstanceCase(iface); inst != "" {
			if w.refusal == nil {
				w.refusal = &Error{Pos: w.src.Position(w.offset(pos)), Msg: fmt.Sprintf("type assertion to %s: the program's %s has methods of it promoted from an embedded field, which the interpreter's assertion misses in instances of generic types; assert to the instance's own type, or call the method through a variable of it", TypeText(t), inst)}
			}
			return "", false
		}
	}
	compiled := false
	var earlier []earlierEmbedder
	if !ok {
		// A compiled interface (fmt.Stringer, error, io.Reader) that one
		// of the program's types implements: the interpreter's own
		// assertion misses a value of the type held in an any (see
		// compiledIfaceCases); one it cannot tell from a twin panics,
		// saying so, rather than answer wrongly.
		iface, ok = compiledIfaceOf(t, slices.Concat(named, unboxable))
		if !ok && compiledIfaceWithMethods(t) && !isTypeParam(t) && slices.ContainsFunc(w.programInstances(), func(inst types.Type) bool {
			return types.Implements(types.NewPointer(inst), t.Underlying().(*types.Interface))
		}) {
			iface, ok = t.Underlying().(*types.Interface), true // (see the instances' cases below)
		}
		if earlier = w.earlierEmbedders(t); !ok && len(earlier) > 0 {
			// A type of an earlier input's function that implements
			// it (lower_localassert.go).
			iface, ok = t.Underlying().(*types.Interface), true
		}
		if !ok {
			return "", false
		}
		compiled, keepTwins = true, true
	}
	typ, ok := w.typeSource(t, pos)
	if !ok {
		return "", false
	}
	cases := ifaceCases(named, iface, w.blankMethodTypes())

	if compiled {
		cases = compiledIfaceCases(named, iface)
	}
	for _, c := range cases {
		if _, ptr := c.t.(*types.Pointer); c.is && !ptr {
			continue // skipped below
		}
		if _, ok := ifaceTwin(named, iface, c); ok && !keepTwins {
			// Not lowered: the interpreter fails on it loudly.
			return "", false
		}
	}
	var methods []string
	for m := range iface.Methods() {
		methods = append(methods, fmt.Sprintf("%q", m.Name()))
	}
	slices.Sort(methods)
	// The methods with their signatures as reflection writes them, for
	// NotInterface: a compiled type with a method of the name but another
	// signature (*fmt.wrapError's Unwrap() error for Unwrap() []error) is
	// not one; none has a method whose signature names the program's
	// types (sigs is nil then: no compiled value is one).
	var sigs []string
	for m := range iface.Methods() {
		if userish(m.Signature()) {
			sigs = nil
			break
		}
		sigs = append(sigs, strconv.Quote(m.Name()+" "+reflectString(m.Signature())))
	}
	slices.Sort(sigs)
	// The interface as Go's message names it (main.Animal).
	goName := TypeText(t)
	switch types.Unalias(t).(type) {
	case *types.Named:
		goName = typedNilName(t)
	case *types.Interface:
		goName = reflectString(t) // interface { M() int }, the runtime's spelling
	}
	name := fmt.Sprintf("%q", goName)
	at := w.src.Position(w.offset(pos))
	fail := fmt.Sprintf("panic(%s.AssertionErrorAt(%q, __x, %s(__x), %s, %s))", HelperPkg, at, w.typeNameFuncOf(xt, pos, false), name, strings.Join(methods, ", "))
	// failAs is fail for a value known to be of type ct (the
	// interpreter's type switch on the value would miss its case).
	failAs := func(ct types.Type) string {
		if commaOK {
			return fail
		}
		return fmt.Sprintf("panic(%s.AssertionErrorAt(%q, __x, %q, %s, %s))", HelperPkg, at, typedNilName(ct), name, strings.Join(methods, ", "))
	}
	// failNil is fail for a nil interface, which Go's message says is
	// nil ("interface is nil, not main.Namer").
	failNil := fmt.Sprintf("panic(%s.AssertionErrorAt(%q, nil, \"\", %s, %s))", HelperPkg, at, name, strings.Join(methods, ", "))
	if commaOK {
		fail, failNil = "return __z, false", "return __z, false"
	}
	// The explicit cases are comma-ok assertions: yaegi v0.16.1's type
	// switch tries interface cases first, and misses a struct case of a
	// type with methods.
	var b strings.Builder
	if commaOK {
		fmt.Fprintf(&b, "func(__x any) (%s, bool) { var __z %s; ", typ, typ)
	} else {
		fmt.Fprintf(&b, "func(__x any) %s { ", typ)
	}
	ret := func(is bool) string {
		switch {
		case is && commaOK:
			return "return __v, true"
		case is:
			return "return __v"
		}
		return "_ = __v; " + fail
	}
	// retAs is ret for a value of type ct: a value of the program's error
	// types asserted to error goes in the box it is held in as error (see
	// lower_errbox.go).
	retAs := func(is bool, ct types.Type) string {
		if is && types.Identical(t, types.Universe.Lookup("error").Type()) && boxedErrorType(ct) {
			prefix, suffix := w.boxError(ct)
			if commaOK {
				return "return " + prefix + "__v" + suffix + ", true"
			}
			return "return " + prefix + "__v" + suffix
		}
		if !is {
			return "_ = __v; " + failAs(ct)
		}
		// A nil pointer of the program's held in an any: the typed nil
		// Go's conversion makes (see lower_typednil.go), not the nil
		// interface the interpreter's would.
		if compiled && nilableUserType(ct) {
			if conv, ok := w.typedNilConv(ct, t, "__n", pos); ok {
				typ, _ := w.typeSource(ct, pos)
				if commaOK {
					return "if __v == nil { var __n " + typ + "; return " + conv + ", true }; " + ret(true)
				}
				return "if __v == nil { var __n " + typ + "; return " + conv + " }; " + ret(true)
			}
		}
		return ret(is)
	}
	// A nil value is no I (yaegi's type switch panics on it: "call of
	// reflect.Value.Type on zero Value").
	fmt.Fprintf(&b, "if __x == nil { %s }; ", failNil)
	for _, tn := range unboxable {
		for _, ct := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			src, ok := w.typeSource(ct, pos)
			if !ok || !types.Implements(ct, iface) {
				continue
			}
			fmt.Fprintf(&b, "if _, __ok := __x.(%s); __ok { panic(%s.RefusedAt(%q, %q)) }; ", src, HelperPkg, fmt.Sprintf(
				"repl: a %s asserted to %s: the interpreter cannot hold a value of an error type declared in a function as Go does (errors.As would take it for the error it embeds); declare the type at package level", typedNilName(ct), TypeText(t)), w.src.Position(w.offset(pos)))
		}
	}
	for _, c := range cases {
		ct, ok := w.typeSource(c.t, pos)
		if !ok {
			// A struct type declared in another function, whose value
			// got here in an interface: told by its tag, and refused.
			if tag, ptr, ok := w.localTag(c.t); ok && c.is {
				fmt.Fprintf(&b, "if %s.TaggedAs(__x, %q, %t) { panic(%s.RefusedAt(%q, %q)) }; ", HelperPkg, tag, ptr, HelperPkg, fmt.Sprintf(
					"repl: a %s, declared in another function, asserted to %s: the interpreter's assertion misses the methods it has by embedding, and the shell cannot name the type here; assert it where the type is declared, or declare the type at package level", typedNilName(c.t), TypeText(t)), w.src.Position(w.offset(pos)))
			}
			continue
		}
		if twin, ok := ifaceTwin(named, iface, c); ok {
			if _, ptr := c.t.(*types.Pointer); c.is && !ptr && !compiled {
				// Only a value of T the interpreter holds as its own,
				// which its case I answers for (a compiled I's case
				// misses it).
				continue
			}
			fmt.Fprintf(&b, "if _, __ok := __x.(%s); __ok { panic(%s.Refused(%q)) }; ", ct, HelperPkg, fmt.Sprintf(
				"repl: %s or %s as %s: the interpreter holds them alike (as %s), and only one of them is %s; give the type a shape of its own (a struct with a field no other type has)",
				TypeText(c.t), TypeText(twin), TypeText(t), shownRepr(ReprKey(c.t)), withArticle(TypeText(t))))
			continue
		}
		if !c.is && !compiled && w.mode != ModeScript && !types.Implements(types.NewPointer(derefType(c.t)), iface) {
			// A type with none of the methods yet: a later input may
			// give it them (a method declared in an input of its own),
			// whose method set it registers (lower_fmtlater.go); such a
			// value goes on to the interpreter's case I, which takes it;
			// one of an error type in its box (lower_errbox.go) out of
			// it first.
			if boxedErrorType(c.t) {
				fmt.Fprintf(&b, "if __b, __ok := %s.Unbox(__x, %q); __ok { __x = %s }; ", HelperPkg, typedNilName(c.t), unboxed(c.t, ct))
			}
			fmt.Fprintf(&b, "if __v, __ok := __x.(%s); __ok && !%s.GainedMethods(__x, %s) { %s }; ", ct, HelperPkg, strings.Join(methods, ", "), retAs(false, c.t))
			continue
		}
		fmt.Fprintf(&b, "if __v, __ok := __x.(%s); __ok { %s }; ", ct, retAs(c.is, c.t))
	}
	if compiled {
		// An instance of a generic type of the program's (Box[int] with
		// a String method): yaegi's own assertion said true and gave a
		// broken value (nil, or a panic in reflection's words); its
		// type switch case of the instance finds it (lower_instassert.go).
		for _, inst := range w.programInstances() {
			for _, ct := range []types.Type{inst, types.NewPointer(inst)} {
				if !types.Implements(ct, iface) {
					continue
				}
				src, ok := w.typeSource(ct, pos)
				if !ok {
					continue
				}
				if src == types.TypeString(ct, w.qualifier()) {
					// Not written out (lower_typecopy.go): an alias of
					// the instance of several type parameters.
					src = w.instanceText(ct, src)
				}
				b.WriteString(w.instanceCase(ct, src, retAs(true, ct)))
			}
		}
		// yaegi's type switch case of a compiled interface gives a
		// broken value (%T said <nil> of an error), its comma-ok form
		// the value.
		// It gives a nil one of a nil value of the program's types that
		// the cases above do not name (a slice type's): see
		// lower_typednil.go.
		// The interpreter's result of the assertion is made after the
		// tests of __x's type: it builds it from the place the value
		// was made in, read in this function's frame, which does not
		// hold it (a zero reflect.Value when the frame is shorter:
		// "reflect: call of reflect.Value.Type on zero Value"); its
		// comma-ok form without a result only compares method sets.
		// A value of a named type of the program's that is not a struct
		// or a pointer, held in the interpreter's interface value as
		// such (c := Color(1); var v any = c): its assertion said true
		// and gave a nil interface. The value itself, by the name the
		// wrapper keeps.
		var held strings.Builder
		for _, nt := range w.nonStructTypes() {
			switch {
			case types.Implements(nt, iface):
				if src, ok := w.typeSource(nt, pos); ok {
					fmt.Fprintf(&held, "case %q: __v := __x.(%s); %s; ", typedNilName(nt), src, retAs(true, nt))
				}
			case types.Implements(types.NewPointer(nt), iface):
				// Its pointer has the methods, the value not (Push on
				// *Nums): no I, where the interpreter's assertion,
				// comparing method names, said it was.
				fmt.Fprintf(&held, "case %q: __v := __x; %s; ", typedNilName(nt), retAs(false, nt))
			}
		}
		if held.Len() > 0 {
			fmt.Fprintf(&b, "switch %s.Held(__x) { %s}; ", HelperPkg, held.String())
		}
		typeTests, nilTests := w.typedNilAssertNil(t, pos, commaOK)
		lacks := ""
		if call := w.lacksMethods("__x", t); call != "" {
			lacks = " && !" + call
		}
		fmt.Fprintf(&b, "if _, __ok := __x.(%s); __ok%s { %s__v := %s.(%s); %s%s }; ", typ, lacks, typeTests, w.ifaceConvOperand(t, "__x"), typ, nilTests, ret(true))
	} else if w.mode != ModeScript {
		// The interpreter's case I takes a value of any type with
		// methods: at the prompt the cases above miss the types later
		// inputs declare, whose method sets they register
		// (lower_fmtlater.go).
		// (Told first: see lacksMethods.)
		fmt.Fprintf(&b, "if %s { %s }; switch __v := %s.(type) { case %s: %s }; ", w.lacksMethods("__x", t), fail, w.ifaceConvOperand(t, "__x"), typ, ret(true))
	} else {
		fmt.Fprintf(&b, "switch __v := __x.(type) { case %s: %s }; ", typ, ret(true))
	}
	// A value of the program's that an interpreter's wrapper holds (an
	// error held as error): the value itself, by its type, as the
	// interpreter's case I matches only its own.
	var held strings.Builder
	for _, c := range cases {
		ct, ok := w.typeSource(c.t, pos)
		if !ok || !c.is {
			continue
		}
		if boxedErrorType(c.t) {
			fmt.Fprintf(&b, "if __b, __ok := %s.Unbox(__x, %q); __ok { __v := %s; %s }; ", HelperPkg, typedNilName(c.t), unboxed(c.t, ct), ret(true))
			continue
		}
		if _, ok := ifaceTwin(named, iface, c); ok {
			continue
		}
		if sample, ok := structSample(c.t, ct); ok {
			// Asserted only where the wrapper holds one of its type: the
			// interpreter's assertion to a struct type, or a pointer to
			// one, of a value of an empty struct type with methods
			// panicked ("reflect: Field index out of bounds").
			fmt.Fprintf(&held, " if %s.SameType(__u, %s) { if __v, __ok := __u.(%s); __ok { %s } };", HelperPkg, sample, ct, retAs(true, c.t))
			if j := w.twinJudge(); !isPtr(c.t) && (j == nil || j.wrapsStruct(c.t)) && holdable(c.t, xt) {
				// A compiled interface's wrapper keeps a struct value's
				// last field only: it may have been one (see
				// lower_errbox.go). (Not where x's interface cannot hold
				// one: an io.Reader holding a *countReader asserted to
				// io.Writer panicked, naming an upperWriter, a Writer
				// with no Read.)
				fmt.Fprintf(&held, " %s.LostInWrapper(__x, %s, %q);", HelperPkg, sample, typedNilName(c.t))
			}
			continue
		}
		fmt.Fprintf(&held, " if __v, __ok := __u.(%s); __ok { %s };", ct, retAs(true, c.t))
	}
	// Also where I is the program's: a wrapper of a compiled interface
	// (a Lvl held as fmt.Stringer) asserted to it was false, the twin
	// check above taking Lvl's underlying type, which no wrapper holds,
	// for one.
	w.heldNonStructCases(&b, &held, xt, iface, pos, retAs)
	if !compiled {
		// An instance of a generic struct type of the program's (a
		// Box[int] held as fmt.Stringer, asserted to an interface of
		// yours): taken out of the wrapper as a struct of its own is
		// (said false).
		j := w.twinJudge()
		for _, inst := range w.programInstances() {
			if !isStructType(inst) {
				continue
			}
			for _, ct := range []types.Type{inst, types.NewPointer(inst)} {
				if !types.Implements(ct, iface) || j != nil && !j.holds(ct) {
					// (Nor one only a declaration names, type Pile
					// Stack[string], which the interpreter never makes.)
					continue
				}
				src, ok := w.typeSource(ct, pos)
				if !ok {
					continue
				}
				if src == types.TypeString(ct, w.qualifier()) {
					src = w.instanceText(ct, src) // see the compiled case
				}
				sample, _ := structSample(ct, src)
				fmt.Fprintf(&held, " if %s.SameType(__u, %s) { if __v, __ok := __u.(%s); __ok { %s } };", HelperPkg, sample, src, retAs(true, ct))
				if !isPtr(ct) && (j == nil || j.wrapsStruct(ct)) && holdable(ct, xt) {
					fmt.Fprintf(&held, " %s.LostInWrapper(__x, %s, %q);", HelperPkg, sample, typedNilName(ct))
				}
			}
		}
	}
	if joinErrorImplements(iface) {
		w.usePrelude("__errors_joinError", "errors")
		fmt.Fprintf(&held, " if %s.SameType(__u, (*__errors_joinError)(nil)) { if __v, __ok := __u.(*__errors_joinError); __ok { %s } };", HelperPkg, ret(true))
	}
	if held.Len() > 0 {
		fmt.Fprintf(&b, "if %s.IsWrapper(__x) { var __u any = %s.Unwrap(__x);%s }; ", HelperPkg, HelperPkg, held.String())
	}
	if w.mode != ModeScript && !compiled {
		// A value of a type a later input declared that the
		// interpreter's case I missed (a pointer to a struct whose
		// methods take the value): said so, not answered wrongly.
		fmt.Fprintf(&b, "%s.MissedInterface(__x, %q, %s, %s); ", HelperPkg, w.src.Position(w.offset(pos)), name, strings.Join(methods, ", "))
	}
	b.WriteString(w.earlierEmbedderChecks(earlier, t, pos))
	if commaOK && !compiled && sigs != nil {
		fmt.Fprintf(&b, "%s.NotInterface(__x, %s, %s); %s }(%s)", HelperPkg, name, strings.Join(sigs, ", "), fail, x)
	} else {
		fmt.Fprintf(&b, "%s }(%s)", fail, x)
	}
	return b.String(), true
}

// lowerIfaceAssert rewrites the type assertion e (commaOK: of a comma-ok
// form) to an interface of the program; it reports whether it did.
func (w *rewriter) lowerIfaceAssert(e *ast.TypeAssertExpr, commaOK bool) bool {
	info := w.info()
	if info == nil || e.Type == nil {
		return false
	}
	// A case it cannot tell from a twin panics saying so. Left to the
	// interpreter, the one-result form panicked saying "nil is not I", and
	// the comma-ok form in its words ("reflect.Set: value of type
	// interface {} is not assignable to type interp.valueInterface"),
	// _, ok := x.(I) too once the comma-ok lowering of a nil value wrote
	// it so.
	text, ok := w.ifaceAssertTwins(w.moved(e.X), info.TypeOf(e.X), info.TypeOf(e.Type), e.Pos(), commaOK, true)
	if !ok {
		return !commaOK && w.lowerCompiledIfaceAssert(e)
	}
	w.vacate(e, text)
	return true
}

// lowerCompiledIfaceAssert rewrites v := x.(I), I a compiled interface
// with methods that none of the program's types the pass names
// implements (fmt.Formatter, io.Reader, runtime.Error): the interpreter's
// own assertion gave a value of a type of the program's with methods (a
// Code with a String method, held in an any) as a nil fmt.Formatter,
// without the panic, and named a struct type by its fields or a
// fmt.Stringer's value by the interpreter's wrapper ("std._fmt_Stringer
// is not error") in the panic's message. Its comma-ok form answers right;
// the panic names the types as Go does:
//
//	func(__x any) fmt.Formatter { if __v, __ok := __x.(fmt.Formatter); __ok { return __v }; panic(__repl.AssertionErrorAt("prog.go:9:7", __x, ..., "fmt.Formatter", "Format")) }(a)
func (w *rewriter) lowerCompiledIfaceAssert(e *ast.TypeAssertExpr) bool {
	info := w.info()
	t, x := info.TypeOf(e.Type), info.TypeOf(e.X)
	if !compiledIfaceWithMethods(t) || isTypeParam(t) || x == nil || hasTypeParam(x) {
		return false
	}
	// In a script none of whose types with methods can be held, the
	// interpreter's answer stands, but for a nil value and the names in a
	// failure's message, which the value's own type gives where every
	// type it may hold is a struct with fields (tagged, see
	// lower_structtag.go: a struct{} or a named int would be named by its
	// representation).
	typeName := ""
	if w.mode == ModeScript && !slices.ContainsFunc(w.heldTypes(), func(tn *types.TypeName) bool {
		st, tagged := tn.Type().Underlying().(*types.Struct)
		return types.NewMethodSet(types.NewPointer(tn.Type())).Len() > 0 || !tagged || st.NumFields() == 0
	}) {
		typeName = HelperPkg + ".TypeName"
	}
	typ, ok := w.typeSource(t, e.Pos())
	if !ok {
		return false
	}
	param, ok := w.typeSource(x, e.Pos())
	if !ok {
		return false
	}
	var methods []string
	for m := range t.Underlying().(*types.Interface).Methods() {
		methods = append(methods, fmt.Sprintf("%q", m.Name()))
	}
	slices.Sort(methods)
	name := TypeText(t)
	if _, ok := types.Unalias(t).(*types.Named); ok {
		name = typedNilName(t)
	}
	// (A nil __x is tested first: the interpreter's assertion of one
	// panics in reflection's words.)
	at := w.src.Position(w.offset(e.Pos()))
	if typeName == "" {
		typeName = w.typeNameFuncOf(x, e.Pos(), false)
	}
	assert := fmt.Sprintf("if __v, __ok := %s.(%s); __ok { return __v }", w.ifaceConvOperand(t, "__x"), typ)
	if call := w.lacksMethods("__x", t); call != "" {
		assert = fmt.Sprintf("if !%s { %s }", call, assert) // (told first: see lacksMethods)
	}
	assert = w.joinAssert(x, t, false) + assert
	w.vacate(e, fmt.Sprintf("func(__x %s) %s { if __x == nil { panic(%s.AssertionErrorAt(%q, nil, \"\", %q, %s)) }; %s; panic(%s.AssertionErrorAt(%q, __x, %s(__x), %q, %s)) }(%s)",
		param, typ, HelperPkg, at, name, strings.Join(methods, ", "), assert, HelperPkg, at, typeName, name, strings.Join(methods, ", "), w.moved(e.X)))
	return true
}

// lacksMethods returns, at the prompt, the call that reports whether x,
// the operand of an assertion to t, an interface with methods, holds a
// value of a type of the session's whose method set, as inputs registered
// it (lower_fmtlater.go), lacks one of t's methods; "" in a script or for
// another t. The interpreter's assertion, compiled before the type had
// its methods, compares method names (a T taking *T's), and makes its
// result from the frame it runs in (a zero reflect.Value): the call goes
// before it.
func (w *rewriter) lacksMethods(x string, t types.Type) string {
	it, ok := t.Underlying().(*types.Interface)
	if w.mode == ModeScript || !ok || it.NumMethods() == 0 {
		return ""
	}
	var names []string
	for m := range it.Methods() {
		names = append(names, strconv.Quote(m.Name()))
	}
	return fmt.Sprintf("%s.LacksMethods(%s, %s)", HelperPkg, x, strings.Join(names, ", "))
}

// ifaceConvOperand returns x, the operand of an assertion to t, at the
// prompt through the conversion to t that an input giving a type of the
// session's its methods registered (lower_fmtlater.go's
// registerIfaceConvs), where t is error or fmt.Stringer: the
// interpreter's assertion, compiled before the type had them, made a
// wrapper whose methods were nil.
func (w *rewriter) ifaceConvOperand(t types.Type, x string) string {
	if w.mode == ModeScript {
		return x
	}
	name := ""
	switch {
	case types.Identical(t, types.Universe.Lookup("error").Type()):
		name = "error"
	case isStringerType(t):
		name = "fmt.Stringer"
	default:
		return x
	}
	return fmt.Sprintf("%s.IfaceConv(%s, %q)", HelperPkg, x, name)
}

// lowerIfaceConversion rewrites a conversion of a value of the program's
// types to a compiled interface with methods, error(&E{}): yaegi v0.16.1
// panics on it ("reflect.Set: value of type *struct {...} is not
// assignable to type error"), where it converts the value passed as an
// argument of that type: the conversion becomes such a call.
func (w *rewriter) lowerIfaceConversion(n *ast.CallExpr) {
	info := w.info()
	if info == nil || len(n.Args) != 1 || n.Ellipsis.IsValid() {
		return
	}
	if tv := info.Types[n.Fun]; !tv.IsType() || !compiledIfaceWithMethods(tv.Type) {
		return
	}
	if _, ok := userType(info.TypeOf(n.Args[0])); !ok {
		return
	}
	typ, ok := w.typeSource(info.TypeOf(n.Fun), n.Pos())
	if !ok {
		return
	}
	w.vacate(n, fmt.Sprintf("func(__v %s) %s { return __v }(%s)", typ, typ, w.moved(n.Args[0])))
}

// joinAssert returns the statement that, in a function asserting __x, of
// type xt, to t, a compiled interface with methods (error), returns the
// prelude's errors.Join result (lower_errors.go) where xt is an interface
// of the program's that may hold it (interface{ Unwrap() []error }, which
// it is asserted to in the idiom walking a tree of errors, or any, of a
// program calling errors.Join, which any(m) of such an m gives): the
// interpreter's own assertion of it to error panicked in reflection's
// words ("call of reflect.Value.Type on zero Value"). "" elsewhere.
func (w *rewriter) joinAssert(xt, t types.Type, commaOK bool) string {
	x, ok := xt.Underlying().(*types.Interface)
	if !ok || isTypeParam(xt) || compiledIfaceWithMethods(xt) || !joinErrorImplements(x) ||
		!compiledIfaceWithMethods(t) || !joinErrorImplements(t.Underlying().(*types.Interface)) {
		return ""
	}
	if x.NumMethods() == 0 && !w.usesErrorsJoin() {
		return "" // an any holds it only where the program makes one (any(m) of such an m)
	}
	w.usePrelude("__errors_joinError", "errors")
	if commaOK {
		return "if __v, __ok := __x.(*__errors_joinError); __ok { return __v, true }; "
	}
	return "if __v, __ok := __x.(*__errors_joinError); __ok { return __v }; "
}

// joinErrorImplements reports whether the prelude's errors.Join result
// (methods Error() string and Unwrap() []error) implements iface.
func joinErrorImplements(iface *types.Interface) bool {
	for m := range iface.Methods() {
		sig := types.TypeString(m.Type(), nil)
		switch {
		case m.Name() == "Error" && sig == "func() string":
		case m.Name() == "Unwrap" && sig == "func() []error":
		default:
			return false
		}
	}
	return true
}

// heldNonStructCases writes the cases of a value of a named type of the
// program's that is not a struct (type Nums []int, type Celsius float64)
// with the methods of iface, a compiled interface, held in another
// compiled interface: an error of the program's in the box it is held in
// as error (lower_errbox.go), to b; a value in a compiled interface's
// wrapper (a Nums held as sort.Interface), to held, which is inside the
// test of a wrapper (its value __u). yaegi v0.16.1's own assertion asked
// the wrapper's methods, so a Nums in a sort.Interface was no
// fmt.Stringer. The wrapper keeps the value bare (a []int): where another
// type of the program's with methods has that representation, the value
// may be either, and the case panics, saying so.
func (w *rewriter) heldNonStructCases(b, held *strings.Builder, xt types.Type, iface *types.Interface, pos token.Pos, retAs func(bool, types.Type) string) {
	all := w.heldTypes()
	// The wrapper is one of xt's, where that is a compiled interface with
	// methods: only a type that implements it may be in it.
	var from *types.Interface
	if compiledIfaceWithMethods(xt) && !isTypeParam(xt) {
		from = xt.Underlying().(*types.Interface)
	}
	for _, nt := range w.nonStructTypes() {
		if !types.Implements(nt, iface) {
			continue
		}
		tn := nt.Obj()
		src, ok := w.typeSource(nt, pos)
		if !ok {
			continue
		}
		if boxedErrorType(nt) {
			fmt.Fprintf(b, "if __b, __ok := %s.Unbox(__x, %q); __ok { __v := %s; %s }; ", HelperPkg, typedNilName(nt), unboxed(nt, src), retAs(true, nt))
			continue
		}
		key := ReprKey(nt)
		i := slices.IndexFunc(all, func(o *types.TypeName) bool {
			if o == tn || ReprKey(o.Type()) != key {
				return false
			}
			if from != nil {
				return types.Implements(o.Type(), from)
			}
			return types.NewMethodSet(o.Type()).Len() > 0
		})
		if i >= 0 {
			fmt.Fprintf(held, " if _, __ok := __u.(%s); __ok { panic(%s.RefusedAt(%q, %q)) };", src, HelperPkg, fmt.Sprintf(
				"repl: a value held in a compiled interface, asserted to another: it may be a %s or a %s, which the interpreter's wrapper holds alike (as %s); give the types shapes of their own (a struct with a field no other type has)",
				TypeText(nt), TypeText(all[i].Type()), shownRepr(key)), w.src.Position(w.offset(pos)))
			continue
		}
		fmt.Fprintf(held, " if __v, __ok := __u.(%s); __ok { %s };", src, retAs(true, nt))
	}
}

// structSample returns a value of t (written typ) to compare a value's
// type with, where t is a struct type or a pointer to one: its zero
// value.
func structSample(t types.Type, typ string) (string, bool) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		if _, ok := p.Elem().Underlying().(*types.Struct); ok {
			return "(" + typ + ")(nil)", true
		}
		return "", false
	}
	if _, ok := t.Underlying().(*types.Struct); ok {
		return "*new(" + typ + ")", true
	}
	return "", false
}

// nonStructTypes returns the program's named types that are neither
// structs nor interfaces nor generic (programTypes leaves those two out).
func (w *rewriter) nonStructTypes() []*types.Named {
	var out []*types.Named
	for _, tn := range w.programTypes() {
		if nt, ok := tn.Type().(*types.Named); ok && !isStructType(nt) {
			out = append(out, nt)
		}
	}
	return out
}
