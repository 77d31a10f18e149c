package repl

import (
	"fmt"
	"io"
	"os"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/chzyer/readline"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
	"github.com/asyncrepl/asyncrepl/internal/hostrt"
)

// An Item is one thing an input produced for printing: a value of its final
// expression, or something it declared.
type Item struct {
	Name  string // the declared name, for a declared variable or constant
	Value string // the value as Go code would show it, or a func or type declaration
	Type  string // the value's type; empty for func and type declarations
	// Dynamic is the type of the value held, when Type is an interface
	// type and the value is not nil.
	Dynamic string
}

// String formats the item as the session prints it:
//
//	42  // int
//	x int = 3
//	n any = 41 (int)
//	func f(x int) int
func (it Item) String() string { return it.format(false) }

const (
	ansiReset = "\x1b[0m"
	ansiDim   = "\x1b[2m"
	ansiBold  = "\x1b[1m"
	ansiCyan  = "\x1b[36m"
	ansiRed   = "\x1b[31m"
	ansiYel   = "\x1b[33m"
)

func (it Item) format(color bool) string {
	paint := func(code, s string) string {
		if !color || s == "" {
			return s
		}
		return code + s + ansiReset
	}
	dyn := ""
	if it.Dynamic != "" {
		dyn = " (" + it.Dynamic + ")"
	}
	switch {
	case it.Name != "":
		return fmt.Sprintf("%s %s = %s%s", paint(ansiBold, it.Name), paint(ansiCyan, it.Type), it.Value, dyn)
	case it.Type == "":
		return paint(ansiBold, it.Value)
	}
	return it.Value + "  " + paint(ansiDim, "// "+it.Type+dyn)
}

// maxValueLen bounds the text of one printed value; what is cut is counted
// in a note (see cutNote).
const maxValueLen = hostrt.MaxValueLen

// formatValue shows v as a Go programmer reads it: strings quoted, structs
// with their field names, Stringers by their String method. A nil pointer
// (or channel) shows as nil, whatever methods its type has: its String or Error method is
// not called (most dereference the pointer). names, if not nil, gives the
// declared field names of the session's struct types (see printer). A map
// or slice met again inside itself shows as <cycle> (fmt would recurse
// until the stack overflows), and a value whose text is longer than
// maxValueLen is cut, with a note saying how much was left out.
func formatValue(v any, names func(reflect.Type) []string) string {
	if v != nil && wrapperType(reflect.TypeOf(v)) {
		// A value of a type with methods held in an any: the value, at
		// the top (a pointer to a struct as &{...}, not its address).
		v = hostrt.Wrapped(v)
	}
	if v == nil {
		return "nil"
	}
	if rv := reflect.ValueOf(v); (rv.Kind() == reflect.Pointer || rv.Kind() == reflect.Chan) && rv.IsNil() {
		return "nil"
	}
	pr := &printer{names: names, limit: maxValueLen}
	if f, ok := v.(fmt.Formatter); ok && !hostrt.IsWrapper(v) {
		// fmt's first choice (a *big.Float's Format, not its String).
		pr.b.WriteString(formatted(f))
		return pr.result()
	}
	switch x := v.(type) {
	case reflect.Value:
		// As fmt shows one at the top: the value it holds.
		if !x.IsValid() {
			return "<invalid reflect.Value>"
		}
		if x.CanInterface() {
			return formatValue(x.Interface(), names)
		}
		return fmt.Sprint(x)
	case string:
		pr.b.WriteString(strconv.Quote(x))
	case error:
		pr.b.WriteString(gosrc.DecodePositions(methodText("Error", x, x.Error)))
	case fmt.Stringer:
		pr.b.WriteString(methodText("String", x, x.String))
	default:
		if hostrt.IsWrapper(v) {
			// The interpreter's wrapper of a value of the session's held
			// as a compiled interface (sort.Interface): the value.
			if w := hostrt.Wrapped(v); w == nil || reflect.TypeOf(w) != reflect.TypeOf(v) {
				return formatValue(w, names)
			}
		}
		rv := reflect.ValueOf(v)
		if k := rv.Kind(); (k == reflect.Slice || k == reflect.Array) && rv.Type().Elem() == reflect.TypeFor[string]() {
			// Strings quoted at the top ([]string, [2]string, type Names
			// []string), an empty one seen.
			pr.list(rv, func(e reflect.Value) { pr.b.WriteString(strconv.Quote(e.String())) })
			break
		}
		switch rv.Kind() {
		case reflect.Struct:
			pr.write(rv, true, true)
		case reflect.Pointer:
			switch rv.Elem().Kind() {
			case reflect.Struct:
				pr.write(rv, true, true)
			case reflect.Slice, reflect.Array, reflect.Map:
				pr.write(rv, false, true)
			default:
				pr.b.WriteString(fmt.Sprintf("%v", v))
			}
		case reflect.Slice, reflect.Array, reflect.Map:
			pr.write(rv, false, true)
		case reflect.Func:
			if rv.IsNil() {
				return "nil"
			}
			// A compiled function by its name (strings.ToUpper); one made by
			// the interpreter, or by the shell for the lowered code (fmt's
			// functions checked for values that hold themselves), has none
			// of the program's.
			name := "func"
			if f := runtime.FuncForPC(rv.Pointer()); f != nil && !strings.HasPrefix(f.Name(), "reflect.") && !strings.HasPrefix(f.Name(), shellPkgPath+".") && !strings.HasPrefix(f.Name(), hostrtPkg) {
				name = f.Name()[strings.LastIndex(f.Name(), "/")+1:]
			}
			pr.b.WriteString(name)
		default:
			pr.b.WriteString(fmt.Sprintf("%v", v))
		}
	}
	return pr.result()
}

