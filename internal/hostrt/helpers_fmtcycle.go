package hostrt

import (
	"fmt"
	"io"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/asyncrepl/asyncrepl/loop"
)

// The checks of fmt's calls for values that contain themselves (see
// lower_fmtcycle.go): fmt prints a map, a slice, an array, a struct and
// what an interface holds by printing what they hold, so a value that
// holds itself is printed until the goroutine's stack overflows, Go's
// fatal error. The check walks each argument as fmt's printArg and
// printValue would (the same methods called instead of a descent, a
// pointer followed at the top only), and, when the walk comes round to a
// map or a slice it is inside of, ends the goroutine as the recursion
// limit does (Safepoints.endOverflowed): a stack overflow at the call,
// which the session survives and a script ends with.
//
// Cost: nothing for an argument whose type cannot hold such a value
// (decided once per type); else a walk of the value, each map and slice
// once (a value that shares parts is not walked more than once per part),
// given up past cycleWalkLimit steps (fmt would take seconds to print such
// a value).

// cycleWalkLimit bounds the walk of one argument, in values visited.
const cycleWalkLimit = 1 << 22

// cycleExports are the checked forms of fmt's and log's printing
// functions, one per signature: each takes the call's position, the
// function's name, the source text of its arguments (separated by
// "\x00", for the message) and the function itself, and returns the
// function checking its arguments before it calls it.
func (h *Helpers) cycleExports() map[string]reflect.Value {
	check := func(pos, name, texts, kinds, format string, hasFormat bool, args []any) (string, []any) {
		return h.checkFmt(pos, name, texts, kinds, format, hasFormat, false, args)
	}
	return map[string]reflect.Value{
		"CyclePrint": reflect.ValueOf(func(pos, name, texts, kinds string, f func(...any) (int, error)) func(...any) (int, error) {
			return func(a ...any) (int, error) { _, a = check(pos, name, texts, kinds, "", false, a); return f(a...) }
		}),
		"CyclePrintf": reflect.ValueOf(func(pos, name, texts, kinds string, f func(string, ...any) (int, error)) func(string, ...any) (int, error) {
			return func(format string, a ...any) (int, error) {
				format, a = check(pos, name, texts, kinds, format, true, a)
				return f(format, a...)
			}
		}),
		"CycleSprint": reflect.ValueOf(func(pos, name, texts, kinds string, f func(...any) string) func(...any) string {
			return func(a ...any) string { _, a = check(pos, name, texts, kinds, "", false, a); return f(a...) }
		}),
		"CycleSprintf": reflect.ValueOf(func(pos, name, texts, kinds string, f func(string, ...any) string) func(string, ...any) string {
			return func(format string, a ...any) string {
				format, a = check(pos, name, texts, kinds, format, true, a)
				return f(format, a...)
			}
		}),
		"CycleErrorf": reflect.ValueOf(func(pos, name, texts, kinds string, f func(string, ...any) error) func(string, ...any) error {
			return func(format string, a ...any) error {
				format, a = h.checkFmt(pos, name, texts, kinds, format, true, true, a)
				return f(format, a...)
			}
		}),
		"CycleFprint": reflect.ValueOf(func(pos, name, texts, kinds string, f func(io.Writer, ...any) (int, error)) func(io.Writer, ...any) (int, error) {
			return func(w io.Writer, a ...any) (int, error) {
				_, a = check(pos, name, texts, kinds, "", false, a)
				return f(w, a...)
			}
		}),
		"CycleFprintf": reflect.ValueOf(func(pos, name, texts, kinds string, f func(io.Writer, string, ...any) (int, error)) func(io.Writer, string, ...any) (int, error) {
			return func(w io.Writer, format string, a ...any) (int, error) {
				format, a = check(pos, name, texts, kinds, format, true, a)
				return f(w, format, a...)
			}
		}),
		"CycleAppend": reflect.ValueOf(func(pos, name, texts, kinds string, f func([]byte, ...any) []byte) func([]byte, ...any) []byte {
			return func(b []byte, a ...any) []byte {
				_, a = check(pos, name, texts, kinds, "", false, a)
				return f(b, a...)
			}
		}),
		"CycleAppendf": reflect.ValueOf(func(pos, name, texts, kinds string, f func([]byte, string, ...any) []byte) func([]byte, string, ...any) []byte {
			return func(b []byte, format string, a ...any) []byte {
				format, a = check(pos, name, texts, kinds, format, true, a)
				return f(b, format, a...)
			}
		}),
		"CycleLog": reflect.ValueOf(func(pos, name, texts, kinds string, f func(...any)) func(...any) {
			return func(a ...any) { _, a = check(pos, name, texts, kinds, "", false, a); f(a...) }
		}),
		"CycleLogf": reflect.ValueOf(func(pos, name, texts, kinds string, f func(string, ...any)) func(string, ...any) {
			return func(format string, a ...any) {
				format, a = check(pos, name, texts, kinds, format, true, a)
				f(format, a...)
			}
		}),
	}
}

