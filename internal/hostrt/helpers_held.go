package hostrt

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"go/token"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unsafe"
)

// Values of the program's types held in interfaces, as compiled code
// receives them (see lower_fmtheld.go).
//
// yaegi v0.16.1 holds a value of a type with methods, converted to an
// empty interface in interpreted code, as its own interface value
// (interp.valueInterface: the node of the expression that made it, whose
// type is the interpreter's description of the value's type, and the
// value as reflection holds it), and hands that struct itself to
// compiled code that takes any: fmt prints its fields
// ({0xc000123 {0x5e5e40 0xc000456 130}}), json an empty object. A value
// of a type without methods (and one whose type was lost on the way: the
// result of a function returning any, a T inside a generic function) is
// held bare, as the value of the type reflection built for it.

// heldName returns the name the interpreter gives the type of v, an
// interpreter's interface value, as Go writes it (main.Suit, *main.R), or
// "" when v is no such value (a bare value, a value of compiled types, a
// compiled interface's wrapper) or is a value of an instance of a generic
// type of the program's whose name the interpreter lost (it names the
// type struct { K string; V int }, as it does for a second instance of a
// type, Pair[string, int] after Pair[int, bool]): the front end's code
// tells such a value by its representation, as a bare one.
func heldName(v any) string {
	name := heldRawName(v)
	if lostInstance(v, name) {
		return ""
	}
	return copiedNames(name)
}

// lostInstance reports whether v, an interpreter's interface value whose
// type the interpreter names name, holds a value of an instance of a
// generic type of the program's (or a pointer to one) under a name that
// is not the instance's.
func lostInstance(v any, name string) bool {
	return name != "" && !strings.HasPrefix(strings.TrimLeft(name, "*"), "main.") && taggedGeneric(reflect.TypeOf(unwrapHeld(v))) != ""
}

// heldLost panics, saying so, when v is an interpreter's interface value
// holding a value of an instance of a generic type of the program's whose
// name the interpreter lost, which another type of the program has the
// representation of (Pair[int, bool] and Pair[W, bool] with type W int):
// fmt cannot be told which it is (see lower_fmtheld.go). A value held bare
// (of an instance without methods, Pair[string, Color] beside Pair[string,
// int] with type Color int) is as lost: no name is held with it at all.
func heldLost(v any) {
	if _, ok := heldNode(v); ok && !lostInstance(v, heldRawName(v)) {
		return
	}
	generic := taggedGeneric(reflect.TypeOf(unwrapHeld(v)))
	panic(refused(&RuntimeError{msg: fmt.Sprintf("repl: a value of an instance of %s held in an interface, printed where the interpreter lost the instance's type arguments, and another instance or type of the program's has the same fields' types, so the shell cannot tell which String method to call; print the value where its static type is known (before it is put in the interface), or give the instances type arguments of different types", generic)}))
}

// heldRawName is heldName with the names of copies as the interpreter
// has them.
func heldRawName(v any) string {
	typ, ok := heldType(v)
	if !ok {
		return ""
	}
	if cat := typ.Elem().FieldByName("cat"); cat.IsValid() && cat.CanUint() && cat.Uint() == yaegiInterfaceT {
		// The node of an interface's value (the result of x.(Shape),
		// returned as a Shape): its type is the interface, not the
		// value's (main.Shape is main.Shape, not main.Rect).
		return ""
	}
	if name := lostInstanceName(typ); name != "" {
		return localTypeName(name)
	}
	str := typ.Elem().FieldByName("str")
	if !str.IsValid() || str.Kind() != reflect.String {
		return ""
	}
	if strings.TrimLeft(str.String(), "*") == "struct {}" {
		// A struct type that refers to itself (type Node struct{ Next
		// *Node }), which the interpreter names struct {}: by its tag.
		if name := taggedName(reflect.TypeOf(unwrapHeld(v))); name != "" {
			return name
		}
	}
	return localTypeName(str.String())
}

// heldType returns the type (an interpreter's *itype) of the node of v,
// an interp.valueInterface.
func heldType(v any) (reflect.Value, bool) {
	node, ok := heldNode(v)
	if !ok || node.IsNil() {
		return reflect.Value{}, false
	}
	typ := node.Elem().FieldByName("typ")
	if !typ.IsValid() || typ.Kind() != reflect.Pointer || typ.IsNil() {
		return reflect.Value{}, false
	}
	return typ, true
}

// yaegiPtrT is the category yaegi v0.16.1 gives pointer types (interp's
// tcat ptrT).
const yaegiPtrT = 26

// The categories yaegi v0.16.1 gives composite types (interp's tcat
// arrayT, chanT, funcT, mapT, sliceT).
const (
	yaegiArrayT = 1
	yaegiChanT  = 6
	yaegiFuncT  = 16
	yaegiMapT   = 25
	yaegiSliceT = 27
)

