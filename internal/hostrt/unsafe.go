package hostrt

import (
	"reflect"
	"unsafe"
)

// unsafe's functions that the interpreter lacks (see the front end's
// lower_unsafe.go). The front end passes the length as an int: a length of
// another integer type converts to the same int Go's conversion would
// give, so that a negative or too large one panics as Go's does
// ("unsafe.String: len out of range").

// unsafeString is unsafe.String.
func unsafeString(p *byte, n int) string { return unsafe.String(p, n) }

// unsafeStringData is unsafe.StringData.
func unsafeStringData(s string) *byte { return unsafe.StringData(s) }

// unsafeSlice is unsafe.Slice for p, a pointer of any type: the slice, of
// p's element type, that the front end asserts back to that type.
func unsafeSlice(p any, n int) any {
	v := reflect.ValueOf(p)
	return reflect.SliceAt(v.Type().Elem(), v.UnsafePointer(), n).Interface()
}

// unsafeSliceData is unsafe.SliceData for s, a slice of any type: the
// pointer to its first element, of its element type, that the front end
// asserts back to that type.
func unsafeSliceData(s any) any {
	v := reflect.ValueOf(s)
	return reflect.NewAt(v.Type().Elem(), v.UnsafePointer()).Interface()
}