// shellPkgPath is the import path of this package; the host runtime's
// (hostrtPkg) functions are the ones the lowered code is handed in place
// of the program's.
var shellPkgPath = reflect.TypeFor[printer]().PkgPath()

// result returns the printer's text, cut at its limit with a note.
func (p *printer) result() string {
	s := p.b.String()
	bytes := 0
	// A map, slice or array that stopped at the limit ended with " ...]":
	// what little it wrote past the limit stays.
	if max := p.limit + cutSlack; len(s) > max || p.leftElems == 0 && len(s) > p.limit {
		cut := p.limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut-- // not in the middle of a character
		}
		s, bytes = s[:cut]+" ...", len(s)-cut
	}
	if bytes == 0 && p.leftElems == 0 {
		return s
	}
	return s + " " + cutNote(bytes, p.leftElems)
}

// cutSlack is how far past its limit a printer's text may end when it
// stopped writing elements at the limit: the closing brackets.
const cutSlack = 100

// cutNote says how much of a value's text was left out: bytes of text cut
// from what was written, elements of maps, slices and arrays not written
// at all.
func cutNote(bytes, elems int) string {
	var parts []string
	if bytes > 0 {
		parts = append(parts, plural(bytes, "more byte"))
	}
	if elems > 0 {
		parts = append(parts, plural(elems, "more element"))
	}
	return "(" + strings.Join(parts, " and ") + " not shown)"
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}

// methodText returns what method, v's String or Error method (named by
// name), returns; a method that panics gives what fmt shows for one,
// %!v(PANIC=String method: why), rather than the panic, or <nil> when v
// holds a nil pointer of the program's (fmt's text of a nil receiver
// whose method panics).
func methodText(name string, v any, method func() string) (s string) {
	defer func() {
		if r := recover(); r != nil {
			if hostrt.IsTypedNil(v) {
				s = "<nil>"
				return
			}
			s = fmt.Sprintf("%%!v(PANIC=%s method: %v)", name, hostrt.InGoWords(r, false))
		}
	}()
	return method()
}

// formatted is f as fmt's %v prints it through its Format method.
func formatted(f fmt.Formatter) string {
	return fmt.Sprint(f) // (a panic in fmt's words)
}

// printer writes values as fmt's %v (or %+v) does, but for what fmt shows
// wrongly or cannot show: the fields of the session's struct types under
// their declared names (the interpreter gives an unexported field an
// exported name: n becomes Xn); the values held in a slice, map or field of
// an interpreted interface type, which the interpreter wraps in a struct
// of its own (fmt showed the wrapper's pointers); a map or slice that
// holds itself (through an interface, or a recursive type), which shows as
// <cycle> where fmt would recurse until the stack overflows; and a map,
// slice or array too long to show, whose elements past the limit are
// counted, not written. Values with none of these go to fmt.
type printer struct {
	names func(reflect.Type) []string // nil: fmt's names
	own   map[reflect.Type]bool       // types that need the printer

	b         strings.Builder
	limit     int // the text wanted at most; written past it, a value stops
	leftElems int // elements not written once the limit was reached
	// The maps and slices being written, outer to inner: one met again
	// holds itself.
	path hostrt.Visits
}

