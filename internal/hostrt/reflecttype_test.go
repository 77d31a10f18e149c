package hostrt

import (
	"reflect"
	"strings"
	"testing"
)

// TestReflectNames checks the names reflection gives the reflect types
// the interpreter builds for the program's types: struct types by their
// tags, and a panic where a type may be one the interpreter builds as
// its representation, or is an instance of a generic struct type.
func TestReflectNames(t *testing.T) {
	tagged := func(tag string, fields ...reflect.StructField) reflect.Type {
		fields[0].Tag = reflect.StructTag(StructTagKey + `:"` + tag + `"`)
		return reflect.StructOf(fields)
	}
	intField := reflect.StructField{Name: "X", Type: reflect.TypeFor[int]()}
	point := tagged("Point", intField)
	local := tagged("L@1a2b3c4d", intField)
	hidden := tagged("-row 0", reflect.StructField{Name: "Xid", Type: reflect.TypeFor[int]()})
	pair := tagged("Pair[]", intField)
	var r reflectNames
	r.register(float64(0), "main.Celsius")
	for _, tt := range []struct {
		t              reflect.Type
		str, name, pkg string
		panics         string
	}{
		{t: point, str: "main.Point", name: "Point", pkg: "main"},
		{t: local, str: "main.L", name: "L", pkg: "main"},
		{t: hidden, str: "main.row", name: "row", pkg: "main"},
		{t: reflect.PointerTo(point), str: "*main.Point"},
		{t: reflect.SliceOf(reflect.PointerTo(point)), str: "[]*main.Point"},
		{t: reflect.MapOf(reflect.TypeFor[string](), reflect.ArrayOf(2, point)), str: "map[string][2]main.Point"},
		{t: reflect.ChanOf(reflect.RecvDir, point), str: "<-chan main.Point"},
		{t: reflect.FuncOf([]reflect.Type{point, reflect.TypeFor[[]int]()}, []reflect.Type{reflect.TypeFor[error]()}, true), str: "func(main.Point, ...int) error"},
		{t: reflect.FuncOf(nil, []reflect.Type{point, reflect.TypeFor[bool]()}, false), str: "func() (main.Point, bool)"},
		{t: reflect.StructOf([]reflect.StructField{{Name: "P", Type: point, Tag: `json:"p"`}, {Name: "Point", Type: point, Anonymous: true}}), str: "struct { P main.Point \"json:\\\"p\\\"\"; main.Point }"},
		{t: reflect.TypeFor[struct{}](), str: "struct {}"},
		{t: reflect.TypeFor[int](), str: "int", name: "int"},
		{t: reflect.TypeFor[strings.Builder](), str: "strings.Builder", name: "Builder", pkg: "strings"},
		{t: reflect.TypeFor[float64](), panics: "alike for float64 and main.Celsius"},
		{t: reflect.SliceOf(reflect.TypeFor[float64]()), panics: "alike for float64 and main.Celsius"},
		{t: pair, panics: "an instance of the generic type main.Pair"},
		{t: reflect.StructOf([]reflect.StructField{{Name: "Xname", Type: reflect.TypeFor[int]()}}), panics: "a field Xname"},
	} {
		got := func(f func(reflect.Type) string) (s string, msg string) {
			defer func() {
				if e := recover(); e != nil {
					msg = e.(*RuntimeError).Error()
				}
			}()
			return f(tt.t), ""
		}
		s, msg := got(r.str)
		if tt.panics != "" {
			if !strings.Contains(msg, tt.panics) {
				t.Errorf("str(%v) panics %q, want one with %q", tt.t, msg, tt.panics)
			}
			continue
		}
		if msg != "" || s != tt.str {
			t.Errorf("str(%v) = %q (panic %q), want %q", tt.t, s, msg, tt.str)
		}
		if n, _ := got(r.name); n != tt.name {
			t.Errorf("name(%v) = %q, want %q", tt.t, n, tt.name)
		}
		if p, _ := got(r.pkgPath); p != tt.pkg {
			t.Errorf("pkgPath(%v) = %q, want %q", tt.t, p, tt.pkg)
		}
	}
}
