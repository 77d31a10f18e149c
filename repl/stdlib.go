package repl

import (
	"context"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"reflect"
	"strings"

	"github.com/traefik/yaegi/interp"
	yunsafe "github.com/traefik/yaegi/stdlib/unsafe"

	"github.com/asyncrepl/asyncrepl/internal/hostrt"
	"github.com/asyncrepl/asyncrepl/stdlib_bindings/std"
)

// The interpreter's standard library is the generated std package's:
// Go's own, as of the toolchain that generated it, without generic members.

// stdlibUnavailable says why an import of path fails: the reason a public
// standard package is left out, or what the interpreter has.
func stdlibUnavailable(path string) string {
	if why := std.Unavailable[path]; why != "" {
		return why
	}
	return "the interpreter has " + goRelease() + "'s standard library, loop and logrus"
}

// stdlibMissing says why the standard package at path has no member name
// for the interpreter: it is generic, left out on purpose, or not in Go's
// package either (the tables hold every other member).
func stdlibMissing(path, name string) string {
	switch {
	case std.Generic(path, name):
		return name + " is generic, and the interpreter cannot use the generic members of " + goRelease() + "'s standard library"
	case std.Excluded(path, name):
		return std.Missing(path, name)
	}
	return goRelease() + "'s " + path + " has no " + name
}

// stdlibLacks reports whether name is a member of Go's package at path
// that the interpreter lacks: a generic one, or one left out on purpose.
func stdlibLacks(path, name string) bool {
	return std.Generic(path, name) || std.Excluded(path, name)
}

// goRelease is the Go release of the tables, as "Go 1.26".
func goRelease() string { return "Go " + strings.TrimPrefix(std.GoVersion, "go") }

// execExports gives the commands interpreted code starts with os/exec the
// session's environment, which the interpreter keeps apart from the
// process's (os.Setenv, Getenv and Environ work on it), as a Go program's
// commands inherit its own: without it they would run with the process's.
// A command whose Env the code sets runs with that, as in Go.
func execExports(in *interp.Interpreter) (interp.Exports, error) {
	v := in.Symbols("os")["os"]["Environ"]
	environ, _ := v.Interface().(func() []string)
	if environ == nil {
		return nil, fmt.Errorf("repl: the interpreter's os.Environ is a %s", v.Type())
	}
	return interp.Exports{"os/exec/exec": {
		"Command": reflect.ValueOf(func(name string, arg ...string) *exec.Cmd {
			c := exec.Command(name, arg...)
			c.Env = environ()
			return c
		}),
		"CommandContext": reflect.ValueOf(func(ctx context.Context, name string, arg ...string) *exec.Cmd {
			c := exec.CommandContext(ctx, name, arg...)
			c.Env = environ()
			return c
		}),
	}}, nil
}

// logFlagsExports checks the flags log.SetFlags and log.New are given at
// run time: Lshortfile and Llongfile would write the interpreter's file
// and line (reflect/value.go:586) for the program's. The front end refuses
// the constants by name (lower_refuse.go); these catch a value (a variable
// holding 16). A logger's own SetFlags method is not caught. The
// interpreter's own functions are wrapped, with their types (its
// *log.Logger is the std table's).
func logFlagsExports(in *interp.Interpreter) interp.Exports {
	syms := in.Symbols("log")["log"]
	exp := map[string]reflect.Value{}
	for name, flagArg := range map[string]int{"SetFlags": 0, "New": 2} {
		orig := syms[name]
		if !orig.IsValid() || orig.Kind() != reflect.Func || orig.Type().NumIn() <= flagArg || orig.Type().In(flagArg).Kind() != reflect.Int {
			continue
		}
		call := "log." + name
		exp[name] = reflect.MakeFunc(orig.Type(), func(args []reflect.Value) []reflect.Value {
			if args[flagArg].Int()&(log.Lshortfile|log.Llongfile) != 0 {
				panic(hostrt.Refusal("repl: " + call + " with log.Lshortfile or log.Llongfile among the flags: the log package would write the interpreter's file and line (reflect/value.go:586) for this program's; leave them out"))
			}
			return orig.Call(args)
		})
	}
	if len(exp) == 0 {
		return nil
	}
	return interp.Exports{"log/log": exp}
}

// logWriterExports makes the standard logger's writer os.Stderr, as in
// Go, while it writes to the session's standard error: the interpreter's
// logger writes to the session's writer, which log.Writer() returned, so
// `log.Writer() == os.Stderr` was false. log.Writer() answers the program's
// os.Stderr (as it was at the start) while the logger writes where it
// started, and log.SetOutput of that file (`defer
// log.SetOutput(log.Writer())`) points the logger back there.
func logWriterExports(in *interp.Interpreter) interp.Exports {
	syms := in.Symbols("log")["log"]
	writer, _ := value[func() io.Writer](syms["Writer"])
	setOutput, _ := value[func(io.Writer)](syms["SetOutput"])
	file, _ := value[*os.File](in.Symbols("os")["os"]["Stderr"])
	if writer == nil || setOutput == nil || file == nil {
		return nil
	}
	first := writer()
	if f, ok := first.(*os.File); ok && f == file {
		return nil
	}
	return interp.Exports{"log/log": {
		"Writer": reflect.ValueOf(func() io.Writer {
			if w := writer(); w != first {
				return w
			}
			return file
		}),
		"SetOutput": reflect.ValueOf(func(w io.Writer) {
			if f, ok := w.(*os.File); ok && f == file {
				w = first
			}
			setOutput(w)
		}),
	}}
}

// value is v's value as a T, if it holds one.
func value[T any](v reflect.Value) (T, bool) {
	var zero T
	if !v.IsValid() || !v.CanInterface() {
		return zero, false
	}
	t, ok := v.Interface().(T)
	return t, ok
}

// unsafeExports complete the std table's unsafe (its Pointer type) for the
// interpreter: yaegi's Add, and yaegi's conversions between unsafe.Pointer,
// uintptr and pointers (the hook it reads from the
// github.com/traefik/yaegi/yaegi key). The front end refuses the uses
// whose memory the interpreter lays out differently from Go, and lowers
// the rest of the package (internal/frontend/lower_unsafe.go).
var unsafeExports = interp.Exports{
	"unsafe/unsafe": {
		"Add": yunsafe.Symbols["unsafe/unsafe"]["Add"],
	},
	"github.com/traefik/yaegi/yaegi": {
		"convert": yunsafe.Symbols["github.com/traefik/yaegi/yaegi"]["convert"],
	},
}