// wrapperType is the type of the interpreter's wrapper of an interpreted
// interface's value.
func wrapperType(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t.Name() == "valueInterface" && strings.HasSuffix(t.PkgPath(), "yaegi/interp")
}

// structTagType is reflect.StructTag, which the printer writes without
// the front end's key.
var structTagType = reflect.TypeFor[reflect.StructTag]()

// structFieldType is reflect.StructField, which the printer writes as Go
// describes the field.
var structFieldType = reflect.TypeFor[reflect.StructField]()

// needs reports whether values of t need the printer rather than fmt:
// their types have the session's field names, hold the interpreter's
// wrappers, or may hold themselves (an interface, or a recursive type).
func (p *printer) needs(t reflect.Type) bool {
	if need, ok := p.own[t]; ok {
		return need
	}
	if p.own == nil {
		p.own = map[reflect.Type]bool{}
	}
	// Met again while deciding: a recursive type (type L []L), whose
	// values may hold themselves.
	p.own[t] = true
	need := false
	switch t.Kind() {
	case reflect.Interface:
		need = true
	case reflect.Struct:
		need = wrapperType(t) || p.names != nil && len(p.names(t)) > 0
		for i := 0; !need && i < t.NumField(); i++ {
			need = p.needs(t.Field(i).Type)
		}
	case reflect.Slice, reflect.Array:
		need = p.needs(t.Elem())
	case reflect.Pointer:
		need = p.needs(t.Elem())
	case reflect.Map:
		need = p.needs(t.Key()) || p.needs(t.Elem())
	}
	p.own[t] = need
	return need
}

// long reports whether v is, or holds in its fields, a map, slice or array
// with more elements than the printer can show: written element by
// element, it stops at the limit.
func (p *printer) long(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Slice, reflect.Array, reflect.Map:
		return v.Len() > p.limit/2
	case reflect.Struct:
		for i := range v.NumField() {
			if p.long(v.Field(i)) {
				return true
			}
		}
	}
	return false
}

// full reports whether the text has reached the limit.
func (p *printer) full() bool { return p.b.Len() > p.limit }

// write writes v; plus names struct fields (%+v); top is the outermost
// value, the only one whose pointer to a struct, map, slice or array shows
// as &{...}, &map[...] or &[...].
func (p *printer) write(v reflect.Value, plus, top bool) {
	if !v.IsValid() {
		p.b.WriteString("<nil>")
		return
	}
	if v.Type() == structTagType {
		// A field's tag, as the program wrote it (see hostrt.StructTag).
		p.b.WriteString(string(hostrt.StructTag(reflect.StructTag(v.String()))))
		return
	}
	if v.Type() == structFieldType && v.CanInterface() {
		// A field as Go describes it (see hostrt.UserStructField).
		v = reflect.ValueOf(hostrt.UserStructField(v.Interface().(reflect.StructField)))
	}
	if !top && v.CanInterface() && v.Kind() != reflect.Interface {
		// fmt's methods below the top: an element's String or Error.
		switch x := v.Interface().(type) {
		case fmt.Formatter:
			if !hostrt.IsWrapper(x) {
				p.b.WriteString(formatted(x))
				return
			}
		}
		switch x := v.Interface().(type) {
		case error:
			p.b.WriteString(methodText("Error", x, x.Error))
			return
		case fmt.Stringer:
			p.b.WriteString(methodText("String", x, x.String))
			return
		}
	}
	if !top && v.Kind() == reflect.Pointer && !v.IsNil() {
		// Below the top fmt writes a pointer as its address, not as &{...}
		// (fmt's own %v would, given the pointer alone).
		fmt.Fprintf(&p.b, "%#x", v.Pointer())
		return
	}
	if !p.needs(v.Type()) && !p.long(v) && !(top && v.Kind() == reflect.Pointer && !v.IsNil() && p.long(v.Elem())) {
		format := "%v"
		if plus {
			format = "%+v"
		}
		if v.CanInterface() {
			fmt.Fprintf(&p.b, format, v.Interface())
		} else {
			fmt.Fprintf(&p.b, format, v)
		}
		return
	}
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			p.b.WriteString("<nil>")
			return
		}
		p.write(v.Elem(), plus, false)
	case reflect.Struct:
		if wrapperType(v.Type()) {
			p.write(unwrap(v), plus, false)
			return
		}
		var names []string
		if p.names != nil {
			names = p.names(v.Type())
		}
		p.b.WriteByte('{')
		for i := range v.NumField() {
			if i > 0 {
				p.b.WriteByte(' ')
			}
			if plus {
				name := v.Type().Field(i).Name
				if i < len(names) {
					name = names[i]
				}
				p.b.WriteString(name + ":")
			}
			p.write(v.Field(i), plus, false)
		}
		p.b.WriteByte('}')
	case reflect.Pointer:
		switch {
		case v.IsNil():
			p.b.WriteString("<nil>")
		case top && v.Elem().Kind() == reflect.Struct, top && v.Elem().Kind() == reflect.Slice,
			top && v.Elem().Kind() == reflect.Array, top && v.Elem().Kind() == reflect.Map:
			p.b.WriteByte('&')
			p.write(v.Elem(), plus, false)
		default:
			fmt.Fprintf(&p.b, "%#x", v.Pointer())
		}
	case reflect.Slice, reflect.Array:
		if !p.enter(v) {
			return
		}
		p.list(v, func(e reflect.Value) { p.write(e, plus, false) })
		p.leave(v)
	case reflect.Map:
		if !p.enter(v) {
			return
		}
		keys := v.MapKeys()
		slices.SortFunc(keys, hostrt.CompareFmtValues) // in fmt's order
		p.b.WriteString("map[")
		for i, k := range keys {
			if p.full() {
				p.leftElems += len(keys) - i
				p.b.WriteString(" ...")
				break
			}
			if i > 0 {
				p.b.WriteByte(' ')
			}
			p.write(k, plus, false)
			p.b.WriteByte(':')
			p.write(v.MapIndex(k), plus, false)
		}
		p.b.WriteByte(']')
		p.leave(v)
	default:
		fmt.Fprintf(&p.b, "%v", v)
	}
}

