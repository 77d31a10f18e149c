package gosrc

import "testing"

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
// in the user's text (code the shell wrote after it), for an input of two
// lines and a file.
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
	} {
		if got := tt.src.PastLineEnd(tt.pos); got != tt.want {
			t.Errorf("PastLineEnd(%q) = %v, want %v", tt.pos, got, tt.want)
		}
	}
}
