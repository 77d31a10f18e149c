package repl_test

import (
	"context"
	"regexp"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/repl"
)

// TestStallReport: a task that holds the event loop is reported live,
// with its position or the compiled call it waits in, and an interrupt
// then stops it alone at a safe point; the session goes on.
func TestStallReport(t *testing.T) {
	defer repl.SetStallAfter(50 * time.Millisecond)()
	tests := []struct {
		name   string
		in     string
		report string // the live report, a regular expression
		after  string // stderr after the interrupt, a regular expression
		check  string // an input run afterwards, and what it prints
		want   string
	}{
		{"computing", `t := loop.CreateTask(loop.Async(func() { n := 0; for { n++ } }))`,
			`^the event loop has not turned for [0-9.]+m?s: Task\(<input1\.func1>\) \(created at input 1:22\) holds it, running interpreted code at input 1:50 without awaiting; Ctrl-C stops it \(the other tasks run on\)\n`,
			`\nTask\(<input1\.func1>\) interrupted at input 1:50: it ends cancelled; the other tasks run on\n$`,
			"t.Cancelled()", "true  // bool\n"},
		// The blocking call is what is tested: the report must come
		// while it lasts, and it cannot be interrupted.
		{"compiled call", `t := loop.CreateTask(loop.Async(func() { time.Sleep(3 * time.Second) }))`,
			`^the event loop has not turned for [0-9.]+m?s: Task\(<input1\.func1>\) \(created at input 1:22\) holds it, in a call of time\.Sleep, compiled code that cannot be interrupted: it holds the loop until it returns \(a task that waits awaits loop\.Sleep, which lets the loop run meanwhile\); :reset starts a new loop\n`,
			``,
			"loop.Await(t); t.Done()", "true  // bool\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, out, errs := newSession(t, repl.Config{Clock: "real", StopGrace: 20 * time.Second})
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			reported := make(chan struct{})
			go func() {
				defer close(reported)
				for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline) && !strings.Contains(errs.String(), "has not turned"); {
					time.Sleep(time.Millisecond)
				}
				cancel()
			}()
			if err := s.Run(ctx, tt.in); err != nil {
				t.Fatalf("%s: %v", tt.in, err)
			}
			<-reported
			if !regexp.MustCompile(tt.report).MatchString(errs.String()) {
				t.Errorf("stderr %q, want the report %s", errs.String(), tt.report)
			}
			if tt.after != "" && !regexp.MustCompile(tt.after).MatchString(errs.String()) {
				t.Errorf("stderr %q, want %s", errs.String(), tt.after)
			}
			out.Reset()
			if err := s.Run(context.Background(), tt.check); err != nil {
				t.Fatalf("%s: %v", tt.check, err)
			}
			if out.String() != tt.want {
				t.Errorf("%s: %q, want %q", tt.check, out.String(), tt.want)
			}
		})
	}
}

