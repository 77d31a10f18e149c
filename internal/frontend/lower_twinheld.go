package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"
)

// Narrowing of the twin refusals: only twins the program puts in
// interfaces.
//
// yaegi v0.16.1 holds `type W int` and int alike in an interface, and two
// struct types of the same fields alike (see lower_assert.go and
// lower_twineq.go): x.(int) matches a W, W(3) == any(3). But an interface
// can hold only what the program puts in one, so a type assertion, a type
// switch case, a comparison or a map key of an interface is answered
// wrongly only when the twin it would be taken for is ever held in an
// interface. A new user's enum,
//
//	type Color int
//	func (c Color) String() string { ... }
//	func describe(x any) string {
//		switch v := x.(type) {
//		case Color: ...   // refused before: an int in x would match
//		case int: ...     // never reached by a Color: case Color comes first
//		}
//	}
//	describe(Green); describe("s"); fmt.Println(Red)
//
// puts a Color and a string in interfaces, never an int (fmt's printing
// functions take their arguments as any, but hand them to no interpreted
// code, so they are not counted), and now runs.
//
// The type checker tells every conversion of a value to an interface type
// (implicit or written): an assignment, a declaration, a call's argument
// (a variadic one too), a result returned, a composite literal's element,
// key or field, a channel send, a map's key (looked up too), an append, a
// panic value, a range assigning to interface variables. Each converted
// type is held (but what compiled code only compares, permutes or encodes
// and never hands back: comparedOnly, permutedOnly, encodedOnly, as
// json.Marshal(c) and sort.Slice(xs, ...); and what it decodes into,
// decodedOnly, as json.Unmarshal(b, &rec)); so are the type arguments of
// instances of the program's generic code (which may convert them in
// turn), and string where recover is called (a compiled package panics
// with one). Compiled code may also hand back values nobody converted
// where the type checker sees it: a compiled function or field whose type
// mentions an empty interface (reflect.Value.Interface, sync.Map,
// json.Unmarshal into an any, a callback taking any) may produce any type
// without the program's names (int, []any, struct{ V int }) and the types
// within held values (reflection takes a field out). Where it does, those
// count as held too.
//
// A twin check (lower_assert.go, lower_twineq.go) refuses a construct only
// when the twins it would confuse are held: an assertion to T or a switch
// case T, when a twin of T implementing the operand's interface is held
// (and no earlier case of the switch of T's representation takes the
// twin first); a comparison of an interface with a T likewise; two
// interfaces compared, or a map keyed by one, when both twins are held.
// %T and reflect.TypeOf of an interface are refused as before (fmt's
// lowering decides what it can name). At the prompt, what a check let
// through is kept with the twins it needs held: a later input putting the
// last of them in an interface is refused at that conversion, naming the
// earlier construct.

// twinFacts are the types a check found held in interfaces (by heldKey,
// with the node of the first conversion), the types within them, and where
// compiled code may hand back values of unnamed types in interfaces.
type twinFacts struct {
	// anonMethods is the segment's first conversion to an empty or a
	// compiled interface of a value of an unnamed struct type with
	// methods promoted from a type of the program's (see
	// promotesOwnMethods), anonMethodsOwn its first to an interface of
	// the program's with methods.
	anonMethods, anonMethodsOwn ast.Expr
	held                        map[string]ast.Node
	contained                   map[string]ast.Node
	// wrapped are the struct types whose values (not pointers) the
	// segment converts to a compiled interface with methods (by heldKey),
	// which the interpreter's wrapper holds as their last field.
	wrapped map[string]bool
	// compiledAsserts says the segment asserts to a compiled interface
	// with methods (x.(fmt.Stringer), case error:), or converts a value
	// of a type parameter to one: any value it holds may be wrapped.
	compiledAsserts bool
	// bare are the held types the interpreter holds bare (heldBare), by
	// representation (ReprKey) and as reflectString names them.
	bare     map[string]map[string]types.Type
	compiled ast.Node
	// lost are the types of the program's handed to compiled code in an
	// interface (a call's argument), by heldKey: the interpreter hands it
	// a value of a type that is not a struct as its representation, and
	// compiled code that hands values back gives the representation.
	lost map[string]bool
	// flow proves values the program's own, where compiled code may hand
	// values back (see compiledflow.go); fromCompiled says which of the
	// session's variables and functions the segment declares or writes
	// may hold or return others.
	flow         *compiledFlow
	fromCompiled map[string]bool
	// pending are the constructs let through for want of a held twin.
	pending []twinPending
	// asserted are the segment's assertions to types of no shape of
	// their own (see sessionTwins.asserted); heldTypes, the types held,
	// by heldKey.
	asserted  map[string]assertedRepr
	heldTypes map[string]types.Type
	// shown are the types of the values handed to fmt's and log's
	// printing functions or to an encoder (json.Marshal), which the
	// interpreter's values show as they are held (by heldKey, with the
	// types they are made of): the conversions above leave them out,
	// as those functions fill and compare nothing.
	shown map[string]bool
	// showsIface says a value of an interface type (or made of one) is
	// shown so: it may hold any of the types held in interfaces.
	showsIface bool
	// badVerbs are the fmt calls of the segment's code printing an
	// interface with a verb that is a bad verb for types the
	// interpreter holds as their representation (see lower_fmt.go's
	// heldBasicBadVerb), none of which was held yet.
	badVerbs []badVerbPrint
}

