package dropped_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/internal/dropped"
)

// TestFind checks the ways of dropping a call's error, on syntax alone: the
// calls of a function named check count, others do not.
func TestFind(t *testing.T) {
	tests := []struct {
		stmt string
		want string // "" for no drop
	}{
		{"check()", "1:1 as a statement"},
		{"(check())", "1:2 as a statement"},
		{"go check()", "1:4 in a go statement"},
		{"defer check()", "1:7 in a defer statement"},
		{"v, _ := check()", "1:9 to _"},
		{"_, _ = check()", "1:8 to _"},
		{"(v), _ = check()", "1:10 to _"},
		{"x.f, _ = check()", "1:10 to _"},
		{"var v, _ = check()", "1:12 to _"},
		{"if v, _ := check(); v { }", "1:12 to _"},
		{"func() { check() }()", "1:10 as a statement"},
		{"check(); other(); check()", "1:1 as a statement, 1:19 as a statement"},

		{"v, err := check()", ""},
		{"_, x.err = check()", ""},
		{"return check()", ""},
		{"f(check())", ""},
		{"other()", ""},
		{"v, _ := other()", ""},
		{"_ = check", ""},
		{"v, _ := m[k]", ""},
	}
	for _, tt := range tests {
		t.Run(tt.stmt, func(t *testing.T) {
			fset := token.NewFileSet()
			src := "package p; func _() {\n" + tt.stmt + "\n}"
			f, err := parser.ParseFile(fset, "", src, 0)
			if err != nil {
				t.Fatal(err)
			}
			checked := func(c *ast.CallExpr) bool {
				id, ok := c.Fun.(*ast.Ident)
				return ok && id.Name == "check"
			}
			var got []string
			dropped.Find(f, checked, func(d dropped.Drop) {
				p := fset.Position(d.Call.Pos())
				got = append(got, fmt.Sprintf("%d:%d %s", p.Line-1, p.Column, d.How))
			})
			if s := strings.Join(got, ", "); s != tt.want {
				t.Errorf("got %q, want %q", s, tt.want)
			}
		})
	}
}
