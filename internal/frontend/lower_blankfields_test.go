package frontend

import (
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// TestBlankFieldsNamed checks which struct types get their blank fields
// named: those of several, but for a type written by a literal without
// keys, whose values the interpreter would keep in the named fields.
func TestBlankFieldsNamed(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		named     bool
	}{
		{"two blank fields", "type T struct { _ int; X int; _ string }\nvar v = T{X: 1}", true},
		{"one blank field", "type T struct { _ int; X int }\nvar v = T{X: 1}", false},
		{"a literal without keys", "type T struct { _ int; X int; _ string }\nvar v = T{1, 2, \"a\"}", false},
		{"an unnamed type", "var v = struct{ _, _ int }{}", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := "package main\n" + tc.src + "\nfunc main() { _ = v }\n"
			fe := NewFrontEnd(map[string]string{}, nil)
			src := gosrc.NewSource("p.go", 0, text)
			p, err := fe.Analyse(src, gosrc.Segment{Kind: gosrc.SegFile, To: len(text), Last: true}, ModeScript)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(p.Code, "__blank2"); got != tc.named {
				t.Errorf("named: %v, want %v; lowered:\n%s", got, tc.named, p.Code)
			}
		})
	}
}