// badVerbPrint is a fmt call printing an interface with verb (0: a format
// that is not a constant), at a position in the user's text.
type badVerbPrint struct {
	verb rune
	at   string
	call string
}

// twinPending is a construct that would be answered wrongly once every
// type of needs is held: err is its refusal.
type twinPending struct {
	needs []string
	err   *Error
	// anyMethods says the construct is answered wrongly once any type of
	// the program's with one of methods is held ("": any exported
	// method), not its needs: a template executed with data holding
	// interfaces (refuseTemplateMethods), log/slog handed an any
	// (lower_slog.go); see earlierHeldMethods.
	anyMethods bool
	methods    []string
	// explicit says only the program's own conversions count as holding
	// its needs (reportExplicit).
	explicit bool
}

// sessionTwins is what the session keeps of twinFacts between inputs.
type sessionTwins struct {
	held, contained map[string]bool
	bare            map[string]map[string]bool
	compiled        bool
	lost            map[string]bool
	fromCompiled    map[string]bool
	pending         []twinPending
	badVerbs        []badVerbPrint
	// asserted are the assertions and type switch cases the session's
	// functions make to types of no shape of their own (not structs), by
	// ReprKey: a type declared later of the same representation, put in
	// an interface, would be taken for the one asserted to (laterTwin).
	asserted map[string]assertedRepr
}

// assertedRepr is an assertion (or case) to a type of no shape of its
// own, by the name reflection gives the type, with the construct for a
// refusal.
type assertedRepr struct {
	name string
	err  *Error
	decl string // the function or method ("T.M") it is in
}

func (s *sessionTwins) clone() *sessionTwins {
	if s == nil {
		return nil
	}
	bare := map[string]map[string]bool{}
	for k, names := range s.bare {
		bare[k] = maps.Clone(names)
	}
	return &sessionTwins{held: maps.Clone(s.held), contained: maps.Clone(s.contained), bare: bare, compiled: s.compiled, lost: maps.Clone(s.lost), fromCompiled: maps.Clone(s.fromCompiled), pending: s.pending[:len(s.pending):len(s.pending)], badVerbs: s.badVerbs[:len(s.badVerbs):len(s.badVerbs)], asserted: maps.Clone(s.asserted)}
}

// commit adds a check's facts to the session's.
func (s *sessionTwins) commit(f *twinFacts) {
	if f == nil {
		return
	}
	for k := range f.held {
		s.held[k] = true
	}
	for k := range f.contained {
		s.contained[k] = true
	}
	for k, names := range f.bare {
		if s.bare[k] == nil {
			s.bare[k] = map[string]bool{}
		}
		for name := range names {
			s.bare[k][name] = true
		}
	}
	s.compiled = s.compiled || f.compiled != nil
	for k := range f.lost {
		if s.lost == nil {
			s.lost = map[string]bool{}
		}
		s.lost[k] = true
	}
	for name, from := range f.fromCompiled {
		if s.fromCompiled == nil {
			s.fromCompiled = map[string]bool{}
		}
		s.fromCompiled[name] = from
	}
	s.pending = append(s.pending, f.pending...)
	s.badVerbs = append(s.badVerbs, f.badVerbs...)
	for k, a := range f.asserted {
		if s.asserted == nil {
			s.asserted = map[string]assertedRepr{}
		}
		if _, ok := s.asserted[k]; !ok {
			s.asserted[k] = a
		}
	}
}

// laterTwin refuses, at the prompt, a value of a type of the program's
// (not a struct) that this check's code puts in an interface where an
// earlier input's function asserts to another type of its representation
// (func isInt(v any) bool { _, ok := v.(int); ... }, then type ID int and
// isInt(ID(3))): that input's check knew no twin, and its code, compiled
// then, would take one for the other. It returns nil where there is none.
func (j *twinJudge) laterTwin(pos func(ast.Node) string) *Error {
	if j.script || len(j.session.asserted) == 0 {
		return nil
	}
	for _, hk := range slices.Sorted(maps.Keys(j.facts.heldTypes)) {
		t := j.facts.heldTypes[hk]
		if isStructType(t) || !userish(t) {
			continue // told apart by its tag; or no type of the program's
		}
		k := ReprKey(t)
		a, ok := j.session.asserted[k]
		if !ok || a.name == reflectString(t) {
			continue
		}
		return &Error{Pos: pos(j.facts.held[hk]), Msg: fmt.Sprintf(
			"a value of %s put in an interface here is one an earlier input's code, checked before %s was declared, would take for its twin (%s: %s: the interpreter holds both as %s); declare that code again",
			TypeText(t), TypeText(t), a.err.Pos, a.err.Msg, shownRepr(k))}
	}
	return nil
}

func newSessionTwins() *sessionTwins {
	return &sessionTwins{held: map[string]bool{}, contained: map[string]bool{}, bare: map[string]map[string]bool{}}
}

// heldBare reports whether the interpreter holds a value of t in an
// interface bare, as its representation, where fmt cannot tell it from
// another type's by a name (lower_fmtlater.go): an unnamed slice, array,
// map or struct type, or a named one of those but a struct (which carries
// a tag naming it) without methods, and a pointer to anything but a
// struct type (which carries the tag).
func heldBare(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		// A pointer to anything but a struct type of the program's
		// (*Code, *int): the interpreter holds it as a pointer to the
		// representation.
		n, ok := types.Unalias(u.Elem()).(*types.Named)
		_, named := types.Unalias(t).(*types.Named)
		return !named && !(ok && isStructType(n)) && !types.IsInterface(u.Elem())
	case *types.Slice, *types.Array, *types.Map:
	case *types.Struct:
		if _, named := types.Unalias(t).(*types.Named); named {
			return false
		}
	default:
		return false
	}
	if _, named := types.Unalias(t).(*types.Named); named {
		return types.NewMethodSet(types.NewPointer(t)).Len() == 0
	}
	return true
}

