package repl_test

import "testing"

// BenchmarkFuncLitArg measures what making a function literal passed to a
// call in a frame of its own (see lower_litframe.go) costs a loop of
// 10,000 calls that each pass one: to a function of the program that only
// calls it (callee=calls), to strings.IndexFunc (callee=strings), both
// left unwrapped, and to one that keeps it (callee=keeps), wrapped.
// Compare a build with the pass and one without with benchstat.
func BenchmarkFuncLitArg(b *testing.B) {
	// The callee is declared with the loop: the pass reads the
	// functions of the input it lowers.
	decls := []string{`import "strings"`, "var kept func(int) int"}
	for _, tc := range []struct{ callee, loop string }{
		{"calls", "func apply(f func(int) int, x int) int { return f(x) }; func loop() int { t := 0; for i := 0; i < 10000; i++ { t += apply(func(x int) int { return x + t }, i) }; return t }"},
		{"strings", `func loop() int { t := 0; for i := 0; i < 10000; i++ { t += strings.IndexFunc("ab", func(r rune) bool { return r == 'b' }) }; return t }`},
		{"keeps", "func keep(f func(int) int, x int) int { kept = f; return x }; func loop() int { t := 0; for i := 0; i < 10000; i++ { t += keep(func(x int) int { return x + t }, i) }; return t }"},
	} {
		b.Run("callee="+tc.callee, func(b *testing.B) {
			benchInput(b, append(decls, tc.loop), "loop()")
		})
	}
}
