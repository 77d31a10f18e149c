package repl_test

import (
	"testing"

	"github.com/asyncrepl/asyncrepl/repl"
)

// BenchmarkSafepoints measures what the safe-point polls cost interpreted
// code: recursive calls (a poll at each function entry), a tight loop (a
// poll per iteration) and a loop calling a small function, with the polls
// (polls=on) and without. Compare
// with benchstat -col /polls.
func BenchmarkSafepoints(b *testing.B) {
	progs := []struct{ name, decl, run string }{
		{"fib20", "func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }", "fib(20)"},
		{"loop1e5", "func sum() int { s := 0; for i := 0; i < 100000; i++ { s += i }; return s }", "sum()"},
		{"calls1e4", "func add(a, b int) int { return a + b }; func total() int { s := 0; for i := 0; i < 10000; i++ { s = add(s, i) }; return s }", "total()"},
	}
	for _, p := range progs {
		for _, on := range []bool{false, true} {
			name := p.name + "/polls=off"
			if on {
				name = p.name + "/polls=on"
			}
			b.Run(name, func(b *testing.B) {
				repl.SetSafepoints(on)
				defer repl.SetSafepoints(true)
				benchInput(b, []string{p.decl}, p.run)
			})
		}
	}
}