// promotesOwnMethods reports whether t is an unnamed struct type, or a
// pointer to one, with methods promoted from an embedded type of the
// program's (struct{ Base; extra int } with func (Base) Get() int). yaegi
// v0.16.1 gives an unnamed struct type no methods in an interface: an
// assertion of it to an interface of Base's methods, or a type switch
// case, answered false, an error of it printed its fields, and a value of
// it took Base's pointer methods; so its conversion to an empty interface
// or a compiled one (error, fmt.Stringer) is refused (check.go), with the
// way around: a named type. Converted to an interface of the program's
// with methods, its methods are called as Go calls them, but assertions
// and type switches go wrong as well: such a conversion is refused at the
// prompt, and in a script that has an assertion or a type switch.
func promotesOwnMethods(t types.Type) bool {
	if _, ok := types.Unalias(derefType(t)).(*types.Struct); !ok {
		return false
	}
	ms := types.NewMethodSet(types.NewPointer(derefType(t)))
	for i := range ms.Len() {
		if pkg := ms.At(i).Obj().Pkg(); pkg != nil && pkg.Path() == "main" {
			return true
		}
	}
	return false
}

// heldKey names t for the held sets: its text, with byte and rune as uint8
// and int32.
func heldKey(t types.Type) string {
	if b, ok := types.Unalias(t).(*types.Basic); ok {
		t = types.Default(types.Typ[b.Kind()])
		if b.Kind() == types.Byte {
			t = types.Typ[types.Uint8]
		} else if b.Kind() == types.Rune {
			t = types.Typ[types.Int32]
		}
	}
	return TypeText(t)
}

// twinJudge answers whether a type is held, for one check, with the
// session's facts.
type twinJudge struct {
	facts   *twinFacts
	session *sessionTwins
	// script says the check is of a whole program, which no later input
	// extends.
	script bool
}

// holdsInstanceOf reports whether values of an instance of the generic
// type n (not pointers to them) may be in an interface.
func (j *twinJudge) holdsInstanceOf(n *types.Named) bool {
	prefix := n.Obj().Name() + "["
	for k := range j.facts.held {
		if strings.HasPrefix(k, prefix) {
			return true
		}
	}
	for k := range j.session.held {
		if strings.HasPrefix(k, prefix) {
			return true
		}
	}
	return false
}

// wrapsStruct reports whether values of t, a struct type, may be in the
// interpreter's wrapper of a compiled interface: in a script, where the
// program converts one to such an interface (or asserts an interface
// holding one to such an interface); at the prompt, where they may be in
// any interface.
func (j *twinJudge) wrapsStruct(t types.Type) bool {
	if !j.script {
		return j.holds(t)
	}
	return j.facts.wrapped[heldKey(t)] || j.facts.compiledAsserts && j.facts.held[heldKey(t)] != nil
}

// holds reports whether values of t may be in an interface.
func (j *twinJudge) holds(t types.Type) bool {
	k := heldKey(t)
	if j.facts.held[k] != nil || j.session.held[k] {
		return true
	}
	if j.facts.compiled == nil && !j.session.compiled {
		return false
	}
	if j.facts.contained[k] != nil || j.session.contained[k] {
		return true
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok && j.holds(p.Elem()) {
		return true // reflection takes the address of a field
	}
	return !mentionsProgramType(t, map[types.Type]bool{})
}

// report refuses err when every type of needs is held, and keeps it as
// pending otherwise; it returns the refusal or nil.
func (j *twinJudge) report(needs []types.Type, err *Error) *Error {
	return j.reportHeld(needs, err, false)
}

// reportExplicit is report where only the program's own conversions
// count as holding a type of needs, not what compiled code may hand back
// or reflection reach: for pointers the program rarely makes, which the
// conservative count would take as held in every program that has
// compiled code hand back values (*[]string beside a Names []string).
func (j *twinJudge) reportExplicit(needs []types.Type, err *Error) *Error {
	return j.reportHeld(needs, err, true)
}

// reportHeld is report, or with explicit reportExplicit.
func (j *twinJudge) reportHeld(needs []types.Type, err *Error, explicit bool) *Error {
	keys := make([]string, len(needs))
	all := true
	for i, t := range needs {
		keys[i] = heldKey(t)
		if explicit {
			all = all && (j.facts.held[keys[i]] != nil || j.session.held[keys[i]])
		} else {
			all = all && j.holds(t)
		}
	}
	if all {
		return err
	}
	j.facts.pending = append(j.facts.pending, twinPending{needs: keys, err: err, explicit: explicit})
	return nil
}

// earlierPending returns a refusal for the first construct of an earlier
// input let through that this check's conversions make wrong, or nil.
func (j *twinJudge) earlierPending(pos func(ast.Node) string) *Error {
	for _, p := range j.session.pending {
		if p.anyMethods {
			continue
		}
		var at ast.Node
		all := true
		for _, k := range p.needs {
			switch {
			case j.session.held[k]:
			case j.facts.held[k] != nil:
				at = j.facts.held[k]
			case !p.explicit && (j.session.compiled || j.facts.compiled != nil) && (j.session.contained[k] || j.facts.contained[k] != nil):
				at = j.facts.contained[k]
				if at == nil {
					at = j.facts.compiled
				}
			default:
				all = false
			}
		}
		if !all || at == nil {
			continue
		}
		return &Error{Pos: pos(at), Msg: fmt.Sprintf(
			"a value put in an interface here is one an earlier input would take for its twin (%s: %s)", p.err.Pos, p.err.Msg)}
	}
	return nil
}

// earlierHeldMethods returns a refusal for the first construct of an
// earlier input let through (anyMethods) that a value of the program's
// types with its methods, put in an interface by this check's code, may
// reach, or nil.
func earlierHeldMethods(c *Checked, j *twinJudge, others []types.Object, pos func(ast.Node) string) *Error {
	for _, p := range j.session.pending {
		if !p.anyMethods {
			continue
		}
		for _, tn := range checkedTypes(c, others) {
			if types.IsInterface(tn.Type()) {
				continue
			}
			for _, ht := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
				m, ok := "", false
				for _, name := range p.methods {
					if name == "" && methodsKey(ht) != "" || name != "" && types.NewMethodSet(ht).Lookup(nil, name) != nil {
						m, ok = name, true
						break
					}
				}
				if !ok {
					continue
				}
				at := j.facts.held[heldKey(ht)]
				if at == nil {
					at = j.facts.contained[heldKey(ht)]
				}
				if at == nil {
					continue
				}
				has := "which has methods"
				if m != "" {
					has = "which has a " + m + " method"
				}
				return &Error{Pos: pos(at), Msg: fmt.Sprintf(
					"a value of %s, %s, put in an interface here may reach code of an earlier input that the interpreter would run wrongly with it (%s: %s)", TypeText(tn.Type()), has, p.err.Pos, p.err.Msg)}
			}
		}
	}
	return nil
}