// heldRaw panics, saying so, when an argument of the call of name at pos,
// or an element of a []any argument, is the interpreter's own interface
// value (see helpers_held.go), which fmt would print as its pointers
// ({0xc000123 {0x5e5e40 0xc000456 130}}): at the prompt, a call compiled
// in an input before the value's type had methods (func show(v any) {
// fmt.Println(v) }, then type W int with a String method, then
// show(W(2))) hands fmt the value as the interpreter holds it, as the
// front end converts only the types it knows (see lower_fmtheld.go).
//
// An argument of %w or %p (the format's verb for it, read only then),
// which the front end does not convert (fmt calls no method for them), is
// said to be such: fmt names its type, which the interpreter's value has
// lost.
func heldRaw(pos, name, format string, hasFormat bool, args []any) {
	for i, a := range args {
		elems := []any{a}
		if s, ok := a.([]any); ok {
			elems = s
		}
		for _, e := range elems {
			if node, ok := heldNode(e); !ok || node.IsNil() {
				continue
			}
			typ := heldName(e)
			if typ == "" {
				typ = "a type of the program's"
			}
			var v rune
			if hasFormat {
				ScanVerbs(format, func(arg int, _ string, verb rune) {
					if arg == i {
						v = verb
					}
				})
			}
			if v == 'w' || v == 'p' {
				panic(refused(&RuntimeError{msg: fmt.Sprintf("repl: %s's %%%c (%s) of a value of %s held in an interface: fmt names the value's type for it, which the interpreter's value held so has lost; print the value with %%v, or where its type is known (before it is put in the interface)", name, v, pos, typ)}))
			}
			panic(refused(&RuntimeError{msg: fmt.Sprintf("repl: %s (%s) of a value of %s held in an interface, which the interpreter hands fmt as its own interface value (fmt would print its pointers): the call was compiled in an earlier input than the type's methods; declare the function that makes the call again after the type and its methods (a generic function already instantiated, under another name)", name, pos, typ)}))
		}
	}
}

// viewArgs returns v (a call's arguments, a []any or a map[string]any
// among them) with the values of unnamed struct types with unexported
// fields as Go builds them (goView), in a copy; ok is false where v
// holds none, or is too deep to look into.
func viewArgs(v any, depth int) (any, bool) {
	if v == nil || depth > 8 {
		return v, false
	}
	switch x := v.(type) {
	case *fmtNode:
		return v, false
	case []any:
		var out []any
		for i, e := range x {
			if g, ok := viewArgs(e, depth+1); ok {
				if out == nil {
					out = slices.Clone(x)
				}
				out[i] = g
			}
		}
		return out, out != nil
	case map[string]any:
		var out map[string]any
		for k, e := range x {
			if g, ok := viewArgs(e, depth+1); ok {
				if out == nil {
					out = maps.Clone(x)
				}
				out[k] = g
			}
		}
		return out, out != nil
	}
	if g, ok := goView(reflect.ValueOf(v)); ok {
		return g.Interface(), true
	}
	return v, false
}

// lostIfaceNames panics, saying so, where format prints with %#v, which
// names types, an argument holding a value whose type is made of the
// program's interface types, held in an interface where the interpreter
// lost their names (a []Shape in an any, which reflection knows as a
// []interp.valueInterface): fmt would print the interpreter's name.
// Other verbs print such a value as Go does (see fmtDynIn).
func lostIfaceNames(pos, name, format string, args []any) {
	ScanVerbs(format, func(arg int, flags string, verb rune) {
		if verb != 'v' || !strings.Contains(flags, "#") || arg >= len(args) {
			return
		}
		if n, ok := args[arg].(*fmtNode); ok && lostNames(n, 0) {
			panic(refused(&RuntimeError{Pos: pos, msg: fmt.Sprintf("repl: %s with %%#v of a value held in an interface whose type is made of interface types of the program's (a []Shape in an any), whose names the interpreter lost there, so fmt would name its own types; print the value with %%#v where its static type is known, or with %%v", name)}))
		}
	})
}

