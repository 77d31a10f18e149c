package repl_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
	"github.com/asyncrepl/asyncrepl/repl"
)

// TestAdvanceAndStep: on the virtual clock, which stands still between
// inputs, Advance moves loop time by its duration and runs what falls due
// (in deadline order); Step moves it to the next timer. Neither moves the
// real clock, and both say so.
func TestAdvanceAndStep(t *testing.T) {
	ctx := context.Background()
	s, out, errs := newSession(t, repl.Config{})
	run := func(src string) {
		t.Helper()
		if err := s.Run(ctx, src); err != nil {
			t.Fatalf("%s: %v\n%s", src, err, errs.String())
		}
	}
	run(`func at(d time.Duration, what string) { loop.Get().CallLater(d, func() { fmt.Println(what, loop.Get().Time()) }) }`)
	run(`at(3*time.Second, "c"); at(time.Second, "a"); at(2*time.Second, "b"); at(time.Hour, "h")`)
	steps := []struct {
		do       string // advance DURATION, or step
		from, to float64
		printed  string
		ok       bool // Step: a timer was pending
	}{
		{"advance 2500ms", 0, 2.5, "a 1\nb 2\n", true},
		{"step", 2.5, 3, "c 3\n", true},
		{"advance 0s", 3, 3, "", true},
		{"step", 3, 3600, "h 3600\n", true},
		{"step", 3600, 3600, "", false},
	}
	for _, st := range steps {
		out.Reset()
		var (
			from, to float64
			ok       = true
			err      error
		)
		if d, isAdvance := strings.CutPrefix(st.do, "advance "); isAdvance {
			dur, _ := time.ParseDuration(d)
			from, to, err = s.Advance(ctx, dur)
		} else {
			from, to, ok, err = s.Step(ctx)
		}
		if err != nil || from != st.from || to != st.to || ok != st.ok || out.String() != st.printed {
			t.Errorf("%s: from %v to %v (ok %v, err %v), printed %q; want from %v to %v (ok %v), printed %q",
				st.do, from, to, ok, err, out.String(), st.from, st.to, st.ok, st.printed)
		}
	}
	if kind, now, err := s.ClockInfo(); kind != "virtual" || now != 3600 || err != nil {
		t.Errorf("ClockInfo() = %q, %v, %v; want virtual, 3600", kind, now, err)
	}
	if _, _, err := s.Advance(ctx, -time.Second); err == nil {
		t.Error("Advance(-1s) went back in time")
	}

	if err := s.SetClock("real"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Advance(ctx, time.Second); err == nil || !strings.Contains(err.Error(), ":clock virtual") {
		t.Errorf("Advance on the real clock: %v", err)
	}
	if _, _, _, err := s.Step(ctx); err == nil || !strings.Contains(err.Error(), ":clock virtual") {
		t.Errorf("Step on the real clock: %v", err)
	}
	if kind, now, err := s.ClockInfo(); kind != "real" || now < 3600 || err != nil {
		t.Errorf("ClockInfo() = %q, %v, %v; want real, from 3600 on", kind, now, err)
	}
}

// TestStepReachesTimer: Step lands on the next timer whatever the loop's
// time, also where the distance to it, in floating-point seconds, is a
// hair under a whole number of nanoseconds (0.559-0.059 is 0.49999999999999994),
// which a truncating conversion stopped a nanosecond short of.
func TestStepReachesTimer(t *testing.T) {
	ctx := context.Background()
	for _, start := range []time.Duration{0, 59 * time.Millisecond, 100 * time.Millisecond, 333 * time.Millisecond, time.Hour + time.Nanosecond} {
		s, out, errs := newSession(t, repl.Config{})
		if _, _, err := s.Advance(ctx, start); err != nil {
			t.Fatal(err)
		}
		if err := s.Run(ctx, `loop.Get().CallLater(500*time.Millisecond, func() { fmt.Println("due") })`); err != nil {
			t.Fatalf("%v\n%s", err, errs.String())
		}
		out.Reset()
		if _, _, ok, err := s.Step(ctx); !ok || err != nil || out.String() != "due\n" {
			t.Errorf("after advancing %v: Step ok %v, err %v, printed %q; want the timer's \"due\"", start, ok, err, out.String())
		}
		if _, _, ok, _ := s.Step(ctx); ok {
			t.Errorf("after advancing %v: a second Step found a timer", start)
		}
	}
}

// TestSessionTrace: a tracer set on the session sees its inputs' tasks
// and the tasks they start, until it is set to nil.
func TestSessionTrace(t *testing.T) {
	ctx := context.Background()
	s, _, errs := newSession(t, repl.Config{})
	tr := loop.NewTrace()
	if err := s.SetTracer(tr); err != nil {
		t.Fatal(err)
	}
	src := `func nap(d time.Duration) *loop.Coroutine { return loop.Async(func() error { _, err := loop.Await(loop.Sleep(d)); return err }) }
loop.Await(loop.Gather(nap(time.Second), nap(2*time.Second)))`
	if err := s.Run(ctx, src); err != nil {
		t.Fatalf("%v\n%s", err, errs.String())
	}
	if err := s.SetTracer(nil); err != nil {
		t.Fatal(err)
	}
	kept, _ := tr.Len()
	if err := s.Run(ctx, `loop.Await(nap(time.Second))`); err != nil {
		t.Fatal(err)
	}
	if n, _ := tr.Len(); n != kept {
		t.Errorf("%d events after SetTracer(nil)", n-kept)
	}
	var b bytes.Buffer
	tr.WriteTimeline(&b, 21)
	want := `loop time 0s to 2s (virtual clock): 3 tasks, 6 steps
           0s        1s        2s
#1 input 1 █───────────────────█  ✓ result=<nil>
#2 nap     █─────────█            ✓ result=<nil>
#3 nap     █───────────────────█  ✓ result=<nil>
█ step  ─ awaiting  ✓ done  ✗ failed  ⊘ cancelled
`
	if b.String() != want {
		t.Errorf("timeline:\n%s\nwant:\n%s", b.String(), want)
	}
}
