package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Lowering: values of the program's types held in interfaces, handed to
// fmt.
//
// yaegi v0.16.1 holds a value of a type with methods, converted to an
// empty interface (var v any = Suit(1), []any{Suit(1)}, an any field, a
// map[string]any's value), as an interpreter's interface value, and
// hands compiled code that struct itself (see helpers_held.go). So
//
//	var v any = Suit(1)
//	fmt.Println([]any{v, Card{Suit(2), 3}})
//	fmt.Printf("%d %+v\n", v, Point{1, 2, "a"})
//
// printed [{0xc00012 {0x5e5e40 0xc0004 130}} {2 3}] where Go prints
// [hearts {diamonds 3}], and {1 5389696} {X:1 Y:2 Xname:a} where Go
// prints 1 {X:1 Y:2 name:a}: fmt sees neither the methods, nor the
// names, nor the unexported fields of a value it reaches through an
// interface.
//
// Where the program declares types that fmt would print wrongly
// (lower_fmtvalue.go's test) or types with methods, an argument of fmt's printing functions
// whose static type is, or holds where fmt reaches, an empty interface or
// an interface of the program's becomes a tree of fmt nodes as
// lower_fmtvalue.go builds them, and each value held in such an interface
// goes, at run time, through __fd, interpreted code written for the
// program's types:
//
//	__fd = func(__x any) any {
//		switch __repl.Held(__x) {
//		case "main.Suit": return __f1(__x.(Suit))
//		case "*main.R": return __f2(__x.(*R))
//		case "": // held bare: by the representation (see bareKnown)
//			if __v, __ok := __x.(Point); __ok { return __f3(__v) }
//		}
//		return nil
//	}
//
// __repl.Held reads the name the interpreter gives the held value's type;
// a bare struct (of a type without methods) is told by its representation
// only where every other type with it would be shown alike. A type
// declared inside a function (held bare: it has no methods) counts where
// its scope reaches the call (type cell struct{ row int } printed as
// {Xrow:1} for %+v). A value __fd
// does not know stays as it is, but out of the interpreter's interface
// value; a []any or map[string]any is converted element by element
// (__repl.FmtDyn). A value of a type parameter goes as an any. The
// session's results and variables that hold such values are shown through
// the same conversion (shownNode).
//
// The conversions where the interpreter would lose a value's type name on
// the way into the interface (a returned result, an explicit conversion)
// are rewritten to keep it (lower_heldname.go). The interpreter also
// loses the name of an instance of a generic type, where another instance
// of it was made first (it names the type struct { K string; V int }):
// __repl.Held says "" for such a value, which is then told by its
// representation, where no other type of the program's has it; where one
// does (Pair[int, bool] and Pair[W, bool] with type W int), the case
// calls __repl.HeldLost, which panics saying so, rather than let fmt
// print the interpreter's interface value. The instances an earlier input
// put in an interface count too (the session keeps their text). Not
// reached: a pointer to a struct type whose methods all take the value
// (&a, &Box[int]{}) is held bare, and prints as its representation when
// another type shares it (an instance's always).

// dynIface reports whether t is an interface whose values the interpreter
// may hold as its own: the empty interface, or an interface of the
// program's.
func dynIface(t types.Type) bool {
	if _, ok := t.(*types.TypeParam); ok {
		return false
	}
	iface, ok := t.Underlying().(*types.Interface)
	if !ok {
		return false
	}
	if iface.NumMethods() == 0 {
		return !iface.IsComparable() && iface.NumEmbeddeds() == 0
	}
	_, ok = interpretedIface(t)
	return ok
}

// holdsDynIface reports whether a value of type t holds, where fmt reaches
// it, an interface dynIface accepts.
func holdsDynIface(t types.Type) bool {
	// (Not walkType: an error field before an any one hid the any, and
	// the session's display showed its value without its String method.)
	return holdsIfaceWhere(t, func(t types.Type, _ bool) bool { return dynIface(t) }, nil)
}

// fmtHeld returns the program's types (and pointers to them) that fmt
// would print wrongly, for verb v, when a value of them is held in an
// interface (top: the argument itself); dyn is false when values held in
// interfaces are left as they are: the program has no types fmt prints
// wrongly, and none with methods (whose values the interpreter holds as
// its own interface values).
func (w *rewriter) fmtHeld(v fmtVerb, top bool) (held []types.Type, dyn bool) {
	return w.fmtHeldLater(v, top, w.mode != ModeScript)
}

// fmtHeldLater is fmtHeld, where later says values of types declared
// after the code runs may come (lower_fmtlater.go): dyn is true then.
func (w *rewriter) fmtHeldLater(v fmtVerb, top, later bool) (held []types.Type, dyn bool) {
	named := w.heldTypes()
	composite := w.heldComposites(named)
	each := func(f func(t types.Type)) {
		for _, tn := range named {
			t := tn.Type()
			f(t)
			if _, ptr := t.Underlying().(*types.Pointer); !ptr && !types.IsInterface(t) {
				f(types.NewPointer(t))
			}
			if _, isStruct := t.Underlying().(*types.Struct); isStruct {
				f(types.NewSlice(t)) // told by its shape only
			}
		}
		for _, t := range composite {
			f(t)
		}
	}
	// In a session, a value of a type a later input declares may reach
	// this call (lower_fmtlater.go).
	dyn = later || w.fe.Types.sessionMethods() || w.ownIfacesHold()
	each(func(t types.Type) {
		if types.NewMethodSet(t).Len() > 0 || needsFmtNodes(t, v, false, false, false) {
			dyn = true
		}
	})
	if !dyn {
		return nil, false
	}
	each(func(t types.Type) {
		// Below the top, as the interpreter's interface value hides even
		// the methods fmt finds on an argument.
		if needsFmtNodes(t, v, false, false, true) || top && needsFmtNodes(t, v, false, true, true) {
			held = append(held, t)
		}
	})
	return held, true
}

