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

// checkHashable panics at pos as Go does when v, to be stored as a key
// of a map keyed by an interface, holds a value of a type that cannot be
// hashed (named by name, when it can); the interpreter's map store
// panicked in reflection's words, naming the type's representation.
func checkHashable(pos string, v any, name func(any) string) {
	t := reflect.TypeOf(Wrapped(v))
	if t == nil || t.Comparable() {
		return
	}
	s := typeText(t)
	if name != nil {
		if n := name(v); n != "" {
			s = n
		}
	}
	panic(&RuntimeError{msg: "runtime error: hash of unhashable type " + s, Pos: pos})
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