// lostInstanceName returns Go's name of the type typ (an interpreter's
// *itype) where it is an instance of a generic slice, map, array, channel
// or function type of the program's with methods (type Set[T comparable]
// map[T]bool), or a pointer to one: the interpreter gives such an
// instance no name (its str is the representation, map[int]bool), so fmt
// printed a Set[int] held in an any as its map, but its methods are the
// instance's code, whose receiver the interpreter names as Go names the
// instance (Set[int], M[string,main.W]). It returns "" for any other
// type.
func lostInstanceName(typ reflect.Value) string {
	// unnamed reports whether t (an itype) has no name of its own: none,
	// or its representation's.
	unnamed := func(t reflect.Value) bool {
		name, str := t.FieldByName("name"), t.FieldByName("str")
		return name.IsValid() && str.IsValid() && (name.String() == "" || name.String() == str.String())
	}
	// composite reports whether t (an itype) is of a category of which
	// the interpreter makes each instance a type of its own: not a
	// struct (an instance of a generic struct type is told by its tag),
	// nor a basic type, whose predeclared type the instance is (see the
	// front end's refuse_basicgeneric.go).
	composite := func(t reflect.Value) bool {
		cat := t.FieldByName("cat")
		if !cat.IsValid() || !cat.CanUint() {
			return false
		}
		switch cat.Uint() {
		case yaegiSliceT, yaegiMapT, yaegiArrayT, yaegiChanT, yaegiFuncT:
			return true
		}
		return false
	}
	t := typ.Elem()
	if !unnamed(t) {
		return ""
	}
	star := ""
	if cat := t.FieldByName("cat"); cat.IsValid() && cat.CanUint() && cat.Uint() == yaegiPtrT {
		val := t.FieldByName("val")
		if !val.IsValid() || val.IsNil() || !unnamed(val.Elem()) {
			return ""
		}
		star, t = "*", val.Elem()
	}
	if !composite(t) {
		return ""
	}
	methods := t.FieldByName("method")
	if !methods.IsValid() || methods.Kind() != reflect.Slice || methods.Len() == 0 {
		return ""
	}
	recv := receiverIdent(methods.Index(0))
	base, _, inst := strings.Cut(recv, "[")
	if !inst || !token.IsIdentifier(base) || !strings.HasSuffix(recv, "]") {
		return ""
	}
	return star + "main." + recv
}

// receiverIdent returns the identifier of the receiver's type of the
// method declared by fn, an interpreter's *node of a method declaration
// (its first child the receiver's field list, whose field's last child is
// the type, under a star for a pointer receiver), or "".
func receiverIdent(fn reflect.Value) string {
	child := func(n reflect.Value, i int) reflect.Value {
		if n.Kind() != reflect.Pointer || n.IsNil() {
			return reflect.Value{}
		}
		c := n.Elem().FieldByName("child")
		if !c.IsValid() || c.Kind() != reflect.Slice || c.Len() == 0 {
			return reflect.Value{}
		}
		if i < 0 {
			i = c.Len() - 1
		}
		return c.Index(i)
	}
	n := child(child(child(fn, 0), 0), -1)
	for n.IsValid() && n.Kind() == reflect.Pointer && !n.IsNil() {
		if id := n.Elem().FieldByName("ident"); id.IsValid() && id.String() != "" {
			return id.String()
		}
		n = child(n, 0)
	}
	return ""
}

// yaegiInterfaceT is the category yaegi v0.16.1 gives interface types
// (interp's tcat interfaceT): the differential suite's
// typeswitch/assert_chain_message fails where it is not.
const yaegiInterfaceT = 18

// LocalTypeSep separates the name of a type declared in a function, renamed
// for the interpreter, from the number that sets it apart (see the front
// end's RenameLocalTypes): no identifier of Go spells it.
const LocalTypeSep = "·"

// localTypeName returns name, a type's as the interpreter has it, with
// the suffixes of renamed local types taken off.
func localTypeName(name string) string {
	for {
		i := strings.Index(name, LocalTypeSep)
		if i < 0 {
			return name
		}
		j := i + len(LocalTypeSep)
		for j < len(name) && name[j] >= '0' && name[j] <= '9' {
			j++
		}
		name = name[:i] + name[j:]
	}
}

// heldTypeName is heldName for a named type of the program's, or a
// pointer to one (main.Suit, *main.R): "" for any other (the interpreter
// writes unnamed types otherwise than %T does).
func heldTypeName(v any) string {
	if typ, ok := heldType(v); ok {
		if name := lostInstanceName(typ); name != "" {
			return localTypeName(name) // an instance named by its methods
		}
	}
	name := heldRawName(v)
	if strings.HasSuffix(name, "__errors_joinError") {
		return joinErrorName // the prelude's errors.Join result
	}
	id, ok := strings.CutPrefix(strings.TrimLeft(name, "*"), "main.")
	if base, _, inst := strings.Cut(id, "["); inst && ok && token.IsIdentifier(base) && taggedGeneric(reflect.TypeOf(unwrapHeld(v))) != "" {
		// An instance of a generic struct type of the program's, which
		// the interpreter names as Go does (main.Pair[main.W,[]string]).
		return copiedNames(name)
	}
	if !ok || !token.IsIdentifier(id) {
		return ""
	}
	return copiedNames(name)
}

// HeldTypeName is heldTypeName for the session, which names the dynamic
// type of a result by it.
func HeldTypeName(v any) string { return heldTypeName(v) }