// enter records that the map or slice v is being written; if it already
// is (v holds itself), it writes <cycle> instead and reports false.
func (p *printer) enter(v reflect.Value) bool {
	if v.Kind() == reflect.Array {
		return true // a value, not a reference: it cannot hold itself
	}
	path, ok := p.path.Enter(v)
	if !ok {
		p.b.WriteString("<cycle>")
		return false
	}
	p.path = path
	return true
}

// leave ends what enter began.
func (p *printer) leave(v reflect.Value) {
	if v.Kind() != reflect.Array {
		p.path = p.path[:len(p.path)-1]
	}
}

// unwrap returns the value the interpreter's wrapper w holds (its field
// value, a reflect.Value, unexported).
func unwrap(w reflect.Value) reflect.Value {
	if !w.CanInterface() {
		return reflect.Value{} // read through an unexported field: not copied
	}
	c := reflect.New(w.Type()).Elem()
	c.Set(w)
	f := c.FieldByName("value")
	if !f.IsValid() || f.Type() != reflect.TypeFor[reflect.Value]() {
		return reflect.Value{}
	}
	inner := reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Interface().(reflect.Value)
	if inner.Kind() == reflect.Interface {
		inner = inner.Elem()
	}
	return inner
}

// isTerminal reports whether x, a reader or a writer, is a terminal (not
// merely a character device such as /dev/null).
func isTerminal(x any) bool {
	f, ok := x.(*os.File)
	return ok && readline.IsTerminal(int(f.Fd()))
}

// ColorWanted reports whether output to w should be coloured: w is a
// terminal and NO_COLOR is unset (https://no-color.org).
func ColorWanted(w io.Writer) bool {
	if _, set := os.LookupEnv("NO_COLOR"); set {
		return false
	}
	return isTerminal(w)
}

// list writes v, a slice or array, as [e1 e2 ...], each element by elem,
// up to the printer's limit, counting the elements left out.
func (p *printer) list(v reflect.Value, elem func(reflect.Value)) {
	p.b.WriteByte('[')
	for i := range v.Len() {
		if p.full() {
			p.leftElems += v.Len() - i
			p.b.WriteString(" ...")
			break
		}
		if i > 0 {
			p.b.WriteByte(' ')
		}
		elem(v.Index(i))
	}
	p.b.WriteByte(']')
}
