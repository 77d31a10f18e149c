package frontend

import (
	"bytes"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"testing"
)

// applyRename parses src as the declarations of package main, renames them
// with rename, checks that they read as want (gofmt'ed) and returns what
// rename reported.
func applyRename(t *testing.T, src, want string, rename func(*ast.File) bool) bool {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", "package main\n"+src, 0)
	if err != nil {
		t.Fatal(err)
	}
	renamed := rename(f)
	var b bytes.Buffer
	if err := format.Node(&b, fset, f.Decls); err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	return renamed
}
