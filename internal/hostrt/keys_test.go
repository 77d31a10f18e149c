package hostrt

import "testing"

// TestTypedKeys checks that keys of the program's types are equal when
// their types' names and values are, and that RangeKeys hands back the
// values put in.
func TestTypedKeys(t *testing.T) {
	tests := []struct {
		name string
		a, b any
		want bool
	}{
		{"same type and value", typedKeyOf("main.ctxKey", "user"), typedKeyOf("main.ctxKey", "user"), true},
		{"another value", typedKeyOf("main.ctxKey", "user"), typedKeyOf("main.ctxKey", "id"), false},
		{"another type of one shape", typedKeyOf("main.aKey", struct{}{}), typedKeyOf("main.bKey", struct{}{}), false},
		{"the underlying type", typedKeyOf("main.ctxKey", "user"), "user", false},
		{"a local type of the same name", typedKeyOf("main.k\x00100", 1), typedKeyOf("main.k\x00200", 1), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a == tt.b; got != tt.want {
				t.Errorf("%#v == %#v: %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
	if k := typedKeyOf("main.L", []int{1}); k == nil {
		t.Error("an uncomparable value: nil")
	} else if _, boxed := k.(typedKey); boxed {
		t.Error("an uncomparable value was boxed: compiled code would not panic on it as Go does")
	}
	if s := typedKeyOf("main.k\x00100", 1).(typedKey).String(); s != "main.k" {
		t.Errorf("String: %q, want main.k", s)
	}
	var got []any
	f := keyExports()["RangeKeys"].Interface().(func(func(k, v any) bool) func(k, v any) bool)(func(k, v any) bool {
		got = append(got, k)
		return true
	})
	f(typedKeyOf("main.UserID", 1), "v")
	f("plain", "v")
	if len(got) != 2 || got[0] != 1 || got[1] != "plain" {
		t.Errorf("RangeKeys handed %v, want [1 plain]", got)
	}
}