// badVerbDyn returns what to hand fmt for x, an argument of a bad %w
// (outside Errorf) or a %p the front end could not convert (an interface's
// node, the session's box of an error, the interpreter's wrapper of a
// value of the program's): the value itself, where fmt prints it as Go
// does (a compiled type's, an address for %p), or a badVerbArg naming the
// program's type (bad). ok is false where it cannot name the type.
func badVerbDyn(x any, verb rune) (v any, bad, ok bool) {
	if n, node := x.(*fmtNode); node {
		if n.kind != 'i' && !n.typeUnknown {
			return nil, false, false // the node branch names it
		}
		x = n.raw
	}
	name, raw := "", x
	if b, box := asBox(x); box {
		name, raw = b.name, b.v
	} else if IsWrapper(x) {
		raw = Wrapped(x)
	}
	if raw == nil {
		return x, false, x == nil || !IsWrapper(x)
	}
	rv := reflect.ValueOf(raw)
	if name == "" {
		name = taggedName(rv.Type())
	}
	if name == "" {
		if IsWrapper(x) || IsWrapper(raw) {
			return nil, false, false
		}
		return raw, false, true // a compiled type's, which fmt names
	}
	switch rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan:
		if verb == 'p' {
			return raw, false, true // its address
		}
	}
	node := taggedNode(rv, nil, nil, true)
	if node == nil {
		node = raw
	}
	return &badVerbArg{verb: string(verb), typ: name, v: node}, true, true
}

// checkFmt returns the arguments to call a printing function with: args,
// or a copy with values of unnamed struct types viewed as Go builds them
// (see goview.go); wraps says the function is fmt.Errorf, whose %w wraps
// an error.
func (h *Helpers) checkFmt(pos, name, texts, kinds, format string, hasFormat, wraps bool, args []any) (string, []any) {
	convertAtCall(args)
	if wraps {
		wrapped := map[int]bool{}
		ScanVerbs(format, func(arg int, _ string, verb rune) {
			if verb == 'w' {
				wrapped[arg] = true
			}
		})
		refuseWrappedJoins(pos, args, wrapped)
	}
	heldRaw(pos, name, format, hasFormat, args)
	if hasFormat {
		lostIfaceNames(pos, name, format, args)
		format, args = unnamedTypeVerbs(pos, name, format, wraps, args)
		ambiguousBasicVerbs(pos, name, format, kinds, args)
	}
	if msg := cycleIn(name, texts, format, hasFormat, args); msg != "" {
		h.endCycle(pos, msg)
	}
	if viewed, ok := viewArgs(args, 0); ok {
		args = viewed.([]any)
	}
	if !hasFormat && printSpacing(name) {
		args = printSpaced(args)
	}
	return format, args
}

// printSpacing reports whether the function named name prints its
// arguments as fmt.Print does, a space between two that are not strings
// (not Println's, a space between every two).
func printSpacing(name string) bool {
	switch name[strings.LastIndexByte(name, '.')+1:] {
	case "Print", "Sprint", "Fprint", "Append", "Fatal", "Panic":
		return true
	}
	return false
}

// printSpaced returns args, of a call printing as fmt.Print does, as one
// string printed so, where fmt would take an argument for a string that
// is none, or the other way round: a value of a string type of the
// program's converted for fmt (a *fmtNode, type Tag string with a String
// method) is a string to Go's fmt, which puts no space beside it.
func printSpaced(args []any) []any {
	if len(args) < 2 {
		return args
	}
	isString := make([]bool, len(args))
	differs := false
	for i, a := range args {
		isString[i] = printedAsString(a)
		differs = differs || isString[i] != (a != nil && reflect.TypeOf(a).Kind() == reflect.String)
	}
	if !differs {
		return args
	}
	var b strings.Builder
	for i, a := range args {
		if i > 0 && !isString[i] && !isString[i-1] {
			b.WriteByte(' ')
		}
		b.WriteString(fmt.Sprint(a))
	}
	return []any{b.String()}
}

