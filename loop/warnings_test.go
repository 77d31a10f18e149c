package loop_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
	"github.com/sirupsen/logrus"
	"github.com/sirupsen/logrus/hooks/test"
)

// These tests are not parallel: the garbage-collector-driven warnings go
// to the logger of the loop running when the coroutine was made.

func neverAwaited() *loop.Coroutine {
	return loop.Async(func() {})
}

func TestWarnCoroutineNeverAwaited(t *testing.T) {
	for _, debug := range []bool{false, true} {
		t.Run(fmt.Sprint("debug=", debug), func(t *testing.T) {
			l, hook := newLoop(t, loop.WithDebug(debug))
			mustRun(t, l, func() {
				neverAwaited() // the bug: called, never awaited
				loop.Await(loop.Sleep(0))
				loop.Await(neverAwaited()) // awaited: no warning for this one
			})
			for i := 0; i < 5 && findEntry(hook, "") == nil && countPrefix(hook, "Coroutine 'neverAwaited'") == 0; i++ {
				loop.FlushWarnings(time.Second)
			}
			if n := countPrefix(hook, "Coroutine 'neverAwaited'"); n != 1 {
				t.Fatalf("%d never-awaited warnings, want 1: %v", n, messages(hook))
			}
			e := entryPrefix(hook, "Coroutine 'neverAwaited'")
			if e.Level != logrus.WarnLevel || e.Data["coroutine"] != "neverAwaited" {
				t.Errorf("entry: %v %v", e.Level, e.Data)
			}
			if e.Message != "Coroutine 'neverAwaited' defined at loop/warnings_test.go:19 was never awaited" {
				t.Errorf("message %q", e.Message)
			}
			if at, ok := e.Data["created_at"]; debug != ok || ok && at != "loop/warnings_test.go:27" {
				t.Errorf("created_at %v (debug=%v), want the line calling neverAwaited()", at, debug)
			}
			_, hasStack := e.Data["stack"]
			if hasStack != debug {
				t.Errorf("stack field present=%v in debug=%v", hasStack, debug)
			}
			if debug && !strings.Contains(fmt.Sprint(e.Data["stack"]), "TestWarnCoroutineNeverAwaited") {
				t.Errorf("debug stack does not show the caller: %v", e.Data["stack"])
			}
		})
	}
}

func TestWarnInertCoroutineAtClose(t *testing.T) {
	l, hook := newLoop(t)
	var kept []*loop.Coroutine
	mustRun(t, l, func() {
		kept = append(kept, neverAwaited().Named("first", "a.go:1"), neverAwaited().Named("second", "a.go:2"))
		loop.Await(neverAwaited()) // awaited: never reported
	})
	if countPrefix(hook, "Coroutine ") != 0 {
		t.Fatalf("reported while reachable and the loop open: %v", messages(hook))
	}
	l.Close()
	want := []string{
		"Coroutine 'first' defined at a.go:1 was never awaited",
		"Coroutine 'second' defined at a.go:2 was never awaited",
	}
	if got := messages(hook); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("at Close: %q, want %q", got, want)
	}
	hook.Reset()
	kept = nil
	loop.FlushWarnings(time.Second)
	if len(hook.AllEntries()) != 0 {
		t.Errorf("reported twice: %v", messages(hook))
	}
}

// What one collection finds is reported in the order it was made, not in
// the collector's: dropped coroutines and failed futures, interleaved. (On
// a loaded machine a collection may leave one of them to the next, which
// reports it after: the burst is tried up to three times.)
func TestWarnOrderOfBurst(t *testing.T) {
	var got, want []string
	for range 3 {
		l, hook := newLoop(t)
		want = nil
		mustRun(t, l, func() {
			for i := range 20 {
				if i%4 == 3 {
					f := l.CreateFuture()
					f.SetException(fmt.Errorf("e%d", i))
					want = append(want, "Future exception was never retrieved")
					continue
				}
				name := fmt.Sprint("c", i)
				loop.Async(func() {}).Named(name, "a.go:1")
				want = append(want, "Coroutine '"+name+"' defined at a.go:1 was never awaited")
			}
		})
		loop.FlushWarnings(time.Second)
		if got = messages(hook); strings.Join(got, "|") == strings.Join(want, "|") {
			return
		}
	}
	t.Fatalf("reported\n%q\nwant\n%q", got, want)
}

