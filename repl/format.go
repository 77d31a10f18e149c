package repl

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"unsafe"

	"github.com/chzyer/readline"
)

// An Item is one thing an input produced for printing: a value of its final
// expression, or something it declared.
type Item struct {
	Name  string // the declared name, for a declared variable or constant
	Value string // the value as Go code would show it, or a func or type declaration
	Type  string // the value's type; empty for func and type declarations
}

// String formats the item as the session prints it:
//
//	42  // int
//	x int = 3
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
	switch {
	case it.Name != "":
		return fmt.Sprintf("%s %s = %s", paint(ansiBold, it.Name), paint(ansiCyan, it.Type), it.Value)
	case it.Type == "":
		return paint(ansiBold, it.Value)
	}
	return it.Value + "  " + paint(ansiDim, "// "+it.Type)
}

// maxValueLen bounds the text of one printed value.
const maxValueLen = 4000

// formatValue shows v as a Go programmer reads it: strings quoted, structs
// with their field names, Stringers by their String method. A nil pointer
// shows as nil, whatever methods its type has: its String or Error method is
// not called (most dereference the pointer). names, if not nil, gives the
// declared field names of the session's struct types (see printer).
func formatValue(v any, names func(reflect.Type) []string) string {
	if v == nil {
		return "nil"
	}
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && rv.IsNil() {
		return "nil"
	}
	var s string
	switch x := v.(type) {
	case string:
		s = strconv.Quote(x)
	case []string:
		s = fmt.Sprintf("%q", x)
	case error:
		s = decodePositions(methodText("Error", x.Error))
	case fmt.Stringer:
		s = methodText("String", x.String)
	default:
		rv := reflect.ValueOf(v)
		pr := &printer{names: names}
		switch rv.Kind() {
		case reflect.Struct:
			s = pr.text(rv, true, true)
		case reflect.Pointer:
			if rv.Elem().Kind() == reflect.Struct {
				s = pr.text(rv, true, true)
			} else {
				s = fmt.Sprintf("%v", v)
			}
		case reflect.Slice, reflect.Array, reflect.Map:
			s = pr.text(rv, false, true)
		case reflect.Func:
			if rv.IsNil() {
				return "nil"
			}
			// A compiled function by its name (strings.ToUpper); one made by
			// the interpreter has none Go can see.
			s = "func"
			if f := runtime.FuncForPC(rv.Pointer()); f != nil && !strings.HasPrefix(f.Name(), "reflect.") {
				s = f.Name()[strings.LastIndex(f.Name(), "/")+1:]
			}
		default:
			s = fmt.Sprintf("%v", v)
		}
	}
	if len(s) > maxValueLen {
		s = s[:maxValueLen] + "..."
	}
	return s
}

// methodText returns what method, v's String or Error method (named by
// name), returns; a method that panics gives what fmt shows for one,
// %!v(PANIC=String method: why), rather than the panic.
func methodText(name string, method func() string) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprintf("%%!v(PANIC=%s method: %v)", name, r)
		}
	}()
	return method()
}

// printer writes values as fmt's %v (or %+v) does, but for two things of
// the interpreter's that fmt shows wrongly: the fields of the session's
// struct types under their declared names (the interpreter gives an
// unexported field an exported name: n becomes Xn), and the values held in
// a slice, map or field of an interpreted interface type, which the
// interpreter wraps in a struct of its own (fmt showed the wrapper's
// pointers). Values with neither go to fmt.
type printer struct {
	names func(reflect.Type) []string // nil: fmt's names
	own   map[reflect.Type]bool       // types that need the printer
}

// wrapperType is the type of the interpreter's wrapper of an interpreted
// interface's value.
func wrapperType(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t.Name() == "valueInterface" && strings.HasSuffix(t.PkgPath(), "yaegi/interp")
}

// needs reports whether values of t need the printer rather than fmt.
func (p *printer) needs(t reflect.Type) bool {
	if need, ok := p.own[t]; ok {
		return need
	}
	if p.own == nil {
		p.own = map[reflect.Type]bool{}
	}
	p.own[t] = false // a recursive type is decided by its other parts
	need := false
	switch t.Kind() {
	case reflect.Struct:
		need = wrapperType(t) || p.names != nil && len(p.names(t)) > 0
		for i := 0; !need && i < t.NumField(); i++ {
			need = p.needs(t.Field(i).Type)
		}
	case reflect.Pointer, reflect.Slice, reflect.Array:
		need = p.needs(t.Elem())
	case reflect.Map:
		need = p.needs(t.Key()) || p.needs(t.Elem())
	}
	p.own[t] = need
	return need
}

// text writes v; plus names struct fields (%+v); top is the outermost
// value, the only one whose pointer to a struct shows as &{...}.
func (p *printer) text(v reflect.Value, plus, top bool) string {
	if !v.IsValid() {
		return "<nil>"
	}
	if !p.needs(v.Type()) {
		format := "%v"
		if plus {
			format = "%+v"
		}
		if v.CanInterface() {
			return fmt.Sprintf(format, v.Interface())
		}
		return fmt.Sprintf(format, v)
	}
	switch v.Kind() {
	case reflect.Struct:
		if wrapperType(v.Type()) {
			return p.text(unwrap(v), plus, false)
		}
		var names []string
		if p.names != nil {
			names = p.names(v.Type())
		}
		var b strings.Builder
		b.WriteByte('{')
		for i := range v.NumField() {
			if i > 0 {
				b.WriteByte(' ')
			}
			if plus {
				name := v.Type().Field(i).Name
				if i < len(names) {
					name = names[i]
				}
				b.WriteString(name + ":")
			}
			b.WriteString(p.text(v.Field(i), plus, false))
		}
		b.WriteByte('}')
		return b.String()
	case reflect.Pointer:
		switch {
		case v.IsNil():
			return "<nil>"
		case top && v.Elem().Kind() == reflect.Struct:
			return "&" + p.text(v.Elem(), plus, false)
		}
		return fmt.Sprintf("%#x", v.Pointer())
	case reflect.Slice, reflect.Array:
		var b strings.Builder
		b.WriteByte('[')
		for i := range v.Len() {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(p.text(v.Index(i), plus, false))
		}
		b.WriteByte(']')
		return b.String()
	case reflect.Map:
		keys := v.MapKeys()
		slices.SortFunc(keys, compareKeys) // in fmt's order
		entries := make([]string, len(keys))
		for i, k := range keys {
			entries[i] = p.text(k, plus, false) + ":" + p.text(v.MapIndex(k), plus, false)
		}
		return "map[" + strings.Join(entries, " ") + "]"
	}
	return fmt.Sprintf("%v", v)
}

// compareKeys orders map keys as fmt prints them: numbers by value,
// strings, false before true; other keys by their text.
func compareKeys(a, b reflect.Value) int {
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return cmp.Compare(a.Int(), b.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return cmp.Compare(a.Uint(), b.Uint())
	case reflect.Float32, reflect.Float64:
		return cmp.Compare(a.Float(), b.Float())
	case reflect.String:
		return cmp.Compare(a.String(), b.String())
	case reflect.Bool:
		return cmp.Compare(boolInt(a.Bool()), boolInt(b.Bool()))
	}
	return cmp.Compare(fmt.Sprint(a), fmt.Sprint(b))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
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
