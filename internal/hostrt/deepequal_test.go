package hostrt

import (
	"errors"
	"math"
	"reflect"
	"testing"
)

// TestDeepEqualAsReflect checks that, on values holding no value of the
// interpreter's, deepEqual answers as reflect.DeepEqual does, and
// sameFields as ==.
func TestDeepEqualAsReflect(t *testing.T) {
	type inner struct {
		N   int
		Any any
	}
	type outer struct {
		Name string
		In   inner
		Arr  [2]any
	}
	type node struct {
		V    int
		Next *node
	}
	cyc1, cyc2 := &node{V: 1}, &node{V: 1}
	cyc1.Next, cyc2.Next = cyc1, cyc2
	nan := math.NaN()
	errA := errors.New("a")
	f := func() {}
	tests := []struct {
		name string
		a, b any
	}{
		{"ints", 1, 1},
		{"different types", 1, int64(1)},
		{"nil and nil", nil, nil},
		{"nil and value", nil, 0},
		{"NaN", nan, nan},
		{"slices", []int{1, 2}, []int{1, 2}},
		{"nil and empty slice", []int(nil), []int{}},
		{"maps", map[string]any{"a": 1, "b": []int{2}}, map[string]any{"b": []int{2}, "a": 1}},
		{"maps differ", map[string]int{"a": 1}, map[string]int{"a": 2}},
		{"structs", outer{"x", inner{1, "s"}, [2]any{1, nil}}, outer{"x", inner{1, "s"}, [2]any{1, nil}}},
		{"structs differ in an any", outer{"x", inner{1, "s"}, [2]any{1, nil}}, outer{"x", inner{1, 2}, [2]any{1, nil}}},
		{"cycles", cyc1, cyc2},
		{"errors", errA, errA},
		{"equal errors apart", errors.New("a"), errors.New("a")},
		{"funcs", f, f},
		{"nil funcs", (func())(nil), (func())(nil)},
		{"pointers to equal", &inner{1, nil}, &inner{1, nil}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := deepEqual(tt.a, tt.b), reflect.DeepEqual(tt.a, tt.b); got != want {
				t.Errorf("deepEqual(%#v, %#v) = %v, reflect.DeepEqual says %v", tt.a, tt.b, got, want)
			}
			ta, tb := reflect.TypeOf(tt.a), reflect.TypeOf(tt.b)
			if ta == nil || ta != tb || !ta.Comparable() || ta.Kind() == reflect.Func {
				return
			}
			func() {
				defer func() { recover() }() // a dynamic type that cannot be compared
				if got, want := sameFields(tt.a, tt.b, nil), tt.a == tt.b; got != want {
					t.Errorf("sameFields(%#v, %#v) = %v, == says %v", tt.a, tt.b, got, want)
				}
			}()
		})
	}
}

// TestSameFieldsPanics checks Go's run-time error for a dynamic type that
// cannot be compared, and that values of different dynamic types compare
// unequal without it.
func TestSameFieldsPanics(t *testing.T) {
	type box struct{ V any }
	if sameFields(box{[]int{1}}, box{1}, nil) {
		t.Error("box{[]int{1}} == box{1}: true")
	}
	defer func() {
		r := recover()
		re, ok := r.(*RuntimeError)
		if !ok || re.Error() != "runtime error: comparing uncomparable type []int" {
			t.Errorf("recovered %v, want comparing uncomparable type []int", r)
		}
	}()
	sameFields(box{[]int{1}}, box{[]int{1}}, nil)
	t.Error("no panic")
}

// TestGoView checks the view of an unnamed struct type whose unexported
// fields the interpreter renames (built here as it builds them), and that
// types without such fields get none.
func TestGoView(t *testing.T) {
	renamed := reflect.StructOf([]reflect.StructField{
		{Name: "Xname", Type: reflect.TypeFor[string]()},
		{Name: "Age", Type: reflect.TypeFor[int]()},
	})
	v := reflect.New(renamed).Elem()
	v.Field(0).SetString("ann")
	v.Field(1).SetInt(3)
	g, ok := goView(v)
	if !ok {
		t.Fatal("no view of a struct with a renamed field")
	}
	if got, want := g.Type().String(), "struct { name string; Age int }"; got != want {
		t.Errorf("view's type %s, want %s", got, want)
	}
	if g.Field(1).Int() != 3 || g.Field(0).String() != "ann" {
		t.Errorf("view's fields %v, want ann and 3", g)
	}
	list := reflect.MakeSlice(reflect.SliceOf(renamed), 1, 1)
	list.Index(0).Set(v)
	if g, ok := goView(list); !ok || g.Type().String() != "[]struct { name string; Age int }" {
		t.Errorf("view of a slice: %v, %v", g, ok)
	}
	m := reflect.MakeMap(reflect.MapOf(reflect.TypeFor[string](), renamed))
	m.SetMapIndex(reflect.ValueOf("k"), v)
	if g, ok := goView(m); !ok || g.Type().String() != "map[string]struct { name string; Age int }" || g.MapIndex(reflect.ValueOf("k")).Field(0).String() != "ann" {
		t.Errorf("view of a map: %v, %v", g, ok)
	}
	byKey := reflect.MakeMap(reflect.MapOf(renamed, reflect.TypeFor[int]()))
	if _, ok := goView(byKey); ok {
		t.Error("a view of a map keyed by a struct with renamed fields")
	}
	for _, x := range []any{1, struct{ X, XMin int }{}, []int{1}, map[string]int{}} {
		if _, ok := goView(reflect.ValueOf(x)); ok {
			t.Errorf("a view of %T", x)
		}
	}
}