// mentionsProgramType reports whether t is, or is made of, a named type of
// the program.
func mentionsProgramType(t types.Type, seen map[types.Type]bool) bool {
	found := false
	walkTypeParts(t, seen, func(u types.Type) bool {
		if n, ok := types.Unalias(u).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main" && !types.IsInterface(n) {
			found = true
		}
		return !found
	})
	return found
}

// mentionsEmptyInterface reports whether t is, or is made of, an interface
// without methods (through functions' parameters and results too). A type
// parameter counts as its type arguments may: one whose constraint lists
// the types it allows (~int | ~string) only as those do, so a []T of a
// func SortedCopy[T ~int | ~string] handed to sort.Slice is not one that
// compiled code may fill with values of unnamed types.
func mentionsEmptyInterface(t types.Type) bool {
	found := false
	walkTypeParts(t, map[types.Type]bool{}, func(u types.Type) bool {
		if tp, ok := types.Unalias(u).(*types.TypeParam); ok {
			restricted, may := typeTermsMay(tp.Constraint(), mentionsEmptyInterface)
			if restricted {
				found = may
			} else {
				i, _ := tp.Constraint().Underlying().(*types.Interface)
				found = i != nil && i.NumMethods() == 0
			}
			return !found
		}
		if i, ok := types.Unalias(u).Underlying().(*types.Interface); ok && i.NumMethods() == 0 {
			found = true
		}
		return !found
	})
	return found
}

// walkTypeParts calls f with t and each type it is made of (a named type's
// underlying type, elements, fields, parameters and results), each once,
// until f returns false.
func walkTypeParts(t types.Type, seen map[types.Type]bool, f func(types.Type) bool) bool {
	if t == nil || seen[t] {
		return true
	}
	seen[t] = true
	if !f(t) {
		return false
	}
	walk := func(u types.Type) bool { return walkTypeParts(u, seen, f) }
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		if !types.IsInterface(t) {
			return walk(t.Underlying())
		}
	case *types.Pointer:
		return walk(t.Elem())
	case *types.Slice:
		return walk(t.Elem())
	case *types.Array:
		return walk(t.Elem())
	case *types.Chan:
		return walk(t.Elem())
	case *types.Map:
		return walk(t.Key()) && walk(t.Elem())
	case *types.Struct:
		for fl := range t.Fields() {
			if !fl.Exported() && fl.Pkg() != nil && fl.Pkg().Path() != "main" {
				continue // a compiled type's own: out of the program's reach
			}
			if !walk(fl.Type()) {
				return false
			}
		}
	case *types.Signature:
		for v := range t.Params().Variables() {
			if !walk(v.Type()) {
				return false
			}
		}
		for v := range t.Results().Variables() {
			if !walk(v.Type()) {
				return false
			}
		}
	case *types.Tuple:
		for v := range t.Variables() {
			if !walk(v.Type()) {
				return false
			}
		}
	}
	return true
}

