package hostrt

import "reflect"

// sameValue is a == b for values that may be held in the interpreter's
// wrappers (see wrapped), as Go compares interfaces: equal dynamic types
// and equal values, panicking on a type that cannot be compared (named
// by name, when it can).
func sameValue(a, b any, name func(any) string) bool {
	va, vb := Wrapped(a), Wrapped(b)
	if b1, ok := asBox(va); ok {
		// An error of the program's in the shell's box: its value.
		b2, ok := asBox(vb)
		return ok && b1.name == b2.name && sameValue(b1.v, b2.v, name)
	}
	ta, tb := reflect.TypeOf(va), reflect.TypeOf(vb)
	switch {
	case ta != tb:
		return false
	case ta == nil:
		return true
	case !ta.Comparable():
		t := typeText(ta)
		if name != nil {
			if n := name(a); n != "" {
				t = n
			}
		}
		panic(&RuntimeError{msg: "runtime error: comparing uncomparable type " + t})
	}
	if k := ta.Kind(); k == reflect.Struct || k == reflect.Array {
		// Field by field: an error of the program's in a field is in
		// the shell's box, whose address is no part of the value.
		return equalValues(reflect.ValueOf(va), reflect.ValueOf(vb), name)
	}
	return va == vb
}

// unhashable reports whether v, a key of a map keyed by an interface (or
// by a struct or array type holding one), is or holds a value of a type
// that cannot be hashed (the check of lower_mapkeyhash.go, which then
// calls keyPanic).
func unhashable(v any) bool {
	_, ok := unhashablePart(v)
	return ok
}

// unhashablePart returns the value of v, a map's key, that cannot be
// hashed: v, or the first value it holds in an interface whose type is
// never hashable, in the order Go's hash visits them.
func unhashablePart(v any) (any, bool) {
	t := reflect.TypeOf(Wrapped(v))
	switch {
	case t == nil:
		return nil, false
	case t.Comparable():
		return unhashableIn(reflect.ValueOf(Wrapped(v)), 0)
	}
	return v, true
}

// keyPanic panics at pos as Go's map does when v, a key stored in the
// map (of length n, nil or not), cannot be hashed (unhashable), naming the
// type of what cannot be by name (the front end's function naming a value
// of an interface type as %T does); the interpreter's map panicked in
// reflection's words, naming the type's representation.
func keyPanic(pos string, v any, name func(any) string, n int, isNil bool) {
	if u, ok := unhashablePart(v); ok {
		panic(unhashableKey(pos, name(u), true, n, isNil))
	}
}

// unhashableKey is the panic at pos of Go's map, of length n (nil or not)
// stored in (store), else read or deleted from, with a key of the type
// named name, which is never hashable: Go's map says so as its lookup of
// an empty map does ("hash of unhashable type: T"), or as its hash does,
// or finds a nil map first for a store.
func unhashableKey(pos, name string, store bool, n int, isNil bool) error {
	switch {
	case store && isNil:
		return &RuntimeError{msg: "assignment to entry in nil map", kind: panicNilMap, Pos: pos}
	case !store && n == 0:
		return &RuntimeError{msg: "hash of unhashable type: " + name, Pos: pos}
	}
	return &RuntimeError{msg: "runtime error: hash of unhashable type " + name, Pos: pos}
}

// unhashableIn returns the first value held in an interface inside v (a
// struct's field or an array's element, at any depth, in the order Go's
// hash visits them) whose type is not comparable.
func unhashableIn(v reflect.Value, depth int) (any, bool) {
	if depth > 64 {
		return nil, false
	}
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() || !v.CanInterface() {
			return nil, false
		}
		x := v.Interface()
		if t := reflect.TypeOf(Wrapped(x)); t != nil && !t.Comparable() {
			return x, true
		}
		return unhashableIn(reflect.ValueOf(Wrapped(x)), depth+1)
	case reflect.Struct:
		for i := range v.NumField() {
			if x, ok := unhashableIn(v.Field(i), depth+1); ok {
				return x, true
			}
		}
	case reflect.Array:
		for i := range v.Len() {
			if x, ok := unhashableIn(v.Index(i), depth+1); ok {
				return x, true
			}
		}
	}
	return nil, false
}

// typeText is t.String() for a message, with Go's name of a struct type
// the program declares, or of a pointer to one (main.Bag, where the
// interpreter's type is struct { Xitems []int "..." }).
func typeText(t reflect.Type) string {
	if n := taggedName(t); n != "" {
		return n
	}
	return t.String()
}