// printedAsString reports whether a, an argument of a printing call,
// stands for a value of a string kind: the node of one, the box, the
// interpreter's wrapper or interface value of one, or one.
func printedAsString(a any) bool {
	switch x := a.(type) {
	case nil:
		return false
	case *fmtNode:
		x.force()
		return x.kind == 'b' && x.raw != nil && reflect.TypeOf(x.raw).Kind() == reflect.String
	}
	if b, ok := asBox(a); ok {
		a = b.v // an error of the program's in its box (lower_errbox.go)
	} else if IsIfaceWrapper(a) {
		a = Wrapped(a)
	} else {
		a = unwrapHeld(a)
	}
	return a != nil && reflect.TypeOf(a).Kind() == reflect.String
}

// unnamedTypeVerbs returns format and args for a call whose arguments the
// front end could not convert for fmt as it converts a call's own
// (fmt.Sprintf called through a function value, or with a spread []any's
// elements):
//   - Errorf's %w of a value it converted for fmt that has an Error method
//     wraps the value as an error (FmtKeepErr), which errors.Is and As
//     find; %w outside Errorf, and %p of no pointer, of a value of the
//     program's, its node, its box as error or the interpreter's wrapper
//     of it is a bad verb naming its type, as fmt's badVerb prints it
//     (badVerbDyn);
//   - %T of a value it converted for fmt (a *hostrt.fmtNode, which knows
//     Go's name of its type) is written as %s of that name, where no other
//     verb prints the argument;
//   - a value of a struct type of the program's (or a pointer to one)
//     printed with %+v or %#v is converted as the front end would have
//     (taggedNode): the interpreter builds the program's struct types as
//     tagged struct types, with its own names of unexported fields (Xid).
//
// %T of a value made of such types is written as Go's name of its type
// (composedTaggedName) where no other verb prints the argument. Where
// format names the type of such an argument otherwise, or prints one made
// of them with %#v, it panics saying so: fmt would name the interpreter's
// type, or fields.
func unnamedTypeVerbs(pos, name, format string, wraps bool, args []any) (string, []any) {
	if !strings.ContainsAny(format, "Twp+#") {
		return format, args // no verb or flag of those above
	}
	uses := map[int]int{}
	ScanVerbsAt(format, func(arg int, _ string, _ rune, _ int) { uses[arg]++ })
	out := args
	own := func() {
		if len(out) > 0 && &out[0] == &args[0] {
			out = slices.Clone(args)
		}
	}
	var typeAt []int // offsets of %T verbs written as %s
	var vAt []int    // offsets of bad %w and %p verbs written as %v (a badVerbArg)
	ScanVerbsAt(format, func(arg int, flags string, verb rune, at int) {
		if arg >= len(args) || args[arg] == nil {
			return
		}
		if n, ok := args[arg].(*fmtNode); ok && verb == 'w' && wraps && n.asErr != nil {
			if n.asErr == errJoinWrapped {
				panic(joinWrapped(pos))
			}
			own()
			out[arg] = n.asErr // %w wraps the error itself
			return
		}
		if n, ok := args[arg].(*fmtNode); ok && (verb == 'w' || verb == 'p') && uses[arg] == 1 && !n.typeUnknown && n.typ != "" {
			// fmt reaches no Formatter for these: %p of a pointer, map,
			// slice, function or channel is its address, the value's
			// own; any other, and %w (but Errorf's of an error, above),
			// is a bad verb naming the type, printed as badVerbArg does
			// (fmt printed the node's own fields, or its address).
			n.force()
			var raw any
			switch n.kind {
			case 'p':
				raw = Wrapped(n.ptr)
			case 'l', 'm':
				raw = Wrapped(n.src) // nil for an array: a bad verb
			}
			own()
			if verb == 'p' && raw != nil {
				out[arg] = raw
				return
			}
			out[arg] = &badVerbArg{verb: string(verb), typ: n.typ, v: n}
			vAt = append(vAt, at)
			return
		}
		if (verb == 'w' && !wraps || verb == 'p') && uses[arg] == 1 {
			if v, bad, ok := badVerbDyn(args[arg], verb); ok {
				own()
				out[arg] = v
				if bad {
					vAt = append(vAt, at)
				}
				return
			}
			if _, node := args[arg].(*fmtNode); node || IsWrapper(args[arg]) {
				panic(refused(&RuntimeError{Pos: pos, msg: fmt.Sprintf("repl: %s with %%%c of argument %d, a value whose type the shell cannot name there (a format not known before the call, a function value, a spread slice's elements): fmt would name the interpreter's type; write the format as a constant, with the value as an argument of its own", name, verb, arg+1)}))
			}
		}
		if name := HeldErrorName(args[arg]); name != "" && verb == 'T' && uses[arg] == 1 {
			own()
			out[arg] = name // a value of the program's boxed as error
			typeAt = append(typeAt, at)
			return
		}
		if verb != 'T' && (verb != 'v' || !strings.ContainsAny(flags, "+#")) {
			return
		}
		n, node := args[arg].(*fmtNode)
		switch {
		case node && verb == 'v':
			return
		case node && uses[arg] == 1 && n.kind != 'i' && !n.typeUnknown && n.typ != "" && !strings.Contains(n.typ, StructTagKey+`:\"`):
			own()
			out[arg] = n.typ
			typeAt = append(typeAt, at)
			return
		case !node && verb == 'v' && !strings.Contains(flags, "#"):
			if !taggedHidden(reflect.TypeOf(args[arg]), 0) {
				return // %+v: Go's field names, but for unexported ones
			}
		case !node && !strings.Contains(reflect.TypeOf(args[arg]).String(), StructTagKey+`:\"`):
			return
		case !node && verb == 'T' && uses[arg] == 1:
			if name := composedTaggedName(reflect.TypeOf(args[arg])); name != "" {
				own()
				out[arg] = name
				typeAt = append(typeAt, at)
				return
			}
		}
		if verb == 'v' {
			if n := taggedNode(reflect.ValueOf(args[arg]), nil, nil, true); n != nil {
				own()
				out[arg] = n
				return
			}
		}
		panic(refused(&RuntimeError{Pos: pos, msg: fmt.Sprintf("repl: %s with %%%s%c of argument %d, a value whose type the shell cannot name there (a format not known before the call, a function value, a spread slice's elements): fmt would name the interpreter's type; write the format as a constant, with the value as an argument of its own, or print the type where it is known", name, flags, verb, arg+1)}))
	})
	if len(typeAt) > 0 || len(vAt) > 0 {
		b := []byte(format)
		for _, at := range typeAt {
			b[at] = 's'
		}
		for _, at := range vAt {
			b[at] = 'v'
		}
		format = string(b)
	}
	return format, out
}

