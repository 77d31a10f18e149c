package repl_test

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/internal/syncbuf"
	"github.com/asyncrepl/asyncrepl/repl"
)

// TestWaitNote: an input that waits for something the shell cannot prove
// endless (a ticker, a signal channel, a timer, a goroutine in a compiled
// call, a future such a goroutine may complete, an executor job) is named live, with why it is no proven
// deadlock, and where, when the wait is in the input's own statements;
// an interrupt (Ctrl-C) then stops it; the session goes on.
// A sleep is not named.
func TestWaitNote(t *testing.T) {
	defer repl.SetWaitNoteAfter(0)()
	tests := []struct {
		name, in, note string // note: the live note, a regular expression
	}{
		{"ticker", `tk := time.NewTicker(time.Hour); <-tk.C`,
			`^input 1 has waited [0-9.]+m?s in a channel receive at input 1:34; it is not a deadlock the shell can prove \(a timer that can be reset or a ticker of yours may end it\); Ctrl-C stops the input\n`},
		{"signal channel", `c := make(chan os.Signal, 1); signal.Notify(c, syscall.SIGUSR2); <-c`,
			`^input 1 has waited [0-9.]+m?s in a channel receive at input 1:66; it is not a deadlock the shell can prove \(a timer's function or a signal channel of yours may end it\); Ctrl-C stops the input\n`},
		{"one-shot timer", `select { case <-make(chan int): case <-time.After(time.Hour): }`,
			`^input 1 has waited [0-9.]+m?s in a select at input 1:1; it is not a deadlock the shell can prove \(a timer or deadline of yours, due within 59m5[0-9.]+s, may end it\); Ctrl-C stops the input\n`},
		{"a goroutine in a compiled call", `ch := make(chan int); go func() { time.Sleep(time.Hour); ch <- 1 }(); <-ch`,
			`^input 1 has waited [0-9.]+m?s in a channel receive at input 1:71; it is not a deadlock the shell can prove \(a goroutine sleeps, in time\.Sleep\); Ctrl-C stops the input\n`},
		{"two receives, and one in a function", `ch := make(chan int); go func() { time.Sleep(time.Hour) }(); f := func() { <-ch }; if len(ch) > 0 { <-ch }; f(); <-ch`,
			`^input 1 has waited [0-9.]+m?s in a channel receive; it is not a deadlock`},
		{"a receive in an if, and the final expression's", `ch := make(chan int); go func() { time.Sleep(time.Hour) }(); if len(ch) > 0 { <-ch }; <-ch`,
			`^input 1 has waited [0-9.]+m?s in a channel receive at input 1:87; it is not a deadlock`},
		{"two receives", `ch := make(chan int); go func() { time.Sleep(time.Hour) }(); if len(ch) > 0 { <-ch }; <-ch; fmt.Println()`,
			`^input 1 has waited [0-9.]+m?s in a channel receive at one of input 1:79, input 1:87; it is not a deadlock`},
		{"a wait in a function the input calls", `ch := make(chan int); go func() { time.Sleep(time.Hour) }(); recv := func() int { return <-ch }; <-ch + recv()`,
			`^input 1 has waited [0-9.]+m?s in a channel receive; it is not a deadlock`},
		// (The goroutine says it holds the mutex: a sleep before the
		// Lock let the input take it first on a busy machine.)
		{"a mutex held by a sleeping goroutine", `var mu sync.Mutex; held := make(chan bool); go func() { mu.Lock(); held <- true; time.Sleep(time.Hour) }(); <-held; mu.Lock()`,
			`^input 1 has waited [0-9.]+m?s in Mutex\.Lock at input 1:117; it is not a deadlock the shell can prove \(a goroutine sleeps, in time\.Sleep\); Ctrl-C stops the input\n`},
		{"a future a sleeping goroutine may complete", `f := loop.Get().CreateFuture(); l := loop.Get(); go func() { time.Sleep(time.Hour); l.CallSoonThreadsafe(func() { f.SetResult(1) }) }(); loop.Await(f)`,
			`^input 1 has waited [0-9.]+m?s at input 1:[0-9]+ for future, pending: completed by code that holds it \(SetResult, SetException, Cancel\); Ctrl-C cancels it\n`},
		// (The job's channel is its own: a job reading the session's
		// variables while the next input runs races inside yaegi.)
		{"an executor job", `loop.Await(loop.Get().RunInExecutor(func() { ch := make(chan int); <-ch }))`,
			`^input 1 has waited [0-9.]+m?s at input 1:[0-9]+ for executor job func, running for [0-9.]+m?s; Ctrl-C cancels it\n`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if raceEnabled && !strings.Contains(tt.in, "loop.Await") {
				t.Skip("the interrupt ends a blocked wait with a hard stop, which races inside yaegi (see raceEnabled)")
			}
			s, out, errs := newSession(t, repl.Config{Clock: "real"})
			ctx := cancelOnNote(t, errs)
			s.Run(ctx, tt.in) //nolint:errcheck // stopped: the error is on stderr
			if !regexp.MustCompile(tt.note).MatchString(errs.String()) {
				t.Errorf("stderr %q, want the note %s", errs.String(), tt.note)
			}
			out.Reset()
			if err := s.Run(context.Background(), "1+1"); err != nil || out.String() != "2  // int\n" {
				t.Errorf("after the stop: %q, %v", out.String(), err)
			}
		})
	}
	// A loop run until Stop with a timer due that may stop it (the
	// chain_bug example) is not named; one with only a task that might
	// is.
	t.Run("nested run stopped by a timer", func(t *testing.T) {
		s, _, errs := newSession(t, repl.Config{Clock: "real"})
		if err := s.Run(context.Background(), `l := loop.Get(); l.CallLater(1500*time.Millisecond, l.Stop); l.RunForever()`); err != nil {
			t.Fatal(err)
		}
		if errs.String() != "" {
			t.Errorf("stderr %q, want nothing", errs.String())
		}
	})
	t.Run("nested run that a task may stop", func(t *testing.T) {
		s, _, errs := newSession(t, repl.Config{Clock: "real"})
		ctx := cancelOnNote(t, errs)
		s.Run(ctx, `f := loop.Get().CreateFuture(); loop.CreateTask(loop.Async(func() error { _, err := loop.Await(f); return err })); loop.Get().RunForever()`) //nolint:errcheck // stopped: the error is on stderr
		if want := regexp.MustCompile(`^input 1 has waited [0-9.]+m?s for nested RunForever: until Stop; Ctrl-C cancels it\n`); !want.MatchString(errs.String()) {
			t.Errorf("stderr %q, want a match for %s", errs.String(), want)
		}
	})
	t.Run("sleep", func(t *testing.T) {
		s, _, errs := newSession(t, repl.Config{Clock: "real"})
		if err := s.Run(context.Background(), `if _, err := loop.Await(loop.Sleep(1200 * time.Millisecond)); err != nil { panic(err) }; time.Sleep(1200 * time.Millisecond)`); err != nil {
			t.Fatal(err)
		}
		if errs.String() != "" {
			t.Errorf("stderr %q, want nothing", errs.String())
		}
	})
}

// cancelOnNote returns a context cancelled once errs holds a wait note
// (as Ctrl-C would stop the input), or after 20 s.
func cancelOnNote(t *testing.T, errs *syncbuf.Buffer) context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	go func() {
		for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline) && !strings.Contains(errs.String(), "has waited"); {
			time.Sleep(time.Millisecond)
		}
		cancel()
	}()
	return ctx
}
