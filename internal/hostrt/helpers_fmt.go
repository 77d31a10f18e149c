package hostrt

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"reflect"
	"slices"
	"strings"
	"unsafe"
)

// fmtNode is a value of the program's types, or one holding such values,
// as fmt prints it (see lower_fmtvalue.go): the interpreted code that hands
// it to fmt builds it from the value with the types in hand (the names Go
// gives them, the fields, the methods fmt calls), and its Format method
// prints it as fmt's printValue would have printed the value itself, at a
// depth below the top, where fmt calls a value's methods only when it
// could reach them from outside the package (not through unexported
// fields).
type fmtNode struct {
	typ   string // the type as reflect names it (main.Point, []main.Suit)
	kind  byte   // 'b' basic, 's' struct, 'l' slice or array, 'm' map, 'p' pointer, func or chan, 'i' interface
	isNil bool
	// A pointer's address (through its raw value), and the node of what it
	// points to when it is printed as &{...} (at the top).
	ptr  any
	elem any
	// A struct's fields, hidden when unexported; a list's elements; a
	// map's keys and values.
	names  []string
	hidden []bool
	elems  []any
	keys   []any
	raw    any  // a basic value, or an interface's dynamic value
	rawTop bool // raw is an argument's value, printed as at the top
	nilPtr bool
	// typeUnknown says typ is not the value's type but the static type
	// of where it is held (a wrapper of a compiled interface's value).
	typeUnknown bool
	// asErr is the value as an error, for %w (FmtKeepErr).
	asErr error
	// The methods fmt calls, nil where the type has none.
	str, err, goStr func() string
	format          func(fmt.State, rune)
	// The parts of a value with methods, made when fmt prints them
	// rather than the method's text (see force); below, a pointer's are
	// made without what it points to (see belowTop).
	lazy  func() any
	below bool
	// A slice or map met again inside itself, shown as <cycle> (raw):
	// fmt would print it without end, which the check of fmt's calls
	// finds in it (see helpers_fmtcycle.go), knowing the slices and maps
	// the nodes of lists and maps are made from (src).
	cycle, src any
}

// force makes the parts of a node made by FmtLazy.
func (n *fmtNode) force() {
	if n.lazy == nil {
		return
	}
	b := n.lazy().(*fmtNode)
	n.lazy = nil
	n.kind, n.isNil, n.ptr, n.elem = b.kind, b.isNil, b.ptr, b.elem
	n.names, n.hidden, n.elems, n.keys, n.raw, n.src = b.names, b.hidden, b.elems, b.keys, b.raw, b.src
	if n.below && n.kind == 'p' {
		n.elem = nil
	}
}

// belowTop makes a pointer's node, made as for the argument itself (which
// fmt shows as what it points to), one below the top, where fmt shows
// the address; made later where the node is (see force).
func (n *fmtNode) belowTop() {
	if n.lazy != nil {
		n.below = true
	} else if n.kind == 'p' {
		n.elem = nil
	}
}

