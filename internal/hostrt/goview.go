package hostrt

import (
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// Values of unnamed struct types with unexported fields, as Go has them.
//
// yaegi v0.16.1 builds an unnamed struct type's fields with reflection,
// which cannot build an unexported field of a package it has no types
// of: it names the field with an X before it (Xname for name), exported.
// Where such a value reaches compiled code in an interface (a table
// test's case handed to a func show(v any), a []struct{ name string }
// in an any), fmt printed {Xname:a} for %+v where Go prints {name:a},
// and json encoded the field Go leaves out ({"Name":"x","Xage":3}).
// The struct types the program declares carry a tag that says which
// fields are unexported (structtag.go); an unnamed one has none, and its
// renamed fields are told by their names: an X before a name that is
// not exported.
//
// goView gives such a value as a value of the type Go would have built:
// the same fields, of the same types, in the same places, the renamed
// ones unexported again (reflect.StructOf builds them), over the same
// memory. It is the value fmt and json see, read only.

// exportedXFields is set where the program declares an unnamed struct
// type with an exported field whose name looks renamed (Xname): the
// names cannot then be told apart, and no view is made.
var exportedXFields atomic.Bool

// ExportedXFields says the program has such a field (see the front end's
// lower_goview.go); it returns true, to be a declaration's value.
func ExportedXFields() bool {
	exportedXFields.Store(true)
	return true
}

// goTypes caches, by the interpreter's type, the type goType builds (a
// nil one where there is none to build).
var goTypes sync.Map

// goView returns v as a value of goType(v.Type()), ok false where there
// is no such type.
func goView(v reflect.Value) (reflect.Value, bool) {
	if !v.IsValid() || exportedXFields.Load() {
		return reflect.Value{}, false
	}
	g := goType(v.Type())
	if g == nil {
		return reflect.Value{}, false
	}
	cp := reflect.New(v.Type())
	cp.Elem().Set(readable(v))
	return reflect.NewAt(g, cp.UnsafePointer()).Elem(), true
}

// goType returns t as Go builds it where t holds, in its fields, elements
// or what it points to, an unnamed struct type with renamed fields; nil
// where it holds none, or holds a type the view does not rebuild (a map's
// key of renamed fields, the interpreter's interface values). A struct
// type the program declares stays as it is (its tag says what is
// unexported).
func goType(t reflect.Type) reflect.Type {
	if g, ok := goTypes.Load(t); ok {
		return g.(*goTypeOf).t
	}
	g, changed, ok := buildGoType(t, 0)
	if !ok || !changed {
		g = nil
	}
	goTypes.Store(t, &goTypeOf{g})
	return g
}

type goTypeOf struct{ t reflect.Type }

// renamedField returns the name Go gives the field the interpreter named
// name, and whether it renamed it.
func renamedField(name string) (string, bool) {
	rest, ok := strings.CutPrefix(name, "X")
	if !ok || rest == "" {
		return name, false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if unicode.IsUpper(r) {
		return name, false
	}
	return rest, true
}

func buildGoType(t reflect.Type, depth int) (g reflect.Type, changed, ok bool) {
	if depth > 16 || t.Name() != "" {
		return t, false, true
	}
	switch t.Kind() {
	case reflect.Struct:
		if isInterpIface(t) {
			return t, false, false
		}
		if _, _, _, tagged := readTag(t); tagged {
			return t, false, true // a struct type the program declares, as it is
		}
		fields := make([]reflect.StructField, t.NumField())
		for i := range fields {
			f := t.Field(i)
			ft, ch, ok := buildGoType(f.Type, depth+1)
			if !ok {
				return t, false, false
			}
			fields[i] = reflect.StructField{Name: f.Name, Type: ft, Tag: f.Tag, Anonymous: f.Anonymous}
			changed = changed || ch
			if name, renamed := renamedField(f.Name); renamed && f.PkgPath == "" {
				if f.Anonymous {
					return t, false, false
				}
				fields[i].Name, fields[i].PkgPath = name, "main"
				changed = true
			}
		}
		if !changed {
			return t, false, true
		}
		defer func() {
			if recover() != nil {
				g, changed, ok = t, false, false
			}
		}()
		s := reflect.StructOf(fields)
		if s.Size() != t.Size() {
			return t, false, false
		}
		return s, true, true
	case reflect.Slice, reflect.Array, reflect.Pointer:
		e, ch, ok := buildGoType(t.Elem(), depth+1)
		if !ok || !ch {
			return t, false, ok
		}
		switch t.Kind() {
		case reflect.Slice:
			return reflect.SliceOf(e), true, true
		case reflect.Array:
			return reflect.ArrayOf(t.Len(), e), true, true
		}
		return reflect.PointerTo(e), true, true
	case reflect.Map:
		_, kch, kok := buildGoType(t.Key(), depth+1)
		e, ech, eok := buildGoType(t.Elem(), depth+1)
		switch {
		case !kok || !eok || kch:
			return t, false, false // keys of another type hash otherwise
		case ech:
			// Of the same layout: a map of the view's elements reads
			// the same memory.
			return reflect.MapOf(t.Key(), e), true, true
		}
		return t, false, true
	}
	return t, false, true
}

// goTypeName is %T of v where goType rebuilds its type: Go's name for it
// (struct { name string }), "" otherwise.
func goTypeName(v any) string {
	t := reflect.TypeOf(v)
	if t == nil || exportedXFields.Load() {
		return ""
	}
	if g := goType(t); g != nil {
		return g.String()
	}
	return ""
}
