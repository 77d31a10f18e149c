package frontend

import "testing"

// TestOneLine: a declaration echoed on one line keeps the separators its
// line breaks made, and loses its comments.
func TestOneLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"type P struct {\n\tX int\n\tY int\n}", "type P struct { X int; Y int }"},
		{"type I interface {\n\tA()\n\tB() int // the count\n}", "type I interface { A(); B() int }"},
		{"type Q struct { A, B int; C string }", "type Q struct { A, B int; C string }"},
		{"type T struct {\n\tN int `json:\"n\"`\n\tM map[string][]int\n}", "type T struct { N int `json:\"n\"`; M map[string][]int }"},
		{"func f(\n\ta int,\n\tb string,\n) (int, error)", "func f( a int, b string, ) (int, error)"},
		{"type E struct{}", "type E struct{}"},
	}
	for _, tt := range tests {
		if got := oneLine(tt.in); got != tt.want {
			t.Errorf("oneLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