// fmtExports are the constructors of fmtNode the lowered code calls.
func fmtExports() map[string]reflect.Value {
	return map[string]reflect.Value{
		// The text of a String or Error method, as fmt prints it (a
		// panic of the method in fmt's words).
		"Printed": reflect.ValueOf(func(method string, f func() string) (s string) {
			defer func() {
				if r := recover(); r != nil {
					s = fmt.Sprintf("%%!v(PANIC=%s method: %v)", method, InGoWords(r, false))
				}
			}()
			return f()
		}),
		"FmtBasic": reflect.ValueOf(func(typ string, v any) any { return &fmtNode{typ: typ, kind: 'b', raw: v} }),
		// Field i of v, a compiled struct, unexported: read here, as
		// interpreted code cannot hand on a value read through an
		// unexported field (the node prints it as fmt does, no method).
		"FmtField": reflect.ValueOf(func(v any, i int) any {
			rv := reflect.New(reflect.TypeOf(v)).Elem()
			rv.Set(reflect.ValueOf(v))
			return readable(rv.Field(i)).Interface()
		}),
		"FmtStruct": reflect.ValueOf(func(typ string, names []string, hidden []bool, fields ...any) any {
			return &fmtNode{typ: typ, kind: 's', names: names, hidden: hidden, elems: fields}
		}),
		"FmtList": reflect.ValueOf(func(typ string, isNil bool, elems []any, src any) any {
			return &fmtNode{typ: typ, kind: 'l', isNil: isNil, elems: elems, src: src}
		}),
		"FmtMap": reflect.ValueOf(func(typ string, isNil bool, keys, vals []any, src any) any {
			n := &fmtNode{typ: typ, kind: 'm', isNil: isNil, keys: keys, elems: vals, src: src}
			n.sortMap()
			return n
		}),
		"FmtPtr": reflect.ValueOf(func(typ string, isNil bool, p, elem any) any {
			return &fmtNode{typ: typ, kind: 'p', isNil: isNil, ptr: p, elem: elem}
		}),
		// A reflect.Value as fmt prints it at the top: the value it
		// holds, as an argument of its own, where it may be had (fmt
		// calls its methods then); else the reflect.Value (invalid, or
		// read through an unexported field), printed calling none.
		"ReflectShown": reflect.ValueOf(reflectShown),
		"ReflectHeld":  reflect.ValueOf(reflectHeld),
		"ContextReprs": reflect.ValueOf(contextReprs),
		// A context.Context printed where none of its values needs the
		// program's conversion: its text, the program's types named.
		"FmtContext": reflect.ValueOf(func(v any) any {
			if n := contextNode(v, nil); n != nil {
				return n
			}
			return v
		}),
		"ReflectArg": reflect.ValueOf(func(v any) any { return reflectArg{v} }),
		// An argument fmt prints with a bad verb whatever it holds.
		"FmtBadVerb": reflect.ValueOf(func(verb, typ string, v any) any { return &badVerbArg{verb: verb, typ: typ, v: v} }),
		"FmtIface": reflect.ValueOf(func(typ string, v any) any {
			if IsIfaceWrapper(v) {
				v = Wrapped(v) // a compiled interface's wrapper: the value it holds
			}
			return &fmtNode{typ: typ, kind: 'i', raw: v, isNil: v == nil}
		}),
		"FmtLazy": reflect.ValueOf(func(typ string, parts func() any) any {
			return &fmtNode{typ: typ, lazy: parts}
		}),
		// The conversion of a deferred (or go) call's argument, for fmt
		// or json, made when the call runs (see atCall).
		"AtCall": reflect.ValueOf(func(conv func() any) any { return &atCall{conv: conv} }),
		// The error a node of a value with an Error method stands for,
		// as the interpreter hands it to compiled code: what %w wraps
		// (see unnamedTypeVerbs).
		"FmtKeepErr": reflect.ValueOf(func(n any, err error) any {
			if node, ok := n.(*fmtNode); ok {
				node.asErr = err
			}
			return n
		}),
		"FmtMethods": reflect.ValueOf(func(n any, nilPtr bool, str, err, goStr func() string, format func(fmt.State, rune)) any {
			node := n.(*fmtNode)
			node.nilPtr, node.str, node.err, node.goStr, node.format = nilPtr, str, err, goStr, format
			return node
		}),
	}
}

// badVerbArg is an argument of a type of the program's that fmt prints
// with a bad verb whatever its value, %w outside Errorf or of no error,
// %p of no pointer: fmt names its type and prints it with %v calling no
// method (its badVerb), which the interpreter's value, named by
// reflection and wrapped for its methods, did not show (%!w(int=3),
// %!w(interp._error={...}), and %p of a named int an address).
type badVerbArg struct {
	verb, typ string
	v         any // a node of the value (lower_fmtvalue.go)
}

// Format prints the argument as fmt's badVerb does.
func (b *badVerbArg) Format(f fmt.State, _ rune) {
	io.WriteString(f, "%!"+b.verb+"("+b.typ+"=")
	if b.verb == "p" {
		f = plainState{f} // %#p is no %#v (%#w is)
	}
	if n, ok := b.v.(*fmtNode); ok {
		n.print(f, 'v', true)
	} else {
		fmt.Fprintf(f, fmt.FormatString(f, 'v'), b.v)
	}
	io.WriteString(f, ")")
}

// plainState is a fmt.State without the flag #.
type plainState struct{ fmt.State }

func (s plainState) Flag(c int) bool { return c != '#' && s.State.Flag(c) }

// atCall is an argument of a deferred or go statement's call of fmt, log
// or a json Encoder's Encode, whose value was taken at the statement,
// converted (into a node) when the call runs: fmt prints, and json
// encodes, a map, a slice or what a pointer points to as they are then (a
// conversion at the statement printed what they held there).
type atCall struct{ conv func() any }