// ownIfacesHold reports whether the program's interfaces with methods
// may hold what fmt is handed otherwise than Go hands it, even where no
// type of the program's has methods or fields fmt shows: a nil one (of a
// type the program declares), which the interpreter hands fmt as its own
// interface value ({<nil> {<nil> <nil> 0}}), and the prelude's errors.Join
// result (lower_errors.go), held without its methods (in an interface{
// Unwrap() []error }, printed as its pointers). fmtDynIn tells both.
func (w *rewriter) ownIfacesHold() bool {
	if w.ifaceHeld == nil {
		b := w.findOwnIfacesHold()
		w.ifaceHeld = &b
	}
	return *w.ifaceHeld
}

// findOwnIfacesHold is ownIfacesHold, found.
func (w *rewriter) findOwnIfacesHold() bool {
	info := w.info()
	if info == nil {
		return false
	}
	for _, o := range info.Defs {
		if tn, ok := o.(*types.TypeName); ok && !tn.IsAlias() && types.IsInterface(tn.Type()) && !hasTypeParam(tn.Type()) {
			// (Not a generic one, type Exp[T any] interface{ Eval() T },
			// whose values' conversions would name its type parameter.)
			if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
				continue
			}
			if _, own := interpretedIface(tn.Type()); own {
				return true
			}
		}
	}
	return w.usesErrorsJoin()
}

// usesErrorsJoin reports whether the program calls errors.Join (whose
// result is the prelude's, see lower_errors.go).
func (w *rewriter) usesErrorsJoin() bool {
	if w.joinUsed == nil {
		b := false
		if info := w.info(); info != nil {
			for _, o := range info.Uses {
				if f, ok := o.(*types.Func); ok && f.Name() == "Join" && f.Pkg() != nil && f.Pkg().Path() == "errors" {
					b = true
					break
				}
			}
		}
		w.joinUsed = &b
	}
	return *w.joinUsed
}

// currentInstance returns t, the type of a session variable an earlier
// input's check gave it, as the input's check has it where it is an
// instance of a generic type of the session's, or a pointer to one: the
// earlier check's instance is another object, which the input's
// conversions do not name (a function declared again after b :=
// Box[int]{2} printed b without its String method).
func (w *rewriter) currentInstance(t types.Type) types.Type {
	n, ok := types.Unalias(derefType(t)).(*types.Named)
	if w.plan.Checked == nil {
		return t
	}
	pkg := w.plan.Checked.pkg
	if !ok || n.TypeArgs().Len() == 0 || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main" || pkg == nil || n.Obj().Pkg() == pkg {
		return t
	}
	if tv, err := types.Eval(token.NewFileSet(), pkg, token.NoPos, TypeText(t)); err == nil && tv.IsType() {
		return tv.Type
	}
	return t
}

// isHeldInstance reports whether t is an instance of a generic struct
// type of the program's with type arguments of no type parameter
// (Pair[string, int]), which the program's named types (heldTypes) do
// not list.
func isHeldInstance(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.TypeArgs().Len() == 0 || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main" || !isStructType(n) {
		return false
	}
	for a := range n.TypeArgs().Types() {
		if hasTypeParam(a) {
			return false
		}
	}
	return true
}

// namedInstance reports whether t is an instance of a generic slice, map,
// array, channel or function type of the program's with methods (type
// Set[T comparable] map[T]bool with a String method), or a pointer to
// one, whose values in an interface the interpreter holds with the
// instance's methods, which name it (hostrt's lostInstanceName).
func namedInstance(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.TypeArgs().Len() == 0 || hasTypeParam(n) || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main" || types.NewMethodSet(n).Len() == 0 {
		return false
	}
	switch n.Underlying().(type) {
	case *types.Slice, *types.Map, *types.Array, *types.Chan, *types.Signature:
		return true
	}
	return false
}

// isStructType reports whether t's underlying type is a struct.
func isStructType(t types.Type) bool {
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

// isComposite reports whether t is an unnamed slice, array, map or struct
// type, but a slice of a struct type of the program's (fmtHeld tells
// those by their shape, see bareKnown).
func isComposite(t types.Type) bool {
	switch u := types.Unalias(t).(type) {
	case *types.Slice:
		_, named := types.Unalias(u.Elem()).(*types.Named)
		return !named || !isStructType(u.Elem()) || isHeldInstance(u.Elem())
	case *types.Array, *types.Map, *types.Struct:
		return true
	case *types.Pointer:
		// *Code: held as a pointer to its representation; &[]Color{},
		// &struct{ C Color }{} too.
		switch e := types.Unalias(u.Elem()).(type) {
		case *types.Slice, *types.Array, *types.Map, *types.Struct:
			return true
		case *types.Named:
			return heldBare(u) && e.Obj().Pkg() != nil && e.Obj().Pkg().Path() == "main"
		}
		return false
	}
	return false
}

// holdsInstancesBare reports whether t is a named slice, array or map type
// of the program's without methods whose elements are instances of a
// generic type of the program's (type Graph map[string]Set[string]): the
// interpreter holds a value of it in an interface bare, as its
// representation, not by its name (with a Set of no type parameters it
// names it), so fmt's conversion tells it by that representation where no
// other type has it (compositeBareKnown).
func holdsInstancesBare(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main" || n.TypeArgs().Len() > 0 || types.NewMethodSet(types.NewPointer(n)).Len() > 0 {
		return false
	}
	elem := elemOf(n)
	if elem == nil {
		return false
	}
	e, ok := types.Unalias(elem).(*types.Named)
	return ok && e.TypeArgs().Len() > 0 && e.Obj().Pkg() != nil && e.Obj().Pkg().Path() == "main"
}

