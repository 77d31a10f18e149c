package repl

import (
	"context"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/internal/syncbuf"
)

// newTestShell makes a shell reading no lines, writing to stdout and
// stderr, its session supervised (in a process running this test binary,
// see TestMain) or not.
func newTestShell(tb testing.TB, supervised bool, stdout, stderr io.Writer) *Shell {
	tb.Helper()
	f := false
	cfg := ShellConfig{Stdin: strings.NewReader(""), Stdout: stdout, Stderr: stderr, Terminal: &f,
		Session: Config{Clock: "virtual", StopGrace: 100 * time.Millisecond}}
	if supervised {
		cfg.MemoryLimit = 256 << 20
		cfg.Child = func() *exec.Cmd {
			path, err := os.Executable()
			if err != nil {
				path = os.Args[0]
			}
			return exec.Command(path)
		}
	}
	sh, err := NewShell(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if sh.k != nil {
			sh.k.close()
		} else {
			sh.s.Close()
		}
	})
	return sh
}

// BenchmarkInputRoundTrip is the cost of an input from the shell's side,
// in-process and in a supervised process: the same input run and waited
// for. An expression (its result printed) costs what the interpreter
// costs; a meta-command that does little (:debug) shows the process
// boundary's own cost.
func BenchmarkInputRoundTrip(b *testing.B) {
	for _, input := range []struct{ name, src string }{{"expr", "x + 1"}, {"meta", ":debug"}} {
		for _, mode := range []struct {
			name       string
			supervised bool
		}{{"in-process", false}, {"supervised", true}} {
			b.Run(input.name+"/"+mode.name, func(b *testing.B) {
				sh := newTestShell(b, mode.supervised, io.Discard, io.Discard)
				ctx := context.Background()
				sh.handle(ctx, "x := 1", nil)
				b.ResetTimer()
				for b.Loop() {
					if _, failed := sh.handle(ctx, input.src, nil); failed {
						b.Fatal("the input failed")
					}
				}
			})
		}
	}
}

// FuzzSupervised feeds arbitrary input to a supervised shell, seeded with
// every way we know to kill a Go process or hang an input: the shell must
// survive each, with the session able to run the next input (Ctrl-C, up
// to three times, ends a hang). `go test` runs the seeds;
// `go test -fuzz=FuzzSupervised ./repl/` explores.
func FuzzSupervised(f *testing.F) {
	for _, seed := range []string{
		// fatal errors of the Go runtime
		"func f(n int) int { return f(n+1) + 1 }; f(1)",
		`m := map[string]any{}; m["self"] = m; fmt.Sprint(m)`,
		"m := map[int]int{}; for i := range 4 { go func() { for j := 0; ; j++ { m[j] = i } }() }; time.Sleep(time.Second)",
		"b := make([]byte, 1<<40)",
		`var s []string; for { s = append(s, strings.Repeat("x", 1<<20)) }`,
		"var mu sync.Mutex; mu.Unlock()",
		"loop.Get().SetLogger(nil)",
		// hangs
		"select {}",
		"<-make(chan int)",
		"var mu sync.Mutex; mu.Lock(); mu.Lock()",
		"var wg sync.WaitGroup; wg.Add(1); wg.Wait()",
		"for {}",
		"time.Sleep(time.Hour)",
		"loop.Get().RunForever()",
		"loop.Get().CallSoon(func() { for {} })",
		"loop.CreateTask(loop.Async(func() { select {} }))",
		"loop.Get().CallSoon(func() { runtime.Goexit() })",
		"import \"runtime\"; runtime.Goexit()",
		"loop.Get().Stop()",
		`m := map[string]any{}; m["self"] = m; m`,
		`m := map[string]any{}; m["self"] = m; pr := fmt.Println; pr(m)`,
		"loop.Await(loop.Get().CreateFuture())",
		"l := loop.New(); l.CallLater(time.Millisecond, func() {}); l.RunForever()",
		"func d() { s := struct{ f func() }{func() {}}; defer s.f() }; d()",
		// ordinary inputs
		"x := 1",
		"fmt.Println(\"hi\")",
		"os.Exit(3)",
		":tasks",
		":restart",
		"}{",
	} {
		f.Add(seed)
	}
	var stdout, stderr syncbuf.Buffer
	sh := newTestShell(f, true, &stdout, &stderr)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, src string) {
		if raceOn && (strings.Contains(src, "select") || strings.Contains(src, "go") || strings.Contains(src, "for")) {
			t.Skip("may need a hard stop or start a goroutine, which race inside yaegi (see raceEnabled)")
		}
		if strings.HasPrefix(strings.TrimSpace(src), ":q") || strings.HasPrefix(strings.TrimSpace(src), ":e") {
			t.Skip("leaves the shell")
		}
		// Ctrl-C, up to three times, as a user would press it.
		withCtrlC := func(src string) (failed bool) {
			intr := make(chan os.Signal, 3)
			done := make(chan struct{})
			defer close(done)
			go func() {
				for _, d := range []time.Duration{300 * time.Millisecond, 900 * time.Millisecond, 2 * time.Second} {
					select {
					case <-time.After(d):
						intr <- os.Interrupt
					case <-done:
						return
					}
				}
			}()
			_, failed = sh.handle(ctx, src, intr)
			return failed
		}
		withCtrlC(src)
		stdout.Take()
		stderr.Take()
		// After an input that blocks the loop for good (a callback that
		// never returns), the session says so for each input, and
		// :restart gives a session without it.
		for try := 1; ; try++ {
			failed := withCtrlC("40 + 2")
			out := stdout.Take()
			if !failed && strings.Contains(out, "42  // int") {
				break
			}
			if try == 2 {
				t.Fatalf("after %q and :restart the session no longer evaluates 40 + 2:\n%s%s", src, out, stderr.Take())
			}
			withCtrlC(":restart")
		}
	})
}

