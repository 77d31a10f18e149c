package frontend

import (
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// TestNegZeroGenericParams checks which parameters of a generic function
// declared at the prompt are taken as any: those of a type parameter's
// type whose constraint allows a float and no interface type.
func TestNegZeroGenericParams(t *testing.T) {
	tests := []struct {
		decl string
		want string // in the lowered code
	}{
		{"func f[T ~int | ~float64](a, b T) T { return a }", "func f[T ~int | ~float64](a__nz, b__nz any) T { a, b := a__nz.(T), b__nz.(T);"},
		{"func f[T interface{ ~float32; comparable }](a T, n int) T { return a }", "(a__nz any, n int) T { a := a__nz.(T);"},
		{"func f[T ~int | ~string](a T) T { return a }", "(a T) T {"},
		{"func f[T any](a T) T { return a }", "(a T) T {"},
		{"func f[T comparable](a T) T { return a }", "(a T) T {"},
		{"func f[T interface{ String() string }](a T) T { return a }", "(a T) T {"},
		{"func f[T ~float64](a [2]T, x float64) T { return a[0] }", "(a [2]T, x__nz any) T { x := x__nz.(float64);"},
		{"func f[T ~complex128](a T, rest ...T) T { return a }", "(a__nz any, rest ...T) T { a := a__nz.(T);"},
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
