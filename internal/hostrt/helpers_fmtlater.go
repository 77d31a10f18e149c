package hostrt

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"
)

// fmtLater holds what inputs of a session registered for fmt (see the
// front end's lower_fmtlater.go): the conversion of the values of each
// type fmt would print wrongly, for code compiled before the type was
// declared or mentioned, by the name the interpreter gives the type or,
// for a type whose values it holds bare, by their representation, with
// the names of all the types held in interfaces as that representation.
type fmtLater struct {
	mu    sync.Mutex
	named map[string]func(any) any
	bare  map[reflect.Type]*fmtBare
	// generic are the generic types (main.Box) with methods fmt calls:
	// their instances are not registered (see the front end's
	// lower_fmtlater.go).
	generic map[string]bool
	// methods are the method sets of the program's types, by the name
	// the interpreter gives a value of one held in an interface.
	methods map[string]map[string]bool
	// convs convert a value of one of the program's types to a compiled
	// interface it implements (error, fmt.Stringer), by the type's name
	// and the interface's, as the input that gave the type its methods
	// compiled the conversion (see IfaceConv).
	convs map[[2]string]func(any) any
	// plain are the types held bare that fmt prints as their
	// representation with every verb but %T and %#v (type Names
	// []string; see the front end's plainComposite).
	plain map[string]bool
}

// fmtBare is what fmtLater knows of a representation: the types held as
// it, and the conversions of those fmt would print wrongly.
type fmtBare struct {
	names map[string]bool
	convs map[string]func(any) any
	// unconverted are the types held so that fmt would print them
	// wrongly, whose conversion no input could register (made of
	// instances of generic types: see the front end's
	// lower_fmtlater.go).
	unconverted map[string]bool
}

func (l *fmtLater) entry(sample any) *fmtBare {
	t := reflect.TypeOf(sample)
	if l.bare == nil {
		l.bare = map[reflect.Type]*fmtBare{}
	}
	e := l.bare[t]
	if e == nil {
		e = &fmtBare{names: map[string]bool{}, convs: map[string]func(any) any{}, unconverted: map[string]bool{}}
		l.bare[t] = e
	}
	return e
}

// convert returns v converted for fmt as below the top (fmtDynIn shows
// the struct a pointer at the top points to), or nil where nothing is
// registered for it; shown: for the session's display, which names every
// type the value may be, nil where it cannot tell.
//
// With plainVerb (a verb other than %T and %#v), a value held as a
// representation that only it and types fmt prints alike with that verb
// are held as is left as it is (a []string where type Names []string is
// held too).
func (l *fmtLater) convert(pos string, v any, shown, plainVerb bool) any {
	return l.convertIn(pos, v, shown, plainVerb, false)
}