// heldNode returns the node field of v when v is an interp.valueInterface.
func heldNode(v any) (reflect.Value, bool) {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() || rv.Kind() != reflect.Struct {
		return reflect.Value{}, false
	}
	t := rv.Type()
	if t.PkgPath() != "github.com/traefik/yaegi/interp" || t.Name() != "valueInterface" {
		return reflect.Value{}, false
	}
	cp := reflect.New(t).Elem()
	cp.Set(rv)
	f := cp.FieldByName("node")
	if !f.IsValid() || f.Kind() != reflect.Pointer {
		return reflect.Value{}, false
	}
	return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem(), true
}

// nilHeld returns nil for the interpreter's nil interface value (a nil
// interface of the program's, converted to any in interpreted code), v
// itself for any other.
func nilHeld(v any) any {
	if node, ok := heldNode(v); ok && node.IsNil() {
		return nil
	}
	return v
}

// unwrapHeld returns the value an interpreter's interface value holds, or
// v itself (a compiled interface's wrapper, such as the interpreter's
// fmt.Stringer, stays: it carries the methods).
func unwrapHeld(v any) any {
	if _, ok := heldNode(v); ok {
		return Wrapped(v)
	}
	return v
}

// heldMethod reports whether the composed wrapper v holds, in its field
// name (WFormat), the value's method of fmt's signature: the interpreter
// picks a composed wrapper by the methods' names alone, and its field
// holds any method so named (see stdlib_bindings/std/maptypes_print.go).
func heldMethod(v any, name string) bool {
	f := reflect.ValueOf(v).FieldByName(name)
	if !f.IsValid() || !f.CanInterface() {
		return true // a method of the wrapper's own
	}
	switch f.Interface().(type) {
	case func(fmt.State, rune), func() string:
		return !f.IsZero()
	}
	return false
}

// fmtDyn is a value held in an interface of static type typ, as fmt
// prints it (see lower_fmtheld.go): dyn, interpreted code, converts the
// value of the program's types it recognises into a node; a slice, array
// or map of compiled types holding interfaces ([]any, map[string]any)
// becomes a node of its elements, each converted so; anything else stays
// as it is, out of the interpreter's interface value (at the top, the
// argument itself, as the value: fmt prints it at depth 0).
func fmtDyn(typ string, v any, dyn func(any) any, top bool) any {
	return fmtDynIn(typ, v, dyn, nil, top, nil)
}

// fmtDynWrapped is fmtDyn for a value held in a compiled interface with
// methods (fmt.Stringer, error): the value its wrapper holds is converted
// by strict (nil: not at all), which tells it by a representation no
// other type of the program's has.
func fmtDynWrapped(typ string, v any, dyn, strict func(any) any, top bool) any {
	return fmtDynIn(typ, v, dyn, strict, top, nil)
}