// elemOf returns the element type of a slice, array or map type t (nil
// for any other).
func elemOf(t types.Type) types.Type {
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return u.Elem()
	case *types.Array:
		return u.Elem()
	case *types.Map:
		return u.Elem()
	}
	return nil
}

// compositeBareKnown is bareKnown for an unnamed slice, array or map type
// (heldComposites): no other type the input puts in interfaces, nor a
// type of the program's without methods, has its representation and is
// shown otherwise; at the prompt, nothing put in interfaces by earlier
// inputs (whose types the check no longer has), and no value of
// compiled code's making (json.Unmarshal into an any) may be one.
func (w *rewriter) compositeBareKnown(t types.Type, same func(t, u types.Type) bool) bool {
	c := w.plan.Checked
	if c.twins.compiled != nil || len(w.fe.Types.twins.held) > 0 || w.fe.Types.twins.compiled {
		return false
	}
	key := ReprKey(t)
	twin := func(u types.Type) bool {
		return !types.Identical(u, t) && ReprKey(u) == key && !same(t, u)
	}
	for _, tn := range w.heldTypes() {
		if u := tn.Type(); types.NewMethodSet(u).Len() == 0 && twin(u) {
			return false
		}
	}
	for _, tv := range c.Info.Types {
		if tv.Type != nil && !tv.IsType() && c.twins.held[heldKey(tv.Type)] != nil && twin(tv.Type) {
			return false
		}
	}
	return true
}

// bareKnown reports whether a bare value of type t (a struct, a pointer
// to one, a slice of them) can be told by its representation: every other
// type of the program's (or unnamed struct type of the input) that has it
// would be shown alike (same is true of a twin whose values are shown as
// t's: the same underlying type, and neither with methods the shower
// calls; for fmt, where the verb does not name types), or is held by its
// name, having methods.
func (w *rewriter) bareKnown(t types.Type, same func(t, u types.Type) bool) bool {
	s := t
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		s = u.Elem()
	case *types.Slice:
		s = u.Elem()
	}
	if _, ok := s.Underlying().(*types.Struct); !ok {
		return false
	}
	key := ReprKey(t)
	twin := func(u types.Type) bool {
		// A value of a type with methods is held by its name, not bare
		// (but where its name was lost: see the doc above).
		return !types.Identical(u, t) && ReprKey(u) == key && !same(t, u) && types.NewMethodSet(u).Len() == 0
	}
	for _, tn := range w.heldTypes() {
		u := tn.Type()
		if twin(u) || twin(types.NewPointer(u)) || twin(types.NewSlice(u)) {
			return false
		}
		if _, isStruct := u.Underlying().(*types.Struct); !isStruct && (twin(u.Underlying()) || twin(types.NewPointer(u.Underlying()))) {
			return false
		}
	}
	if info := w.info(); info != nil {
		// Values of unnamed struct types (a type expression, such as a
		// type declaration's, makes none).
		for _, tv := range info.Types {
			if _, named := types.Unalias(tv.Type).(*types.Named); !named && tv.Type != nil && !tv.IsType() && (twin(tv.Type) || twin(types.NewPointer(tv.Type))) {
				return false
			}
		}
	}
	return true
}

