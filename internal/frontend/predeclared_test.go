package frontend

import (
	"go/ast"
	"testing"
)

func TestRenamePredeclared(t *testing.T) {
	tests := []struct {
		name, src, want string
		renamed         bool
	}{
		{"a type, its uses, not its fields or selections",
			"type error struct{ error string }\nfunc f() string { e := error{error: \"x\"}; return e.error }",
			"type error· struct{ error string }\n\nfunc f() string { e := error·{error: \"x\"}; return e.error }", true},
		{"a function and a constant, used before their declaration",
			"func g() int { return max(1, iota) }\nfunc max(a, b int) int { return a }\nconst iota = 2",
			"func g() int            { return max·(1, iota·) }\nfunc max·(a, b int) int { return a }\n\nconst iota· = 2", true},
		{"a map literal's keys are values",
			"const iota = 2\nvar m = map[int]string{iota: \"two\"}",
			"const iota· = 2\n\nvar m = map[int]string{iota·: \"two\"}", true},
		{"a local declaration of the name is left alone",
			"func max(a, b int) int { return a }\nfunc h() int { max := 3; return max }",
			"func max·(a, b int) int { return a }\nfunc h() int            { max := 3; return max }", true},
		{"a variable keeps its name",
			"var len = 3\nfunc k() int { return len }",
			"var len = 3\n\nfunc k() int { return len }", false},
		{"a name of the session's, not a method's or a label's",
			"type T int\nfunc (T) print() {}\nfunc m() { print(1); T(0).print() }",
			"type T int\n\nfunc (T) print() {}\nfunc m()         { print·(1); T(0).print() }", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			renamed := applyRename(t, tt.src, tt.want, func(f *ast.File) bool { return RenamePredeclared(f, func(name string) bool { return name == "print" }) })
			if renamed != tt.renamed {
				t.Errorf("reported %v", renamed)
			}
		})
	}
}
