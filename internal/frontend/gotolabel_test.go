package frontend_test

import (
	"go/parser"
	"go/token"
	"testing"

	"github.com/asyncrepl/asyncrepl/internal/frontend"
)

// TestMissingGotoLabel: rewritten code whose goto names a label its
// function does not declare is the shell's error (the interpreter would
// compile the goto to go nowhere); a label of the function, also around
// a function literal's own, is found.
func TestMissingGotoLabel(t *testing.T) {
	for _, tt := range []struct {
		name, code, want string
	}{
		{"declared", "package main\nfunc f() {\nL:\n\tgoto L\n}", ""},
		{"dropped", "package main\nfunc f() {\n\tfor {\n\t\tgoto L\n\t}\n}", "x.go:4:8: label L not defined"},
		{"in a literal", "package main\nfunc f() {\n\tfunc() {\n\tM:\n\t\tgoto M\n\t}()\n}", ""},
		{"a literal's goto to its function's label", "package main\nfunc f() {\nL:\n\tfunc() { goto L }()\n}", "x.go:4:16: label L not defined"},
		{"in a variable's literal", "package main\nvar g = func() { goto N }", "x.go:2:23: label N not defined"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, "x.go", tt.code, 0)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if err := frontend.MissingGotoLabel(fset, f); err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