// Format prints the converted value with the verb and flags of f.
func (a *atCall) Format(f fmt.State, verb rune) {
	v := a.conv()
	if n, ok := v.(fmt.Formatter); ok {
		n.Format(f, verb)
		return
	}
	fmt.Fprintf(f, fmt.FormatString(f, verb), v)
}

// convertAtCall replaces, in args, the arguments converted when the call
// runs by their conversions, for the checks of the call (see
// cycleExports).
func convertAtCall(args []any) {
	for i, a := range args {
		if a, ok := a.(*atCall); ok {
			args[i] = a.conv()
		}
	}
}

// Format prints the node as fmt prints the value at a depth below the top
// (handleMethods, then printValue).
func (n *fmtNode) Format(f fmt.State, verb rune) { n.print(f, verb, false) }

func (n *fmtNode) print(f fmt.State, verb rune, hidden bool) {
	if !hidden && n.methods(f, verb) {
		return
	}
	n.force()
	sharpV := verb == 'v' && f.Flag('#')
	plusV := verb == 'v' && f.Flag('+') && !sharpV
	switch n.kind {
	case 'b':
		if n.rawTop {
			fmt.Fprintf(f, fmt.FormatString(f, verb), n.raw)
			return
		}
		s := leafString(f, verb, n.raw, hidden)
		// A bad verb names the value's type: the program's, not the
		// basic type the value goes as.
		if bad := fmt.Sprintf("%%!%c(%T=", verb, n.raw); strings.HasPrefix(s, bad) {
			s = fmt.Sprintf("%%!%c(%s=", verb, n.typ) + s[len(bad):]
		}
		if raw := fmt.Sprintf("%T", n.raw); sharpV && strings.HasPrefix(s, raw) {
			s = n.typ + s[len(raw):] // []byte{...} of a named type
		}
		io.WriteString(f, s)
	case 'i':
		if n.isNil {
			if sharpV {
				io.WriteString(f, n.typ+"(nil)")
			} else {
				io.WriteString(f, "<nil>")
			}
			return
		}
		printElem(f, verb, n.raw, hidden)
	case 's':
		if sharpV {
			io.WriteString(f, n.typ)
		}
		io.WriteString(f, "{")
		for i, e := range n.elems {
			if i > 0 {
				if sharpV {
					io.WriteString(f, ", ")
				} else {
					io.WriteString(f, " ")
				}
			}
			if plusV || sharpV {
				io.WriteString(f, n.names[i]+":")
			}
			printElem(f, verb, e, hidden || n.hidden[i])
		}
		io.WriteString(f, "}")
	case 'l':
		if sharpV {
			if n.isNil {
				io.WriteString(f, n.typ+"(nil)")
				return
			}
			io.WriteString(f, n.typ+"{")
		} else {
			io.WriteString(f, "[")
		}
		for i, e := range n.elems {
			if i > 0 {
				if sharpV {
					io.WriteString(f, ", ")
				} else {
					io.WriteString(f, " ")
				}
			}
			printElem(f, verb, e, hidden)
		}
		if sharpV {
			io.WriteString(f, "}")
		} else {
			io.WriteString(f, "]")
		}
	case 'm':
		if sharpV {
			if n.isNil {
				io.WriteString(f, n.typ+"(nil)")
				return
			}
			io.WriteString(f, n.typ+"{")
		} else {
			io.WriteString(f, "map[")
		}
		for i := range n.keys {
			if i > 0 {
				if sharpV {
					io.WriteString(f, ", ")
				} else {
					io.WriteString(f, " ")
				}
			}
			printElem(f, verb, n.keys[i], hidden)
			io.WriteString(f, ":")
			printElem(f, verb, n.elems[i], hidden)
		}
		if sharpV {
			io.WriteString(f, "}")
		} else {
			io.WriteString(f, "]")
		}
	case 'p':
		if n.elem != nil && !n.isNil {
			io.WriteString(f, "&")
			printElem(f, verb, n.elem, hidden)
			return
		}
		var addr uintptr
		if !n.isNil {
			if rv := reflect.ValueOf(Wrapped(n.ptr)); rv.IsValid() {
				switch rv.Kind() {
				case reflect.Pointer, reflect.Func, reflect.Chan, reflect.UnsafePointer, reflect.Map, reflect.Slice:
					addr = rv.Pointer()
				}
			}
		}
		switch {
		case sharpV:
			io.WriteString(f, "("+n.typ+")(")
			if addr == 0 {
				io.WriteString(f, "nil")
			} else {
				fmt.Fprintf(f, "%#x", addr)
			}
			io.WriteString(f, ")")
		case verb == 'v' && addr == 0:
			io.WriteString(f, "<nil>")
		case verb == 'v' || verb == 'p':
			fmt.Fprintf(f, "0x%x", addr)
		case strings.ContainsRune("bodxX", verb):
			fmt.Fprintf(f, fmt.FormatString(f, verb), addr)
		default:
			fmt.Fprintf(f, "%%!%c(%s=0x%x)", verb, n.typ, addr)
		}
	}
}