// fmtDynIn is fmtDyn inside the slices and maps of path, outer to inner:
// one met again holds itself (where fmt would recurse until the stack
// overflows), and shows as <cycle>, as the session's printer shows it.
func fmtDynIn(typ string, v any, dyn, strict func(any) any, top bool, path Visits) any {
	v = nilHeld(v)
	if v == nil {
		if top {
			return nil
		}
		return &fmtNode{typ: typ, kind: 'i', isNil: true}
	}
	if dyn != nil {
		if n := dyn(v); n != nil {
			if p, ok := n.(*fmtNode); ok && !top {
				// fmt shows an address below the top (a conversion an
				// input registered for &[]Color{0} shows what it points
				// to, as for the argument itself).
				p.belowTop()
			}
			if p, ok := n.(*fmtNode); ok && top && p.kind == 'p' && p.elem == nil && !p.isNil && p.str == nil && p.err == nil && p.format == nil {
				// A pointer to a struct of the program's converted as
				// below the top (lower_fmtlater.go): fmt shows the
				// struct for the argument itself.
				if rv := reflect.ValueOf(unwrapHeld(v)); rv.Kind() == reflect.Pointer && !rv.IsNil() {
					switch p.elem = taggedNode(rv.Elem(), dyn, path, false); {
					case p.elem != nil:
					case rv.Elem().Kind() == reflect.Struct && rv.Elem().NumField() == 0:
						p.elem = rv.Elem().Interface() // struct{}: no tag
					}
				}
			}
			return n
		}
	}
	if b, ok := asBox(v); ok {
		// A value of the program's error types the session boxed (see
		// lower_errbox.go): the value, by its type's name where dyn does
		// not know it.
		if dyn != nil {
			if n := dyn(b.v); n != nil {
				return n
			}
		}
		return &fmtNode{typ: b.name, kind: 'b', raw: b.v, err: b.Error, goStr: b.goString, format: b.format}
	}
	if !IsIfaceWrapper(v) {
		if errs, ok := joinedErrors(v); ok {
			return joinNode(errs)
		}
		if n := contextNode(v, dyn); n != nil {
			return n
		}
	}
	if _, ok := heldNode(v); ok && strict != nil && IsIfaceWrapper(Wrapped(v)) {
		// The wrapper converted to an any by interpreted code (an
		// io.Writer handed on as an any).
		v = Wrapped(v)
	}
	if IsIfaceWrapper(v) {
		// A compiled interface's wrapper (fmt.Stringer, error): the value
		// it holds where dyn knows it by its representation; else its
		// methods, and the value it holds for the verbs that call none.
		if strict != nil {
			if n := strict(Wrapped(v)); n != nil {
				if p, ok := n.(*fmtNode); ok && !top {
					p.belowTop() // (as dyn's, above)
				}
				return n
			}
		}
		n := &fmtNode{typ: typ, kind: 'b', raw: Wrapped(v), rawTop: top, typeUnknown: true}
		if s, ok := v.(fmt.Stringer); ok {
			n.str = s.String
		}
		if e, ok := v.(error); ok {
			n.err = e.Error
		}
		// A wrapper of fmt.Stringer keeps the other methods fmt calls
		// (see stdlib_bindings/std/maptypes.go).
		if g, ok := v.(fmt.GoStringer); ok && heldMethod(v, "WGoString") {
			n.goStr = g.GoString
		}
		if f, ok := v.(fmt.Formatter); ok && heldMethod(v, "WFormat") {
			n.format = f.Format
		}
		return n
	}
	x := unwrapHeld(v)
	rv := reflect.ValueOf(x)
	if n := taggedNode(rv, dyn, path, top); n != nil {
		// A value of the program's struct types dyn does not know (a
		// type declared in a function, out of its scope): by its tag.
		return n
	}
	if g, ok := goView(rv); ok {
		// Of an unnamed struct type with unexported fields (see
		// goview.go).
		x, rv = g.Interface(), g
	}
	if k := rv.Kind(); k == reflect.Slice || k == reflect.Map {
		var ok bool
		if path, ok = path.Enter(rv); !ok {
			return &fmtNode{typ: typ, kind: 'b', raw: "<cycle>", cycle: x, typeUnknown: true}
		}
	}
	elem := func(e reflect.Value) any {
		if reachesIface(e.Type()) {
			return fmtDynIn(e.Type().String(), e.Interface(), dyn, nil, false, path)
		}
		return e.Interface()
	}
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		if !reachesIface(rv.Type().Elem()) || !rv.CanInterface() {
			break
		}
		elems := make([]any, rv.Len())
		for i := range elems {
			elems[i] = elem(rv.Index(i))
		}
		return &fmtNode{typ: rv.Type().String(), kind: 'l', isNil: rv.Kind() == reflect.Slice && rv.IsNil(), elems: elems, src: x}
	case reflect.Map:
		if !reachesIface(rv.Type().Elem()) && !reachesIface(rv.Type().Key()) {
			break
		}
		n := &fmtNode{typ: rv.Type().String(), kind: 'm', isNil: rv.IsNil(), src: x}
		for it := rv.MapRange(); it.Next(); {
			n.keys = append(n.keys, elem(it.Key()))
			n.elems = append(n.elems, elem(it.Value()))
		}
		n.sortMap()
		return n
	case reflect.Struct:
		// An unnamed struct type holding them (struct{ L []Shape }):
		// the program's are tagged (taggedNode).
		if _, _, _, tagged := readTag(rv.Type()); tagged || rv.Type().Name() != "" || !fieldsReachIface(rv.Type()) || !rv.CanInterface() {
			break
		}
		t := rv.Type()
		n := &fmtNode{typ: t.String(), kind: 's'}
		for i := range t.NumField() {
			name, renamed := renamedField(t.Field(i).Name)
			n.names = append(n.names, name)
			n.hidden = append(n.hidden, renamed)
			n.elems = append(n.elems, elem(rv.Field(i)))
		}
		return n
	case reflect.Pointer:
		// A pointer to them, which fmt shows as &[...] for the argument
		// itself (an address below it).
		if !top || rv.IsNil() || !rv.CanInterface() || !unnamedHoldingIface(rv.Type().Elem()) {
			break
		}
		return &fmtNode{typ: rv.Type().String(), kind: 'p', ptr: x, elem: fmtDynIn(rv.Type().Elem().String(), rv.Elem().Interface(), dyn, nil, false, path)}
	}
	if top {
		return x
	}
	return &fmtNode{typ: typ, kind: 'i', raw: x}
}

// unnamedHoldingIface reports whether t is an unnamed type (not one of
// a compiled package's, whose methods fmt and json call, nor one the
// program declares) holding interface values: a []Shape, a struct{ L
// []Shape }.
func unnamedHoldingIface(t reflect.Type) bool {
	if t.Name() != "" || t.NumMethod() > 0 {
		return false
	}
	if t.Kind() == reflect.Struct {
		_, _, _, tagged := readTag(t)
		return !tagged && fieldsReachIface(t)
	}
	return reachesIface(t)
}

// fieldsReachIface reports whether a field of t, a struct type, holds
// interface values (reachesIface).
func fieldsReachIface(t reflect.Type) bool {
	for i := range t.NumField() {
		if reachesIface(t.Field(i).Type) {
			return true
		}
	}
	return false
}

// holdsIface reports whether a value of t is an interface value: of a
// compiled interface type, or the interpreter's own interface value, as
// which it holds a value of an interface type of the program's (the
// elements of a []Shape, which the interpreter holds in an any as a
// []interp.valueInterface, the name of Shape lost).
func holdsIface(t reflect.Type) bool {
	return t.Kind() == reflect.Interface || t.Kind() == reflect.Struct && isInterpIface(t)
}

