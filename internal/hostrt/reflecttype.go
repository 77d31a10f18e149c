package hostrt

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// reflectNames tells Go's names of the reflect types the interpreter
// builds for the program's types (see the front end's
// lower_reflectnames.go). The interpreter builds a struct type of the
// program's with reflect.StructOf, without a name or package, but with
// the tag the front end gives its first field (structtag.go), which
// names it. A type of another kind (type W int) it builds as its
// representation (int): inputs register those representations, and
// where a type reflection describes may be one, the helpers panic,
// saying so, rather than name it wrongly.
type reflectNames struct {
	mu sync.Mutex
	// named are the names of the program's types of each
	// representation that is not a struct (int: main.W).
	named map[reflect.Type][]string
	// used are the names of those whose values an input put in
	// interfaces (at the prompt).
	used map[string]bool
}

// register records that the interpreter builds the type named name as
// the type of sample's value.
func (r *reflectNames) register(sample any, name string) {
	t := reflect.TypeOf(unwrapHeld(sample))
	if t == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.named == nil {
		r.named = map[reflect.Type][]string{}
	}
	if !slices.Contains(r.named[t], name) {
		r.named[t] = append(r.named[t], name)
		slices.Sort(r.named[t])
	}
}

// alike panics where t may be one of the program's types registered.
func (r *reflectNames) alike(t reflect.Type) {
	r.mu.Lock()
	names := r.named[t]
	r.mu.Unlock()
	if len(names) > 0 {
		panic(refused(&RuntimeError{msg: fmt.Sprintf("repl: reflection's name of a type the interpreter builds alike for %s and %s: the shell cannot tell which it is and would name it wrongly; name the type in the program's own code (%%T of a value names it)", t, strings.Join(names, " and "))}))
	}
}

// programStruct returns Go's name of t where the tag of its first field names
// a struct type of the program's (main.Point; Point in a function too);
// it panics for an instance of a generic one, whose type arguments the
// tag does not say.
func programStruct(t reflect.Type) (name string, ok bool) {
	name, generic, _, ok := readTag(t)
	if ok && generic {
		panic(refused(&RuntimeError{msg: fmt.Sprintf("repl: reflection's name of an instance of the generic type main.%s: the interpreter builds it without its type arguments, so the shell cannot name it; name the type in the program's own code (%%T of a value names it)", name)}))
	}
	return name, ok
}

// str is t's String as Go's reflection writes it for the program's types.
func (r *reflectNames) str(t reflect.Type) string {
	if t == nil {
		return "<nil>"
	}
	if n, ok := t.(namedType); ok {
		return n.String()
	}
	r.alike(t)
	if name, ok := programStruct(t); ok {
		return "main." + name
	}
	if t.Name() != "" {
		return t.String() // a compiled package's, or a basic type
	}
	switch t.Kind() {
	case reflect.Pointer:
		return "*" + r.str(t.Elem())
	case reflect.Slice:
		return "[]" + r.str(t.Elem())
	case reflect.Array:
		return "[" + strconv.Itoa(t.Len()) + "]" + r.str(t.Elem())
	case reflect.Map:
		return "map[" + r.str(t.Key()) + "]" + r.str(t.Elem())
	case reflect.Chan:
		switch t.ChanDir() {
		case reflect.RecvDir:
			return "<-chan " + r.str(t.Elem())
		case reflect.SendDir:
			return "chan<- " + r.str(t.Elem())
		}
		return "chan " + r.str(t.Elem())
	case reflect.Func:
		var in, out []string
		for i := range t.NumIn() {
			if t.IsVariadic() && i == t.NumIn()-1 {
				in = append(in, "..."+r.str(t.In(i).Elem()))
				continue
			}
			in = append(in, r.str(t.In(i)))
		}
		for i := range t.NumOut() {
			out = append(out, r.str(t.Out(i)))
		}
		return FuncText(in, out)
	case reflect.Struct:
		if t.NumField() == 0 {
			return "struct {}"
		}
		var fields []string
		for i := range t.NumField() {
			f := t.Field(i)
			if len(f.Name) > 1 && f.Name[0] == 'X' && !isUpper(f.Name[1]) {
				// The interpreter's name of an unexported field (Xid for
				// id), or a field named so: an unnamed struct type has no
				// tag to tell.
				panic(refused(&RuntimeError{msg: fmt.Sprintf("repl: reflection's name of a struct type with a field %s: the interpreter names an unexported field id Xid, so the shell cannot tell which it is; name the type in the program's own code", f.Name)}))
			}
			s := r.str(f.Type)
			if !f.Anonymous {
				s = f.Name + " " + s
			}
			if f.Tag != "" {
				s += " " + strconv.Quote(string(f.Tag))
			}
			fields = append(fields, s)
		}
		return "struct { " + strings.Join(fields, "; ") + " }"
	}
	return t.String()
}