// heldTwinFacts finds the conversions to interfaces of file (checked as c).
func heldTwinFacts(c *Checked, file *ast.File) *twinFacts {
	info := c.Info
	f := &twinFacts{held: map[string]ast.Node{}, contained: map[string]ast.Node{}, wrapped: map[string]bool{}, bare: map[string]map[string]types.Type{}, shown: map[string]bool{}}
	// generic are the types made of type parameters that generic code
	// converts (any(&v) of a v T): each instance holds its own (see
	// below).
	type genericHeld struct {
		t  types.Type
		at ast.Node
	}
	var generic []genericHeld
	hold := func(t types.Type, at ast.Node) {
		if t == nil || types.IsInterface(t) || isTypeParam(t) {
			return
		}
		if hasTypeParam(t) {
			generic = append(generic, genericHeld{t, at})
		}
		if b, ok := types.Unalias(t).(*types.Basic); ok && b.Kind() == types.UntypedNil {
			return
		}
		t = types.Default(t)
		if _, ok := f.held[heldKey(t)]; !ok {
			f.held[heldKey(t)] = at
			if f.heldTypes == nil {
				f.heldTypes = map[string]types.Type{}
			}
			f.heldTypes[heldKey(t)] = t
			if heldBare(t) && !hasTypeParam(t) {
				k := ReprKey(t)
				if f.bare[k] == nil {
					f.bare[k] = map[string]types.Type{}
				}
				f.bare[k][reflectString(t)] = t
			}
		}
		walkTypeParts(t, map[types.Type]bool{}, func(u types.Type) bool {
			if u != t && !types.IsInterface(u) {
				if _, ok := f.contained[heldKey(u)]; !ok {
					f.contained[heldKey(u)] = at
				}
			}
			return true
		})
	}
	compiled := func(at ast.Node) {
		if f.compiled == nil {
			f.compiled = at
		}
	}
	// lose notes a type of the program's handed to compiled code in an
	// interface (see twinFacts.lost).
	lose := func(t types.Type) {
		if f.lost == nil {
			f.lost = map[string]bool{}
		}
		f.lost[heldKey(t)] = true
	}
	// conv notes the conversion of e's value to dst.
	conv := func(e ast.Expr, dst types.Type) {
		if dst == nil || interfaceOf(dst) == nil {
			return
		}
		tv, ok := info.Types[e]
		if !ok || tv.IsNil() {
			return
		}
		if tuple, ok := tv.Type.(*types.Tuple); ok {
			for v := range tuple.Variables() {
				hold(v.Type(), e)
			}
			return
		}
		if it := interfaceOf(dst); it.NumMethods() > 0 && !programIface(dst) {
			switch {
			case isTypeParam(tv.Type) || programIface(tv.Type):
				// Of whatever type the instance gives it (its type
				// arguments are held, below), or the interface holds
				// (var s fmt.Stringer = n, n of an interface of yours).
				f.compiledAsserts = true
			case isStructType(tv.Type):
				f.wrapped[heldKey(tv.Type)] = true
			}
		}
		if promotesOwnMethods(tv.Type) {
			switch {
			case !programIface(dst) && f.anonMethods == nil:
				f.anonMethods = e
			case programIface(dst) && f.anonMethodsOwn == nil:
				f.anonMethodsOwn = e
			}
		}
		hold(tv.Type, e)
	}
	// convTuple notes the conversions of values (one call of several
	// results, or one value each) to the types dsts.
	convAll := func(values []ast.Expr, dsts []types.Type) {
		if len(values) == 1 && len(dsts) > 1 {
			tuple, ok := info.TypeOf(values[0]).(*types.Tuple)
			if !ok {
				conv(values[0], dsts[0]) // v, ok = m[k], x.(T), <-ch
				return
			}
			for i := 0; i < tuple.Len() && i < len(dsts); i++ {
				if dsts[i] != nil && interfaceOf(dsts[i]) != nil {
					hold(tuple.At(i).Type(), values[0])
				}
			}
			return
		}
		for i := 0; i < len(values) && i < len(dsts); i++ {
			conv(values[i], dsts[i])
		}
	}
	lhsType := func(e ast.Expr) types.Type {
		if id, ok := e.(*ast.Ident); ok {
			if obj := info.ObjectOf(id); obj != nil {
				return obj.Type()
			}
			return nil
		}
		return info.TypeOf(e)
	}
	var sigs []*types.Signature // of the functions the walk is in
	var stack []ast.Node
	ast.Inspect(file, func(n ast.Node) bool {
		if n == nil {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			switch top.(type) {
			case *ast.FuncDecl, *ast.FuncLit:
				sigs = sigs[:len(sigs)-1]
			}
			return true
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.FuncDecl:
			sig, _ := info.Defs[n.Name].Type().(*types.Signature)
			sigs = append(sigs, sig)
		case *ast.FuncLit:
			sig, _ := info.TypeOf(n).(*types.Signature)
			sigs = append(sigs, sig)
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN || n.Tok == token.DEFINE {
				dsts := make([]types.Type, len(n.Lhs))
				for i, l := range n.Lhs {
					dsts[i] = lhsType(l)
				}
				convAll(n.Rhs, dsts)
				if len(n.Lhs) == len(n.Rhs) {
					for i, l := range n.Lhs {
						// A compiled struct's field of an interface type
						// (r.Value = Num(5) of a container/ring): compiled
						// code holds the value, as a call's argument.
						sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
						if !ok {
							continue
						}
						s, ok := info.Selections[sel]
						if !ok || s.Kind() != types.FieldVal || s.Obj().Pkg() == nil || s.Obj().Pkg().Path() == "main" || interfaceOf(s.Obj().Type()) == nil {
							continue
						}
						if t := info.TypeOf(n.Rhs[i]); t != nil && !types.IsInterface(t) {
							lose(types.Default(t))
						}
					}
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil {
				t := info.TypeOf(n.Type)
				dsts := make([]types.Type, len(n.Names))
				for i := range dsts {
					dsts[i] = t
				}
				convAll(n.Values, dsts)
			}
		case *ast.ReturnStmt:
			if len(sigs) > 0 && sigs[len(sigs)-1] != nil {
				res := sigs[len(sigs)-1].Results()
				dsts := make([]types.Type, res.Len())
				for i := range dsts {
					dsts[i] = res.At(i).Type()
				}
				convAll(n.Results, dsts)
			}
		case *ast.SendStmt:
			if ch, ok := types.Unalias(info.TypeOf(n.Chan)).Underlying().(*types.Chan); ok {
				conv(n.Value, ch.Elem())
			}
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN {
				if n.Key != nil {
					if t := lhsType(n.Key); t != nil && interfaceOf(t) != nil {
						if m, ok := types.Unalias(info.TypeOf(n.X)).Underlying().(*types.Map); ok {
							hold(m.Key(), n.Key)
						}
					}
				}
				if n.Value != nil {
					if t := lhsType(n.Value); t != nil && interfaceOf(t) != nil {
						switch x := types.Unalias(info.TypeOf(n.X)).Underlying().(type) {
						case *types.Map:
							hold(x.Elem(), n.Value)
						case *types.Slice:
							hold(x.Elem(), n.Value)
						case *types.Array:
							hold(x.Elem(), n.Value)
						case *types.Pointer:
							if a, ok := x.Elem().Underlying().(*types.Array); ok {
								hold(a.Elem(), n.Value)
							}
						}
					}
				}
			}
		case *ast.IndexExpr:
			if m, ok := types.Unalias(info.TypeOf(n.X)).Underlying().(*types.Map); ok {
				conv(n.Index, m.Key())
			}
		case *ast.CompositeLit:
			switch t := types.Unalias(info.TypeOf(n)).Underlying().(type) {
			case *types.Struct:
				for i, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						if id, ok := kv.Key.(*ast.Ident); ok {
							if fv, ok := info.Uses[id].(*types.Var); ok {
								conv(kv.Value, fv.Type())
							}
						}
					} else if i < t.NumFields() {
						conv(e, t.Field(i).Type())
					}
				}
			case *types.Map:
				for _, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						conv(kv.Key, t.Key())
						conv(kv.Value, t.Elem())
					}
				}
			case *types.Slice, *types.Array:
				var elem types.Type
				if s, ok := t.(*types.Slice); ok {
					elem = s.Elem()
				} else {
					elem = t.(*types.Array).Elem()
				}
				for _, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						e = kv.Value
					}
					conv(e, elem)
				}
			}
		case *ast.SelectorExpr:
			// A compiled struct's field of a type with an empty
			// interface (list.Element.Value).
			if sel, ok := info.Selections[n]; ok && sel.Kind() == types.FieldVal {
				if o := sel.Obj(); o.Pkg() != nil && o.Pkg().Path() != "main" && mentionsEmptyInterface(o.Type()) {
					compiled(n)
				}
			}
		case *ast.CallExpr:
			heldInCall(info, n, conv, hold, compiled, lose, func(e ast.Expr) {
				if t := info.TypeOf(e); t != nil && madeOf(t, types.IsInterface) {
					f.showsIface = true
				}
				if t := info.TypeOf(e); t != nil && !types.IsInterface(t) {
					walkTypeParts(types.Default(t), map[types.Type]bool{}, func(u types.Type) bool {
						f.shown[heldKey(u)] = true
						return true
					})
				}
			})
		}
		return true
	})
	// The type arguments of the program's generic code, which may put
	// them in interfaces.
	for id, inst := range info.Instances {
		if obj := info.Uses[id]; obj == nil || obj.Pkg() == nil || obj.Pkg().Path() != "main" {
			continue
		}
		for t := range inst.TypeArgs.Types() {
			hold(t, id)
		}
		// And the types generic code converts, made of its type
		// parameters, as the instance makes them (*Port for *T: the
		// interpreter holds it as *int).
		if len(generic) > 0 {
			for _, subst := range instanceSubsts(info.Uses[id], inst.TypeArgs) {
				for _, g := range generic {
					if t := substParams(g.t, subst); t != nil && !hasTypeParam(t) {
						hold(t, g.at)
					}
				}
			}
		}
	}
	// An assertion to a compiled interface with methods, which may put a
	// value held in an any in the interpreter's wrapper.
	ast.Inspect(file, func(n ast.Node) bool {
		if a, ok := n.(*ast.TypeAssertExpr); ok {
			if it := interfaceOf(info.TypeOf(a.Type)); a.Type != nil && it != nil && it.NumMethods() > 0 && !programIface(info.TypeOf(a.Type)) {
				f.compiledAsserts = true
			}
		}
		if cc, ok := n.(*ast.CaseClause); ok {
			for _, e := range cc.List {
				if it := interfaceOf(info.TypeOf(e)); it != nil && it.NumMethods() > 0 && !programIface(info.TypeOf(e)) {
					f.compiledAsserts = true
				}
			}
		}
		return !f.compiledAsserts
	})
	return f
}