// convertIn is convert, where unwrap says v, a value of a compiled
// interface without the methods fmt calls that holds no struct value of
// the session's, may be a wrapper to take its value out of (see below).
func (l *fmtLater) convertIn(pos string, v any, shown, plainVerb, unwrap bool) any {
	if n := contextNode(v, func(x any) any { return l.convert(pos, x, false, false) }); n != nil {
		// A context whose String names the session's keys and values.
		return n
	}
	if p, ok := wrappedTaggedPtr(v); ok {
		// A pointer to a struct of the session's in a compiled
		// interface's wrapper (an io.Writer handed on as an any): by its
		// tag. (A struct value's wrapper would hold its last field, which
		// may be such a pointer: that case is not told apart.)
		v = p
	}
	// A value of a slice or map type of the session's held by the wrapper
	// of a compiled interface without the methods fmt calls (a Ts with
	// Len, Less and Swap as a sort.Interface): by its representation, as
	// held bare (the display showed its elements without their String
	// method), where that prints otherwise than the representation.
	unwrapped := false
	if unwrap && IsIfaceWrapper(v) {
		v, unwrapped = Wrapped(v), true
	}
	l.mu.Lock()
	name := laterName(v) // a struct held bare, or a pointer to one: by its tag
	conv := l.named[name]
	var e *fmtBare
	if conv == nil && v != nil {
		// Held bare, or under a name no input registered ([]main.T).
		e = l.bare[reflect.TypeOf(unwrapHeld(v))]
	}
	var names []string
	if e != nil {
		names = slices.Sorted(maps.Keys(e.names))
		if len(names) == 1 {
			conv = e.convs[names[0]]
		}
		// Held alike with types that print as it does with this verb.
		printsAlike := func(n string) bool { return e.convs[n] == nil || l.plain[n] }
		if plainVerb && len(names) > 1 && len(e.unconverted) == 0 && !slices.ContainsFunc(names, func(n string) bool { return !printsAlike(n) }) {
			l.mu.Unlock()
			return nil
		}
	}
	plain := len(names) == 1 && l.plain[names[0]]
	// An instance of a generic type with methods fmt calls, which
	// nothing registers.
	generic := ""
	if conv == nil && e == nil && v != nil {
		if g := taggedGeneric(reflect.TypeOf(unwrapHeld(v))); l.generic[g] {
			generic = g
		}
	}
	l.mu.Unlock()
	switch {
	case unwrapped && (e == nil || len(names) != 1 || plain):
		return nil // (as the display shows the wrapper's value)
	case conv != nil:
		return conv(v)
	case shown:
		return nil
	case generic != "":
		panic(refused(&RuntimeError{Pos: pos, msg: fmt.Sprintf("repl: fmt of a value of an instance of %s, held in an interface, in code compiled before the instance was: the shell cannot call its methods there and would print it wrongly; declare the function printing it again (a generic one under another name), or print the value where its type is known", generic)}))
	case e != nil && len(e.unconverted) > 0:
		lost := slices.Sorted(maps.Keys(e.unconverted))
		panic(refused(&RuntimeError{Pos: pos, msg: fmt.Sprintf("repl: fmt of a value held in an interface as %s, which may be a %s, made of instances of a generic type whose methods fmt calls, in code compiled before it was printed: the shell cannot call the methods there and would print it wrongly; print the value where its type is known (before it is put in an interface)",
			reflect.TypeOf(unwrapHeld(v)), strings.Join(lost, " or "))}))
	case e != nil && len(names) > 1 && len(e.convs) > 0:
		panic(refused(&RuntimeError{Pos: pos, msg: fmt.Sprintf("repl: fmt of a value of type %s or %s: the interpreter holds them alike in an interface (as %s), so the shell cannot tell which this is and would print it wrongly; print the value where its type is known (before it is put in an interface)",
			strings.Join(names[:len(names)-1], ", "), names[len(names)-1], reflect.TypeOf(unwrapHeld(v)))}))
	}
	return nil
}

// wrappedTaggedPtr returns the pointer to a struct of the program's that
// v, the interpreter's wrapper of a compiled interface (or its interface
// value holding one), holds.
func wrappedTaggedPtr(v any) (any, bool) {
	x := unwrapHeld(v)
	if !IsIfaceWrapper(x) {
		return nil, false
	}
	p := Wrapped(x)
	if t := reflect.TypeOf(p); t == nil || t.Kind() != reflect.Pointer || taggedName(t) == "" {
		return nil, false
	}
	return p, true
}

// mark adds name to the set, made if need be.
func (l *fmtLater) mark(set *map[string]bool, name string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if *set == nil {
		*set = map[string]bool{}
	}
	(*set)[name] = true
	return true
}

// laterValue returns FmtLaterValue (see fmtLaterExports), for a verb
// other than %T and %#v where plainVerb.
func (l *fmtLater) laterValue(plainVerb bool) func(pos, typ string, v any) any {
	return func(pos, typ string, v any) any {
		if a, ok := v.(shownArg); ok {
			v = a.v
		}
		return fmtDynIn(typ, v, func(x any) any { return l.convert(pos, x, false, plainVerb) }, nil, true, nil)
	}
}