// TestRecursionInSession: runaway recursion in an input, a task or a
// goroutine is a panic at the function's line; the session keeps its
// variables and runs on. Recursions typed one after another are stopped
// as early as the first: the goroutines' stacks never come near Go's
// limit, past which the process dies (the last one's stack, freed, is
// still counted for a while).
func TestRecursionInSession(t *testing.T) {
	if testing.Short() {
		t.Skip("each recursion grows a stack to the limit (128 MB)")
	}
	peak := watchStacks(t)
	s, out, errs := newSession(t, repl.Config{Clock: "real"})
	ctx := context.Background()
	// Outputs are regular expressions. The task's recursion holds the
	// loop long enough to be reported as a stall, and, on a slow machine
	// (-race), the input awaiting it as a long wait.
	steps := []struct{ in, out, err string }{
		{"func f(n int) int { return f(n+1) + 1 }\nx := 42", `^func f\(n int\) int\nx int = 42\n$`, `^$`},
		{"f(0)", `^$`, `^input 1, line 1:1: panic: stack overflow: the goroutine's stack passed the session's limit of 128 MB at a depth of \d+ calls \(this may be legitimate deep recursion: make it iterate, or run it as a compiled program, whose stack may grow to 1 GB\)\n$`},
		{"x", `^42  // int\n$`, `^$`},
		{"f(1)", `^$`, `^input 1, line 1:1: panic: stack overflow: .*\n$`},
		{"func() { t := loop.CreateTask(loop.Async(func() (any, error) { return f(0), nil })); _, err := loop.Await(t); fmt.Println(err) }()",
			`^stack overflow: the goroutine's stack passed the session's limit of 128 MB at a depth of \d+ calls \(this may be legitimate deep recursion: make it iterate, or run it as a compiled program, whose stack may grow to 1 GB\) at input 1, line 1:1\n$`, `^(the event loop has not turned .*\n)?(input 5 has waited [\d.]+s at .*\n)?$`},
		// An Error method that recurses, called by the session itself to
		// show a result held as error (the input's task ended by the
		// stop, not reported as a runtime.Goexit).
		{"type E float64; func (e E) Error() string { return fmt.Sprint(e) }", `^type E float64\nfunc \(e E\) Error\(\) string\n$`, `^$`},
		// The message names the trap: fmt calling the method over and
		// over.
		{"var err error = E(1)", `^$`, `^input 6:\d+: panic: stack overflow: the goroutine's stack passed the session's limit of 128 MB at a depth of \d+ calls, fmt calling a String or Error method over and over: a method printing its own receiver with fmt \(fmt.Sprint\(e\) or %v of e in e's Error\) calls itself; print the value converted to a type without the method \(fmt.Sprint\(float64\(e\)\) for a type E float64\)\n$`},
		{"x", `^42  // int\n$`, `^$`},
	}
	for _, st := range steps {
		out.Reset()
		errs.Reset()
		s.Run(ctx, st.in)
		if !regexp.MustCompile(st.out).MatchString(out.String()) || !regexp.MustCompile(st.err).MatchString(errs.String()) {
			t.Errorf("%q: stdout %q, stderr %q; want %q, %q", st.in, out.String(), errs.String(), st.out, st.err)
		}
	}
	// Go's limit is 1e9 bytes: a stack of 512 MiB may not double.
	if p := peak(); p >= 512<<20 {
		t.Errorf("the stacks reached %d MiB: a recursion was stopped late", p>>20)
	}
}

// watchStacks samples the size of the goroutines' stacks until the test
// ends, and returns a function that reports the largest seen.
func watchStacks(t *testing.T) func() uint64 {
	var peak atomic.Uint64
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		s := []metrics.Sample{{Name: "/memory/classes/heap/stacks:bytes"}}
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	t.Cleanup(func() { close(done); <-stopped })
	return peak.Load
}

