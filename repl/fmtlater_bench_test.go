package repl_test

import "testing"

// BenchmarkFmtAtPrompt measures fmt printing values held in an any from
// a function declared at the prompt (10,000 calls of fmt.Sprint): before
// any type of the session's (each value goes to what later inputs
// register, see the front end's lower_fmtlater.go), and with a type with
// a String method declared before the function (the interpreted
// conversion).
func BenchmarkFmtAtPrompt(b *testing.B) {
	progs := []struct {
		name  string
		decls []string
	}{
		{"sprint1e4/notypes", []string{"func total() int { n := 0; for i := 0; i < 10000; i++ { var v any = i; n += len(fmt.Sprint(v)) }; return n }"}},
		{"sprint1e4/stringer", []string{"type C int; func (c C) String() string { return \"c\" }", "func total() int { n := 0; for i := 0; i < 10000; i++ { var v any = i; n += len(fmt.Sprint(v)) }; return n }"}},
	}
	for _, p := range progs {
		b.Run(p.name, func(b *testing.B) {
			benchInput(b, p.decls, "total()")
		})
	}
}
