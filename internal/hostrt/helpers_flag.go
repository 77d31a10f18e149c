package hostrt

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"reflect"

	"github.com/traefik/yaegi/interp"

	"github.com/asyncrepl/asyncrepl/stdlib_bindings/std"
)

// The flag package's command line, the program's own.
//
// flag.Parse, flag.Bool and the other functions of the flag package work on
// flag.CommandLine, a flag set built from the process's arguments, and
// parse os.Args[1:] of the process. yaegi v0.16.1 gives interpreted code
// os.Args of its own (the script's name and arguments) and a flag set of
// its own as flag.CommandLine, but binds the package's functions to the
// process's: so asyncrepl e3.go -v -name=bob x parsed asyncrepl's
// arguments (flag.Args() was [e3.go -v -name=bob x], -v not seen).
//
// FlagExports gives interpreted code a flag package whose functions work
// on the variable flag.CommandLine it sees (a set named after os.Args[0],
// the script, until the program assigns another) and whose flag.Parse
// parses the program's os.Args[1:]. As in Go, flag.Usage prints "Usage of
// NAME:" and the flags, and the command line's usage calls flag.Usage, so
// a program may replace it. A parse error or -h exits the program as Go's
// ExitOnError does (status 2, or 0 for -h) through os.Exit as the program
// sees it (osExit): at the prompt that is an error, not the shell's end.
// Where the program gave the command line another error handling
// (flag.CommandLine.Init(name, flag.ContinueOnError), or a set of its own
// assigned to it), flag.Parse does as that says. In a program (program),
// the command line is made with ExitOnError, as Go's, which its own Parse
// method, called directly, obeys; at the prompt with ContinueOnError, so
// that such a call returns the error rather than end the session's
// process.
func (h *Helpers) FlagExports(osArgs reflect.Value, stderr io.Writer, program bool) interp.Exports {
	args := func() []string {
		if !osArgs.IsValid() {
			return nil
		}
		a, _ := osArgs.Interface().([]string)
		return a
	}
	name := ""
	if a := args(); len(a) > 0 {
		name = a[0]
	}
	handling := flag.ContinueOnError
	if program {
		handling = flag.ExitOnError
	}
	cmd := flag.NewFlagSet(name, handling)
	first := cmd
	cmd.SetOutput(stderr)
	usage := func() {
		fmt.Fprintf(cmd.Output(), "Usage of %s:\n", name)
		cmd.PrintDefaults()
	}
	cmd.Usage = func() { usage() }

	syms := map[string]reflect.Value{
		"CommandLine": reflect.ValueOf(&cmd).Elem(),
		"Usage":       reflect.ValueOf(&usage).Elem(),
		"Parse": reflect.ValueOf(func() {
			a := args()
			if len(a) > 0 {
				a = a[1:]
			}
			set := cmd
			eh := set.ErrorHandling()
			if set == first && !program {
				eh = flag.ExitOnError // (made ContinueOnError for its own Parse)
			}
			if eh != flag.ExitOnError {
				set.Parse(a) //nolint:errcheck // as Go's flag.Parse: the set's handling decides
				return
			}
			// Parsed without Go's os.Exit, then exited as the program
			// sees it.
			prev := set.ErrorHandling()
			set.Init(set.Name(), flag.ContinueOnError)
			err := set.Parse(a)
			set.Init(set.Name(), prev)
			switch {
			case err == nil:
			case errors.Is(err, flag.ErrHelp):
				h.OSExit(0)
			default:
				h.OSExit(2)
			}
		}),
	}
	// Every other function of the package that is a method of FlagSet of
	// the same type (flag.Bool and FlagSet.Bool, ...) calls the method of
	// the flag set flag.CommandLine holds when it is called.
	set := reflect.TypeFor[*flag.FlagSet]()
	for fname, v := range std.Symbols["flag/flag"] {
		if _, done := syms[fname]; done || v.Kind() != reflect.Func {
			continue
		}
		m, ok := set.MethodByName(fname)
		if !ok || !sameFuncType(v.Type(), m.Type) {
			continue
		}
		variadic := v.Type().IsVariadic()
		syms[fname] = reflect.MakeFunc(v.Type(), func(in []reflect.Value) []reflect.Value {
			if variadic {
				return reflect.ValueOf(cmd).MethodByName(fname).CallSlice(in)
			}
			return reflect.ValueOf(cmd).MethodByName(fname).Call(in)
		})
	}
	return interp.Exports{"flag/flag": syms}
}

// sameFuncType reports whether fn is method's type without its receiver.
func sameFuncType(fn, method reflect.Type) bool {
	if fn.NumIn() != method.NumIn()-1 || fn.NumOut() != method.NumOut() || fn.IsVariadic() != method.IsVariadic() {
		return false
	}
	for i := range fn.NumIn() {
		if fn.In(i) != method.In(i+1) {
			return false
		}
	}
	for i := range fn.NumOut() {
		if fn.Out(i) != method.Out(i) {
			return false
		}
	}
	return true
}
