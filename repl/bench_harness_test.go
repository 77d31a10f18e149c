package repl_test

import (
	"context"
	"io"
	"syscall"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/repl"
)

// benchInput measures one input typed at the prompt again and again, in a
// session where decls were typed first (output discarded, virtual
// clock). Besides the time on the clock it reports the process's CPU time
// per input, cpu-ns/op, which varies less on a shared machine.
func benchInput(b *testing.B, decls []string, input string) {
	b.Helper()
	s, err := repl.NewSession(repl.Config{Stdout: io.Discard, Stderr: io.Discard, Clock: "virtual"})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	for _, in := range decls {
		if _, err := s.Eval(ctx, in); err != nil {
			b.Fatalf("%s: %v", in, err)
		}
	}
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		if _, err := s.Eval(ctx, input); err != nil {
			b.Fatalf("%s: %v", input, err)
		}
	}
	b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
}

// cpuTime returns the CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