// laterName is the name of x's type, held in an interface, as inputs
// register it: the interpreter's, or, for a struct of the program's (or a
// pointer to one) held bare, its tag's.
func laterName(x any) string {
	if name := heldName(x); name != "" {
		return name
	}
	return taggedName(reflect.TypeOf(unwrapHeld(x)))
}

// assertedName is laterName of x, asserted to an interface: a value of
// the program's error types in its box by the box's name.
func assertedName(x any) string {
	if name := HeldErrorName(x); name != "" {
		return name
	}
	return laterName(x)
}

// hasMethods reports whether x, held in an interface, is of a type of the
// program's whose method set an input registered (known), and whether it
// has every one of methods.
func (l *fmtLater) hasMethods(x any, methods []string) (known, has bool) {
	name := assertedName(x)
	l.mu.Lock()
	set := l.methods[name]
	l.mu.Unlock()
	if set == nil {
		return false, false
	}
	for _, m := range methods {
		if !set[m] {
			return true, false
		}
	}
	return true, true
}

func (h *Helpers) fmtLaterExports() map[string]reflect.Value {
	l := &h.fmtLater
	return map[string]reflect.Value{
		// The conversion of the values of a type held by its name.
		"FmtRegister": reflect.ValueOf(func(name string, conv func(any) any) bool {
			l.mu.Lock()
			defer l.mu.Unlock()
			if l.named == nil {
				l.named = map[string]func(any) any{}
			}
			l.named[name] = conv
			return true
		}),
		// The conversion of the values of a type held bare (sample is
		// one), and the other types held as its representation.
		"FmtRegisterBare": reflect.ValueOf(func(sample any, name string, others []string, conv func(any) any) bool {
			l.mu.Lock()
			defer l.mu.Unlock()
			e := l.entry(sample)
			e.names[name] = true
			for _, o := range others {
				e.names[o] = true
			}
			e.convs[name] = conv
			return true
		}),
		// The method set of a type of the program's (main.T, *main.T).
		"MethodSet": reflect.ValueOf(func(name string, methods ...string) bool {
			l.mu.Lock()
			defer l.mu.Unlock()
			if l.methods == nil {
				l.methods = map[string]map[string]bool{}
			}
			set := map[string]bool{}
			for _, m := range methods {
				set[m] = true
			}
			l.methods[name] = set
			return true
		}),
		// The conversion of the values of the type name to the compiled
		// interface iface ("error", "fmt.Stringer").
		"IfaceConvRegister": reflect.ValueOf(func(name, iface string, conv func(any) any) bool {
			l.mu.Lock()
			defer l.mu.Unlock()
			if l.convs == nil {
				l.convs = map[[2]string]func(any) any{}
			}
			l.convs[[2]string{name, iface}] = conv
			return true
		}),
		// x, held in an interface, converted to the compiled interface
		// iface by the conversion an input registered for its type, or x
		// where none did: the interpreter's assertion to iface, in code
		// compiled before a type was given its methods, made a wrapper
		// whose methods were nil (a nil dereference calling them).
		"IfaceConv": reflect.ValueOf(func(x any, iface string) (v any) {
			if x == nil || HeldErrorName(x) != "" {
				return x // (an error of the program's, in its box, asserts right)
			}
			l.mu.Lock()
			conv := l.convs[[2]string{assertedName(x), iface}]
			l.mu.Unlock()
			if conv == nil {
				return x
			}
			defer func() {
				if recover() != nil {
					v = x // not held as the conversion takes it: as it is
				}
			}()
			return conv(x)
		}),
		// Whether x, held in an interface, is of a type of the program's
		// whose method set lacks one of methods (the interpreter's
		// assertion to an interface took it).
		"LacksMethods": reflect.ValueOf(func(x any, methods ...string) bool {
			known, has := l.hasMethods(x, methods)
			return known && !has // not one of the program's: the interpreter knows
		}),
		// Whether x, held in an interface, is of a type of the program's
		// whose method set, as inputs registered it, has every one of
		// methods: a type that a later input gave them, which code
		// compiled before ruled out.
		"GainedMethods": reflect.ValueOf(func(x any, methods ...string) bool {
			known, has := l.hasMethods(x, methods)
			return known && has
		}),
		// A value x that the interpreter's assertion at pos to the
		// program's interface iface missed, though its type has the
		// methods: a panic saying so.
		"MissedInterface": reflect.ValueOf(func(x any, pos, iface string, methods ...string) {
			if known, has := l.hasMethods(x, methods); !known || !has {
				return
			}
			name := assertedName(x)
			panic(refused(&RuntimeError{Pos: pos, msg: fmt.Sprintf("repl: %s is %s, but the interpreter's assertion, compiled before the type was declared or given those methods, misses it; declare the function that asserts again", name, iface)}))
		}),
		// v, an argument of fmt's of static type typ (an interface) at
		// pos, converted by what inputs registered, as the interpreted
		// conversion does where it knows no type (see the front end's
		// lower_fmtvalue.go).
		"FmtLaterValue": reflect.ValueOf(l.laterValue(false)),
		// FmtLaterValue for a verb other than %T and %#v.
		"FmtLaterValuePlain": reflect.ValueOf(l.laterValue(true)),
		// Types registered bare that fmt prints as their representation
		// with every verb but %T and %#v.
		"FmtPlain": reflect.ValueOf(func(name string) bool { return l.mark(&l.plain, name) }),
		// A generic type with methods fmt calls.
		"FmtGeneric": reflect.ValueOf(func(name string) bool { return l.mark(&l.generic, name) }),
		// A type held bare as the representation of sample, which fmt
		// prints as it is.
		"FmtHold": reflect.ValueOf(func(sample any, name string) bool {
			l.mu.Lock()
			defer l.mu.Unlock()
			l.entry(sample).names[name] = true
			return true
		}),
		// A type held bare whose conversion cannot be registered (see
		// fmtBare.unconverted): fmt of a value held so panics, saying so.
		"FmtUnconverted": reflect.ValueOf(func(sample any, name string) bool {
			l.mu.Lock()
			defer l.mu.Unlock()
			e := l.entry(sample)
			e.names[name] = true
			e.unconverted[name] = true
			return true
		}),
		// v, a value held in an interface that the code printing it at
		// pos does not know, converted by what was registered, or nil.
		"FmtLater": reflect.ValueOf(func(pos string, v any) any { return l.convert(pos, v, false, false) }),
		// FmtLater for a verb other than %T and %#v.
		"FmtLaterPlain": reflect.ValueOf(func(pos string, v any) any { return l.convert(pos, v, false, true) }),
		// The same for the session's display of a result or a variable.
		"FmtLaterShown": reflect.ValueOf(func(v any) any { return l.convert("", v, true, false) }),
		// The same for a compiled interface's wrapper, which holds no
		// struct value of the session's (only their last field).
		"FmtLaterShownWrapped": reflect.ValueOf(func(v any) any { return l.convertIn("", v, true, false, true) }),
	}
}

// ResultText shows v, the result of a future or a task of the session's
// loop, in that future's String (see loop.SetResultText), as fmt shows it
// in the program's code: a value of the program's types by their methods,
// as inputs registered them. A value it cannot tell the type of says so.
func (h *Helpers) ResultText(v any) (text string, ok bool) {
	l := &h.fmtLater
	defer func() {
		if r := recover(); r != nil {
			if e, isRT := r.(*RuntimeError); isRT {
				text, ok = "<"+e.msg+">", true
				return
			}
			panic(r)
		}
	}()
	return fmt.Sprint(fmtDynIn("any", v, func(x any) any { return l.convert("", x, false, true) }, nil, true, nil)), true
}