// TestCancelInterrupts: :cancel of a task that holds the loop, computing
// without awaiting, stops it at its next safe point (a cancellation alone
// would wait for an await that never comes): it ends cancelled, its
// awaiters see loop.ErrCancelled, and a background task runs on. One in a
// compiled call is reported as such.
func TestCancelInterrupts(t *testing.T) {
	tests := []struct {
		name    string
		body    string // the spinning task's, after it yields once
		stderr  string // a regular expression
		running string // Cancel's running, a regular expression ("" for none)
		check   string // an input run afterwards, and what it prints
		want    string
	}{
		{"loop", `n := 0; for { n++ }`,
			`^Task\(<spinner>\) interrupted by :cancel at input 2:\d+: it ends cancelled; the other tasks run on\n$`, "",
			`func() { _, err := loop.Await(sp); fmt.Println(errors.Is(err, loop.ErrCancelled), sp.Cancelled(), bg.Done()) }()`, "true true false\n"},
		{"calls", `var f func(int) int; f = func(n int) int { if n == 0 { return 0 }; return f(n-1) + 1 }; for { f(10) }`,
			`^(the event loop has not turned .*\n)?Task\(<spinner>\) interrupted by :cancel at input 2:\d+: it ends cancelled; the other tasks run on\n$`, "",
			`func() { _, err := loop.Await(sp); fmt.Println(errors.Is(err, loop.ErrCancelled), sp.Cancelled(), bg.Done()) }()`, "true true false\n"},
		// The blocking call is what is tested: it cannot be interrupted.
		{"compiled call", `time.Sleep(2 * time.Second); for {}`,
			`^(the event loop has not turned .*\n)?Task\(<spinner>\) interrupted by :cancel at input 2:\d+: it ends cancelled; the other tasks run on\n$`,
			`^Task\(<spinner>\)<PENDING> still runs: it holds the event loop in a call of time\.Sleep, compiled code that cannot be interrupted: it stops at its next safe point or await once the call returns \(one that returns first ends as it returns\); :reset starts a new loop$`,
			`func() { _, err := loop.Await(sp); fmt.Println(errors.Is(err, loop.ErrCancelled), sp.Cancelled(), bg.Done()) }()`, "true true false\n"},
		// Cancelled too: the await after the call, which would sleep an
		// hour, ends at once (the cancellation was lost).
		{"compiled call, then await", `time.Sleep(2 * time.Second); loop.Await(loop.Sleep(time.Hour)); for {}`,
			`^(the event loop has not turned .*\n)?Task\(<spinner>\) interrupted by :cancel at input 2:\d+: it ends cancelled; the other tasks run on\n$`,
			`^Task\(<spinner>\)<PENDING> still runs: it holds the event loop in a call of time\.Sleep, compiled code that cannot be interrupted: it stops at its next safe point or await once the call returns \(one that returns first ends as it returns\); :reset starts a new loop$`,
			`func() { _, err := loop.Await(sp); fmt.Println(errors.Is(err, loop.ErrCancelled), sp.Cancelled(), bg.Done()) }()`, "true true false\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The time a safe point has to come: short for the compiled
			// call, which reaches none.
			grace := 20 * time.Second
			if tt.running != "" {
				grace = 100 * time.Millisecond
			}
			s, out, errs := newSession(t, repl.Config{Clock: "real", StopGrace: grace})
			ctx := context.Background()
			if err := s.Run(ctx, `bg := loop.CreateTask(loop.Async(func() error { for { if _, err := loop.Await(loop.Sleep(time.Millisecond)); err != nil { return err } } }))`); err != nil {
				t.Fatal(err)
			}
			// The task yields once, so that the input ends before it
			// takes the loop.
			in := `sp := loop.CreateTask(loop.Async(func() { loop.Await(loop.Sleep(0)); ` + tt.body + ` }), loop.Name("spinner"))`
			if err := s.Run(ctx, in); err != nil {
				t.Fatal(err)
			}
			for deadline := time.Now().Add(20 * time.Second); s.Loop().Stepping() == nil; time.Sleep(time.Millisecond) {
				if time.Now().After(deadline) {
					t.Fatal("the task never took the loop")
				}
			}
			errs.Reset()
			cancelled, running, err := s.Cancel("spinner")
			if err != nil || len(cancelled) != 1 || cancelled[0] != "Task(<spinner>)<PENDING>" {
				t.Fatalf("Cancel = %q, %q, %v", cancelled, running, err)
			}
			if tt.running == "" && len(running) != 0 || tt.running != "" && (len(running) != 1 || !regexp.MustCompile(tt.running).MatchString(running[0])) {
				t.Errorf("running %q, want %s", running, tt.running)
			}
			out.Reset()
			if err := s.Run(ctx, tt.check); err != nil {
				t.Fatalf("%s: %v", tt.check, err)
			}
			if out.String() != tt.want {
				t.Errorf("%s: %q, want %q", tt.check, out.String(), tt.want)
			}
			if !regexp.MustCompile(tt.stderr).MatchString(errs.String()) {
				t.Errorf("stderr %q, want %s", errs.String(), tt.stderr)
			}
		})
	}
}

