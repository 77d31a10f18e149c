package repl_test

import (
	"context"
	"io"
	"testing"

	"github.com/asyncrepl/asyncrepl/repl"
)

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
			s, err := repl.NewSession(repl.Config{Stdout: io.Discard, Stderr: io.Discard, Clock: "virtual"})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			ctx := context.Background()
			for _, in := range append(decls, tc.decl) {
				if _, err := s.Eval(ctx, in); err != nil {
					b.Fatal(err)
				}
			}
			b.ResetTimer()
			cpu := cpuTime()
			for b.Loop() {
				if _, err := s.Eval(ctx, "total(Celsius(1))"); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}
