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