// reachesIface reports whether a value of t is an interface value
// (holdsIface) or a slice, array or map of them, at any depth ([][]Shape).
func reachesIface(t reflect.Type) bool {
	for {
		switch t.Kind() {
		case reflect.Slice, reflect.Array:
			t = t.Elem()
		case reflect.Map:
			if reachesIface(t.Key()) {
				return true
			}
			t = t.Elem()
		default:
			return holdsIface(t)
		}
	}
}

// lostIfaceName is what the name of a type made of the program's
// interface types says where the interpreter lost them: a []Shape held
// in an any is a []interp.valueInterface to reflection (see
// LostIfaceNames).
const lostIfaceName = "interp.valueInterface"

// jsonDyn is a value held in an interface as encoding/json encodes it
// (see lower_jsonheld.go): dyn converts the value of the program's types
// it recognises into a json node; a slice, array or map by strings of
// compiled types holding interfaces becomes a node of its elements, each
// converted so; anything else stays as it is, out of the interpreter's
// interface value.
func jsonDyn(v any, dyn func(any) any) any {
	v = nilHeld(v)
	if v == nil {
		return nil
	}
	if dyn != nil {
		if n := dyn(v); n != nil {
			return n
		}
	}
	x := unwrapHeld(v)
	rv := reflect.ValueOf(x)
	switch rv.Kind() {
	case reflect.Pointer:
		if !rv.IsNil() && rv.CanInterface() && unnamedHoldingIface(rv.Type().Elem()) {
			return jsonDyn(rv.Elem().Interface(), dyn) // json encodes what it points to
		}
	case reflect.Struct:
		if n := jsonUnnamedStruct(rv, dyn); n != nil {
			return n
		}
	case reflect.Slice, reflect.Array:
		if !reachesIface(rv.Type().Elem()) || rv.Kind() == reflect.Slice && rv.IsNil() || !rv.CanInterface() {
			break
		}
		elems := make([]any, rv.Len())
		for i := range elems {
			elems[i] = jsonDyn(rv.Index(i).Interface(), dyn)
		}
		return &jsonNode{kind: 'a', elems: elems}
	case reflect.Map:
		kt := rv.Type().Key()
		if !reachesIface(rv.Type().Elem()) || rv.IsNil() || kt.PkgPath() != "" {
			break
		}
		n := &jsonNode{kind: 'm'}
		for it := rv.MapRange(); it.Next(); {
			switch k := it.Key(); k.Kind() {
			case reflect.String:
				n.mkeys = append(n.mkeys, k.String())
			case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
				reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
				n.mkeys = append(n.mkeys, k.Interface()) // json writes the number as a string
			default:
				return x // as json would refuse it
			}
			n.elems = append(n.elems, jsonDyn(it.Value().Interface(), dyn))
		}
		return n
	}
	if g, ok := goView(rv); ok {
		return g.Interface() // see goview.go
	}
	return x
}

// jsonUnnamedStruct returns v, a value of an unnamed struct type with
// fields holding interface values (struct{ L []Shape }), as a json node
// of its fields as encoding/json encodes them (the program's struct types
// are lower_json.go's); nil where it does not apply (a tagged type, an
// embedded field, a ",string" option: left to json).
func jsonUnnamedStruct(v reflect.Value, dyn func(any) any) *jsonNode {
	t := v.Type()
	if _, _, _, tagged := readTag(t); tagged || t.Name() != "" || !fieldsReachIface(t) || !v.CanInterface() {
		return nil
	}
	n := &jsonNode{kind: 'o', typ: t.String()}
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous {
			return nil
		}
		if _, renamed := renamedField(f.Name); renamed || f.PkgPath != "" {
			continue // unexported
		}
		name, rest, _ := strings.Cut(f.Tag.Get("json"), ",")
		opts := strings.Split(rest, ",")
		if name == "-" && rest == "" {
			continue
		}
		if slices.Contains(opts, "string") {
			return nil
		}
		if name == "" {
			name = f.Name
		}
		fv := v.Field(i)
		if slices.Contains(opts, "omitempty") && jsonEmpty(fv) {
			continue
		}
		n.keys = append(n.keys, name)
		if reachesIface(f.Type) {
			n.elems = append(n.elems, jsonDyn(fv.Interface(), dyn))
		} else {
			n.elems = append(n.elems, fv.Interface())
		}
	}
	return n
}

// jsonEmpty reports whether encoding/json's omitempty leaves v out: a
// false, a zero number, a nil pointer or interface, an empty string,
// array, slice or map.
func jsonEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	}
	return holdsIface(v.Type()) && v.CanInterface() && nilIface(v.Interface()) // the interpreter's interface value
}

// jsonHeldLost panics, saying so: json was handed at pos, held in an
// interface, a value of the representation of typ ([]main.Level held as
// its []int), a slice, array or map of the program's types with methods
// json calls, which another type the program puts in interfaces has, so
// the shell cannot tell whether to call the methods (see the front end's
// lower_jsonheld.go).
func jsonHeldLost(pos, typ string) {
	panic(refused(&RuntimeError{Pos: pos, msg: fmt.Sprintf("repl: json of a value held in an interface that may be a %s, which the interpreter holds as its representation, as it holds a value of another type the program puts in interfaces, so the shell cannot tell whether to call the methods json calls and would encode it wrongly; encode the value where its static type is known (json.Marshal of a %s variable, not of an any)", typ, typ)}))
}