// heldBasics are the session's named basic types without methods that its
// inputs put in interfaces, as ambiguousBasicVerbs reads them: a call
// compiled before the type was declared checks them too.
var heldBasics atomic.Pointer[string]

// SetHeldBasics sets the session's named basic types held in interfaces
// (frontend.FrontEnd.HeldBasics).
func SetHeldBasics(kinds string) { heldBasics.Store(&kinds) }

// ambiguousBasicVerbs panics, saying so, where format names the type of
// an argument (%T, or a bad verb's text: %!d(main.Celsius=3)) whose type
// is one of kinds ("float64 main.Celsius", a representation and the
// program's named basic type without methods held so, pairs separated by
// ";"): the interpreter hands fmt a Celsius as its float64, so fmt would
// name float64 where Go may name main.Celsius. kinds, after a "*", is
// given for a call the front end could not tell the arguments of (a spread
// slice, a function value), and those of the session (heldBasics) are
// added; other verbs print both alike.
func ambiguousBasicVerbs(pos, name, format, kinds string, args []any) {
	kinds, ok := strings.CutPrefix(kinds, "*")
	if !ok {
		return
	}
	if later := heldBasics.Load(); later != nil && *later != "" {
		kinds += ";" + *later
	}
	if kinds == "" {
		return
	}
	ScanVerbs(format, func(arg int, _ string, verb rune) {
		if arg >= len(args) || args[arg] == nil || verb == '*' {
			return // (a width or precision: fmt names no type, %!(BADWIDTH))
		}
		t := reflect.TypeOf(args[arg])
		for pair := range strings.SplitSeq(kinds, ";") {
			repr, named, _ := strings.Cut(pair, " ")
			if t.String() != repr || verb != 'T' && !badBasicVerb(t.Kind(), verb) {
				continue
			}
			article := "a"
			if strings.ContainsRune("aeiou", rune(repr[0])) {
				article = "an"
			}
			panic(refused(&RuntimeError{Pos: pos, msg: fmt.Sprintf("repl: %s with %%%c of argument %d, %s %s that may be a %s: the interpreter holds a %s in an interface as its %s, so fmt would name %s where Go may name %s; pass the value where its type is known (a call of %s with the arguments themselves)", name, verb, arg+1, article, repr, named, named, repr, repr, named, name)}))
		}
	})
}