func isUpper(b byte) bool { return b >= 'A' && b <= 'Z' }

// name is t's Name as Go's reflection gives it for the program's types.
func (r *reflectNames) name(t reflect.Type) string {
	if n, ok := t.(namedType); ok {
		return n.Name()
	}
	r.alike(t)
	if name, ok := programStruct(t); ok {
		return name
	}
	return t.Name()
}

// pkgPath is t's PkgPath as Go's reflection gives it for the program's
// types.
func (r *reflectNames) pkgPath(t reflect.Type) string {
	if n, ok := t.(namedType); ok {
		return n.PkgPath()
	}
	r.alike(t)
	if _, ok := programStruct(t); ok {
		return "main"
	}
	return t.PkgPath()
}

// shownType is a reflect.Type handed to fmt: %v and %s write its name as
// Go's reflection would.
type shownType struct {
	r *reflectNames
	t reflect.Type
}

func (s shownType) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's', 'q':
		fmt.Fprintf(f, fmt.FormatString(f, verb), s.r.str(s.t))
	default:
		fmt.Fprintf(f, fmt.FormatString(f, verb), s.t)
	}
}

// shownHeld returns v, an any or a slice, array or map of them handed to
// fmt, with each reflect.Type it holds (at the top, as an element, a map's
// value, inside those) as a shownType; a slice, array or map holding one
// is copied, anything else stays as it is (changed says whether v did).
func (r *reflectNames) shownHeld(v any, path Visits) (shown any, changed bool) {
	if t, ok := unwrapHeld(nilHeld(v)).(reflect.Type); ok && t != nil {
		// Named now: where the shell cannot name it, the call panics
		// (fmt would print the panic as the value's text).
		r.str(t)
		return shownType{r, t}, true
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array, reflect.Map:
	default:
		return v, false
	}
	// Elements of the empty interface, or slices, arrays or maps of them:
	// a shownType is no other interface.
	switch e := rv.Type().Elem(); {
	case !rv.CanInterface():
		return v, false
	case e.Kind() == reflect.Interface && e.NumMethod() == 0:
	case e.Kind() == reflect.Slice, e.Kind() == reflect.Array, e.Kind() == reflect.Map:
	default:
		return v, false
	}
	if rv.Kind() != reflect.Array {
		var ok bool
		if path, ok = path.Enter(rv); !ok {
			return v, false // holds itself: fmt's check of cycles says so
		}
	}
	switch rv.Kind() {
	case reflect.Map:
		var cp reflect.Value
		for it := rv.MapRange(); it.Next(); {
			if s, ok := r.shownHeld(it.Value().Interface(), path); ok {
				if !cp.IsValid() {
					cp = reflect.MakeMapWithSize(rv.Type(), rv.Len())
					for it := rv.MapRange(); it.Next(); {
						cp.SetMapIndex(it.Key(), it.Value())
					}
				}
				cp.SetMapIndex(it.Key(), valueAs(s, rv.Type().Elem()))
			}
		}
		if cp.IsValid() {
			return cp.Interface(), true
		}
	default:
		var cp reflect.Value
		for i := range rv.Len() {
			if s, ok := r.shownHeld(rv.Index(i).Interface(), path); ok {
				if !cp.IsValid() {
					cp = reflect.New(rv.Type()).Elem()
					if rv.Kind() == reflect.Slice {
						cp = reflect.MakeSlice(rv.Type(), rv.Len(), rv.Len())
					}
					reflect.Copy(cp, rv)
				}
				cp.Index(i).Set(valueAs(s, rv.Type().Elem()))
			}
		}
		if cp.IsValid() {
			return cp.Interface(), true
		}
	}
	return v, false
}

// valueAs returns v as a value of type t: the empty interface holding it,
// or v itself (of type t).
func valueAs(v any, t reflect.Type) reflect.Value {
	if t.Kind() == reflect.Interface {
		return reflect.ValueOf(&v).Elem()
	}
	return reflect.ValueOf(v)
}

// nilType panics as a method call on a nil reflect.Type does.
func nilType(t reflect.Type) {
	if t == nil {
		panic(&RuntimeError{msg: nilDeref, kind: panicNilDeref})
	}
}

