package repl_test

import "testing"

// BenchmarkNamedResults measures what setting named results to their
// zero values at each call (see lower_namedresults.go) costs a loop of
// 10,000 calls of a function with two int results. Compare a build with
// the pass and one without with benchstat.
func BenchmarkNamedResults(b *testing.B) {
	benchInput(b, []string{
		"func divmod(a, b int) (q, r int) { q = a / b; r = a % b; return }",
		"func loop() int { t := 0; for i := 1; i <= 10000; i++ { q, r := divmod(100000, i); t += q + r }; return t }",
	}, "loop()")
}