// jsonUnmarshalHeldLost panics, saying so: json.Unmarshal was handed at
// pos, held in an interface, a pointer that may be a typ (*[]main.Level),
// which json would decode wrongly, and which the shell cannot tell from
// a pointer of another type of the program's with its representation
// (*[]int), or cannot decode there (see the front end's
// lower_json_decode.go).
func jsonUnmarshalHeldLost(pos, typ string) {
	panic(refused(&RuntimeError{Pos: pos, msg: fmt.Sprintf("repl: json.Unmarshal into a pointer held in an interface that may be a %s, which the shell cannot tell from a pointer of another type with its representation (or cannot decode there), and json would decode it wrongly; call json.Unmarshal where the pointer's static type is known (json.Unmarshal(data, p) with p a %s, not an any)", typ, typ)}))
}

// jsonBare is what the inputs of a session registered of the slice,
// array and map types of the program's types that are not structs
// (see the front end's lower_jsonheld.go): the representations the
// interpreter holds their values as ([]int for a []Level), and whether
// an input instantiated generic code with such types, which may make
// values of others.
type jsonBare struct {
	mu      sync.Mutex
	reprs   map[reflect.Type]bool
	generic bool
	// ptrs are, by representation, the pointer types to the program's
	// types that inputs made values of (see JSONErrorNamesHeld).
	ptrs map[reflect.Type]map[string]bool
}

func (b *jsonBare) exports() map[string]reflect.Value {
	return map[string]reflect.Value{
		// A composite of the program's types held bare as sample's
		// type.
		"JSONBare": reflect.ValueOf(func(sample any) bool {
			b.mu.Lock()
			defer b.mu.Unlock()
			if b.reprs == nil {
				b.reprs = map[reflect.Type]bool{}
			}
			b.reprs[derefType(reflect.TypeOf(sample))] = true
			return true
		}),
		// Generic code instantiated with the program's types.
		"JSONBareGeneric": reflect.ValueOf(func() bool {
			b.mu.Lock()
			defer b.mu.Unlock()
			b.generic = true
			return true
		}),
		"JSONHeldBare": reflect.ValueOf(b.heldBare),
		// A pointer type to the program's types, named name, whose
		// values are held as sample's type.
		"JSONHeldPtr": reflect.ValueOf(func(sample any, name string) bool {
			b.mu.Lock()
			defer b.mu.Unlock()
			if b.ptrs == nil {
				b.ptrs = map[reflect.Type]map[string]bool{}
			}
			t := reflect.TypeOf(unwrapHeld(sample))
			if b.ptrs[t] == nil {
				b.ptrs[t] = map[string]bool{}
			}
			b.ptrs[t][name] = true
			return true
		}),
		// The error of json.Unmarshal(data, target), target an
		// interface, with the program's types named as Go names them:
		// cands are, for each pointer type the call knows (of the
		// program's types, and of their representations), a value of
		// it, its shape and its samples (see jsonErrorNames); the
		// target is told by the type reflection gives it. Where it may
		// be several whose errors differ, or one the call does not know
		// that an input registered (at the prompt), the call at pos
		// panics, saying so.
		"JSONErrorNamesHeld": reflect.ValueOf(func(err error, data []byte, target any, pos string, cands func() []any) error {
			switch err.(type) {
			case *json.UnmarshalTypeError, *json.InvalidUnmarshalError:
			default:
				return err
			}
			t := reflect.TypeOf(unwrapHeld(target))
			if t == nil {
				return err
			}
			var out error
			var names []string
			differ := false
			list := cands()
			for i := 0; i+2 < len(list); i += 3 {
				if reflect.TypeOf(unwrapHeld(list[i])) != t {
					continue
				}
				shape, _ := list[i+1].(string)
				samples, _ := list[i+2].(func() []any)
				named := jsonErrorNames(err, data, shape, samples)
				names = append(names, shapeRoot(shape))
				if out == nil {
					out = named
				} else if out.Error() != named.Error() {
					differ = true
				}
			}
			b.mu.Lock()
			for name := range b.ptrs[t] {
				if !slices.Contains(names, name) {
					names = append(names, name)
					differ = true // a type the call's code does not know
				}
			}
			b.mu.Unlock()
			if differ {
				if own := t.String(); !slices.Contains(names, own) && !strings.Contains(own, "struct {") {
					names = append(names, own) // a compiled type's
				}
				slices.Sort(names)
				panic(refused(&RuntimeError{Pos: pos, msg: fmt.Sprintf("repl: the error of json.Unmarshal into a pointer held in an interface that may be a %s, which the interpreter holds alike, so the shell cannot tell which to name in it; call json.Unmarshal where the pointer's static type is known", strings.Join(names, " or a "))}))
			}
			if out == nil {
				return err
			}
			return out
		}),
	}
}

// shapeRoot is Go's name of the type of the target a shape describes.
func shapeRoot(shape string) string {
	var sh jsonErrShape
	if json.Unmarshal([]byte(shape), &sh) != nil || len(sh.Root) == 0 || sh.Root[0] < 0 || sh.Root[0] >= len(sh.Types) {
		return ""
	}
	return sh.Types[sh.Root[0]]
}