func TestWarnNamedCoroutine(t *testing.T) {
	l, hook := newLoop(t)
	mustRun(t, l, func() {
		loop.Async(func() {}).Named("test", "input 3:1")
	})
	loop.FlushWarnings(time.Second)
	if e := findEntry(hook, "Coroutine 'test' defined at input 3:1 was never awaited"); e == nil {
		t.Fatalf("got %v", messages(hook))
	}
}

// A coroutine an interpreter gives its position (CreatedAt) is reported
// with that position and without the stack recorded in debug mode, which
// holds the interpreter's frames, not its code's.
func TestWarnCreatedAtDropsStack(t *testing.T) {
	l, hook := newLoop(t, loop.WithDebug(true))
	mustRun(t, l, func() {
		loop.Async(func() {}).Named("interpreted", "prog.go:3").CreatedAt("prog.go:9")
	})
	loop.FlushWarnings(time.Second)
	e := entryPrefix(hook, "Coroutine 'interpreted'")
	if e == nil {
		t.Fatalf("got %v", messages(hook))
	}
	if e.Data["created_at"] != "prog.go:9" {
		t.Errorf("created_at %v, want prog.go:9", e.Data["created_at"])
	}
	if st, ok := e.Data["stack"]; ok {
		t.Errorf("stack field %q: the interpreter's frames", st)
	}
}

func TestWarnExceptionNeverRetrieved(t *testing.T) {
	boom := errors.New("not consumed")
	t.Run("reported at Close", func(t *testing.T) {
		l, hook := newLoop(t)
		var keep *loop.Task
		mustRun(t, l, func() {
			keep = l.CreateTask(loop.Async(func() error { return boom }).Named("bug", "bug.go:5"))
			loop.Await(loop.Sleep(time.Second))
		})
		if n := countPrefix(hook, "Task exception was never retrieved"); n != 0 {
			t.Fatalf("reported before Close while the task is reachable: %d", n)
		}
		l.Close()
		e := findEntry(hook, "Task exception was never retrieved")
		if e == nil {
			t.Fatalf("got %v", messages(hook))
		}
		if e.Level != logrus.ErrorLevel || e.Data["error"] != "not consumed" || e.Data["raised_at"] != "bug.go:5" ||
			e.Data["task"] != "Task(<bug>)<FINISHED exception=not consumed>" {
			t.Errorf("fields %v", e.Data)
		}
		_ = keep
	})
	t.Run("reported when collected", func(t *testing.T) {
		l, hook := newLoop(t)
		mustRun(t, l, func() {
			l.CreateTask(loop.Async(func() { panic("kaput") }).Named("bug", ""))
			loop.Await(loop.Sleep(time.Second))
		})
		for i := 0; i < 5 && findEntry(hook, "Task exception was never retrieved") == nil; i++ {
			loop.FlushWarnings(time.Second)
		}
		e := findEntry(hook, "Task exception was never retrieved")
		if e == nil {
			t.Fatalf("got %v", messages(hook))
		}
		if e.Data["error"] != "panic: kaput" || !strings.Contains(fmt.Sprint(e.Data["stack"]), "warnings_test.go") {
			t.Errorf("fields %v", e.Data)
		}
	})
	t.Run("retrieved: no warning", func(t *testing.T) {
		l, hook := newLoop(t)
		mustRun(t, l, func() {
			f := l.CreateFuture()
			f.SetException(boom)
			task := l.CreateTask(loop.Async(func() error { return boom }))
			loop.Await(loop.Sleep(0))
			f.Exception()
			loop.Await(task)
		})
		l.Close()
		loop.FlushWarnings(time.Second)
		if n := countPrefix(hook, "exception was never retrieved"); n != 0 {
			t.Fatalf("%d warnings for retrieved exceptions", n)
		}
	})
	t.Run("plain future", func(t *testing.T) {
		l, hook := newLoop(t)
		f := l.CreateFuture()
		f.SetException(boom)
		l.Close()
		e := findEntry(hook, "Future exception was never retrieved")
		if e == nil {
			t.Fatalf("got %v", messages(hook))
		}
		// raised_at is where SetException was called: this file.
		if at := fmt.Sprint(e.Data["raised_at"]); !strings.Contains(at, "warnings_test.go:") {
			t.Errorf("raised_at = %q, want a line of warnings_test.go", at)
		}
	})
}