// methods calls the method fmt's handleMethods would, and reports whether
// there was one.
func (n *fmtNode) methods(f fmt.State, verb rune) (handled bool) {
	if n.format != nil {
		handled = true
		defer n.catch(f, verb, "Format")
		n.format(f, verb)
		return
	}
	if verb == 'v' && f.Flag('#') {
		if n.goStr != nil {
			handled = true
			defer n.catch(f, verb, "GoString")
			io.WriteString(f, n.goStr())
			return
		}
		return false
	}
	if !strings.ContainsRune("vsxXq", verb) {
		return false
	}
	switch {
	case n.err != nil:
		handled = true
		defer n.catch(f, verb, "Error")
		fmt.Fprintf(f, fmt.FormatString(f, verb), n.err())
		return
	case n.str != nil:
		handled = true
		defer n.catch(f, verb, "String")
		fmt.Fprintf(f, fmt.FormatString(f, verb), n.str())
		return
	}
	return false
}

// catch prints a panic of a method as fmt does: <nil> for a nil pointer
// receiver, else %!v(PANIC=String method: ...).
func (n *fmtNode) catch(f fmt.State, verb rune, method string) {
	r := recover()
	if r == nil {
		return
	}
	if n.nilPtr {
		io.WriteString(f, "<nil>")
		return
	}
	// In Go's words: a method promoted through a nil embedded
	// interface or pointer panicked in reflection's.
	fmt.Fprintf(f, "%%!%c(PANIC=%s method: %v)", verb, method, InGoWords(r, false))
}

// printElem prints a field, element, key or value: a node, or a value of
// compiled types only (a leaf).
func printElem(f fmt.State, verb rune, e any, hidden bool) {
	if _, ok := e.(*fmtNode); !ok && hidden {
		e = hiddenHeld(e)
	}
	if n, ok := e.(*fmtNode); ok {
		n.print(f, verb, hidden)
		return
	}
	printLeaf(f, verb, e, hidden)
}

// hiddenHeld returns v, a value in an unexported field (of an interface,
// as fmt would reach it, printing no method of it): out of the
// interpreter's wrapper of a compiled interface or the session's box of an
// error, and a struct of the program's as a node with Go's names of its
// fields.
func hiddenHeld(v any) any {
	if b, ok := asBox(v); ok {
		v = b.v
	}
	if IsIfaceWrapper(v) {
		v = Wrapped(v)
	}
	v = unwrapHeld(v)
	if n := taggedNode(reflect.ValueOf(v), nil, nil, false); n != nil {
		return n
	}
	return v
}

// printLeaf prints a value of compiled types as fmt prints it below the
// top: as the field of a struct, exported or not (hidden), which fmt
// prints without the struct's braces and name.
func printLeaf(f fmt.State, verb rune, v any, hidden bool) {
	io.WriteString(f, leafString(f, verb, v, hidden))
}

// leafString is what printLeaf prints.
func leafString(f fmt.State, verb rune, v any, hidden bool) string {
	sharpV := verb == 'v' && f.Flag('#')
	if v == nil {
		if sharpV {
			return "interface {}(nil)"
		}
		return "<nil>"
	}
	field := reflect.StructField{Name: "X", Type: reflect.TypeOf(v)}
	if hidden {
		field.Name, field.PkgPath = "x", "main"
	}
	st := reflect.StructOf([]reflect.StructField{field})
	sv := reflect.New(st).Elem()
	reflect.NewAt(field.Type, unsafe.Pointer(sv.Field(0).UnsafeAddr())).Elem().Set(reflect.ValueOf(v))
	s := fmt.Sprintf(fmt.FormatString(f, verb), sv.Interface())
	prefix := "{"
	switch {
	case sharpV:
		prefix = st.String() + "{" + field.Name + ":"
	case verb == 'v' && f.Flag('+'):
		prefix = "{" + field.Name + ":"
	}
	return strings.TrimSuffix(strings.TrimPrefix(s, prefix), "}")
}

