package repl_test

import "testing"

// BenchmarkNilRecv measures what the nil check of a method's receiver of
// a type parameter (see lower_nilrecv.go) costs a loop of 10,000 calls:
// under a constraint that lists no types (constraint=methods, checked:
// the type argument may be an interface) and under one that lists them
// (constraint=types, left as it is). Compare a build with the pass and
// one without, or the two constraints, with benchstat.
func BenchmarkNilRecv(b *testing.B) {
	decls := []string{
		"type Celsius float64",
		"func (c Celsius) Kelvin() float64 { return float64(c) + 273.15 }",
		"type Kelviner interface{ Kelvin() float64 }",
		"type Temperature interface { ~float64; Kelvin() float64 }",
	}
	for _, tc := range []struct{ constraint, decl string }{
		{"methods", "func total[T Kelviner](t T) float64 { s := 0.0; for i := 0; i < 10000; i++ { s += t.Kelvin() }; return s }"},
		{"types", "func total[T Temperature](t T) float64 { s := 0.0; for i := 0; i < 10000; i++ { s += t.Kelvin() }; return s }"},
	} {
		b.Run("constraint="+tc.constraint, func(b *testing.B) {
			benchInput(b, append(decls, tc.decl), "total(Celsius(1))")
		})
	}
}