// heldInCall notes the conversions of a call's arguments to interfaces
// (conv, hold) and whether compiled code it calls may hand back values in
// interfaces (compiled).
// Values only shown, printed or encoded, go to show.
func heldInCall(info *types.Info, n *ast.CallExpr, conv func(ast.Expr, types.Type), hold func(types.Type, ast.Node), compiled func(ast.Node), lose func(types.Type), show func(ast.Expr)) {
	tv := info.Types[n.Fun]
	if tv.IsType() {
		if len(n.Args) == 1 {
			conv(n.Args[0], tv.Type)
		}
		return
	}
	switch fn := calledFunc(info, n.Fun).(type) {
	case *types.Builtin:
		switch fn.Name() {
		case "panic":
			if len(n.Args) == 1 {
				conv(n.Args[0], types.Universe.Lookup("any").Type())
			}
		case "recover":
			hold(types.Typ[types.String], n) // a compiled package's panic value
		case "append":
			if s, ok := types.Unalias(info.TypeOf(n)).Underlying().(*types.Slice); ok && !n.Ellipsis.IsValid() {
				for _, a := range n.Args[1:] {
					conv(a, s.Elem())
				}
			}
		case "delete":
			if len(n.Args) == 2 {
				if m, ok := types.Unalias(info.TypeOf(n.Args[0])).Underlying().(*types.Map); ok {
					conv(n.Args[1], m.Key())
				}
			}
		}
		return
	case *types.Func:
		// (A function with a stand-in of the prelude's, slices.Index or
		// maps.Keys, is interpreted code: it hands nothing to compiled
		// code. A generic one's signature mentioned its constraints'
		// empty interfaces.)
		if pkg := fn.Pkg(); runsCompiled(fn) {
			if _, printing := fmtPrintFuncs[pkg.Path()][fn.Name()]; printing {
				for _, a := range n.Args {
					show(a)
				}
				// fmt and log hand their arguments to no interpreted
				// code but for the wrapped errors of Errorf's %w.
				if pkg.Path() == "fmt" && fn.Name() == "Errorf" {
					for _, a := range n.Args[1:] {
						if t := info.TypeOf(a); t != nil && types.Implements(t, errorType) {
							conv(a, errorType)
						}
					}
				}
				return
			}
			sig := fn.Signature()
			if mentionsEmptyInterface(sig.Results()) {
				compiled(n)
			}
			for i, a := range n.Args {
				p := paramType(sig, i, n.Ellipsis.IsValid())
				if p == nil || !n.Ellipsis.IsValid() && (slices.Contains(comparedOnly[funcName(fn)], i) || slices.Contains(permutedOnly[funcName(fn)], i) || slices.Contains(encodedOnly[funcName(fn)], i)) {
					continue // compared, permuted or encoded, never filled (reflect.DeepEqual, sort.Slice, json.Marshal)
				}
				if i := interfaceOf(p); i != nil && i.NumMethods() == 0 {
					// An any: compiled code may fill what a pointer
					// passed in it points to (json.Unmarshal(b, &v)).
					if t := info.TypeOf(a); t != nil && !types.IsInterface(t) && mentionsEmptyInterface(t) {
						compiled(a)
					}
				} else if mentionsEmptyInterface(p) {
					compiled(a) // a callback taking any, a []any filled
				}
			}
		}
	}
	sig, ok := types.Unalias(tv.Type).Underlying().(*types.Signature)
	if !ok {
		return
	}
	if len(n.Args) == 1 && sig.Params().Len() > 1 {
		if tuple, ok := info.TypeOf(n.Args[0]).(*types.Tuple); ok {
			for i := 0; i < tuple.Len(); i++ {
				if p := paramType(sig, i, false); p != nil && interfaceOf(p) != nil {
					hold(tuple.At(i).Type(), n.Args[0])
				}
			}
			return
		}
	}
	var compared, decoded []int
	if fn, ok := calledFunc(info, n.Fun).(*types.Func); ok && !n.Ellipsis.IsValid() {
		compared = append(slices.Clip(comparedOnly[funcName(fn)]), encodedOnly[funcName(fn)]...)
		decoded = decodedOnly[funcName(fn)]
	}
	fn, _ := calledFunc(info, n.Fun).(*types.Func)
	toCompiled := fn != nil && fn.Pkg() != nil && fn.Pkg().Path() != "main"
	for i, a := range n.Args {
		if slices.Contains(compared, i) {
			show(a)
			continue
		}
		p := paramType(sig, i, n.Ellipsis.IsValid())
		if t := info.TypeOf(a); slices.Contains(decoded, i) && t != nil && !types.IsInterface(t) {
			continue // filled, never handed back, nor what it holds (its any parts: see above)
		}
		if i == 1 && fn != nil && funcName(fn) == "errors.As" {
			if _, ok := types.Unalias(info.TypeOf(a)).(*types.Pointer); ok {
				// The target (&code): the lowered call asserts it to its
				// own type and stores through it, and hands it to no
				// other code (lower_errors.go); what it stores comes
				// from the chain, held already. (Or the call panics
				// with no value held: badAsTarget.)
				continue
			}
		}
		if toCompiled && fn.Pkg().Path() == "log/slog" && !n.Ellipsis.IsValid() && emptyIface(p) && slogWrapped(info.TypeOf(a)) {
			continue // handed to slog as a value of the host runtime's
		}
		conv(a, p)
		if t := info.TypeOf(a); toCompiled && p != nil && interfaceOf(p) != nil && t != nil && !types.IsInterface(t) {
			lose(types.Default(t))
			// And the types of its parts with methods fmt calls, which
			// reflection hands back as their representation
			// (reflect.ValueOf(o).Field(0).Interface() of an Order's
			// Level).
			walkTypeParts(t, map[types.Type]bool{}, func(u types.Type) bool {
				if n, ok := heldAsRepr(u); ok && u != t {
					lose(n)
				}
				return true
			})
		}
		if fs, ok := types.Unalias(info.TypeOf(a)).(*types.Signature); ok && toCompiled {
			// A function compiled code calls (loop.Async's coroutine
			// function): it hands the results back, in interfaces
			// (loop.Await's any), as their representation.
			for r := range fs.Results().Variables() {
				if !types.IsInterface(r.Type()) {
					lose(r.Type())
				}
			}
		}
	}
}

