package hostrt

import "reflect"

// sameValue is a == b for values that may be held in the interpreter's
// wrappers (see wrapped), as Go compares interfaces: equal dynamic types
// and equal values, panicking on a type that cannot be compared (named
// by name, when it can).
func sameValue(a, b any, name func(any) string) bool {
	va, vb := Wrapped(a), Wrapped(b)
	ta, tb := reflect.TypeOf(va), reflect.TypeOf(vb)
	switch {
	case ta != tb:
		return false
	case ta == nil:
		return true
	case !ta.Comparable():
		t := ta.String()
		if name != nil {
			if n := name(a); n != "" {
				t = n
			}
		}
		panic(&RuntimeError{msg: "runtime error: comparing uncomparable type " + t})
	}
	return va == vb
}
