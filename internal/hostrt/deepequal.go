package hostrt

import (
	"reflect"
	"unsafe"
)

// Comparisons of values that hold interfaces (see the front end's
// lower_ifacecmp.go and lower_keys.go).
//
// yaegi v0.16.1 holds a value of a type of the program's with methods,
// in an interface (an any field, an element of a []Shape), as its own
// interface value: the node of the expression that made it and the value.
// Compiled code comparing two such holders compares the nodes and the
// addresses of the values, so two equal values held apart were unequal:
// Box{"a", Sq{2}} == Box{"a", Sq{2}} with a Shape field was false, and
// so was reflect.DeepEqual of two slices of them. sameFields and
// deepEqual compare as Go does, with each interface's dynamic type and
// value as the holder has them.

// boxedErrorType is the type of the shell's box of an error.
var boxedErrorType = reflect.TypeFor[*boxedError]()

// heldIface returns the dynamic type's name ("" where only reflection's
// type tells it) and the value of v where v is an interface value as the
// interpreter or compiled code holds it: a compiled interface (the
// value it holds), the interpreter's own interface value, its wrapper of
// a compiled interface with methods, or the shell's box of an error.
// ok is false for any other value. The value is invalid for a nil
// interface.
func heldIface(v reflect.Value) (name string, val reflect.Value, ok bool) {
	for i := 0; i < 8; i++ {
		switch {
		case v.Kind() == reflect.Interface:
			ok = true
			if v.IsNil() {
				return "", reflect.Value{}, true
			}
			v = v.Elem()
			continue
		case v.Kind() == reflect.Pointer && v.Type() == boxedErrorType && !v.IsNil():
			// An error value of the program's, in its box (*boxedError:
			// the box's address is no part of the value).
			b := (*boxedError)(v.UnsafePointer())
			if name == "" {
				name = b.name
			}
			v, ok = reflect.ValueOf(b.v), true
			continue
		case v.Kind() != reflect.Struct:
			return name, v, ok
		case isInterpIface(v.Type()):
			v = readable(v)
			if n := heldRawName(v.Interface()); n != "" {
				name = n
			}
			inner, _ := heldValue(v)
			if !inner.IsValid() {
				return "", reflect.Value{}, true
			}
			v, ok = inner, true
			continue
		case v.Type().Name() != "" && v.CanInterface():
			// The box and the wrappers are named types; the program's
			// structs, to the interpreter, are not.
			if b, isBox := asBox(v.Interface()); isBox {
				if name == "" {
					name = b.name
				}
				v, ok = reflect.ValueOf(b.v), true
				continue
			}
			if IsIfaceWrapper(v.Interface()) {
				v, ok = reflect.ValueOf(Wrapped(v.Interface())), true
				continue
			}
		}
		return name, v, ok
	}
	return name, v, ok
}

// readable returns v, or a copy of it that reflection lets be read where
// v was reached through an unexported field.
func readable(v reflect.Value) reflect.Value {
	if v.CanInterface() {
		return v
	}
	if v.CanAddr() {
		return reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
	}
	return v
}

// sameDynamic reports whether two interface values, as heldIface returns
// them, hold values of one type: by the names the interpreter gives the
// types where both have one, by reflection's types otherwise.
func sameDynamic(n1, n2 string, v1, v2 reflect.Value) bool {
	if !v1.IsValid() || !v2.IsValid() {
		return !v1.IsValid() && !v2.IsValid()
	}
	if n1 != "" && n2 != "" && n1 != n2 {
		return false
	}
	return v1.Type() == v2.Type()
}

// sameFields is a == b for two values of one comparable struct or array
// type that holds interfaces, as Go compares them: field by field (blank
// fields skipped), an interface by its dynamic type and value, panicking
// with Go's run-time error where a dynamic type cannot be compared (named
// by name, when it can).
func sameFields(a, b any, name func(any) string) bool {
	return equalValues(reflect.ValueOf(a), reflect.ValueOf(b), name)
}