// derefType is t without the pointers around it.
func derefType(t reflect.Type) reflect.Type {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

// heldBare panics, saying so, when v, handed to json at pos (to
// json.Unmarshal, when unmarshal), is a value the interpreter holds bare
// of a slice, array or map type (or a pointer to one) with elements or
// keys of one of the representations reprs ([]int, with "int" among
// them) of the session's types that have methods json calls, and an input
// made a value of such a type of that representation: at the prompt, a
// value of such a type made by an input other than the one that compiled
// the code calling json ([]Level) is held as its representation, which
// that code cannot tell from the representation's own values.
func (b *jsonBare) heldBare(pos string, v any, reprs []string, unmarshal bool) {
	if v == nil || heldName(v) != "" {
		return
	}
	t := reflect.TypeOf(unwrapHeld(v))
	if t == nil || !bareLeafIn(t, reprs, false) {
		return
	}
	b.mu.Lock()
	made := b.generic || b.reprs[derefType(t)]
	b.mu.Unlock()
	if !made {
		return // no input made a value of the program's types held so
	}
	what := "json of a value held in an interface"
	if unmarshal {
		what = "json.Unmarshal into a pointer held in an interface"
	}
	panic(refused(&RuntimeError{Pos: pos, msg: fmt.Sprintf("repl: %s, of type %s, which may be a value of the session's types with methods json calls that an input other than the call's made, held as its representation, so the shell cannot tell whether to call the methods; call json where the value's static type is known", what, t)}))
}

// bareLeafIn reports whether t, below a slice, array or map (inner),
// has elements or keys of a type named by reprs.
func bareLeafIn(t reflect.Type, reprs []string, inner bool) bool {
	switch t.Kind() {
	case reflect.Pointer:
		return bareLeafIn(t.Elem(), reprs, inner)
	case reflect.Slice, reflect.Array:
		return bareLeafIn(t.Elem(), reprs, true)
	case reflect.Map:
		return bareLeafIn(t.Key(), reprs, true) || bareLeafIn(t.Elem(), reprs, true)
	}
	return inner && t.PkgPath() == "" && slices.Contains(reprs, t.String())
}

// heldPtrLost panics, saying so, when v holds a pointer to a value of an
// instance of the generic type named generic (main.Box) of the program's,
// which has methods fmt calls: the interpreter holds such a pointer bare,
// without its type's name, and the front end's code cannot tell it (see
// lower_fmtheld.go); fmt would print its fields (&{4}, not Box(4)).
func heldPtrLost(v any, generic string) {
	t := reflect.TypeOf(unwrapHeld(v))
	if t == nil || t.Kind() != reflect.Pointer || taggedGeneric(t.Elem()) != generic {
		return
	}
	panic(refused(&RuntimeError{msg: fmt.Sprintf("repl: a pointer to a value of an instance of %s held in an interface, printed: the interpreter holds it without its type's name, so the shell cannot call its methods; print the value it points to (*p), or the pointer where its static type is known", generic)}))
}

// heldNameLost panics, saying so, when v, printed by fmt at pos, is a
// value the interpreter holds bare of the representation repr (int) of
// the program's type named name (main.W), which has methods fmt calls:
// the interpreter hands compiled code a W as its int, and compiled code
// that hands values back in interfaces (sync.Map's Load, reflect.Value's
// Interface, json.Unmarshal into an any) gives back the int, so the shell
// cannot tell a W from an int (see the front end's lower_fmtheld.go).
func heldNameLost(pos string, v any, repr, name string) {
	if v == nil || heldName(v) != "" || reflect.TypeOf(unwrapHeld(v)).String() != repr {
		return
	}
	panic(refused(&RuntimeError{Pos: pos, msg: fmt.Sprintf("repl: fmt of a value of type %s, which may be a %s that compiled code handed back without its type's name (the interpreter hands compiled code a %s as its %s), so the shell cannot tell whether to call its methods and would print it wrongly; print the value where its type is known (before compiled code takes it), or give the type a shape of its own (a struct)", repr, name, name, repr)}))
}

// assertLost returns v, the operand of an assertion (what: "type
// assertion to fmt.Stringer"), but panics where v holds a value of one of
// the representations of pairs (repr, name, ...) bare: compiled code may
// have handed back a value of the type named name so (see
// lower_assertlost.go), without the methods the assertion looks for.
func assertLost(pos string, v any, what string, pairs ...string) any {
	if v == nil || heldName(v) != "" {
		return v
	}
	repr := reflect.TypeOf(unwrapHeld(v)).String()
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i] == repr {
			name := pairs[i+1]
			panic(refused(&RuntimeError{Pos: pos, msg: fmt.Sprintf("repl: %s of a value of type %s, which may be a %s that compiled code handed back without its type's name (the interpreter hands compiled code a %s as its %s), so the shell cannot tell whether it has the interface's methods and would answer wrongly; assert where the value's type is known (before compiled code takes it), or give the type a shape of its own (a struct)", what, repr, name, name, repr)}))
		}
	}
	return v
}

