package hostrt

import (
	"fmt"
	"reflect"
	"strings"
	"unsafe"
)

// The interpreter builds an unexported field of the program's struct
// types as an exported one (Xname for name, see structtag.go), so
// reflection read it as exported: Field(i) gave a value whose
// CanInterface and CanSet said true, and fmt, handed it, called its
// methods, where Go's reflection gives a read-only value (fmt prints it
// as it is, Interface and Set panic). ValueField marks the field's value
// read-only as Go's Field does (the front end's lower_reflectfield.go).

// roFlag is the bit of a reflect.Value's flag saying it was obtained
// through an unexported field (reflect's sticky read-only flag), found by
// comparing a value read through an unexported field with one read
// through an exported one; 0 where they differ by other than one bit.
var roFlag = func() uintptr {
	type probe struct {
		X int
		x int
	}
	v := reflect.ValueOf(probe{X: 1, x: 2})
	bit := valueFlag(v.Field(1)) &^ valueFlag(v.Field(0))
	if bit == 0 || bit&(bit-1) != 0 || !v.Field(0).CanInterface() || v.Field(1).CanInterface() {
		return 0
	}
	return bit
}()

// valueHeader is a reflect.Value's layout: its type, its pointer and its
// flag.
type valueHeader struct {
	typ, ptr unsafe.Pointer
	flag     uintptr
}

// valueFlag returns v's flag.
func valueFlag(v reflect.Value) uintptr { return (*valueHeader)(unsafe.Pointer(&v)).flag }

// hiddenField reports whether f, a field of a struct type of the
// program's, is one the front end marked unexported.
func hiddenField(f reflect.StructField) bool {
	return f.PkgPath == "" && strings.Contains(string(f.Tag), StructTagKey+`:"-`)
}

// ValueField is v.Field(i), read-only where the field is an unexported
// one of the program's (see above).
func ValueField(v reflect.Value, i int) reflect.Value {
	f := v.Field(i)
	if roFlag != 0 && hiddenField(v.Type().Field(i)) {
		(*valueHeader)(unsafe.Pointer(&f)).flag |= roFlag
	}
	return f
}

// reflectShown is v as fmt prints a reflect.Value at the top: the value
// it holds, as an argument of its own, where it may be had (fmt calls its
// methods then); else the reflect.Value (invalid, or read through an
// unexported field), printed calling none. An unexported field of an
// interface type holding the interpreter's wrapper of a compiled
// interface (a fmt.Stringer's) panics, saying so: fmt would print the
// wrapper's own fields, and the wrapper of a struct holds its last field
// only.
func reflectShown(pos string, v reflect.Value) any {
	if !v.IsValid() {
		return v
	}
	if v.CanInterface() {
		return v.Interface()
	}
	if roFlag == 0 || v.Kind() != reflect.Interface || v.IsNil() {
		return v
	}
	e := v.Elem()
	(*valueHeader)(unsafe.Pointer(&e)).flag &^= roFlag
	if IsIfaceWrapper(e.Interface()) {
		panic(refused(&RuntimeError{Pos: pos, msg: "repl: fmt of a reflect.Value of an unexported field of an interface type holding a value of the program's: the interpreter holds it in a wrapper of its own, which fmt would print; print the field's value where its type is known"}))
	}
	return v
}

// reflectHeld is reflectShown for a value v held in an interface: it
// reports whether v is a reflect.Value.
func reflectHeld(pos string, v any) (any, bool) {
	r, ok := v.(reflect.Value)
	if !ok {
		return nil, false
	}
	return reflectShown(pos, r), true
}

// reflectArg is the converted value of a reflect.Value handed to fmt's
// Print (or Sprint, Fprint, log's Print): Print puts a space beside a
// reflect.Value holding a string, which is no string to it, and would put
// none beside the string itself. It prints what it holds with the verb.
type reflectArg struct{ v any }

// Format prints the value a reflectArg holds as fmt would.
func (a reflectArg) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, fmt.FormatString(f, verb), a.v)
}
