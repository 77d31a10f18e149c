package hostrt

import (
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// The tag the front end gives each struct type the program declares (see
// its lower_structtag.go): on the first field, the key StructTagKey with
// the type's name, so that the interpreter builds a reflect type of its
// own for it. The value is the name ("Point"; "node@6f3a29c1" for a type
// declared in a function, with a hash of where it is declared; a
// generic type's ends in "[]", as its instances share it), then, after a
// space, the indexes of the unexported fields ("Point 1,2"), which the
// interpreter names with an X before them (Xname for name). The tag of a
// field the front end hid from encoding/json and encoding/xml (an
// unexported one) starts with HiddenFieldTag, and its key's value with
// "-" ("-" alone but on the first field). An embedded field's value starts with "^" ("^" alone but on the
// first field): the interpreter builds it as a field of its own.

// StructTagKey is the key of the tag.
const StructTagKey = "asyncrepl"

// HiddenFieldTag starts the tag of an unexported field of a struct type
// the program declares: encoding/json and encoding/xml skip unexported
// fields, which the interpreter names as exported ones (Xname for name).
const HiddenFieldTag = `json:"-" xml:"-"`

// structTagKey matches the key with its value, as a tag holds it.
var structTagKey = regexp.MustCompile(` ?` + StructTagKey + `:"[^"]*"`)

// StructTag returns tag without the key the front end added: the tag the
// program wrote. It is what the lowered code reads for a
// reflect.StructField's Tag.
func StructTag(tag reflect.StructTag) reflect.StructTag {
	s := string(tag)
	if strings.Contains(s, StructTagKey+`:"-`) {
		s = strings.TrimPrefix(strings.TrimPrefix(s, HiddenFieldTag), " ")
	}
	return reflect.StructTag(structTagKey.ReplaceAllString(s, ""))
}

// UserStructField returns f as Go describes the field: with the tag the
// program wrote, and, for an unexported field the front end marked (see
// above), its own name and package rather than the interpreter's (Xname).
func UserStructField(f reflect.StructField) reflect.StructField {
	if strings.Contains(string(f.Tag), StructTagKey+`:"-`) && f.PkgPath == "" {
		f.Name, f.PkgPath = strings.TrimPrefix(f.Name, "X"), "main"
	}
	f.Tag = StructTag(f.Tag)
	return f
}

// tagValue reads the value of the key in a tag: the type's name (without
// the hash of a type declared in a function), whether it is a generic
// type's, and the indexes of the unexported fields.
func tagValue(value string) (name string, generic bool, indexes string) {
	name, indexes, _ = strings.Cut(strings.TrimPrefix(strings.TrimPrefix(value, "-"), "^"), " ")
	name, generic = strings.CutSuffix(name, "[]")
	name, _, _ = strings.Cut(name, "@")
	return name, generic, indexes
}

// readTag reads the tag of t, a struct type the program declares: the
// type's name ("Point", "node", "Pair" for an instance of a generic
// type, without what tells them apart), whether t is a generic type's
// instance, and which fields are unexported. ok is false for any other
// type.
func readTag(t reflect.Type) (name string, generic bool, unexported []bool, ok bool) {
	if t == nil || t.Kind() != reflect.Struct || t.NumField() == 0 {
		return "", false, nil, false
	}
	value, found := t.Field(0).Tag.Lookup(StructTagKey)
	if !found {
		return "", false, nil, false
	}
	name, generic, indexes := tagValue(value)
	unexported = make([]bool, t.NumField())
	for s := range strings.SplitSeq(indexes, ",") {
		if i, err := strconv.Atoi(s); err == nil && i >= 0 && i < len(unexported) {
			unexported[i] = true
		}
	}
	return name, generic, unexported, true
}

// taggedAs reports whether v holds a value of the struct type whose tag
// names it tag (as the front end writes it: counting@268d2c63 for a type
// declared in a function), or a pointer to one where ptr.
func taggedAs(v any, tag string, ptr bool) bool {
	t := reflect.TypeOf(unwrapHeld(v))
	if ptr {
		if t == nil || t.Kind() != reflect.Pointer {
			return false
		}
		t = t.Elem()
	}
	if t == nil || t.Kind() != reflect.Struct || t.NumField() == 0 {
		return false
	}
	value, found := t.Field(0).Tag.Lookup(StructTagKey)
	name, _, _ := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(value, "-"), "^"), " ")
	return found && name == tag
}

