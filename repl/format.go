package repl

import (
	"fmt"
	"io"
	"os"
	"reflect"
	"runtime"
	"strconv"
	"strings"

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
// not called (most dereference the pointer). structText, if not nil, writes
// the structs it knows better than %+v.
func formatValue(v any, structText func(reflect.Value) (string, bool)) string {
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
		switch rv.Kind() {
		case reflect.Struct:
			s = fmt.Sprintf("%+v", v)
			if t, ok := structOf(rv, structText); ok {
				s = t
			}
		case reflect.Pointer:
			if rv.Elem().Kind() == reflect.Struct {
				s = fmt.Sprintf("&%+v", rv.Elem().Interface())
				if t, ok := structOf(rv.Elem(), structText); ok {
					s = "&" + t
				}
			} else {
				s = fmt.Sprintf("%v", v)
			}
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

func structOf(v reflect.Value, structText func(reflect.Value) (string, bool)) (string, bool) {
	if structText == nil {
		return "", false
	}
	return structText(v)
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
