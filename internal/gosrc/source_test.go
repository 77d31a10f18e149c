package gosrc

import (
	"strings"
	"testing"
)

// TestExtendPositions checks that text appended by Extend has the
// positions of the text it stands for.
func TestExtendPositions(t *testing.T) {
	s := NewSource("f.go", 0, "package main\n\nfunc f() {\n\treturn\n}\n")
	body := len("package main\n\nfunc f() {")
	x := s.Extend([]Piece{
		{Text: "\nfunc g", Orig: len("package main\n\n"), Fixed: true},
		{Text: "() {\n\treturn\n}", Orig: len("package main\n\nfunc f")},
	})
	base := len(s.Text)
	for _, tc := range []struct {
		off  int
		want string
	}{
		{base, "f.go:3:1"},                           // the fixed piece: all at func
		{base + len("\nfunc g"), "f.go:3:7"},         // the signature's parenthesis
		{base + len("\nfunc g() {\n\t"), "f.go:4:2"}, // return
		{body, "f.go:3:11"},                          // the original text keeps its own
	} {
		if got := x.Position(tc.off); got != tc.want {
			t.Errorf("Position(%d) = %s, want %s", tc.off, got, tc.want)
		}
	}
}

// TestPastLineEnd checks which positions lie past the end of their line
// in the user's text (code the shell wrote after it, or after the file),
// for an input of two lines and a file.
func TestPastLineEnd(t *testing.T) {
	in := NewSource(InputFile, 3, "f(x)\nfmt.Println(y)")
	file := NewSource("prog.go", 0, "package main\n\nfunc main() {}\n")
	for _, tt := range []struct {
		src  *Source
		pos  string
		want bool
	}{
		{in, "input 3, line 1:4", false},
		{in, "input 3, line 1:5", false}, // the newline
		{in, "input 3, line 1:6", true},
		{in, "input 3, line 2:14", false},
		{in, "input 3, line 2:40", true},
		{in, "input 4, line 2:40", false}, // another input's
		{file, "prog.go:3:14", false},
		{file, "prog.go:3:90", true},
		{file, "other.go:3:90", false},
		{file, "prog.go:331:36", true}, // after the file: the prelude's stand-ins
		{file, "other.go:331:36", false},
	} {
		if got := tt.src.PastLineEnd(tt.pos); got != tt.want {
			t.Errorf("PastLineEnd(%q) = %v, want %v", tt.pos, got, tt.want)
		}
	}
}

// TestRenderMoved checks which edits go with a moved span: the edits
// rewriting its text (also one that replaces the whole of it, moving text
// of its own), not the edit that takes its place when its text is hoisted
// elsewhere.
func TestRenderMoved(t *testing.T) {
	const text = "v := p.(I).(T)"
	start := len("v := ")
	inner, outer := start+len("p.(I)"), len(text)
	strip := func(s string) string { // without the line directives
		for {
			i := strings.Index(s, "/*line ")
			if i < 0 {
				return s
			}
			j := strings.Index(s[i:], "*/")
			s = s[:i] + s[i+j+2:]
		}
	}
	for _, tt := range []struct {
		name  string
		edits func(s *Source) []Edit
		want  string
	}{
		{"nested rewrites", func(s *Source) []Edit {
			return []Edit{
				{Off: start, End: outer, Text: "t(" + s.Moved(start, inner) + ")", Prio: -1, Vacates: true},
				{Off: start, End: inner, Text: "i(" + s.Moved(start, start+1) + ")", Prio: -1, Vacates: true},
			}
		}, "v := t(i(p))"},
		{"hoisted", func(s *Source) []Edit {
			return []Edit{
				{Off: 0, End: 0, Text: "x := " + s.Moved(start, inner) + "; ", Prio: -1},
				{Off: start, End: inner, Text: "x", Prio: -1, Vacates: true},
			}
		}, "x := p.(I); v := x.(T)"},
		// A wrapping of the whole expression stays before the rewrite
		// that moves its operand; a wrapping of the operand, or of a part
		// of it, moves with it.
		{"wrapping the whole", func(s *Source) []Edit {
			return []Edit{
				{Off: start, End: start, Text: "w(", Prio: -5, Wraps: true, WrapEnd: outer},
				{Off: outer, End: outer, Text: ")", Prio: 5},
				{Off: start, End: outer, Text: "t(" + s.Moved(start, inner) + ")", Prio: -1, Vacates: true},
			}
		}, "v := w(t(p.(I)))"},
		{"wrapping a part", func(s *Source) []Edit {
			return []Edit{
				{Off: start, End: start, Text: "w(", Prio: -5, Wraps: true, WrapEnd: start + 1},
				{Off: start + 1, End: start + 1, Text: ")", Prio: 5},
				{Off: start, End: outer, Text: "t(" + s.Moved(start, inner) + ")", Prio: -1, Vacates: true},
			}
		}, "v := t(w(p).(I))"},
		// One of more than a span that moves elsewhere (a deferred
		// call's receiver taken at the statement) stays, around the
		// span's new place.
		{"wrapping more than a hoisted span", func(s *Source) []Edit {
			return []Edit{
				{Off: 0, End: 0, Text: "x := " + s.Moved(start, start+1) + "; ", Prio: -20},
				{Off: start, End: start, Text: "w(", Prio: 10, Wraps: true, WrapEnd: inner},
				{Off: inner, End: inner, Text: ")", Prio: -10},
				{Off: start, End: start + 1, Text: "x", Prio: -1, Vacates: true},
			}
		}, "x := p; v := w(x.(I)).(T)"},
		// A statement's edit (Outer) at the end of an expression a
		// rewrite moves stays after it; one inside a span holding more
		// (a function moved whole) moves with it.
		{"outer at a span's end", func(s *Source) []Edit {
			return []Edit{
				{Off: outer, End: outer, Text: "; check()", Prio: 60, Outer: true},
				{Off: start, End: outer, Text: "t(" + s.Moved(start, outer) + ")", Prio: -1, Vacates: true},
			}
		}, "v := t(p.(I).(T)); check()"},
		{"outer inside a moved span", func(s *Source) []Edit {
			return []Edit{
				{Off: 1, End: 1, Text: " /*mark*/", Prio: 60, Outer: true},
				{Off: 0, End: outer, Text: "func() { " + s.Moved(0, outer) + " }", Prio: -1, Vacates: true},
			}
		}, "func() { v /*mark*/ := p.(I).(T) }"},
	} {
		s := NewSource("f.go", 0, text)
		if got := strip(s.Render(0, len(text), tt.edits(s))); got != tt.want {
			t.Errorf("%s: Render = %q, want %q", tt.name, got, tt.want)
		}
	}
}