func (h *Helpers) reflectTypeExports() map[string]reflect.Value {
	r := &h.reflectNames
	return map[string]reflect.Value{
		// The interpreter builds the program's type named name as the
		// type of sample's value (a type that is not a struct).
		"NamedRepr": reflect.ValueOf(r.register),
		// An input puts values of the program's type named name (not a
		// struct) in interfaces: see alikeSince.
		"NamedReprUsed": reflect.ValueOf(func(name string) bool {
			r.mu.Lock()
			defer r.mu.Unlock()
			if r.used == nil {
				r.used = map[string]bool{}
			}
			r.used[name] = true
			return true
		}),
		// t.String(), t.Name(), t.PkgPath() of a reflect.Type.
		"ReflectTypeString":  reflect.ValueOf(func(t reflect.Type) string { nilType(t); return r.str(t) }),
		"ReflectTypeName":    reflect.ValueOf(func(t reflect.Type) string { nilType(t); return r.name(t) }),
		"ReflectTypePkgPath": reflect.ValueOf(func(t reflect.Type) string { nilType(t); return r.pkgPath(t) }),
		// An any, or a slice, array or map of them, that may hold a
		// reflect.Type, handed to fmt.
		"ShownHeld": reflect.ValueOf(func(v any) any { s, _ := r.shownHeld(v, nil); return s }),
		// ShownHeld of an any, and whether it changed it: where it did
		// not, the caller keeps its own value (the interpreter's any,
		// which knows its type of the program's, as a compiled result
		// does not: a Level printed as its int).
		"ShownHeldChanged": reflect.ValueOf(func(v any) (any, bool) { return r.shownHeld(v, nil) }),
		// ShownHeld of an any on its way to FmtLaterValue: where it did
		// not change it, the value itself, boxed (see shownArg).
		"ShownHeldArg": reflect.ValueOf(func(v any) any {
			if s, changed := r.shownHeld(v, nil); changed {
				return s
			}
			return shownArg{v}
		}),
		// The session's display of an any, or a slice, array or map of
		// them (key: a variable's name, or "" for the result), where it
		// holds a reflect.Type: as fmt prints it, through ShownHeld.
		"ShownHeldText": reflect.ValueOf(func(key string, v any) {
			if cycleIn("", "", "", false, []any{v}) != "" {
				return // fmt would recurse without end: the session's printer shows <cycle>
			}
			changed := false
			text := showMethod("String", false, func() string {
				var s any
				s, changed = r.shownHeld(v, nil)
				return fmt.Sprint(s)
			})
			if !changed && !strings.HasPrefix(text, "%!v(PANIC=") {
				return // the session's printer shows it
			}
			h.Mu.Lock()
			if h.shown == nil {
				h.shown = map[string]string{}
			}
			h.shown[key] = text
			h.Mu.Unlock()
		}),
		// A reflect.Type handed to fmt.
		"ShownType": reflect.ValueOf(func(t reflect.Type) any {
			if t == nil {
				return nil
			}
			return shownType{r, t}
		}),
	}
}

// FuncText writes a function type of parameters in and results out (as
// written): func(int, ...string) (R, error).
func FuncText(in, out []string) string {
	s := "func(" + strings.Join(in, ", ") + ")"
	switch len(out) {
	case 0:
	case 1:
		s += " " + out[0]
	default:
		s += " (" + strings.Join(out, ", ") + ")"
	}
	return s
}

// shownArg carries an argument of fmt's from ShownHeldArg to
// FmtLaterValue, both compiled, as compiled code got it from interpreted
// code: handed back to interpreted code on its way, a value of a type of
// the program's that is not a struct would lose its type's name.
type shownArg struct{ v any }

// alikeSince panics where v, held in an interface, is of a type the
// interpreter builds alike with a type of the program's whose values an
// input put in interfaces (used), registered under a name not among known
// (comma-separated: the types declared when the code was compiled),
// through the elements of slices, arrays, maps, pointers and channels:
// []int may be a []main.Color, of a type declared after the code that
// names it.
func (r *reflectNames) alikeSince(pos string, v any, known string) {
	t := reflect.TypeOf(unwrapHeld(v))
	r.mu.Lock()
	var later []string
	knownNames := strings.Split(known, ",")
	// note adds the types used later than known that t may be.
	note := func(t reflect.Type) {
		for _, n := range r.named[t] {
			if r.used[n] && !slices.Contains(knownNames, n) && !slices.Contains(later, n) {
				later = append(later, n)
			}
		}
	}
	seen := map[reflect.Type]bool{}
	for t != nil && !seen[t] {
		seen[t] = true
		note(t)
		switch t.Kind() {
		case reflect.Slice, reflect.Array, reflect.Pointer, reflect.Chan:
			t = t.Elem()
		case reflect.Map:
			note(t.Key())
			t = t.Elem()
		default:
			t = nil
		}
	}
	r.mu.Unlock()
	if len(later) > 0 {
		panic(refused(&RuntimeError{Pos: pos, msg: fmt.Sprintf("repl: %%T of a value held in an interface as %s, which may be, or be made of, %s, declared after the code was: the interpreter builds them alike, so the shell cannot tell which type it is; print the type where its static type is known", reflect.TypeOf(unwrapHeld(v)), strings.Join(later, " or "))}))
	}
}