// TestInterruptCallback: a callback that holds the loop running
// interpreted code is stopped at its next safe point by an interrupt of
// the input waiting for the loop: it ends as a panicking callback does,
// reported at its line, and the session goes on with what it had. One
// in a compiled call is reported as such.
func TestInterruptCallback(t *testing.T) {
	defer repl.SetStallAfter(50 * time.Millisecond)()
	tests := []struct {
		name   string
		in     string
		report string // the live report, a regular expression
		after  string // stderr after the interrupt, a regular expression
	}{
		{"CallSoon", `loop.Get().CallSoon(func() { n := 0; for { n++ } })`,
			`^the event loop has not turned for [0-9.]+m?s: a callback holds it, running interpreted code at input 2:38 without awaiting; Ctrl-C stops it \(the loop runs on\)\n`,
			`\ncallback <Handle func\(\)> interrupted at input 2:38: the rest of it does not run; the loop runs on\n$`},
		{"done callback", `f := loop.Get().CreateFuture(); f.AddDoneCallback(func(*loop.Future) { for {} }); f.SetResult(1)`,
			`^the event loop has not turned for [0-9.]+m?s: a callback holds it, running interpreted code at input 2:\d+ without awaiting; Ctrl-C stops it \(the loop runs on\)\n`,
			`\ndone callback func\(<Future finished result=1>\) interrupted at input 2:\d+: the rest of it does not run; the loop runs on\n$`},
		// The blocking call is what is tested: it cannot be interrupted,
		// and the callback ends when it returns.
		{"compiled call", `loop.Get().CallSoon(func() { time.Sleep(2 * time.Second) })`,
			`^the event loop has not turned for [0-9.]+m?s: a callback holds it, in a call of time\.Sleep, compiled code that cannot be interrupted: it holds the loop until it returns; :reset starts a new loop\n$`,
			``},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, out, errs := newSession(t, repl.Config{Clock: "real", StopGrace: 20 * time.Second})
			if err := s.Run(context.Background(), "x := 42"); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			go func() {
				for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline) && !strings.Contains(errs.String(), "has not turned"); {
					time.Sleep(time.Millisecond)
				}
				cancel()
			}()
			if err := s.Run(ctx, tt.in); err != nil {
				t.Fatalf("%s: %v", tt.in, err)
			}
			if !regexp.MustCompile(tt.report).MatchString(errs.String()) {
				t.Errorf("stderr %q, want the report %s", errs.String(), tt.report)
			}
			if !regexp.MustCompile(tt.after).MatchString(errs.String()) {
				t.Errorf("stderr %q, want %s", errs.String(), tt.after)
			}
			out.Reset()
			if err := s.Run(context.Background(), "x + 1"); err != nil {
				t.Fatal(err)
			}
			if out.String() != "43  // int\n" {
				t.Errorf("x + 1: %q, want 43", out.String())
			}
		})
	}
}

// TestHeldLoopAnswers: a task holding the loop in a compiled call that no
// interrupt reaches does not hang the session: the input that made it
// ends, an input waiting for the loop ends at Ctrl-C without having run,
// naming the task and the call, and the variables stay.
func TestHeldLoopAnswers(t *testing.T) {
	defer repl.SetStallAfter(50 * time.Millisecond)()
	s, out, errs := newSession(t, repl.Config{Clock: "real"})
	ctx := context.Background()
	if err := s.Run(ctx, `n := 7; loop.CreateTask(loop.Async(func() { time.Sleep(time.Hour) }))`); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errs.String(), "in a call of time.Sleep, compiled code that cannot be interrupted") {
		t.Fatalf("stderr %q, want the live report of the call", errs.String())
	}
	done := make(chan error)
	go func() { done <- s.Run(ctx, "n + 1") }()
	var err error
	for wait := true; wait; {
		select {
		case err = <-done:
			wait = false
		case <-time.After(20 * time.Millisecond):
			s.Interrupt()
		}
	}
	const want = "did not run: the event loop is held by Task(<input1.func1>) (in a call of time.Sleep)"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("n + 1: %v, want an error saying %q", err, want)
	}
	if strings.Contains(out.String(), "8") {
		t.Errorf("stdout %q: the input ran", out.String())
	}
}

