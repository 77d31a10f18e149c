package frontend

import (
	"go/ast"
	"strings"
	"testing"
)

func TestRenameLocalTypes(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"a package type's name",
			"type T struct{ V int }\nfunc f() { type T [2]int; _ = T{0, 1} }",
			"type T struct{ V int }\n\nfunc f() { type T·1 [2]int; _ = T·1{0, 1} }"},
		{"an enclosing block's type, in a closure",
			"func f() { type T int; { type T string; _ = func() T { return \"\" } }; _ = T(1) }",
			"func f() {\n\ttype T·1 int\n\t{\n\t\ttype T·2 string\n\t\t_ = func() T·2 { return \"\" }\n\t}\n\t_ = T·1(1)\n}"},
		{"a field named as the type",
			"type T int\nfunc f() { type T struct{ T int }; _ = T{T: 1} }",
			"type T int\n\nfunc f() { type T·1 struct{ T int }; _ = T·1{T: 1} }"},
		{"an embedded type keeps its name",
			"type T1 int\nfunc f() { type T1 struct{ a int }; type T struct{ *T1 }; _ = T{&T1{1}} }",
			"type T1 int\n\nfunc f() { type T1 struct{ a int }; type T struct{ *T1 }; _ = T{&T1{1}} }"},
		{"a predeclared name",
			"func f() { type error struct{ s string }; _ = error{s: \"x\"} }",
			"func f() { type error·1 struct{ s string }; _ = error·1{s: \"x\"} }"},
		{"a name of the session",
			"func f() { type Session int; var s Session; _ = s }",
			"func f() { type Session·1 int; var s Session·1; _ = s }"},
		{"a name no other declaration has, nothing renamed",
			"func f() { type U int; _ = U(1) }\nfunc g() { type V int; _ = V(2) }",
			"func f() { type U int; _ = U(1) }\nfunc g() { type V int; _ = V(2) }"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			renamed := applyRename(t, tt.src, tt.want, func(f *ast.File) bool {
				return RenameLocalTypes(f, func(name string) bool { return name == "Session" })
			})
			if renamed != strings.Contains(tt.want, "·") {
				t.Errorf("reported %v", renamed)
			}
		})
	}
}