// heldComposites returns the unnamed slice, array and map types of the
// program's types (named) that the segment's code has values of and may
// put in an interface ([]Color, map[string]Color, [2]Color; a []T of a
// struct type T is among fmtHeld's own): yaegi v0.16.1 holds such a value
// in an any under its type's name, which the conversion's cases must name,
// or fmt prints its elements without their methods (show(map[string]Color{
// "a": 1}) with func show(v any) { fmt.Println(v) } printed map[a:1]
// where Go prints map[a:green]), and the pointers to them and to a []T
// (show(&[]Temp{1}) printed &[1] where Go prints &[1.0°]), held bare as
// pointers to their representations.
func (w *rewriter) heldComposites(named []*types.TypeName) []types.Type {
	info := w.info()
	if info == nil {
		return nil
	}
	isOwn := map[types.Type]bool{}
	for _, tn := range named {
		isOwn[tn.Type()] = true
	}
	// The program's types, and the instances of its generic types
	// ([]Set[int] with type Set[T comparable] map[T]bool and a String
	// method: held bare, it printed [map[1:true]]).
	own := func(t types.Type) bool {
		if isOwn[t] {
			return true
		}
		if p, ok := types.Unalias(t).(*types.Pointer); ok && isOwn[p.Elem()] {
			return true // []*Temp, map[string]*Temp of a *Temp with a String method
		}
		n, ok := types.Unalias(t).(*types.Named)
		return ok && n.TypeArgs().Len() > 0 && !hasTypeParam(n) && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main" && !types.IsInterface(n)
	}
	var out []types.Type
	seen := map[string]bool{}
	var keep func(t types.Type) (types.Type, bool)
	// An element of the program's, or a composite of them itself
	// ([][]Temp, map[string][]Color: held bare, the inner composite
	// printed [{1} {2}]).
	elemOwn := func(e types.Type) bool {
		if own(e) {
			return true
		}
		if s, ok := types.Unalias(e).(*types.Slice); ok && isOwn[s.Elem()] {
			return true // fmtHeld's own []Point
		}
		_, ok := keep(e)
		return ok
	}
	keep = func(t types.Type) (types.Type, bool) {
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			// A pointer to one of those (&[]Color{1}, &struct{ C Color }{}):
			// held bare, as a pointer to the representation, where fmt
			// prints &[green].
			switch e := types.Unalias(u.Elem()).(type) {
			case *types.Slice:
				if _, ok := keep(e); ok || isOwn[e.Elem()] { // and of fmtHeld's own ([]Point)
					return t, true
				}
			case *types.Array, *types.Map, *types.Struct:
				if _, ok := keep(e); ok {
					return t, true
				}
			case *types.Named:
				// A pointer to an instance (&Stack[int]{}), whose
				// methods may be on the pointer. (Not of several type
				// arguments: such a pointer's conversion, named in
				// generic code, failed to compile.)
				if _, ok := keep(e); ok && e.TypeArgs().Len() < 2 && types.NewMethodSet(t).Len() > 0 {
					return t, true
				}
			}
			return nil, false
		case *types.Slice:
			if isHeldInstance(u.Elem()) {
				break // []Pair[string, int]
			}
			if _, isStruct := u.Elem().Underlying().(*types.Struct); isStruct && isOwn[u.Elem()] {
				return nil, false // fmtHeld's own
			}
			if !elemOwn(u.Elem()) {
				return nil, false
			}
		case *types.Array:
			if !elemOwn(u.Elem()) {
				return nil, false
			}
		case *types.Map:
			if !elemOwn(u.Elem()) && !own(u.Key()) {
				return nil, false
			}
		case *types.Struct:
			// An unnamed struct type with a field of the program's
			// types (struct{ C Color }): held bare, without a tag.
			if !madeOf(u, own) {
				return nil, false
			}
		case *types.Named:
			// An instance of a generic type of the program's (Box[int]).
			if o := u.Origin().Obj(); u.TypeArgs().Len() == 0 || o.Pkg() == nil || o.Pkg().Path() != "main" || types.IsInterface(u) || hasTypeParam(u) {
				return nil, false
			}
			for a := range u.TypeArgs().Types() {
				if types.Unalias(a) != a {
					return nil, false // the same instance written with an alias (a function written out for its type arguments)
				}
			}
			t = u // an alias of the instance is the instance
		default:
			return nil, false
		}
		return t, true
	}
	add := func(t types.Type) {
		if t == nil {
			return
		}
		t, ok := keep(t)
		if !ok {
			return
		}
		if k := TypeText(t); !seen[k] {
			seen[k] = true
			out = append(out, t)
		}
	}
	for _, tv := range info.Types {
		add(tv.Type)
	}
	for _, obj := range w.fe.Types.Objs {
		if v, ok := obj.(*types.Var); ok {
			add(w.currentInstance(v.Type()))
		}
	}
	// Those an earlier input put in an interface (var keep any =
	// map[string]Color{...}, var b any = Box[int]{5}), which the session
	// knows by their text.
	if tw := w.fe.Types.twins; tw != nil {
		for k := range tw.held {
			if !strings.HasPrefix(k, "[") && !strings.HasPrefix(k, "map[") {
				// An instance of a generic type of the session's, or a
				// pointer to one. (The check's package has the type with
				// all its methods: the session's object, none declared
				// after it; and its type arguments, which the package
				// that declared the generic type may lack: Box[P] with
				// P declared before Box.)
				k = strings.TrimPrefix(k, "*")
				if pkg := w.plan.Checked.pkg; pkg != nil && strings.Index(k, "[") > 0 {
					if tv, err := types.Eval(token.NewFileSet(), pkg, token.NoPos, k); err == nil && tv.IsType() {
						add(tv.Type)
					}
				}
				continue
			}
			for _, tn := range named {
				if tn.Pkg() == nil || !strings.Contains(k, tn.Name()) {
					continue
				}
				if tv, err := types.Eval(token.NewFileSet(), tn.Pkg(), token.NoPos, k); err == nil && tv.IsType() {
					add(tv.Type)
					break
				}
			}
		}
	}
	// An instance is told by its representation where held bare (where
	// the interpreter lost its type's name on the way into the
	// interface): only where no other type the program has values of
	// shares it (the program's named types, other instances); those
	// others are told by the name only (dynFunc).
	w.sharedInsts = map[string]bool{}
	for _, t := range out {
		n, ok := types.Unalias(t).(*types.Named)
		if !ok {
			continue
		}
		key, text := ReprKey(n), TypeText(n)
		rival := func(u types.Type) bool {
			return u != nil && TypeText(u) != text && !types.Identical(u, n) && ReprKey(u) == key
		}
		for _, tn := range named {
			if rival(tn.Type()) || rival(types.NewPointer(tn.Type())) {
				w.sharedInsts[text] = true
			}
		}
		for _, tv := range info.Types {
			if rival(tv.Type) {
				w.sharedInsts[text] = true
			}
		}
		for _, obj := range w.fe.Types.Objs {
			if v, ok := obj.(*types.Var); ok && rival(v.Type()) {
				w.sharedInsts[text] = true
			}
		}
		for _, u := range out {
			if rival(u) {
				w.sharedInsts[text] = true
			}
		}
	}
	sortByText(out)
	return out
}

