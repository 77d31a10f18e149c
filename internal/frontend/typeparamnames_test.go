package frontend

import (
	"go/ast"
	"slices"
	"testing"
)

func TestRenameTypeParams(t *testing.T) {
	tests := []struct {
		name, src, want string
		session         []string // names the session declares
	}{
		{"fields named as the type's parameters",
			"type Pair[K comparable, V any] struct { K K; V V }",
			"type Pair[K_ comparable, V_ any] struct {\n\tK K_\n\tV V_\n}", nil},
		{"only the parameter another name spells",
			"type Box[T any] struct { T T; Val T }\ntype List[T any] struct { Items []T }",
			"type Box[T_ any] struct {\n\tT   T_\n\tVal T_\n}\ntype List[T any] struct{ Items []T }", nil},
		{"a method's receiver parameters, selected fields",
			"func (p *Pair[K, V]) Set(v V) K { p.V = v; return p.K }",
			"func (p *Pair[K_, V_]) Set(v V_) K_ { p.V = v; return p.K }", nil},
		{"a receiver parameter no other name spells",
			"func (p Pair[K, V]) Get() V { return p.V }",
			"func (p Pair[K, V_]) Get() V_ { return p.V }", nil},
		{"composite literal keys",
			"func Make[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{K: k, V: v} }",
			"func Make[K_ comparable, V_ any](k K_, v V_) Pair[K_, V_] { return Pair[K_, V_]{K: k, V: v} }", nil},
		{"a local variable, the name taken already",
			"func F[T any, T_ any](x T) { { T := 1; _ = T }; var y T_; _ = y }",
			"func F[T__ any, T_ any](x T__) {\n\t{\n\t\tT := 1\n\t\t_ = T\n\t}\n\tvar y T_\n\t_ = y\n}", nil},
		{"no clash, nothing renamed",
			"func Map[T, U any](s []T, f func(T) U) []U { return nil }",
			"func Map[T, U any](s []T, f func(T) U) []U { return nil }", nil},
		{"a method named as a receiver parameter",
			"func (b Box[T]) T() int { return 0 }",
			"func (b Box[T_]) T() int { return 0 }", nil},
		{"a type of the package",
			"type S struct{ v string }\nfunc Reverse[S ~[]E, E any](s S) {}",
			"type S struct{ v string }\n\nfunc Reverse[S_ ~[]E, E any](s S_) {}", nil},
		{"a type of the session, the new name taken by another",
			"func Keys[K comparable, V any](m map[K]V) []K { return nil }",
			"func Keys[K__ comparable, V any](m map[K__]V) []K__ { return nil }",
			[]string{"K", "K_"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			renamed := applyRename(t, tt.src, tt.want, func(f *ast.File) bool {
				return RenameTypeParams(f, func(name string) bool { return slices.Contains(tt.session, name) })
			})
			if renamed != (tt.src != tt.want) {
				t.Errorf("reported %v", renamed)
			}
		})
	}
}
