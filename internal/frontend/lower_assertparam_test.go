package frontend

import (
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// TestParamAssertsThroughAny checks which assertions to a type parameter
// go through any: never one that could match a type the interpreter holds
// alike with the type argument (which, where the twin is put in an
// interface, is refused).
func TestParamAssertsThroughAny(t *testing.T) {
	const decls = `
type I interface{ M() }
type B bool
func (B) M() {}
type S struct{ x int }
func (S) M() {}
func is[T any](x I) T { return x.(T) }
`
	for _, tc := range []struct {
		name, main string
		viaAny     bool
		refused    string
	}{
		{"concrete argument", "is[int](nil)", true, ""},
		{"no twin implements the interface", "is[S](S{})", true, ""},
		{"a twin implements the interface, never held", "is[bool](nil)", false, ""},
		{"a twin implements the interface, held", "is[bool](B(true))", false, "p.go:10:1: is instantiated for its type parameter T, which its code asserts to (x.(T) or case T), with bool: the interpreter holds bool and B alike"},
		{"an argument of a type parameter, followed to its instances", "g[int]()\n}\nfunc g[U comparable]() { is[U](nil)", true, ""},
		{"an argument of a type parameter instantiated with a twin", "g[bool]()\n}\nfunc g[U comparable]() { is[U](nil)", false, ""},
		{"never instantiated", "", true, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := "package main\n" + decls + "func main() {\n" + tc.main + "\n}\n"
			fe := NewFrontEnd(map[string]string{}, nil)
			src := gosrc.NewSource("p.go", 0, text)
			p, err := fe.Analyse(src, gosrc.Segment{Kind: gosrc.SegFile, To: len(text), Last: true}, ModeScript)
			if tc.refused != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tc.refused) {
					t.Fatalf("error %v, want one starting %q", err, tc.refused)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(lineDirective.ReplaceAllString(p.Code, ""), "any(x).(T)"); got != tc.viaAny {
				t.Errorf("through any: %v, want %v; lowered:\n%s", got, tc.viaAny, p.Code)
			}
		})
	}
}
