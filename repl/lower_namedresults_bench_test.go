package repl_test

import (
	"context"
	"io"
	"testing"

	"github.com/asyncrepl/asyncrepl/repl"
)

// BenchmarkNamedResults measures what setting named results to their
// zero values at each call (see lower_namedresults.go) costs a loop of
// 10,000 calls of a function with two int results. Compare a build with
// the pass and one without with benchstat.
func BenchmarkNamedResults(b *testing.B) {
	s, err := repl.NewSession(repl.Config{Stdout: io.Discard, Stderr: io.Discard, Clock: "virtual"})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	for _, in := range []string{
		"func divmod(a, b int) (q, r int) { q = a / b; r = a % b; return }",
		"func loop() int { t := 0; for i := 1; i <= 10000; i++ { q, r := divmod(100000, i); t += q + r }; return t }",
	} {
		if _, err := s.Eval(ctx, in); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		if _, err := s.Eval(ctx, "loop()"); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
}