// compositeKnown reports whether a value of t, a slice, array or map type
// of heldComposites, can be told by its representation when held bare (as
// it is: it has no methods of its own): no other type of the program with
// that representation ([]int for a []Color) has values in the segment or
// in the session's variables, and no earlier input put one of a type of
// that kind in an interface ([]int, or any other slice for a []Color: the
// session keeps their names only).
func (w *rewriter) compositeKnown(t types.Type) bool {
	var prefix string
	switch u := types.Unalias(t).(type) {
	case *types.Slice:
		if _, isStruct := u.Elem().Underlying().(*types.Struct); isStruct {
			return false // bareKnown's
		}
		prefix = "[]"
	case *types.Array:
		prefix = fmt.Sprintf("[%d]", u.Len())
	case *types.Map:
		prefix = "map["
	default:
		return false
	}
	info := w.info()
	if info == nil {
		return false
	}
	key, text := ReprKey(t), TypeText(t)
	rival := func(u types.Type) bool {
		return u != nil && TypeText(u) != text && ReprKey(u) == key
	}
	for _, tv := range info.Types {
		if rival(tv.Type) {
			return false
		}
	}
	for _, obj := range w.fe.Types.Objs {
		if v, ok := obj.(*types.Var); ok && rival(v.Type()) {
			return false
		}
	}
	if tw := w.fe.Types.twins; tw != nil {
		for k := range tw.held {
			if k != text && strings.HasPrefix(k, prefix) {
				return false
			}
		}
	}
	return true
}

// fmtSame reports whether fmt shows values of t and u alike for verb v
// (see bareKnown).
func fmtSame(v fmtVerb) func(t, u types.Type) bool {
	return func(t, u types.Type) bool {
		if v.names || !types.Identical(t.Underlying(), u.Underlying()) {
			return false
		}
		if b, ok := t.Underlying().(*types.Basic); ok && v.bad(b) {
			return false // a bad verb names the type
		}
		for _, x := range []types.Type{t, u} {
			if fmtMethodsOf(x) != (fmtMethods{}) {
				return false
			}
			if _, ptr := x.Underlying().(*types.Pointer); !ptr && fmtMethodsOf(types.NewPointer(x)) != (fmtMethods{}) {
				return false
			}
		}
		return true
	}
}

// heldAsRepr returns t where it is a named type of the program's that
// compiled code (reflection among it) holds as its representation, with
// methods fmt calls: not an interface, a struct, a pointer or generic
// (type Level int with String).
func heldAsRepr(t types.Type) (*types.Named, bool) {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || types.IsInterface(n) || isStructType(n) || hasTypeParam(n) || fmtMethodsOf(n) == (fmtMethods{}) {
		return nil, false
	}
	_, ptr := n.Underlying().(*types.Pointer)
	return n, !ptr
}

// heldNameLostCall returns the statement, at the position at, that
// panics, saying so, where x, a value held in an interface, is of n's
// representation: it may be an n whose name compiled code lost.
func heldNameLostCall(n *types.Named, at, x string) string {
	return fmt.Sprintf("%s.HeldNameLost(%q, %s, %q, %q);", HelperPkg, at, x, reflectString(n.Underlying()), reflectString(n))
}

// dynFunc returns the name of the closure that converts a value held in an
// interface (see the doc above; top: the argument itself), declaring it
// if need be.
func (g *fmtConv) dynFunc(top bool) string {
	return g.dynFuncIn(nil, top)
}

