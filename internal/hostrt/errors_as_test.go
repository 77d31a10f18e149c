package hostrt

import (
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
	match := func(x any) bool {
		notInterface(x, "main.temporary", "Temporary")
		return false
	}
	tests := []struct {
		name string
		err  error
		want string // the panic's message, "" for none
	}{
		{"errno in a path error", &os.PathError{Op: "open", Path: "/x", Err: syscall.ENOENT}, "repl: errors.As found in the chain a syscall.Errno, which is a main.temporary, but the interpreter cannot hold a value of a compiled type as an interface the program declares; ask errors.As for the compiled type (var e syscall.Errno)"},
		{"no such methods", fmt.Errorf("plain"), ""},
	}
	for _, tt := range tests {
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
