package repl

import (
	"fmt"
	"testing"
)

// BenchmarkInputCheck measures what the front end adds to one input (parse,
// type check in the session's context, rewrite) in a session that holds 200
// declarations: types with methods, functions and variables. The issue's
// budget is 5 ms.
func BenchmarkInputCheck(b *testing.B) {
	fe := newFrontEnd(map[string]string{"fmt": "fmt", "strings": "strings", "time": "time"}, nil)
	fe.imports["fmt"] = "fmt"
	n := 0
	declare := func(text string) {
		n++
		src := newSource(inputFile, n, text)
		for _, seg := range splitInput(text) {
			p, err := fe.analyse(src, seg, modeInput)
			if err != nil {
				b.Fatalf("%s: %v", text, err)
			}
			if p != nil {
				fe.commit(p)
			}
		}
	}
	for i := range 50 {
		declare(fmt.Sprintf("type T%d struct{ a, b int; s []string; m map[string]*T%d }", i, i))
		declare(fmt.Sprintf("func (t *T%d) Sum() int { return t.a + t.b + len(t.s) }", i))
		declare(fmt.Sprintf("func f%d(x int, s string) (int, error) { if x < 0 { return 0, fmt.Errorf(\"neg %%s\", s) }; return x * %d, nil }", i, i))
		declare(fmt.Sprintf("v%d := &T%d{a: %d}", i, i, i))
	}
	input := "total := 0\nfor i := range 10 { r, err := f3(i, \"x\"); if err != nil { break }; total += r + v7.Sum() }\nfmt.Println(strings.Repeat(\"=\", total % 7), time.Second)\ntotal"
	src := newSource(inputFile, n+1, input)
	segs := splitInput(input)
	b.ResetTimer()
	for b.Loop() {
		for _, seg := range segs {
			if _, err := fe.analyse(src, seg, modeInput); err != nil {
				b.Fatal(err)
			}
		}
	}
}