// dynFuncIn is dynFunc for a value held in an interface of type in (nil:
// an empty one): one with methods (a type Discount interface{ Apply() },
// io.Reader) holds only the types that implement it, and the closure,
// one of its own, tells only those.
func (g *fmtConv) dynFuncIn(in types.Type, top bool) string {
	name := "__fd"
	if top {
		name = "__fdt"
	}
	var iface *types.Interface
	if in != nil {
		if i, ok := in.Underlying().(*types.Interface); ok && i.NumMethods() > 0 {
			iface = i
			key := fmt.Sprintf("%s/%v", TypeText(in), top)
			if g.fdIn == nil {
				g.fdIn = map[string]string{}
			}
			if _, ok := g.fdIn[key]; !ok {
				g.fdIn[key] = fmt.Sprintf("%s%d", name, len(g.fdIn))
			}
			name = g.fdIn[key]
		}
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
	if g.only != nil {
		held = slices.DeleteFunc(slices.Clone(held), func(t types.Type) bool { return !g.only(t) })
	}
	if iface != nil {
		held = slices.DeleteFunc(slices.Clone(held), func(t types.Type) bool { return !types.Implements(t, iface) })
	}
	var named, bare strings.Builder
	// A pointer to an instance whose methods fmt calls (&Box[int]{}) is
	// held bare, and the interpreter fails to compile an assertion to it
	// in generic code: a call of fmt panics saying so (the session's
	// display of a result or a variable shows the fields).
	ptrs := map[string]bool{}
	for _, t := range held {
		if g.shown {
			break
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && n.TypeArgs().Len() > 0 && isStructType(n) && fmtMethodsOf(types.NewPointer(n)) != (fmtMethods{}) {
			if name := mainTypeName(n.Origin().Obj().Name()); !ptrs[name] {
				ptrs[name] = true
				fmt.Fprintf(&bare, " %s.HeldPtrLost(__x, %q);", HelperPkg, name)
			}
		}
	}
	// A type of the program's held by its name, but handed to compiled
	// code in an interface (lost: a call's argument), which gets it as
	// its representation (type W int: as an int), where compiled code may
	// hand values back in an interface: a bare int may be a W, and the
	// call panics, saying so, rather than print a W as its int (a value
	// proven the program's own, see compiledflow.go, is not checked).
	if c := g.w.plan.Checked; c != nil && c.twins != nil && (c.twins.compiled != nil || g.w.fe.Types.twins.compiled) && !g.shown && !g.ownValue {
		lost := func(t types.Type) bool { return c.twins.lost[heldKey(t)] || g.w.fe.Types.twins.lost[heldKey(t)] }
		at := ""
		if !g.registered {
			at = g.w.src.Position(g.w.offset(g.pos))
		}
		for _, t := range held {
			if n, ok := heldAsRepr(t); ok && !heldBare(n) && lost(n) {
				bare.WriteString(" " + heldNameLostCall(n, at, "__x"))
			}
		}
	}
	for _, t := range held {
		src, ok := g.w.typeSource(t, g.pos)
		if !ok {
			continue
		}
		f := g.conv(t, false, top)
		if f == "" {
			continue
		}
		fmt.Fprintf(&named, " case %s: return %s(__x.(%s));", strconv.Quote(reflectString(t)), f, src)
		if g.w.mode != ModeScript && isComposite(t) && heldBare(t) {
			// Told at run time, with what every input held
			// (lower_fmtlater.go), but where two types of its
			// representation are held already.
			if alike := g.w.heldBareAlike(ReprKey(t)); len(alike) > 1 && alike[reflectString(t)] && !g.shown {
				g.fail(fmt.Sprintf("%s, which the interpreter holds in an interface as its representation, alike with another type the program has values of (or put in an interface earlier)", reflectString(t)), "print the value before it is put in the interface")
			}
			continue
		}
		known := g.w.compositeKnown(t) || (isComposite(t) || holdsInstancesBare(t)) && g.w.compositeBareKnown(t, fmtSame(g.verb))
		if isComposite(t) && !known && !g.w.bareKnown(t, fmtSame(g.verb)) {
			if !g.w.hasValuesOf(t) {
				continue // none to hold
			}
			g.fail(fmt.Sprintf("%s, which the interpreter holds in an interface as its representation, alike with another type the program has values of (or put in an interface earlier)", reflectString(t)), "print the value before it is put in the interface")
			continue
		}
		switch {
		case g.w.sharedInsts[TypeText(t)] && namedInstance(t):
			// Held with its name (hostrt's lostInstanceName): a value
			// held bare is of another type.
		case g.w.sharedInsts[TypeText(t)]:
			// Held without its name, it could be another's value: say so.
			fmt.Fprintf(&bare, " if _, __ok := __x.(%s); __ok { %s.HeldLost(__x) };", src, HelperPkg)
		case g.w.bareKnown(t, fmtSame(g.verb)) || known:
			fmt.Fprintf(&bare, " if __v, __ok := __x.(%s); __ok { return %s(__v) };", src, f)
		}
	}
	later := "nil"
	if g.w.mode != ModeScript {
		// See lower_fmtlater.go.
		pos := ""
		if !g.registered {
			pos = g.w.src.Position(g.w.offset(g.pos))
		}
		later = fmt.Sprintf("%s.FmtLater(%q, __x)", HelperPkg, pos)
		if g.verb.plain() {
			later = fmt.Sprintf("%s.FmtLaterPlain(%q, __x)", HelperPkg, pos)
		}
		if g.shown {
			// The session's own display, which names every type the
			// value may be: as it is where FmtLater cannot tell.
			later = HelperPkg + ".FmtLaterShown(__x)"
		}
	}
	fmt.Fprintf(&g.bodies, "%s = func(__x any) any { switch %s.Held(__x) {%s case \"\":%s }; return %s }; ", name, HelperPkg, named.String(), bare.String(), later)
	return name
}

// lowerFmtSpread rewrites the spread last argument of a call of fmt's or
// log's printing functions (fmt.Println(args...)), a slice of an
// interface that may hold the program's values, so that each element goes
// as lowerFmtValue would send it as an argument of its own; it reports
// whether it did. spaced says the call is Print's (see lowerFmtValue).
func (w *rewriter) lowerFmtSpread(n *ast.CallExpr, call string, spaced bool) bool {
	if !n.Ellipsis.IsValid() || len(n.Args) == 0 {
		return false
	}
	a := n.Args[len(n.Args)-1]
	t := w.typeOf(a)
	if t == nil {
		return false
	}
	s, ok := t.Underlying().(*types.Slice)
	if !ok || !dynIface(s.Elem()) {
		return false
	}
	v := fmtVerbClass("")
	if _, dyn := w.fmtHeld(v, true); !dyn {
		return false
	}
	src, ok := w.typeSource(t, a.Pos())
	if !ok {
		return false
	}
	g := &fmtConv{w: w, pos: a.Pos(), call: call, funcs: map[string]string{}, verb: v, dyn: true, ownValue: !w.fromCompiled(a)}
	f := g.dynFunc(true)
	if g.failed != "" {
		w.refuse(a, fmt.Sprintf("%s of the elements of a value of type %s: the interpreter would print them wrongly (%s)", call, reflectString(t), g.failed+", "+g.way))
		return true
	}
	// An element put in a compiled interface first (an io.Writer):
	// the interpreter's wrapper of it, told as strictFunc tells it.
	strict := "nil"
	if w.wrappedFmtMethods() {
		strict = g.strictFunc(true, true)
	}
	end := w.offset(a.End())
	held := ""
	if iface, ok := s.Elem().Underlying().(*types.Interface); ok && iface.Empty() {
		// An element holding a reflect.Value, as one of that static type.
		held = w.reflectHeld(a, "__x", g.elemConv(f, strict, reflectString(s.Elem()), "", "__rv"), spaced)
	}
	conv := g.spreadConv(f, strict, src, reflectString(s.Elem()), held)
	if w.deferred[n] || w.goCalls[n] {
		conv = g.spreadConvAtCall(f, strict, src, reflectString(s.Elem()), held)
	}
	w.wrapArg(a, conv+"(", -5)
	w.add(end, end, ")", 5)
	return true
}

// spreadConv returns the function literal that converts each element of
// a slice of type src (whose elements are of the interface elem) by f, a
// dynFunc of g, for fmt (and strict, "nil" or a strictFunc of g, an
// element in a compiled interface's wrapper); held, if not "", is a
// statement returning the conversion of an element __x first (see
// reflectHeld).
func (g *fmtConv) spreadConv(f, strict, src, elem, held string) string {
	return fmt.Sprintf("func(__s %s) %s { if __s == nil { return nil }; %s%s; __r := make(%s, len(__s)); for __i, __x := range __s { __r[__i] = %s }; return __r }",
		src, src, g.decls.String(), g.bodies.String(), src, g.elemConv(f, strict, elem, held, "__x"))
}

// elemConv returns the conversion of x, an element of spreadConv's.
func (g *fmtConv) elemConv(f, strict, elem, held, x string) string {
	if held == "" {
		return fmt.Sprintf("%s.FmtDynWrapped(%q, %s, %s, %s, true)", HelperPkg, elem, x, f, strict)
	}
	return fmt.Sprintf("func(__x any) any { %sreturn %s }(%s)", held, g.elemConv(f, strict, elem, "", "__x"), x)
}

// spreadConvAtCall is spreadConv for a deferred or go statement's call
// (defer fmt.Println(xs...)): the slice is taken at the statement, each
// element read and converted when the call runs (__repl.AtCall), as Go's
// fmt reads them then (converted at the statement, an element assigned
// after it printed as it was there).
func (g *fmtConv) spreadConvAtCall(f, strict, src, elem, held string) string {
	return fmt.Sprintf("func(__s %s) []any { if __s == nil { return nil }; %s%s; __r := make([]any, len(__s)); for __i := range __s { __r[__i] = func(__i int) any { return %s.AtCall(func() any { return %s }) }(__i) }; return __r }",
		src, g.decls.String(), g.bodies.String(), HelperPkg, g.elemConv(f, strict, elem, held, "__s[__i]"))
}

// lowerFmtTuple rewrites a call of fmt's or log's printing functions
// without a format whose one argument is a call of several results
// (fmt.Println(g()), g returning (*E, bool)), which no argument's
// conversion saw: the interpreter printed a *E with an Error method as
// &{}. The results go as the elements of a []any, each converted as
// lowerFmtSpread converts the elements of a spread slice; it reports
// whether it did.
func (w *rewriter) lowerFmtTuple(n *ast.CallExpr, call string, fmtAt int) bool {
	if fmtAt >= 0 || len(n.Args) != 1 || n.Ellipsis.IsValid() || w.deferred[n] || w.goCalls[n] {
		// (A go or defer statement's call gets the results in variables
		// of its own, hoistArgs, printed as they are: README's Known
		// gaps.)
		return false
	}
	a := n.Args[0]
	tuple, ok := w.typeOf(a).(*types.Tuple)
	if !ok || tuple.Len() < 2 {
		return false
	}
	v := fmtVerbClass("")
	held, dyn := w.fmtHeld(v, true)
	if !dyn {
		return false
	}
	var names []string
	for i := range tuple.Len() {
		names = append(names, fmt.Sprintf("__a%d", i))
	}
	// Each result is of its type, or, of an interface type, of one that
	// implements it.
	only := func(t types.Type) bool {
		for r := range tuple.Variables() {
			if types.Identical(t, r.Type()) || types.IsInterface(r.Type()) && types.AssignableTo(t, r.Type()) {
				return true
			}
		}
		return false
	}
	if !slices.ContainsFunc(held, only) && !slices.ContainsFunc(slices.Collect(tuple.Variables()), func(r *types.Var) bool { return types.IsInterface(r.Type()) }) {
		return false // nothing to convert
	}
	g := &fmtConv{w: w, pos: a.Pos(), call: call, funcs: map[string]string{}, verb: v, dyn: true, only: only, ownValue: !w.fromCompiled(a)}
	f := g.dynFunc(true)
	if g.failed != "" {
		w.refuse(a, fmt.Sprintf("%s of the results of a call: the interpreter would print them wrongly (%s)", call, g.failed+", "+g.way))
		return true
	}
	// The results go through variables: a function literal taking them
	// as parameters got them converted as the first (lower_tuplecall.go).
	end := w.offset(a.End())
	list := strings.Join(names, ", ")
	w.wrapArg(a, fmt.Sprintf("%s(func() []any { %s := ", g.spreadConv(f, "nil", "[]any", "interface {}", ""), list), -5)
	w.add(end, end, fmt.Sprintf("; return []any{%s} }())...", list), 5)
	return true
}

// addHeldTypes adds the session's types to used, the identifiers an input
// uses (which decide the session's declarations its check sees), when the
// input calls a function that prints or encodes values (fmt's, log's,
// json's), or uses a variable or calls a function of the session's whose
// value holds an interface (which the session shows as a result): a value
// of any of the types may be held in the interface (here and in
// lower_jsonheld.go), and the check must see them with their methods.
func (st *sessionTypes) addHeldTypes(used map[string]bool) {
	printing := false
	for name := range used {
		_, f := fmtPrintFuncs["fmt"][name]
		_, l := fmtPrintFuncs["log"][name]
		_, j := jsonMarshalFuncs[name]
		if f || l || j || name == "Encode" {
			printing = true
			break
		}
		switch o := st.Objs[name].(type) {
		case *types.Var:
			printing = holdsDynIface(o.Type())
		case *types.Func:
			for r := range o.Signature().Results().Variables() {
				printing = printing || holdsDynIface(r.Type())
			}
		}
		if printing {
			break
		}
	}
	if !printing {
		return
	}
	for key, obj := range st.Objs {
		if tn, ok := obj.(*types.TypeName); ok && !strings.Contains(key, ".") && st.printsOwn(tn) {
			used[key] = true
		}
	}
	// The type arguments of the instances of those that earlier inputs
	// put in interfaces (Box[P]), which heldComposites names.
	if st.twins == nil {
		return
	}
	for k := range st.twins.held {
		base, args, ok := strings.Cut(strings.TrimLeft(k, "*"), "[")
		if !ok || !used[base] {
			continue
		}
		for _, id := range strings.FieldsFunc(args, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' }) {
			if st.Objs[id] != nil {
				used[id] = true
			}
		}
	}
}

// printsOwn reports whether fmt or json may show a value of the session's
// type tn otherwise than as the value the interpreter holds: it has a
// method they call, or it is a struct with an unexported or embedded
// field, or a field of the program's types or of an interface type.
func (st *sessionTypes) printsOwn(tn *types.TypeName) bool {
	for _, m := range []string{"String", "Error", "Format", "GoString", "MarshalJSON", "MarshalText"} {
		if st.Objs[tn.Name()+"."+m] != nil {
			return true
		}
	}
	s, ok := tn.Type().Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for f := range s.Fields() {
		if !f.Exported() || f.Embedded() || userish(f.Type()) || holdsDynIface(f.Type()) {
			return true
		}
	}
	return false
}

// sessionMethods reports whether a type of the session has methods, as
// the session's objects record them (a method declared in an input of its
// own is not in its type's method set there).
func (st *sessionTypes) sessionMethods() bool {
	for key := range st.Objs {
		if strings.Contains(key, ".") {
			return true
		}
	}
	return false
}

// shownNode returns the statement that records how the session shows x, a
// result or a declared variable (key: its name, "" for a result) of
// static type t, when its value holds the program's types where the
// session's printer, which reads the value by reflection as fmt does,
// would show it wrongly (a String method below the top, a value held in
// an interface): the value converted as for fmt's %v, printed with %v
// (%+v for a struct, as the session shows one); "" when there is nothing
// to record.
func (w *rewriter) shownNode(key, x string, t types.Type, pos token.Pos) string {
	if t == nil || printMethod(t) != "" || hasTypeParam(t) {
		return ""
	}
	if compiledPlainIface(t) && w.mode != ModeScript {
		// A compiled interface without the methods fmt calls (io.Writer):
		// the interpreter's wrapper of a pointer to a struct of the
		// session's, by what inputs registered (lower_fmtlater.go); and
		// where it may hold no struct value of the session's (whose last
		// field only it keeps), of a slice or map type of the session's,
		// by its representation (a sort.Interface of Stringers).
		shown := "FmtLaterShown"
		if w.structHeld(t) == "" {
			shown = "FmtLaterShownWrapped"
		}
		return fmt.Sprintf("%s.ShownNode(%q, %s.%s(%s))", HelperPkg, key, HelperPkg, shown, x)
	}
	verb := "v"
	s := t
	if p, ok := t.Underlying().(*types.Pointer); ok {
		s = p.Elem()
	}
	if _, ok := s.Underlying().(*types.Struct); ok || types.IsInterface(t) {
		verb = "+v" // the fields' names of a struct at the top
	}
	v := fmtVerbClass(verb)
	dyn := false
	if holdsDynIface(t) {
		// Shown now, with the types the session has now.
		_, dyn = w.fmtHeldLater(v, false, false)
	}
	if !needsFmtNodes(t, v, false, true, dyn) {
		return ""
	}
	g := &fmtConv{w: w, pos: pos, call: "the result", funcs: map[string]string{}, verb: v, dyn: dyn, shown: true}
	src, ok := w.typeSource(t, pos)
	f := g.conv(t, false, true)
	if !ok || g.failed != "" || f == "" {
		return "" // the printer's text
	}
	return fmt.Sprintf("%s.ShownNode(%q, func(__v %s) any { %s%s; return %s(__v) }(%s))", HelperPkg, key, src, g.decls.String(), g.bodies.String(), f, x)
}

// HeldAlike returns the slice, array and map types of the session's types
// (and pointers to them) that earlier inputs put in interfaces and that
// the interpreter holds as repr, the text of a representation
// ("map[string]int" for a map[string]Color), other than repr itself.
func (fe *FrontEnd) HeldAlike(repr string) []string {
	tw := fe.Types.twins
	if tw == nil {
		return nil
	}
	var out []string
	for _, k := range slices.Sorted(maps.Keys(tw.held)) {
		if base := strings.TrimPrefix(k, "*"); k == repr || !strings.HasPrefix(base, "[") && !strings.HasPrefix(base, "map[") {
			continue
		}
		for _, obj := range fe.Types.Objs {
			tn, ok := obj.(*types.TypeName)
			if !ok || tn.Pkg() == nil || !strings.Contains(k, tn.Name()) {
				continue
			}
			if tv, err := types.Eval(token.NewFileSet(), tn.Pkg(), token.NoPos, k); err == nil && tv.IsType() {
				if ReprKey(tv.Type) == repr {
					out = append(out, k)
				}
				break
			}
		}
	}
	return out
}

// hasValuesOf reports whether the program may have values of type t: a
// script has them only where some expression of its code has that type,
// or an instance of generic code that type as a type argument (fmtHeld
// lists the pointer of every type of the program's, which a script that
// never takes a *Level has none of: it refused to print any value
// compiled code handed back in an any). At the prompt, inputs to come may
// make them.
func (w *rewriter) hasValuesOf(t types.Type) bool {
	info := w.info()
	if w.mode != ModeScript || info == nil {
		return true
	}
	if w.valueTypes == nil {
		w.valueTypes = map[string]bool{}
		for _, tv := range info.Types {
			if tv.Type != nil && !tv.IsType() {
				w.valueTypes[TypeText(tv.Type)] = true
			}
		}
		for _, inst := range info.Instances {
			for a := range inst.TypeArgs.Types() {
				w.valueTypes[TypeText(a)] = true
			}
		}
	}
	return w.valueTypes[TypeText(t)]
}