// badBasicVerb reports whether fmt prints a value of kind k with verb as a
// bad verb (%!verb(type=value)), whose text names the type.
func badBasicVerb(k reflect.Kind, verb rune) bool {
	var good string
	switch {
	case k == reflect.Bool:
		good = "tv"
	case k >= reflect.Int && k <= reflect.Uintptr:
		good = "bcdoOqxXUv"
	case k >= reflect.Float32 && k <= reflect.Complex128:
		good = "beEfFgGxXv"
	case k == reflect.String:
		good = "sqxXv"
	default:
		return false
	}
	return !strings.ContainsRune(good+"T%w", verb)
}

// taggedHidden reports whether t is, or is made of, a struct type of the
// program's with an unexported field, whose name the interpreter changed.
func taggedHidden(t reflect.Type, depth int) bool {
	if depth > 16 {
		return false
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return taggedHidden(t.Elem(), depth+1)
	case reflect.Map:
		return taggedHidden(t.Key(), depth+1) || taggedHidden(t.Elem(), depth+1)
	case reflect.Struct:
		if _, _, unexported, ok := readTag(t); ok && slices.Contains(unexported, true) {
			return true
		}
		for i := range t.NumField() {
			if taggedHidden(t.Field(i).Type, depth+1) {
				return true
			}
		}
	}
	return false
}

// lostNames reports whether n, or a node below it, names its type as
// the interpreter's interface value (see lostIfaceNames).
func lostNames(n *fmtNode, depth int) bool {
	if strings.Contains(n.typ, lostIfaceName) {
		return true
	}
	if depth > 100 {
		return false
	}
	for _, xs := range [][]any{n.elems, n.keys, {n.elem, n.raw}} {
		for _, x := range xs {
			if c, ok := x.(*fmtNode); ok && lostNames(c, depth+1) {
				return true
			}
		}
	}
	return false
}

// endCycle ends the calling goroutine with a stack overflow at pos that
// says msg (see endOverflowed). A program (a script) ends there, as Go's
// does, with status 2 and none of its deferred calls run.
func (h *Helpers) endCycle(pos, msg string) {
	e := &StackOverflow{Pos: pos, cycle: msg}
	if h.OnFatal != nil {
		h.OnFatal(e.Pos, "panic: "+e.Msg())
		h.OSExit(2)
	}
	t := loop.CurrentTask()
	id := "-"
	if t == nil {
		id = GoroutineID()
	}
	h.Safepoints.endOverflowed(t, id, e)
}

// cycleIn returns what the call of name (with format, if hasFormat) would
// print without end, "" if nothing: the argument that contains itself, and
// where. texts are the arguments' source texts, separated by "\x00" ("" for
// one the message should not quote).
func cycleIn(name, texts, format string, hasFormat bool, args []any) string {
	var verbs map[int]cycleVerb
	if hasFormat {
		verbs = cycleVerbs(format)
	}
	var names []string
	if texts != "" {
		names = strings.Split(texts, "\x00")
	}
	for i, a := range args {
		v := cycleVerb{verb: 'v'}
		if f, ok := verbs[i]; ok {
			v = f
		} // else printed with %v: fmt's %!(EXTRA ...)
		if v.verb == 'T' || v.verb == 'p' || a == nil {
			continue
		}
		t := reflect.TypeOf(a)
		if rv, ok := a.(reflect.Value); ok && rv.IsValid() {
			t = rv.Type() // fmt prints the value it holds
		}
		if !mayCycle(t) {
			continue
		}
		w := cycleWalk{verb: v, onPath: map[cycleKey]string{}, done: map[cycleKey]bool{}}
		if !w.arg(a) {
			continue
		}
		root := "argument " + strconv.Itoa(i+1)
		if i < len(names) && names[i] != "" {
			root = names[i]
		}
		return fmt.Sprintf("%s of a value that contains itself (%s%s is %s%s): fmt would print it without end", name, root, w.found, root, w.first)
	}
	return ""
}

// cycleVerb is the verb an argument is printed with, and whether with the
// # flag.
type cycleVerb struct {
	verb  rune
	sharp bool
}

// cycleVerbs returns the verb of each argument of format, by index, as fmt
// assigns them (see formatVerbs; an argument of a * width has verb '*').
func cycleVerbs(format string) map[int]cycleVerb {
	verbs := map[int]cycleVerb{}
	ScanVerbs(format, func(arg int, flags string, verb rune) {
		if old, ok := verbs[arg]; !ok || old.verb == 'T' || old.verb == 'p' {
			// An argument printed twice is walked for the verb that
			// descends.
			verbs[arg] = cycleVerb{verb: verb, sharp: strings.Contains(flags, "#")}
		}
	})
	return verbs
}