// sortMap orders a map's entries by key as fmt does (internal/fmtsort).
func (n *fmtNode) sortMap() {
	idx := make([]int, len(n.keys))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return compareFmtKeys(n.keys[a], n.keys[b]) })
	keys, vals := make([]any, len(idx)), make([]any, len(idx))
	for i, j := range idx {
		keys[i], vals[i] = n.keys[j], n.elems[j]
	}
	n.keys, n.elems = keys, vals
}

// fmtKeyType returns the name of the type of k, a map key as sortMap
// holds it.
func fmtKeyType(k any) string {
	if n, ok := k.(*fmtNode); ok {
		if n.kind == 'i' && n.raw != nil {
			return fmt.Sprintf("%T", n.raw)
		}
		return n.typ
	}
	return fmt.Sprintf("%T", k)
}

// compareKeys compares two map keys, nodes or compiled values, as
// internal/fmtsort does.
func compareFmtKeys(a, b any) int {
	na, aNode := a.(*fmtNode)
	nb, bNode := b.(*fmtNode)
	if ta, tb := fmtKeyType(a), fmtKeyType(b); ta != tb {
		// Keys of two types in a map keyed by an interface: Go orders
		// them by where the linker put their types, which the shell
		// cannot know; by the types' names.
		return strings.Compare(ta, tb)
	}
	switch {
	case aNode && bNode:
		na.force()
		nb.force()
		if na.kind != nb.kind {
			return cmp.Compare(na.kind, nb.kind)
		}
		switch na.kind {
		case 'b', 'i':
			return compareFmtKeys(na.raw, nb.raw)
		case 's', 'l':
			for i := range na.elems {
				if c := compareFmtKeys(na.elems[i], nb.elems[i]); c != 0 {
					return c
				}
			}
			return 0
		case 'p':
			return compareFmtKeys(reflect.ValueOf(Wrapped(na.ptr)).Pointer(), reflect.ValueOf(Wrapped(nb.ptr)).Pointer())
		}
		return 0
	case aNode || bNode:
		return 0
	}
	return compareFmtValues(reflect.ValueOf(a), reflect.ValueOf(b))
}

// CompareFmtValues orders two map keys as fmt prints them: it is
// internal/fmtsort's compare. Safe from any goroutine.
func CompareFmtValues(a, b reflect.Value) int { return compareFmtValues(a, b) }

// compareFmtValues is internal/fmtsort's compare.
func compareFmtValues(a, b reflect.Value) int {
	if !a.IsValid() || !b.IsValid() {
		switch {
		case !a.IsValid() && !b.IsValid():
			return 0
		case !a.IsValid():
			return -1
		}
		return 1
	}
	if a.Type() != b.Type() {
		return -1
	}
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return cmp.Compare(a.Int(), b.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return cmp.Compare(a.Uint(), b.Uint())
	case reflect.String:
		return cmp.Compare(a.String(), b.String())
	case reflect.Float32, reflect.Float64:
		return floatCompare(a.Float(), b.Float())
	case reflect.Complex64, reflect.Complex128:
		if c := floatCompare(real(a.Complex()), real(b.Complex())); c != 0 {
			return c
		}
		return floatCompare(imag(a.Complex()), imag(b.Complex()))
	case reflect.Bool:
		switch {
		case a.Bool() == b.Bool():
			return 0
		case a.Bool():
			return 1
		}
		return -1
	case reflect.Pointer, reflect.UnsafePointer, reflect.Chan:
		return cmp.Compare(a.Pointer(), b.Pointer())
	case reflect.Struct:
		for i := range a.NumField() {
			if c := compareFmtValues(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Array:
		for i := range a.Len() {
			if c := compareFmtValues(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return compareFmtValues(reflect.ValueOf(a.IsNil()), reflect.ValueOf(b.IsNil())) * -1
		}
		if c := compareFmtValues(reflect.ValueOf(a.Elem().Type()), reflect.ValueOf(b.Elem().Type())); c != 0 {
			return c
		}
		return compareFmtValues(a.Elem(), b.Elem())
	}
	return 0
}

func floatCompare(a, b float64) int {
	switch {
	case math.IsNaN(a) && math.IsNaN(b):
		return 0
	case math.IsNaN(a):
		return -1
	case math.IsNaN(b):
		return 1
	}
	return cmp.Compare(a, b)
}
