package hostrt

import (
	"fmt"
	"go/types"
	"reflect"
	"runtime"
	"strings"
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

// The size, alignment and offsets of a type that has a type parameter,
// which are no constants: the front end passes new(T) for the type, and
// these give the numbers of Go's layout of T's instantiation, which the
// interpreter's own type of it does not always have (its interfaces are
// its own box of a node and a reflect.Value).

// unsafeSizeof is unsafe.Sizeof of a value of the type p points to.
func unsafeSizeof(p any) uintptr {
	return uintptr(goSizes.Sizeof(goLayout(reflect.TypeOf(p).Elem())))
}

// unsafeAlignof is unsafe.Alignof of a value of the type p points to.
func unsafeAlignof(p any) uintptr {
	return uintptr(goSizes.Alignof(goLayout(reflect.TypeOf(p).Elem())))
}

// unsafeOffsetof is unsafe.Offsetof of the field of the struct p points
// to at path, the indices of the embedded fields it is reached through and
// then its own.
func unsafeOffsetof(p any, path ...int) uintptr {
	t := reflect.TypeOf(p).Elem()
	var off int64
	for _, i := range path {
		st := goLayout(t).(*types.Struct)
		var fields []*types.Var
		for f := range st.Fields() {
			fields = append(fields, f)
		}
		off += goSizes.Offsetsof(fields)[i]
		t = t.Field(i).Type
	}
	return uintptr(off)
}

// goSizes are the compiler's sizes for this platform.
var goSizes = types.SizesFor("gc", runtime.GOARCH)

// goLayout returns a go/types type with the layout a compiled program
// gives t, a type of the interpreter's: the same, but for its interfaces.
// Only structs and arrays keep their parts; the rest are a type of the
// same size and alignment.
func goLayout(t reflect.Type) types.Type {
	switch t.Kind() {
	case reflect.Bool:
		return types.Typ[types.Bool]
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return basicOfKind[t.Kind()]
	case reflect.String:
		return types.Typ[types.String]
	case reflect.Slice:
		return types.NewSlice(types.Typ[types.Byte])
	case reflect.Interface:
		return types.NewInterfaceType(nil, nil)
	case reflect.Array:
		return types.NewArray(goLayout(t.Elem()), int64(t.Len()))
	case reflect.Struct:
		if t.Name() == "valueInterface" && strings.HasSuffix(t.PkgPath(), "yaegi/interp") {
			return types.NewInterfaceType(nil, nil)
		}
		fields := make([]*types.Var, t.NumField())
		for i := range fields {
			fields[i] = types.NewField(0, nil, fmt.Sprint("F", i), goLayout(t.Field(i).Type), false)
		}
		return types.NewStruct(fields, nil)
	}
	return types.Typ[types.UnsafePointer] // a pointer, map, chan or func: a word
}

var basicOfKind = map[reflect.Kind]types.Type{
	reflect.Int: types.Typ[types.Int], reflect.Int8: types.Typ[types.Int8], reflect.Int16: types.Typ[types.Int16],
	reflect.Int32: types.Typ[types.Int32], reflect.Int64: types.Typ[types.Int64],
	reflect.Uint: types.Typ[types.Uint], reflect.Uint8: types.Typ[types.Uint8], reflect.Uint16: types.Typ[types.Uint16],
	reflect.Uint32: types.Typ[types.Uint32], reflect.Uint64: types.Typ[types.Uint64], reflect.Uintptr: types.Typ[types.Uintptr],
	reflect.Float32: types.Typ[types.Float32], reflect.Float64: types.Typ[types.Float64],
	reflect.Complex64: types.Typ[types.Complex64], reflect.Complex128: types.Typ[types.Complex128],
}

// minLegalPointer is the Go runtime's: an address below it in a pointer
// is no pointer, and the runtime dies of one it finds on a goroutine's
// stack ("invalid pointer found on stack").
const minLegalPointer = 4096

// unsafeAddr is the uintptr converted to an unsafe.Pointer: an address
// below 4 KiB but 0 panics. Go's compiled code holds such a pointer, in
// the rare code that makes one, where its runtime seldom looks; the
// interpreter passes every value through its own frames and reflection's,
// whose stacks the runtime checks as they grow, and the process would die
// of it.
func unsafeAddr(u uintptr) uintptr {
	if u != 0 && u < minLegalPointer {
		panic(fmt.Errorf("repl: unsafe.Pointer(%#x): an address below 4 KiB is no pointer, and the interpreter's process would die of it (invalid pointer found on stack) where a compiled program might not", u))
	}
	return u
}

// unsafeAdd is unsafe.Add, but for a result below 4 KiB (see unsafeAddr).
func unsafeAdd(p unsafe.Pointer, n int) unsafe.Pointer {
	unsafeAddr(uintptr(p) + uintptr(n))
	return unsafe.Add(p, n)
}