// TestSleepingTaskQueuedInput: an input typed while a task holds the loop
// in time.Sleep says it waits for the call to return, and how a task
// waits without holding the loop (it said that Ctrl-C would stop the task,
// which no interrupt reaches in a compiled call); it runs once the call
// returns.
func TestSleepingTaskQueuedInput(t *testing.T) {
	defer repl.SetStallAfter(50 * time.Millisecond)()
	defer repl.SetWaitNoteAfter(100 * time.Millisecond)()
	s, out, errs := newSession(t, repl.Config{Clock: "real", StopGrace: 20 * time.Second})
	ctx := context.Background()
	if err := s.Run(ctx, `_ = loop.CreateTask(loop.Async(func() { time.Sleep(3 * time.Second) }))`); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(20 * time.Second); !strings.Contains(errs.String(), "has not turned"); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("stderr %q, want the watchdog's report", errs.String())
		}
	}
	if err := s.Run(ctx, "1 + 1"); err != nil {
		t.Fatalf("1 + 1: %v", err)
	}
	const want = "input 2 waits for the event loop, which Task(<input1.func1>) holds in a call of time.Sleep, compiled code that cannot be interrupted; input 2 runs once the task awaits or returns (in a task, await loop.Sleep rather than call time.Sleep"
	if !strings.Contains(errs.String(), want) {
		t.Errorf("stderr %q, want %q", errs.String(), want)
	}
	if !strings.Contains(out.String(), "2  // int\n") {
		t.Errorf("stdout %q, want input 2's result", out.String())
	}
}

// TestSpinningTaskQueuedInputAndClose: an input typed while a task spins
// on the loop says it waits for that task (it waited in silence), runs
// once Ctrl-C stops the task; closing the session stops such a task
// first, saying so (the listing of the pending tasks and the loop's stop
// waited for it, about ten seconds).
func TestSpinningTaskQueuedInputAndClose(t *testing.T) {
	defer repl.SetStallAfter(50 * time.Millisecond)()
	defer repl.SetWaitNoteAfter(100 * time.Millisecond)()
	s, out, errs := newSession(t, repl.Config{Clock: "real", StopGrace: 20 * time.Second})
	ctx := context.Background()
	waitFor := func(text string) {
		t.Helper()
		for deadline := time.Now().Add(20 * time.Second); !strings.Contains(errs.String(), text); time.Sleep(time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("stderr %q, want %q", errs.String(), text)
			}
		}
	}
	if err := s.Run(ctx, `_ = loop.CreateTask(loop.Async(func() { n := 0; for { n++ } }))`); err != nil {
		t.Fatal(err)
	}
	waitFor("has not turned")
	done := make(chan error)
	go func() { done <- s.Run(ctx, "1 + 1") }()
	waitFor("input 2 waits for the event loop, which Task(<input1.func1>) holds, running without awaiting; Ctrl-C stops that task, then input 2 runs")
	s.Interrupt()
	if err := <-done; err != nil {
		t.Fatalf("1 + 1: %v", err)
	}
	if !strings.Contains(out.String(), "2  // int\n") {
		t.Errorf("stdout %q, want input 2's result", out.String())
	}
	if err := s.Run(ctx, `_ = loop.CreateTask(loop.Async(func() { n := 0; for { n++ } }))`); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(20 * time.Second); strings.Count(errs.String(), "has not turned") < 2; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("stderr %q, want a second report", errs.String())
		}
	}
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if want := "stopping Task(<input3.func1>), which holds the event loop\n"; !strings.Contains(errs.String(), want) {
		t.Errorf("stderr %q, want %q", errs.String(), want)
	}
}
