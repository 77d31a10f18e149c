//go:build unix

package repl_test

import "testing"

// BenchmarkNegZeroParams measures what a call of a function taking
// floats costs with its float parameters passed as any (so that a
// negative zero keeps its sign, see internal/frontend/lower_negzero.go):
// the same loop of calls of a function of two int parameters, which keep
// their form, stands for the cost before. A generic function whose
// constraint allows a float takes its parameters of the type parameter's
// type as any at the prompt (generic); one whose constraint does not
// (genericint) stands for the cost before. One whose constraint allows
// an interface takes them by a pointer (genericany, whatever the type
// argument: genericanyint).
func BenchmarkNegZeroParams(b *testing.B) {
	progs := []struct{ name, decl, run string }{
		{"calls1e4/int", "func add(a, b int) int { return a + b }; func total() int { s := 0; for i := 0; i < 10000; i++ { s = add(s, 1) }; return s }", "total()"},
		{"calls1e4/float", "func add(a, b float64) float64 { return a + b }; func total() float64 { s := 0.0; for i := 0; i < 10000; i++ { s = add(s, 1) }; return s }", "total()"},
		{"calls1e4/point", "type P struct{ X, Y float64 }; func norm(p P) float64 { return p.X + p.Y }; func total() float64 { s := 0.0; p := P{1, 2}; for i := 0; i < 10000; i++ { s += norm(p) }; return s }", "total()"},
		{"calls1e4/generic", "func add[T ~int | ~float64](a, b T) T { return a + b }; func total() float64 { s := 0.0; for i := 0; i < 10000; i++ { s = add(s, 1) }; return s }", "total()"},
		{"calls1e4/genericint", "func add[T ~int](a, b T) T { return a + b }; func total() int { s := 0; for i := 0; i < 10000; i++ { s = add(s, 1) }; return s }", "total()"},
		{"calls1e4/genericany", "func add[T any](a, b T) T { return a }; func total() float64 { s := 0.0; for i := 0; i < 10000; i++ { s = add(s, 1) }; return s }", "total()"},
		{"calls1e4/genericanyint", "func add[T any](a, b T) T { return a }; func total() int { s := 0; for i := 0; i < 10000; i++ { s = add(s, 1) }; return s }", "total()"},
		{"calls1e4/pointint", "type P struct{ X, Y int }; func norm(p P) int { return p.X + p.Y }; func total() int { s := 0; p := P{1, 2}; for i := 0; i < 10000; i++ { s += norm(p) }; return s }", "total()"},
	}
	for _, p := range progs {
		b.Run(p.name, func(b *testing.B) {
			benchInput(b, []string{p.decl}, p.run)
		})
	}
}