func TestWarnSlowCallback(t *testing.T) {
	l, hook := newLoop(t, loop.WithDebug(true), loop.WithSlowCallbackDuration(time.Millisecond))
	mustRun(t, l, func() {
		busy(3 * time.Millisecond) // a blocking call in a task step
		loop.Await(l.RunInExecutor(func() { busy(3 * time.Millisecond) }))
	})
	var slow []string
	for _, e := range hook.AllEntries() {
		if strings.HasPrefix(e.Message, "Executing ") {
			slow = append(slow, e.Message)
		}
	}
	// At least the blocking step (a loaded machine may make others slow too).
	if len(slow) == 0 || !strings.HasPrefix(slow[0], "Executing Task(<loop_test.TestWarnSlowCallback.func1 (loop/warnings_test.go:") || !strings.Contains(slow[0], ")>) took 0.0") || !strings.HasSuffix(slow[0], " seconds") {
		t.Fatalf("slow-callback warnings: %q", slow)
	}
	// Outside debug mode there is no timing.
	hook.Reset()
	l.SetDebug(false)
	mustRun(t, l, func() { busy(3 * time.Millisecond) })
	if countPrefix(hook, "Executing ") != 0 {
		t.Error("slow callback reported outside debug mode")
	}
}

// busy blocks the calling goroutine, as a blocking call does.
func busy(d time.Duration) {
	for end := time.Now().Add(d); time.Now().Before(end); {
	}
}

func TestWarnWrongGoroutine(t *testing.T) {
	l, hook := newLoop(t, loop.WithDebug(true))
	ran := make(chan struct{})
	res, err := run(t, l, func() (any, error) {
		fut := l.CreateFuture()
		go func() {
			l.CallSoon(func() { close(ran); fut.SetResult("safe anyway") }) // the mistake
		}()
		return loop.Await(fut)
	})
	if err != nil || res != "safe anyway" {
		t.Fatalf("result %v, %v", res, err)
	}
	<-ran
	e := entryPrefix(hook, "loop: CallSoon called from goroutine")
	if e == nil {
		t.Fatalf("got %v", messages(hook))
	}
	if e.Level != logrus.ErrorLevel || e.Data["method"] != "CallSoon" || !strings.Contains(e.Message, "CallSoonThreadsafe") {
		t.Errorf("entry %v %q %v", e.Level, e.Message, e.Data)
	}
	// From the loop's own task there is no complaint.
	hook.Reset()
	mustRun(t, l, func() { l.CallSoon(func() {}); loop.Await(loop.Sleep(0)) })
	if len(hook.AllEntries()) != 0 {
		t.Errorf("false alarm: %v", messages(hook))
	}
}

// An OnOwnGoroutine task's code may call the loop from any goroutine it
// waits on, but not from one its host detached (a shell's go statement).
func TestWarnWrongGoroutineDetached(t *testing.T) {
	l, hook := newLoop(t, loop.WithDebug(true))
	_, err := l.RunUntilComplete(loop.Async(func() {
		helper := make(chan struct{})
		go func() { // waited on: the task's code, run elsewhere
			defer close(helper)
			l.CallSoon(func() {})
		}()
		<-helper
		if n := countPrefix(hook, "loop: CallSoon called from goroutine"); n != 0 {
			t.Errorf("a helper goroutine of an own-goroutine task was reported: %v", messages(hook))
		}
		detached := make(chan struct{})
		go func() {
			defer close(detached)
			defer loop.Detach()()
			l.CallSoon(func() {})
		}()
		<-detached
	}).OnOwnGoroutine())
	if err != nil {
		t.Fatal(err)
	}
	if countPrefix(hook, "loop: CallSoon called from goroutine") != 1 {
		t.Errorf("the detached goroutine's call: %v", messages(hook))
	}
}

func countPrefix(h *test.Hook, prefix string) int {
	n := 0
	for _, e := range h.AllEntries() {
		if strings.HasPrefix(e.Message, prefix) {
			n++
		}
	}
	return n
}

func entryPrefix(h *test.Hook, prefix string) *logrus.Entry {
	for _, e := range h.AllEntries() {
		if strings.HasPrefix(e.Message, prefix) {
			return e
		}
	}
	return nil
}

