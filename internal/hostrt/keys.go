package hostrt

import (
	"reflect"
	"strings"
	"sync"
)

// typedKey is a value of a type of the program's given to compiled code
// that compares it (a context key, a sync.Map key), with the name of its
// type (see lower_keys.go): the interpreter holds a value of `type ctxKey
// string` as a string, and two struct types of the same fields as one
// type, so compiled code would take ctxKey("user") for "user", and
// aKey{} for bKey{}. Two keys are equal when their types' names and their
// values are.
type typedKey struct {
	typ string // the type as reflect names it, then, for a type declared in a function, \x00 and where
	v   any
}

// String names the key's type, as context's String of a key of a type
// without a String method does.
func (k typedKey) String() string {
	name, _, _ := strings.Cut(k.typ, "\x00")
	return name
}

// typedKeyOf is the key for v, a value of the type typ; v itself when its
// type cannot be compared, so that the compiled code panics on it as Go
// does.
func typedKeyOf(typ string, v any) any {
	if t := reflect.TypeOf(v); t != nil && !t.Comparable() {
		return v
	}
	return typedKey{typ, v}
}

// stringerKeys holds the typ of the typedKeys whose type has a String
// method and is no struct (held as its representation, without the
// method): a context's String would call the method (see
// contextValueText).
var stringerKeys sync.Map

// stringerKeyOf is typedKeyOf for a type with a String method that is no
// struct. (A key is made at each ctx.Value: the mark is written once, its
// later reads take no lock.)
func stringerKeyOf(typ string, v any) any {
	stringerKeys.LoadOrStore(typ, true)
	return typedKeyOf(typ, v)
}

// untypedKey is the value a key stands for.
func untypedKey(k any) any {
	if tk, ok := k.(typedKey); ok {
		return tk.v
	}
	return k
}

// keyExports are the helpers of lower_keys.go.
func keyExports() map[string]reflect.Value {
	return map[string]reflect.Value{
		"Key":         reflect.ValueOf(typedKeyOf),
		"KeyStringer": reflect.ValueOf(stringerKeyOf),
		// The function given to (*sync.Map).Range, called with the keys
		// the program put in.
		"RangeKeys": reflect.ValueOf(func(f func(k, v any) bool) func(k, v any) bool {
			return func(k, v any) bool { return f(untypedKey(k), v) }
		}),
	}
}