// comparedOnly are the arguments of compiled functions that compiled code
// compares and never hands back (a context's keys, see lower_keys.go), by
// function: a value given there is not held in an interface.
var comparedOnly = map[string][]int{
	"context.WithValue":     {1},
	"context.Context.Value": {0},
	"reflect.DeepEqual":     {0, 1},
}

// permutedOnly are the arguments of compiled functions that compiled code
// reads and moves the elements of, but never fills with values of its own
// making (sort.Slice swaps the elements of the slice it is given), by
// function: a []T or []any given there gets no value the program did not
// put in it.
var permutedOnly = map[string][]int{
	"sort.Slice":         {0},
	"sort.SliceStable":   {0},
	"sort.SliceIsSorted": {0},
}

// decodedOnly are the arguments of compiled functions that compiled code
// fills through the pointer they are, with values of its own making where
// they hold an any (basic values, []any, map[string]any; the walk above
// counts those), and hands back in no interface: a value given there, and
// the types within it (a field of a type W string that
// json.Unmarshal(b, &rec) fills), are not held in one. They are the
// decoders compiledflow.go trusts too.
var decodedOnly = map[string][]int{
	"encoding/json.Unmarshal":      {1},
	"encoding/json.Decoder.Decode": {0},
	"encoding/xml.Unmarshal":       {1},
	"encoding/xml.Decoder.Decode":  {0},
}