// ASYNCREPL_DEBUG is read when a loop is made, so a command that sets it
// after start-up (asyncrepl -debug) reaches the loops its scripts make.
func TestDebugFromEnvironmentAtNew(t *testing.T) {
	t.Setenv("ASYNCREPL_DEBUG", "1")
	if l := loop.New(); !l.Debug() {
		t.Error("ASYNCREPL_DEBUG=1 set after start-up: New made a loop without debug mode")
	}
	t.Setenv("ASYNCREPL_DEBUG", "0")
	if l := loop.New(); l.Debug() {
		t.Error("ASYNCREPL_DEBUG=0: debug mode on")
	}
}

func TestWarnAwaitFromWrongGoroutine(t *testing.T) {
	l, hook := newLoop(t, loop.WithDebug(true))
	var errs []error
	mustRun(t, l, func() {
		done := make(chan error)
		go func() {
			_, err := loop.Await(loop.Sleep(time.Second)) // while the task's step runs
			done <- err
		}()
		errs = append(errs, <-done) // the task's step waits: it is running
		_, err := loop.Await(loop.Sleep(time.Second))
		errs = append(errs, err)
	})
	if len(errs) != 2 || errs[0] == nil || !strings.Contains(errs[0].Error(), "only a task's own code may await") || errs[1] != nil {
		t.Fatalf("errors %v", errs)
	}
	if entryPrefix(hook, "loop: Await called from goroutine") == nil {
		t.Errorf("not logged: %v", messages(hook))
	}
	// The error is the report of the coroutine it refused.
	loop.FlushWarnings(time.Second)
	if n := countPrefix(hook, "Coroutine 'sleep'"); n != 0 {
		t.Errorf("%d never-awaited warnings, want none: %v", n, messages(hook))
	}
}

// Await outside a task returns ErrNoTask in words that say where it was
// called, when the loop can tell, and the coroutine it was given is not
// also reported as never awaited: the error is the report. The coroutine
// did not start: a task may await it later (it is not "already awaited").
func TestAwaitOutsideTaskIsTheOnlyReport(t *testing.T) {
	for _, tc := range []struct {
		name  string
		debug bool
		call  func(l *loop.Loop, await func())
		want  string
	}{
		{"callback", false, func(l *loop.Loop, await func()) {
			l.CallSoon(await)
			mustRun(t, l, func() { loop.Await(loop.Sleep(0)) })
		}, "callback"}, // "in a callback" once the loop knows its goroutine (after several loops ran at once)
		{"callback debug", true, func(l *loop.Loop, await func()) {
			l.CallSoon(await)
			mustRun(t, l, func() { loop.Await(loop.Sleep(0)) })
		}, "(in a callback: a callback cannot await)"},
		{"goroutine debug", true, func(l *loop.Loop, await func()) {
			mustRun(t, l, func() {
				fut := l.CreateFuture()
				// Started by a callback, the goroutine awaits while the
				// task waits for fut, parked: started in the task's step,
				// it could await while the step still runs, which is
				// another report (TestWarnAwaitFromWrongGoroutine).
				l.CallSoon(func() {
					go func() {
						await()
						l.CallSoonThreadsafe(func() { fut.SetResult(nil) })
					}()
				})
				loop.Await(fut)
			})
		}, "(from a plain goroutine)"},
		{"no loop", false, func(l *loop.Loop, await func()) { await() }, "(with no loop running)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l, hook := newLoop(t, loop.WithDebug(tc.debug))
			var err error
			ran := false
			co := loop.Async(func() int { ran = true; return 7 })
			tc.call(l, func() { _, err = loop.Await(neverAwaited()) })
			if !errors.Is(err, loop.ErrNoTask) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Await outside a task: %v, want ErrNoTask saying %q", err, tc.want)
			}
			tc.call(l, func() { loop.Await(co) })
			l.RunUntilComplete(loop.Sleep(0))
			loop.FlushWarnings(time.Second)
			if n := countPrefix(hook, "Coroutine 'neverAwaited'"); n != 0 {
				t.Errorf("%d never-awaited warnings, want none: %v", n, messages(hook))
			}
			if v, err := l.RunUntilComplete(co); v != 7 || err != nil || !ran {
				t.Errorf("the refused coroutine awaited by a task: %v, %v (ran %v), want 7, nil", v, err, ran)
			}
		})
	}
}