// taggedStruct returns Go's name of t, a struct type the program declares
// (main.Point) and which of its fields are unexported, read from its tag;
// ok is false for any other type and for the instances of generic types.
func taggedStruct(t reflect.Type) (name string, unexported []bool, ok bool) {
	name, generic, unexported, ok := readTag(t)
	if !ok || generic {
		return "", nil, false
	}
	return "main." + name, unexported, true
}

// taggedGeneric returns the name of the generic type of which t, or the
// struct t points to, is an instance (main.Box), read from its tag; ""
// for any other type.
func taggedGeneric(t reflect.Type) string {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if name, generic, _, ok := readTag(t); ok && generic {
		return "main." + name
	}
	return ""
}

// TaggedName returns the name of t, a struct type the program declares
// (main.R), read from its tag; "" for any other type.
func TaggedName(t reflect.Type) string {
	if t.Kind() != reflect.Struct {
		return ""
	}
	name, _, ok := taggedStruct(t)
	if !ok {
		return ""
	}
	return name
}

// TaggedFieldNames returns the names Go gives the fields of t, a struct
// type the program declares (an instance of a generic one too), read
// from its tag: the unexported ones without the X the interpreter puts
// before them. It returns nil for any other type.
func TaggedFieldNames(t reflect.Type) []string {
	_, _, unexported, ok := readTag(t)
	if !ok {
		return nil
	}
	names := make([]string, t.NumField())
	for i := range names {
		names[i] = t.Field(i).Name
		if unexported[i] {
			names[i] = strings.TrimPrefix(names[i], "X")
		}
	}
	return names
}

// taggedName returns Go's name of t where t is a struct type the program
// declares or a pointer to one (main.Point, *main.node), else "".
func taggedName(t reflect.Type) string {
	stars := ""
	for t != nil && t.Kind() == reflect.Pointer {
		stars += "*"
		t = t.Elem()
	}
	name, _, ok := taggedStruct(t)
	if !ok {
		return ""
	}
	return stars + name
}

// taggedNode returns v, a value of a struct type the program declares or
// a pointer to one, as a fmt node with Go's names of its type and fields
// (fields of interface type are converted by dyn; top: v is the argument
// itself); nil for any other value.
func taggedNode(v reflect.Value, dyn func(any) any, path Visits, top bool) any {
	if !v.IsValid() || !v.CanInterface() {
		return nil
	}
	switch v.Kind() {
	case reflect.Pointer:
		name := taggedName(v.Type())
		if name == "" || strings.HasPrefix(name, "**") {
			return nil
		}
		n := &fmtNode{typ: name, kind: 'p', isNil: v.IsNil(), ptr: v.Interface()}
		if !v.IsNil() && top {
			// fmt shows the struct a pointer points to only for the
			// argument itself, an address below it.
			n.elem = taggedNode(v.Elem(), dyn, path, false)
		}
		return n
	case reflect.Struct:
		name, unexported, ok := taggedStruct(v.Type())
		if !ok {
			return nil
		}
		n := &fmtNode{typ: name, kind: 's', hidden: unexported}
		for i := range v.NumField() {
			f := v.Field(i)
			fname := v.Type().Field(i).Name
			if unexported[i] {
				fname = strings.TrimPrefix(fname, "X")
			}
			n.names = append(n.names, fname)
			var e any
			switch {
			case !f.CanInterface():
				e = nil
			case f.Kind() == reflect.Interface:
				e = fmtDynIn(f.Type().String(), f.Interface(), dyn, nil, false, path)
			default:
				if t := taggedNode(f, dyn, path, false); t != nil && f.Kind() == reflect.Struct {
					e = t
				} else {
					e = f.Interface()
				}
			}
			n.elems = append(n.elems, e)
		}
		return n
	}
	return nil
}