// mayCycleTypes caches mayCycle by type.
var mayCycleTypes sync.Map // reflect.Type -> bool

// mayCycle reports whether a value of type t, printed by fmt, may lead
// fmt back to a map or slice it is printing: whether fmt's descent (a
// pointer followed at the top only) meets an interface, or a type inside
// itself.
func mayCycle(t reflect.Type) bool {
	if v, ok := mayCycleTypes.Load(t); ok {
		return v.(bool)
	}
	top := t
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	r := rtypeMayCycle(t, map[reflect.Type]bool{})
	mayCycleTypes.Store(top, r)
	return r
}

func rtypeMayCycle(t reflect.Type, path map[reflect.Type]bool) bool {
	switch t.Kind() {
	case reflect.Interface:
		return true
	case reflect.Map, reflect.Slice, reflect.Array, reflect.Struct:
	default:
		return false
	}
	if path[t] {
		return true
	}
	path[t] = true
	defer delete(path, t)
	switch t.Kind() {
	case reflect.Map:
		return rtypeMayCycle(t.Key(), path) || rtypeMayCycle(t.Elem(), path)
	case reflect.Slice, reflect.Array:
		return rtypeMayCycle(t.Elem(), path)
	}
	for i := range t.NumField() {
		if rtypeMayCycle(t.Field(i).Type, path) {
			return true
		}
	}
	return false
}

// cycleKey names a map or slice as fmt's descent meets it: a slice by its
// first element and length too (a slice of a slice is another value).
type cycleKey struct {
	t   reflect.Type
	ptr uintptr
	n   int
}

// cycleWalk is one argument's walk, depth first.
type cycleWalk struct {
	verb   cycleVerb
	onPath map[cycleKey]string // the maps and slices being printed, with where
	done   map[cycleKey]bool   // the maps and slices printed without a cycle
	steps  int
	path   []string // where the walk is, from the argument
	// found is where the walk met a map or slice it was inside of, and
	// first where that one is (both from the argument).
	found, first string
}

var (
	formatterType = reflect.TypeFor[fmt.Formatter]()
	stringerType  = reflect.TypeFor[fmt.Stringer]()
	goStringType  = reflect.TypeFor[fmt.GoStringer]()
	errorRType    = reflect.TypeFor[error]()
	fmtNodeType   = reflect.TypeFor[*fmtNode]()
)

// arg walks an argument as fmt's printArg does, and reports whether it
// met a cycle.
func (w *cycleWalk) arg(a any) bool {
	if rv, ok := a.(reflect.Value); ok {
		if rv.IsValid() && rv.CanInterface() && w.methods(rv.Type()) {
			return false
		}
		return w.value(rv, 0)
	}
	if w.methods(reflect.TypeOf(a)) {
		return false
	}
	return w.value(reflect.ValueOf(a), 0)
}

// methods reports whether fmt prints a value of type t by a method of its
// (handleMethods), rather than by descending into it.
func (w *cycleWalk) methods(t reflect.Type) bool {
	if t == fmtNodeType {
		return false // the shell's (see value)
	}
	if t.Implements(formatterType) {
		return true
	}
	if w.verb.sharp && w.verb.verb == 'v' {
		return t.Implements(goStringType)
	}
	return strings.ContainsRune("vsxXq", w.verb.verb) && (t.Implements(errorRType) || t.Implements(stringerType))
}

// value walks v as fmt's printValue does at depth.
func (w *cycleWalk) value(v reflect.Value, depth int) bool {
	if !v.IsValid() || w.steps > cycleWalkLimit {
		return false
	}
	w.steps++
	if v.CanInterface() && v.Type() == fmtNodeType && !v.IsNil() {
		return w.node(v.Interface().(*fmtNode)) // an argument the shell converted, too
	}
	if depth > 0 && v.CanInterface() && w.methods(v.Type()) {
		return false
	}
	if depth > 0 && v.Kind() != reflect.Interface && !mayCycle(v.Type()) {
		return false
	}
	switch v.Kind() {
	case reflect.Map, reflect.Slice:
		if v.IsNil() || v.Len() == 0 {
			return false
		}
		if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8 && strings.ContainsRune("sqxX", w.verb.verb) {
			return false // printed as bytes
		}
		k := cycleKey{t: v.Type(), ptr: v.Pointer()}
		if v.Kind() == reflect.Slice {
			k.n = v.Len()
		}
		if w.done[k] {
			return false
		}
		if at, ok := w.onPath[k]; ok {
			w.found, w.first = strings.Join(w.path, ""), at
			return true
		}
		w.onPath[k] = strings.Join(w.path, "")
		if w.children(v, depth) {
			return true
		}
		delete(w.onPath, k)
		w.done[k] = true
		return false
	case reflect.Pointer:
		if depth == 0 && !v.IsNil() {
			switch v.Elem().Kind() {
			case reflect.Array, reflect.Slice, reflect.Struct, reflect.Map:
				return w.value(v.Elem(), depth+1)
			}
		}
		return false
	case reflect.Interface:
		return w.value(v.Elem(), depth+1)
	case reflect.Array, reflect.Struct:
		return w.children(v, depth)
	}
	return false
}