func equalValues(v1, v2 reflect.Value, name func(any) string) bool {
	n1, x1, iface1 := heldIface(v1)
	n2, x2, iface2 := heldIface(v2)
	if iface1 || iface2 {
		if !sameDynamic(n1, n2, x1, x2) {
			return false
		}
		if !x1.IsValid() {
			return true
		}
		if !x1.Type().Comparable() {
			t := typeText(x1.Type())
			if name != nil && x1.CanInterface() {
				if n := name(x1.Interface()); n != "" {
					t = n
				}
			}
			if n1 != "" {
				t = n1
			}
			panic(&RuntimeError{msg: "runtime error: comparing uncomparable type " + t})
		}
		v1, v2 = x1, x2
	}
	if !v1.IsValid() || !v2.IsValid() || v1.Type() != v2.Type() {
		return !v1.IsValid() && !v2.IsValid()
	}
	switch v1.Kind() {
	case reflect.Struct:
		for i := range v1.NumField() {
			if v1.Type().Field(i).Name == "_" {
				continue
			}
			if !equalValues(v1.Field(i), v2.Field(i), name) {
				return false
			}
		}
		return true
	case reflect.Array:
		for i := range v1.Len() {
			if !equalValues(v1.Index(i), v2.Index(i), name) {
				return false
			}
		}
		return true
	case reflect.Pointer:
		return v1.Pointer() == v2.Pointer()
	}
	if eq, ok := equalScalars(v1, v2); ok {
		return eq
	}
	return readable(v1).Equal(readable(v2))
}

// equalScalars compares v1 and v2, of one type, where its kind holds no
// other values (a number, a string, a bool, a channel); ok is false for
// any other kind.
func equalScalars(v1, v2 reflect.Value) (eq, ok bool) {
	switch v1.Kind() {
	case reflect.Bool:
		return v1.Bool() == v2.Bool(), true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v1.Int() == v2.Int(), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v1.Uint() == v2.Uint(), true
	case reflect.Float32, reflect.Float64:
		return v1.Float() == v2.Float(), true
	case reflect.Complex64, reflect.Complex128:
		return v1.Complex() == v2.Complex(), true
	case reflect.String:
		return v1.String() == v2.String(), true
	case reflect.Chan, reflect.UnsafePointer:
		return v1.Pointer() == v2.Pointer(), true
	}
	return false, false
}

// deepEqual is reflect.DeepEqual of x and y, with the interfaces they
// hold compared by their dynamic types and values as heldIface returns
// them.
func deepEqual(x, y any) bool {
	return deepValues(reflect.ValueOf(x), reflect.ValueOf(y), map[deepVisit]bool{})
}

// deepVisit is a comparison under way, as reflect.DeepEqual keeps them,
// for values that may hold themselves.
type deepVisit struct {
	a, b unsafe.Pointer
	typ  reflect.Type
}

func deepValues(v1, v2 reflect.Value, visited map[deepVisit]bool) bool {
	n1, x1, iface1 := heldIface(v1)
	n2, x2, iface2 := heldIface(v2)
	if iface1 || iface2 {
		if !sameDynamic(n1, n2, x1, x2) {
			return false
		}
		v1, v2 = x1, x2
	}
	if !v1.IsValid() || !v2.IsValid() {
		return v1.IsValid() == v2.IsValid()
	}
	if v1.Type() != v2.Type() {
		return false
	}
	switch v1.Kind() {
	case reflect.Map, reflect.Slice, reflect.Pointer:
		if v1.Kind() == reflect.Slice && (v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len()) {
			return false
		}
		p1, p2 := v1.UnsafePointer(), v2.UnsafePointer()
		if p1 == p2 {
			return v1.Kind() != reflect.Map || v1.Len() == v2.Len()
		}
		if p1 == nil || p2 == nil {
			return false
		}
		if uintptr(p1) > uintptr(p2) {
			p1, p2 = p2, p1
		}
		k := deepVisit{p1, p2, v1.Type()}
		if visited[k] {
			return true
		}
		visited[k] = true
	}
	switch v1.Kind() {
	case reflect.Array, reflect.Slice:
		for i := range v1.Len() {
			if !deepValues(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case reflect.Pointer:
		return deepValues(v1.Elem(), v2.Elem(), visited)
	case reflect.Struct:
		for i := range v1.NumField() {
			if !deepValues(v1.Field(i), v2.Field(i), visited) {
				return false
			}
		}
		return true
	case reflect.Map:
		if v1.Len() != v2.Len() {
			return false
		}
		for it := v1.MapRange(); it.Next(); {
			e2 := v2.MapIndex(it.Key())
			if !e2.IsValid() || !deepValues(it.Value(), e2, visited) {
				return false
			}
		}
		return true
	case reflect.Func:
		return v1.IsNil() && v2.IsNil()
	}
	eq, _ := equalScalars(v1, v2)
	return eq
}