// composedTaggedName returns Go's name of t, a type made of struct types
// the program declares ([]main.Point, map[string]*main.Node), as %T
// writes it; "" where t holds none. It panics where t holds an instance
// of a generic type, whose type arguments the interpreter lost, or one
// of the program's struct types where the name could not be composed (a
// field of an unnamed struct, a function's parameter): %T would show the
// interpreter's struct, with its tag.
func composedTaggedName(t reflect.Type) string {
	var compose func(t reflect.Type, depth int) (string, bool)
	compose = func(t reflect.Type, depth int) (string, bool) {
		if depth > 32 {
			return t.String(), false
		}
		if name, generic, _, ok := readTag(t); ok {
			if generic {
				if n, _ := instanceNames.Load(t); n != nil && n.(string) != "" {
					return n.(string), true // (see instanceName)
				}
				panic(refused(&RuntimeError{msg: fmt.Sprintf("repl: the type of a value of an instance of main.%s held in an interface where the interpreter lost the instance's type arguments (for %%T, or the message of a failed type assertion); name the type where the value's static type is known", name)}))
			}
			return "main." + name, true
		}
		if t.Name() != "" {
			return t.String(), false
		}
		switch t.Kind() {
		case reflect.Pointer:
			s, found := compose(t.Elem(), depth+1)
			return "*" + s, found
		case reflect.Slice:
			s, found := compose(t.Elem(), depth+1)
			return "[]" + s, found
		case reflect.Array:
			s, found := compose(t.Elem(), depth+1)
			return fmt.Sprintf("[%d]%s", t.Len(), s), found
		case reflect.Map:
			k, fk := compose(t.Key(), depth+1)
			v, fv := compose(t.Elem(), depth+1)
			return "map[" + k + "]" + v, fk || fv
		case reflect.Chan:
			s, found := compose(t.Elem(), depth+1)
			switch t.ChanDir() {
			case reflect.RecvDir:
				return "<-chan " + s, found
			case reflect.SendDir:
				return "chan<- " + s, found
			}
			if t.Elem().Kind() == reflect.Chan && t.Elem().ChanDir() == reflect.RecvDir {
				return "chan (" + s + ")", found
			}
			return "chan " + s, found
		case reflect.Struct:
			// An unnamed struct type holding the program's (struct{
			// name string; t main.T }), as reflect writes one.
			if t.NumField() == 0 {
				return "struct {}", false
			}
			var b strings.Builder
			b.WriteString("struct { ")
			found := false
			for i := range t.NumField() {
				f := t.Field(i)
				if i > 0 {
					b.WriteString("; ")
				}
				s, fs := compose(f.Type, depth+1)
				found = found || fs
				name := f.Name
				if !exportedXFields.Load() {
					name, _ = renamedField(f.Name) // see goview.go
				}
				if !f.Anonymous {
					b.WriteString(name + " ")
				}
				b.WriteString(s)
				if tag := StructTag(f.Tag); tag != "" {
					b.WriteString(" " + strconv.Quote(string(tag)))
				}
			}
			b.WriteString(" }")
			if found {
				return b.String(), true
			}
			return t.String(), false
		}
		if strings.Contains(t.String(), StructTagKey+`:\"`) {
			panic(refused(&RuntimeError{msg: "repl: %T of a value of a type made of the program's struct types that the shell cannot name (a function type holding one); print %T where the value's static type is known"}))
		}
		return t.String(), false
	}
	if t == nil {
		return ""
	}
	if s, found := compose(t, 0); found {
		return s
	}
	return ""
}

// instanceNames holds Go's names of instances of the program's generic
// struct types, by the types the interpreter builds for them ("" for a
// type two instances share: Box[Celsius] and Box[float64]).
var instanceNames sync.Map

// instanceName records name, Go's name of the instance whose zero value
// is sample (see the front end's registerInstanceNames): its tag names
// the generic type alone, and %T of a value of it held in an interface
// is named by the record.
func instanceName(sample any, name string) bool {
	t := reflect.TypeOf(sample)
	if t == nil || t.Kind() != reflect.Struct {
		return true
	}
	if old, loaded := instanceNames.LoadOrStore(t, name); loaded && old.(string) != name {
		instanceNames.Store(t, "") // two instances alike: neither can be told
	}
	return true
}
