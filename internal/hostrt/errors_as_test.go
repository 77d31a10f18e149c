package hostrt

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"syscall"
	"testing"
)

// A compiled error in the chain with the methods of the program's
// interface the target points to: errors.As panics saying so in its own
// terms, with what works instead; an error without them is passed over.
func TestErrorsAsCompiledIntoProgramIface(t *testing.T) {
	outOfRange := func(i int) (err error) {
		defer func() { err = recover().(error) }()
		var xs []int
		_ = xs[i]
		return nil
	}
	tests := []struct {
		name          string
		err           error
		iface, method string // the program's interface the target points to, and its method
		want          string // the panic's message, "" for none
	}{
		{"errno in a path error", &os.PathError{Op: "open", Path: "/x", Err: syscall.ENOENT}, "main.temporary", "Temporary", "repl: errors.As found in the chain a syscall.Errno, which is a main.temporary, but the interpreter cannot hold a value of a compiled type as an interface the program declares; ask errors.As for the compiled type (var e syscall.Errno)"},
		{"a pointer type", &os.PathError{Op: "open", Path: "/x", Err: fmt.Errorf("x")}, "main.timeouter", "Timeout", "repl: errors.As found in the chain a *fs.PathError, which is a main.timeouter, but the interpreter cannot hold a value of a compiled type as an interface the program declares; ask errors.As for the compiled type (var e *fs.PathError)"},
		{"an unexported type", outOfRange(3), "interface { RuntimeError() }", "RuntimeError", "repl: errors.As found in the chain a runtime.boundsError, which is an interface { RuntimeError() }, but the interpreter cannot hold a value of a compiled type as an interface the program declares; ask errors.As for an interface of a compiled package that it implements (var e runtime.Error)"},
		{"joined errors", errors.Join(fmt.Errorf("a"), fmt.Errorf("b")), "interface { Unwrap() []error }", "Unwrap func() []error", "repl: errors.As found in the chain a *errors.joinError, which is an interface { Unwrap() []error }, but the interpreter cannot hold a value of a compiled type as an interface the program declares; errors.Is and errors.As test each of the errors it joins, and a loop.TaskGroup's Errors method gives them as a slice"},
		{"no such methods", fmt.Errorf("plain"), "main.temporary", "Temporary", ""},
	}
	for _, tt := range tests {
		match := func(x any) bool {
			notInterface(x, tt.iface, tt.method)
			return false
		}
		t.Run(tt.name, func(t *testing.T) {
			got := func() (msg string) {
				defer func() {
					if r := recover(); r != nil {
						msg = r.(error).Error()
					}
				}()
				errorsAsWith(tt.err, new(any), match, nil)
				return ""
			}()
			if tt.want == "" && got != "" || !strings.HasPrefix(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// A compiled value asserted to an interface the program declares: the
// panic says the way around that applies (an assertion's operand is often
// an error, whose static type no variable of the interface takes).
func TestNotInterfaceWayAround(t *testing.T) {
	tests := []struct {
		name    string
		x       any
		iface   string
		methods []string
		want    string
	}{
		{"an error's Unwrap", fmt.Errorf("a: %w", os.ErrNotExist), "main.unwrapper", []string{"Unwrap func() error"}, "; for an error's Unwrap, call errors.Unwrap(err) (nil where there is none), or errors.Is/As, which follow the chain"},
		{"another method", &os.PathError{Op: "open", Path: "/x", Err: os.ErrNotExist}, "main.timeouter", []string{"Timeout func() bool"}, "; assign the value to a variable of the interface where its own type is known (var v main.timeouter = x), or assert to its own type"},
		{"without the methods", fmt.Errorf("plain"), "main.unwrapper", []string{"Unwrap func() error"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := func() (msg string) {
				defer func() {
					if r := recover(); r != nil {
						msg = r.(error).Error()
					}
				}()
				notInterface(tt.x, tt.iface, tt.methods...)
				return ""
			}()
			if tt.want == "" && got != "" || !strings.HasSuffix(got, tt.want) {
				t.Errorf("got %q, want the end %q", got, tt.want)
			}
		})
	}
}
