//go:build unix

package frontend

import (
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// BenchmarkInputOverhead measures the front end's work on one typical
// input (parse, type check in the session's context, rewrite and lower)
// in a session holding 200 declarations: functions, types with methods
// and variables. Besides the time per input it reports the process's CPU
// time per input (cpu-ns/op), which a machine shared with other work
// inflates less.
func BenchmarkInputOverhead(b *testing.B) {
	importable := map[string]string{"fmt": "fmt", "slices": "slices", "strings": "strings", "maps": "maps"}
	fe := NewFrontEnd(importable, nil)
	n := 0
	declare := func(text string) {
		n++
		src := gosrc.NewSource(gosrc.InputFile, n, text)
		for _, seg := range gosrc.Split(text) {
			p, err := fe.Analyse(src, seg, ModeInput)
			if err != nil {
				b.Fatalf("%s: %v", text, err)
			}
			if p != nil {
				fe.Record(p, nil, true)
				for name, path := range p.AutoImports {
					fe.Imports[name] = path
				}
			}
		}
	}
	for i := range 50 {
		declare(fmt.Sprintf("func f%d(x int) int { return x + %d }", i, i))
		declare(fmt.Sprintf("type T%d struct{ A int; B string; C []float64 }", i))
		declare(fmt.Sprintf("func (t T%d) Get() int { return t.A + f%d(1) }", i, i))
		declare(fmt.Sprintf("v%d := T%d{A: %d}", i, i, i))
	}
	if len(fe.Types.Objs) < 200 {
		b.Fatalf("the session has %d declarations", len(fe.Types.Objs))
	}
	input := strings.Join([]string{
		"s := []int{3, 1, 2}",
		"slices.Sort(s)",
		"total := 0",
		"for i, x := range s { total += i * f7(x) + v3.Get() }",
		"for k := range maps.Keys(map[string]int{\"a\": 1}) { fmt.Println(k, strings.ToUpper(k)) }",
		"fmt.Println(total, min(total, 3))",
	}, "\n")
	cpu := func() time.Duration {
		var ru syscall.Rusage
		if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
			b.Fatal(err)
		}
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	start := cpu()
	b.ResetTimer()
	for b.Loop() {
		n++
		src := gosrc.NewSource(gosrc.InputFile, n, input)
		for _, seg := range gosrc.Split(input) {
			if _, err := fe.Analyse(src, seg, ModeInput); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(cpu()-start)/float64(b.N), "cpu-ns/op")
}
