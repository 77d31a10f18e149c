package hostrt

import (
	"reflect"
	"strings"
)

// Embedded fields of the program's struct types, for reflection (see the
// front end's lower_reflectembed.go).
//
// yaegi v0.16.1 builds a struct type's embedded field as a field of its
// own (reflect.StructOf takes an embedded field with methods only where
// it is the sole one), so reflection said Anonymous false for Base in
// type User struct{ Base; Name string }, FieldByName("ID") found nothing
// of Base's, and reflect.VisibleFields left Base's fields out: code that
// walks a struct and its embedded ones (a validator, a config loader)
// took another path than Go's. The front end marks such a field in its
// tag (see structtag.go); these answer as reflection does for Go's type.

// userField returns f, the i-th field of t, as Go describes it: its name,
// package and tag the program's, and embedded where the tag says so.
func userField(t reflect.Type, i int) reflect.StructField {
	f := t.Field(i)
	embedded := f.Anonymous || fieldEmbedded(f)
	if names := TaggedFieldNames(t); names != nil && names[i] != f.Name {
		f.Name, f.PkgPath = names[i], "main"
	}
	f = UserStructField(f)
	f.Anonymous = embedded
	f.Index = []int{i}
	return f
}

// fieldEmbedded reports whether the front end marked f embedded.
func fieldEmbedded(f reflect.StructField) bool {
	v, ok := f.Tag.Lookup(StructTagKey)
	return ok && strings.HasPrefix(strings.TrimPrefix(v, "-"), "^")
}

// FieldAnonymous is f.Anonymous, as Go's type has it.
func FieldAnonymous(f reflect.StructField) bool { return f.Anonymous || fieldEmbedded(f) }

// embeddedStruct returns the struct type an embedded field of type t
// leads to (through a pointer), nil if none.
func embeddedStruct(t reflect.Type) reflect.Type {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	return t
}

// TypeFieldByName is t.FieldByName(name) as for Go's type: the field of
// that name at the shallowest depth, through embedded fields, if it is
// the only one at its depth.
func TypeFieldByName(t reflect.Type, name string) (reflect.StructField, bool) {
	if t.Kind() != reflect.Struct {
		return t.FieldByName(name) // panics as reflection does
	}
	type scan struct {
		t     reflect.Type
		index []int
	}
	level := []scan{{t: t}}
	seen := map[reflect.Type]bool{}
	for len(level) > 0 {
		var next []scan
		var found []reflect.StructField
		for _, sc := range level {
			if seen[sc.t] {
				continue
			}
			seen[sc.t] = true
			for i := range sc.t.NumField() {
				f := userField(sc.t, i)
				f.Index = append(append([]int(nil), sc.index...), i)
				if f.Name == name {
					found = append(found, f)
					continue
				}
				if inner := embeddedStruct(f.Type); f.Anonymous && inner != nil {
					next = append(next, scan{t: inner, index: f.Index})
				}
			}
		}
		switch len(found) {
		case 0:
			level = next
		case 1:
			return found[0], true
		default:
			return reflect.StructField{}, false // ambiguous at its depth
		}
	}
	return reflect.StructField{}, false
}

// ValueFieldByName is v.FieldByName(name) as for Go's type (the zero
// Value where there is no such field; a panic through a nil embedded
// pointer, as reflection's).
func ValueFieldByName(v reflect.Value, name string) reflect.Value {
	if v.Kind() != reflect.Struct {
		return v.FieldByName(name) // panics as reflection does
	}
	f, ok := TypeFieldByName(v.Type(), name)
	if !ok {
		return reflect.Value{}
	}
	return v.FieldByIndex(f.Index)
}

// VisibleFields is reflect.VisibleFields(t) as for Go's type: every field
// of t and of its embedded structs that a selector reaches, shallower
// ones hiding deeper ones of their name, two of one name at one depth
// hiding each other, in the order of a walk of the fields.
func VisibleFields(t reflect.Type) []reflect.StructField {
	if t == nil || t.Kind() != reflect.Struct {
		return reflect.VisibleFields(t) // panics as reflection does
	}
	var fields []reflect.StructField
	hidden := map[int]bool{}
	byName := map[string]int{}
	visiting := map[reflect.Type]bool{}
	var walk func(t reflect.Type, index []int)
	walk = func(t reflect.Type, index []int) {
		if visiting[t] {
			return
		}
		visiting[t] = true
		defer delete(visiting, t)
		for i := range t.NumField() {
			f := userField(t, i)
			f.Index = append(append([]int(nil), index...), i)
			add := true
			if old, ok := byName[f.Name]; ok {
				switch o := len(fields[old].Index); {
				case len(f.Index) == o:
					hidden[old] = true // same depth: neither is reached
					add = false
				case len(f.Index) < o:
					hidden[old] = true
				default:
					add = false
				}
			}
			if add {
				byName[f.Name] = len(fields)
				fields = append(fields, f)
			}
			if inner := embeddedStruct(f.Type); f.Anonymous && inner != nil {
				walk(inner, f.Index)
			}
		}
	}
	walk(t, nil)
	out := fields[:0]
	for i, f := range fields {
		if !hidden[i] {
			out = append(out, f)
		}
	}
	return out
}
