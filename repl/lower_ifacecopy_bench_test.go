package repl_test

import "testing"

// BenchmarkIfaceCopy measures what copying values into interfaces (see
// lower_ifacecopy.go) costs a loop at the prompt that appends 1,000 values
// of a type with methods to a slice of the program's interface
// (target=program, a slice literal each) and to one of fmt.Stringer
// (target=compiled, a call of a function the pass declares each; also in
// a statement typed at the prompt, target=compiled-input). Compare a build
// with the pass and one without, interleaved, with benchstat.
func BenchmarkIfaceCopy(b *testing.B) {
	decls := []string{
		"type Sq struct{ S int }",
		"func (s Sq) Area() int { return s.S * s.S }",
		"type Shape interface{ Area() int }",
		"type Color int",
		`func (c Color) String() string { return "c" }`,
		"func fillShapes(n int) []Shape { var out []Shape; s := Sq{}; for i := 0; i < n; i++ { s.S = i; out = append(out, s) }; return out }",
		"func fillStringers(n int) []fmt.Stringer { var out []fmt.Stringer; c := Color(0); for i := 0; i < n; i++ { c = Color(i); out = append(out, c) }; return out }",
	}
	for _, tc := range []struct{ target, call string }{
		{"program", "len(fillShapes(1000))"},
		{"compiled", "len(fillStringers(1000))"},
		{"compiled-input", "var out []fmt.Stringer; c := Color(0); for i := 0; i < 1000; i++ { c = Color(i); out = append(out, c) }; len(out)"},
	} {
		b.Run("target="+tc.target, func(b *testing.B) {
			benchInput(b, decls, tc.call)
		})
	}
}