// encodedOnly are the arguments of compiled functions that compiled code
// reads and encodes, and never hands back nor fills (json.Marshal(c)
// calls c's methods on values of their own types), by function: a value
// given there is not held in an interface that interpreted code reads.
var encodedOnly = map[string][]int{
	"encoding/json.Marshal":        {0},
	"encoding/json.MarshalIndent":  {0},
	"encoding/json.Encoder.Encode": {0},
}

// paramType returns the type the i-th argument of a call of sig is
// converted to (the element type of a variadic parameter, but for a
// call with ...), or nil.
func paramType(sig *types.Signature, i int, ellipsis bool) types.Type {
	params := sig.Params()
	if params.Len() == 0 {
		return nil
	}
	if sig.Variadic() && i >= params.Len()-1 {
		last := params.At(params.Len() - 1).Type()
		if ellipsis {
			return last
		}
		if s, ok := types.Unalias(last).Underlying().(*types.Slice); ok {
			return s.Elem()
		}
		return nil
	}
	if i < params.Len() {
		return params.At(i).Type()
	}
	return nil
}

// instanceSubsts returns the type arguments of an instance of obj, a
// generic function or type, by the type parameters its code names: a
// function's own, or, for a type, those of each of its methods'
// receivers.
func instanceSubsts(obj types.Object, args *types.TypeList) []map[*types.TypeParam]types.Type {
	bind := func(tps *types.TypeParamList) map[*types.TypeParam]types.Type {
		if tps == nil || tps.Len() != args.Len() {
			return nil
		}
		m := map[*types.TypeParam]types.Type{}
		for i := range tps.Len() {
			m[tps.At(i)] = args.At(i)
		}
		return m
	}
	var substs []map[*types.TypeParam]types.Type
	switch o := obj.(type) {
	case *types.Func:
		if m := bind(o.Signature().TypeParams()); m != nil {
			substs = append(substs, m)
		}
	case *types.TypeName:
		n, ok := types.Unalias(o.Type()).(*types.Named)
		if !ok {
			break
		}
		if m := bind(n.TypeParams()); m != nil {
			substs = append(substs, m)
		}
		for fn := range n.Methods() {
			if m := bind(fn.Signature().RecvTypeParams()); m != nil {
				substs = append(substs, m)
			}
		}
	}
	return substs
}

// substParams returns t with the type parameters of m replaced by their
// types, for the shapes generic code converts (a pointer, slice, array,
// map or channel of them, an instance of a generic type), or nil.
func substParams(t types.Type, m map[*types.TypeParam]types.Type) types.Type {
	sub := func(t types.Type) types.Type { return substParams(t, m) }
	switch u := types.Unalias(t).(type) {
	case *types.TypeParam:
		return m[u]
	case *types.Basic:
		return u
	case *types.Pointer:
		if e := sub(u.Elem()); e != nil {
			return types.NewPointer(e)
		}
	case *types.Slice:
		if e := sub(u.Elem()); e != nil {
			return types.NewSlice(e)
		}
	case *types.Array:
		if e := sub(u.Elem()); e != nil {
			return types.NewArray(e, u.Len())
		}
	case *types.Chan:
		if e := sub(u.Elem()); e != nil {
			return types.NewChan(u.Dir(), e)
		}
	case *types.Map:
		if k, e := sub(u.Key()), sub(u.Elem()); k != nil && e != nil {
			return types.NewMap(k, e)
		}
	case *types.Named:
		if u.TypeArgs().Len() == 0 {
			return u
		}
		var args []types.Type
		for a := range u.TypeArgs().Types() {
			s := sub(a)
			if s == nil {
				return nil
			}
			args = append(args, s)
		}
		if inst, err := types.Instantiate(nil, u.Origin(), args, false); err == nil {
			return inst
		}
	}
	return nil
}