// children walks what v, a map, slice, array or struct, holds.
func (w *cycleWalk) children(v reflect.Value, depth int) bool {
	n := len(w.path)
	defer func() { w.path = w.path[:n] }()
	switch v.Kind() {
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			w.path = append(w.path[:n], "["+cycleKeyText(it.Key())+"]")
			if w.value(it.Key(), depth+1) || w.value(it.Value(), depth+1) {
				return true
			}
		}
	case reflect.Slice, reflect.Array:
		if !mayCycle(v.Type().Elem()) && v.Type().Elem().Kind() != reflect.Interface {
			return false
		}
		for i := range v.Len() {
			w.path = append(w.path[:n], "["+strconv.Itoa(i)+"]")
			if w.value(v.Index(i), depth+1) {
				return true
			}
		}
	case reflect.Struct:
		for i := range v.NumField() {
			w.path = append(w.path[:n], "."+strings.TrimPrefix(v.Type().Field(i).Name, "X"))
			f := v.Field(i)
			if f.Kind() == reflect.Interface && !f.IsNil() {
				f = f.Elem() // fmt's getField
			}
			if w.value(f, depth+1) {
				return true
			}
		}
	}
	return false
}

// node walks a value the shell built for fmt (see helpers_fmt.go): the
// values of compiled types it holds are printed by fmt itself. A list or
// map node is on the path as the slice or map it was made from.
func (w *cycleWalk) node(n *fmtNode) bool {
	if n.format != nil || n.str != nil || n.err != nil || n.goStr != nil {
		return false // hidden fields' methods aside: printed by the method
	}
	n.force()
	if n.cycle != nil {
		return w.value(reflect.ValueOf(n.cycle), 1)
	}
	if rv := reflect.ValueOf(Wrapped(n.src)); (rv.Kind() == reflect.Map || rv.Kind() == reflect.Slice) && !rv.IsNil() && rv.Len() > 0 {
		k := cycleKey{t: rv.Type(), ptr: rv.Pointer()}
		if rv.Kind() == reflect.Slice {
			k.n = rv.Len()
		}
		if at, ok := w.onPath[k]; ok {
			w.found, w.first = strings.Join(w.path, ""), at
			return true
		}
		w.onPath[k] = strings.Join(w.path, "")
		defer delete(w.onPath, k)
	}
	n0 := len(w.path)
	defer func() { w.path = w.path[:n0] }()
	walk := func(at string, x any) bool {
		w.path = append(w.path[:n0], at)
		return x != nil && w.value(reflect.ValueOf(x), 1)
	}
	for i, x := range n.elems {
		at := ""
		switch n.kind {
		case 'l':
			at = "[" + strconv.Itoa(i) + "]"
		case 'm':
			key := n.keys[i]
			if k, ok := key.(*fmtNode); ok && k.raw != nil {
				key = k.raw
			}
			at = "[" + cycleKeyText(reflect.ValueOf(key)) + "]"
			if walk(at, n.keys[i]) {
				return true
			}
		case 's':
			if i < len(n.names) {
				at = "." + n.names[i]
			}
		}
		if walk(at, x) {
			return true
		}
	}
	return walk("", n.raw) || walk("", n.elem)
}

// cycleKeyText writes a map key as Go source would, where it can.
func cycleKeyText(k reflect.Value) string {
	if k.Kind() == reflect.Interface && !k.IsNil() {
		k = k.Elem()
	}
	switch k.Kind() {
	case reflect.String:
		return strconv.Quote(k.String())
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return fmt.Sprint(k)
	}
	return "…"
}
