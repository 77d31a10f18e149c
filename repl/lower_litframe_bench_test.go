package repl_test

import (
	"context"
	"io"
	"testing"

	"github.com/asyncrepl/asyncrepl/repl"
)

// BenchmarkFuncLitArg measures what making a function literal passed to a
// call in a frame of its own (see lower_litframe.go) costs a loop of
// 1,000 calls that each pass one: to a function of the program that only
// calls it (callee=calls), to strings.IndexFunc (callee=strings), both
// left unwrapped, and to one that keeps it (callee=keeps), wrapped.
// Compare a build with the pass and one without with benchstat.
func BenchmarkFuncLitArg(b *testing.B) {
	decls := []string{
		"func apply(f func(int) int, x int) int { return f(x) }",
		"var kept func(int) int",
		"func keep(f func(int) int, x int) int { kept = f; return x }",
	}
	for _, tc := range []struct{ callee, run string }{
		{"calls", "t := 0; for i := 0; i < 1000; i++ { t += apply(func(x int) int { return x + i }, i) }; t"},
		{"strings", `t := 0; for i := 0; i < 1000; i++ { t += strings.IndexFunc("ab", func(r rune) bool { return r == 'b' }) }; t`},
		{"keeps", "t := 0; for i := 0; i < 1000; i++ { t += keep(func(x int) int { return x + i }, i) }; t"},
	} {
		b.Run("callee="+tc.callee, func(b *testing.B) {
			s, err := repl.NewSession(repl.Config{Stdout: io.Discard, Stderr: io.Discard, Clock: "virtual"})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			ctx := context.Background()
			for _, in := range append(decls, `import "strings"`) {
				if _, err := s.Eval(ctx, in); err != nil {
					b.Fatal(err)
				}
			}
			b.ResetTimer()
			cpu := cpuTime()
			for b.Loop() {
				if _, err := s.Eval(ctx, tc.run); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}