// TestSupervisedThirdInterrupt: the third Ctrl-C while an input runs ends
// the session's process, whatever the input does, and the session is
// restored in a new one.
func TestSupervisedThirdInterrupt(t *testing.T) {
	var stdout, stderr syncbuf.Buffer
	sh := newTestShell(t, true, &stdout, &stderr)
	ctx := context.Background()
	sh.handle(ctx, "x := 41", nil)
	intr := make(chan os.Signal, 3)
	for range 3 {
		intr <- os.Interrupt
	}
	if _, failed := sh.handle(ctx, "time.Sleep(time.Hour)", intr); !failed {
		t.Error("the input ended by the third Ctrl-C did not fail")
	}
	errs := stderr.Take()
	for _, w := range []string{"(Ctrl-C three times: ending the session's process)\n", "  while input 2 ran: time.Sleep(time.Hour)\n", "  restored: x\n"} {
		if !strings.Contains(errs, w) {
			t.Errorf("stderr lacks %q:\n%s", w, errs)
		}
	}
	if strings.Contains(errs, "died") {
		t.Errorf("the process ended on purpose was reported dead:\n%s", errs)
	}
	stdout.Take()
	sh.handle(ctx, "x + 1", nil)
	if out := stdout.Take(); !strings.Contains(out, "42  // int") {
		t.Errorf("x + 1 printed %q", out)
	}
}

// The watchdog's stack limit leaves the goroutine it stops room to reach
// its next safe point and run its deferred calls before Go's own limit
// ends the process: half of it at most, whatever the memory limit.
func TestStackLimits(t *testing.T) {
	for _, tc := range []struct {
		limit int64
		hard  int
		soft  uint64
	}{
		{0, 512 << 20, 128 << 20},
		{8 << 30, 512 << 20, 128 << 20},
		{1 << 30, 256 << 20, 128 << 20},
		{256 << 20, 64 << 20, 32 << 20},
	} {
		hard, soft := stackLimits(tc.limit)
		if hard != tc.hard || soft != tc.soft {
			t.Errorf("stackLimits(%d) = %d, %d; want %d, %d", tc.limit, hard, soft, tc.hard, tc.soft)
		}
		if soft > uint64(hard)/2 {
			t.Errorf("stackLimits(%d): the watchdog's limit %d is more than half of Go's %d", tc.limit, soft, hard)
		}
	}
}

// The watchdog looks at the goroutines' depths again once the stacks have
// grown by half its limit, or a quarter of what they are if more: never
// so late that a runaway recursion's stack, growing on top of what is
// counted, doubles past Go's limit first.
func TestNextStackLook(t *testing.T) {
	defer func(l uint64) { stackLimit = l }(stackLimit)
	stackLimit = 128 << 20
	for _, tc := range []struct{ used, want uint64 }{
		{0, 128 << 20},
		{64 << 20, 128 << 20},
		{100 << 20, 164 << 20},
		{200 << 20, 264 << 20}, // a stopped recursion's stack still counted
		{1 << 30, 1280 << 20},  // 20,000 tasks and more: a quarter more
	} {
		if got := nextStackLook(tc.used); got != tc.want {
			t.Errorf("nextStackLook(%d MiB) = %d MiB, want %d MiB", tc.used>>20, got>>20, tc.want>>20)
		}
	}
}

// TestDefinedIdents: the names an input defines at its top level with :=,
// which a restart names as lost when it does not run the input again.
func TestDefinedIdents(t *testing.T) {
	for _, tt := range []struct {
		src  string
		want []string
	}{
		{"x := 1", []string{"x"}},
		{"x, t := 5, loop.CreateTask(loop.Async(func() int { y := 2; return y }))", []string{"x", "t"}},
		{"a, _ := f(); b := g(a)", []string{"a", "b"}},
		{"x = 1", nil},
		{"fmt.Println(x)", nil},
		{"for i := range 3 { j := i }", nil},
		{"m[k], ok := 1, true", nil},
	} {
		if got := definedIdents(tt.src); !slices.Equal(got, tt.want) {
			t.Errorf("definedIdents(%q) = %q, want %q", tt.src, got, tt.want)
		}
	}
}
