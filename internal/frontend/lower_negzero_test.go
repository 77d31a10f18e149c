package frontend

import (
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// TestNegZeroGenericParams checks which parameters of a generic function
// declared at the prompt are taken as any (those of a type parameter's
// type whose constraint allows a float and no interface type) and which
// by a pointer (the others that may hold a float: of a type parameter
// whose constraint allows an interface, or of a type made of one).
func TestNegZeroGenericParams(t *testing.T) {
	tests := []struct {
		decl string
		want string // in the lowered code
	}{
		{"func f[T ~int | ~float64](a, b T) T { return a }", "func f[T ~int | ~float64](a__nz, b__nz any) T { a, b := a__nz.(T), b__nz.(T);"},
		{"func f[T interface{ ~float32; comparable }](a T, n int) T { return a }", "(a__nz any, n int) T { a := a__nz.(T);"},
		{"func f[T ~int | ~string](a T) T { return a }", "(a T) T {"},
		{"func f[T any](a T) T { return a }", "(a__nz *T) T { a := *a__nz;"},
		{"func f[T comparable](a T) T { return a }", "(a__nz *T) T { a := *a__nz;"},
		{"func f[T interface{ String() string }](a T) T { return a }", "(a__nz *T) T { a := *a__nz;"},
		{"func f[T ~float64](a [2]T, x float64) T { return a[0] }", "(a__nz *[2]T, x__nz any) T { a, x := *a__nz, x__nz.(float64);"},
		{"func f[T ~complex128](a T, rest ...T) T { return a }", "(a__nz any, rest ...T) T { a := a__nz.(T);"},
		{"type P[T any] struct{ X T }; func f[T any](p P[T], s []T, m map[int]T, _ T, n int) {}", "(p__nz *P[T], s []T, m map[int]T, _ T, n int) { p := *p__nz;"},
		{"func f[T interface{ ~int | ~string; String() string }](a T) {}", "(a T) {"},
	}
	for _, tt := range tests {
		t.Run(tt.decl, func(t *testing.T) {
			fe := NewFrontEnd(nil, nil)
			src := gosrc.NewSource(gosrc.InputFile, 1, tt.decl)
			segs := gosrc.Split(tt.decl)
			p, err := fe.Analyse(src, segs[0], ModeInput)
			if err != nil {
				t.Fatal(err)
			}
			if code := lineDirective.ReplaceAllString(p.Code, ""); !strings.Contains(code, tt.want) {
				t.Errorf("lowered code lacks %q:\n%s", tt.want, code)
			}
		})
	}
}