// heldExports are the helpers of lower_fmtheld.go and lower_jsonheld.go.
func heldExports() map[string]reflect.Value {
	return map[string]reflect.Value{
		"Held": reflect.ValueOf(heldName),
		// Whether v is a nil interface value, also the interpreter's own
		// interface value holding nothing (the zero value of an
		// interface type handed over as an any).
		"IsNilHeld": reflect.ValueOf(nilIface),
		// Whether zero, the zero value of a type parameter, is of a
		// struct or array type holding interfaces, which the prelude's
		// stand-ins compare with SameValue (an error of the program's
		// in a field is in the shell's box).
		"ComparesIfaces": reflect.ValueOf(func(zero any) bool { return comparesIfaces(reflect.TypeOf(zero)) }),
		"HeldLost":       reflect.ValueOf(heldLost),
		"HeldPtrLost":    reflect.ValueOf(heldPtrLost),
		"HeldNameLost":   reflect.ValueOf(heldNameLost),
		"AssertLost":     reflect.ValueOf(assertLost),
		"TaggedAs":       reflect.ValueOf(taggedAs),
		"HeldType":       reflect.ValueOf(heldTypeName),
		// Whether v, held in an interface, may be a value of the type
		// named name (main.Result[int]): the interpreter names its type
		// so, or names no type of the program's (see lower_instassert.go).
		"HeldMayBe": reflect.ValueOf(func(v any, name string) bool {
			n := strings.TrimLeft(heldName(v), "*")
			return heldName(v) == name || !strings.HasPrefix(n, "main.")
		}),
		"FmtDyn":        reflect.ValueOf(fmtDyn),
		"FmtDynWrapped": reflect.ValueOf(fmtDynWrapped),
		// A value held in a compiled interface with methods, as fmt
		// prints it with a verb that calls no method and names no type.
		"FmtHeldValue":          reflect.ValueOf(func(v any) any { return fmtDyn("", v, nil, true) }),
		"JSONDyn":               reflect.ValueOf(jsonDyn),
		"JSONHeldLost":          reflect.ValueOf(jsonHeldLost),
		"JSONUnmarshalHeldLost": reflect.ValueOf(jsonUnmarshalHeldLost),
	}
}

// Visits are the maps and slices a writer of a value is inside, outer to
// inner, for the writers that find a value holding itself (fmtDynIn, the
// session's printer) where fmt would recurse until the stack overflows.
type Visits []visit

// visit is a map or slice being written: the same pointer, length and
// type is the same value.
type visit struct {
	p   uintptr
	n   int
	typ reflect.Type
}

// Enter returns the visits with v, a map or slice, entered last, and true;
// or, when v is among them already (it holds itself), the visits as they
// are and false. The result shares vs's array: a writer enters depth
// first, and a value it left is not one it is inside.
func (vs Visits) Enter(v reflect.Value) (Visits, bool) {
	vis := visit{v.Pointer(), v.Len(), v.Type()}
	if vis.p != 0 && slices.Contains(vs, vis) {
		return vs, false
	}
	return append(vs, vis), true
}

// CopyName returns the name of the type the front end writes out for the
// instance of a generic type Go names goName (main.Stack[int]; see the
// front end's lower_typecopy.go): the generic type's name, "__x", and
// goName in hexadecimal, which CopiedName reads back.
func CopyName(base, goName string) string {
	return base + copySep + hex.EncodeToString([]byte(goName))
}

const copySep = "__x"

// copyRef matches a name CopyName may have given, qualified.
var copyRef = regexp.MustCompile(`main\.[\pL_][\pL\pN_]*__x[0-9a-f]+`)

// copiedNames returns name, as the interpreter writes a type, with the
// names of the copies CopyName named written as Go's names of the
// instances they stand for.
func copiedNames(name string) string {
	if !strings.Contains(name, copySep) {
		return name
	}
	return copyRef.ReplaceAllStringFunc(name, func(m string) string {
		if n, ok := CopiedName(strings.TrimPrefix(m, "main.")); ok {
			return n
		}
		return m
	})
}

// CopyBase returns the name of the generic type of which the type named
// name is a copy CopyName named.
func CopyBase(name string) (string, bool) {
	if _, ok := CopiedName(name); !ok {
		return "", false
	}
	return name[:strings.LastIndex(name, copySep)], true
}

// CopiedName returns Go's name of the instance the type named name
// stands for, when it is a copy CopyName named.
func CopiedName(name string) (string, bool) {
	i := strings.LastIndex(name, copySep)
	if i <= 0 {
		return "", false
	}
	b, err := hex.DecodeString(name[i+len(copySep):])
	if err != nil || !strings.HasPrefix(string(b), "main."+name[:i]+"[") {
		return "", false
	}
	return string(b), true
}

var comparesIfacesCache sync.Map // reflect.Type: bool

// comparesIfaces reports whether t is a struct or an array type holding
// interface values (holdsIface) in its fields or elements, which == compares.
func comparesIfaces(t reflect.Type) bool {
	if t == nil {
		return false
	}
	if v, ok := comparesIfacesCache.Load(t); ok {
		return v.(bool)
	}
	var walk func(t reflect.Type) bool
	walk = func(t reflect.Type) bool {
		switch {
		case holdsIface(t):
			return true
		case t.Kind() == reflect.Array:
			return walk(t.Elem())
		case t.Kind() == reflect.Struct:
			for i := range t.NumField() {
				if walk(t.Field(i).Type) {
					return true
				}
			}
		}
		return false
	}
	k := t.Kind()
	held := (k == reflect.Struct || k == reflect.Array) && walk(t)
	comparesIfacesCache.Store(t, held)
	return held
}
