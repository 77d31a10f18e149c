package loop_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

// The library's own coroutines, dropped, are reported at the line that
// made them (in debug mode, where the loop records it), not at a line of
// the library.
func TestWarnLibraryCoroutineNeverAwaited(t *testing.T) {
	cases := []struct {
		name string
		make func(l *loop.Loop) *loop.Coroutine
		line string
	}{
		{"sleep", func(*loop.Loop) *loop.Coroutine { return loop.Sleep(time.Second) }, "raise_test.go:22"},
		{"WaitFor", func(*loop.Loop) *loop.Coroutine { return loop.WaitFor(loop.Sleep(0), time.Second) }, "raise_test.go:23"},
		{"Queue.Get", func(l *loop.Loop) *loop.Coroutine { return loop.NewQueue(0).Get() }, "raise_test.go:24"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l, hook := newLoop(t, loop.WithDebug(true))
			mustRun(t, l, func() { tc.make(l) })
			for i := 0; i < 5 && countPrefix(hook, "Coroutine ") == 0; i++ {
				loop.FlushWarnings(time.Second)
			}
			e := entryPrefix(hook, "Coroutine ")
			if e == nil {
				t.Fatalf("no warning: %v", messages(hook))
			}
			if strings.Contains(e.Message, "defined at") || e.Data["defined_at"] != nil {
				t.Errorf("names the library's line: %q %v", e.Message, e.Data)
			}
			if at := fmt.Sprint(e.Data["created_at"]); !strings.HasSuffix(at, tc.line) {
				t.Errorf("created_at = %q, want the line of %s", at, tc.line)
			}
		})
	}
}

// raised_at: the line that panicked, for a panic; for an error, the host's
// answer through SetRaiseSite, else where the coroutine is defined.
func TestRaisedAt(t *testing.T) {
	boom := errors.New("boom")
	cases := []struct {
		name string
		body func() error
		site func(error) string
		want string
	}{
		{"panic", func() error {
			var s []int
			_ = s[3] // raise_test.go:59
			return nil
		}, nil, "loop/raise_test.go:59"},
		{"error", func() error { return boom }, nil, "defined.go:1"},
		{"host's answer", func() error { return boom }, func(err error) string {
			if err == boom {
				return "input 3, line 2:5"
			}
			return ""
		}, "input 3, line 2:5"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l, hook := newLoop(t)
			l.SetRaiseSite(tc.site)
			mustRun(t, l, func() {
				l.CreateTask(loop.Async(tc.body).Named("bug", "defined.go:1"))
				loop.Await(loop.Sleep(0))
			})
			l.Close()
			e := findEntry(hook, "Task exception was never retrieved")
			if e == nil {
				t.Fatalf("got %v", messages(hook))
			}
			if at := e.Data["raised_at"]; at != tc.want {
				t.Errorf("raised_at = %v, want %s", at, tc.want)
			}
		})
	}
}

// A loop made while a host's loop is the default asks the host too: the
// code a host runs may make its own loops (loop.Run does).
func TestRaiseSiteInherited(t *testing.T) {
	host, _ := newLoop(t)
	host.SetRaiseSite(func(error) string { return "input 1:1" })
	loop.SetDefault(host)
	defer loop.SetDefault(nil)
	l, hook := newLoop(t)
	mustRun(t, l, func() {
		l.CreateTask(loop.Async(func() error { return errors.New("boom") }))
		loop.Await(loop.Sleep(0))
	})
	l.Close()
	if e := findEntry(hook, "Task exception was never retrieved"); e == nil || e.Data["raised_at"] != "input 1:1" {
		t.Fatalf("got %v", messages(hook))
	}
}

// The host's function gives the value of each kind of panic the loop
// catches outside tasks (callbacks, done callbacks, executor functions), to
// loops made while its loop is the default too; a *PanicError goes as it is.
func TestPanicValue(t *testing.T) {
	host, _ := newLoop(t)
	host.SetPanicValue(func(v any) any { return fmt.Sprintf("host(%v)", v) })
	loop.SetDefault(host)
	defer loop.SetDefault(nil)
	l, _ := newLoop(t)
	var got []string
	l.SetExceptionHandler(func(_ *loop.Loop, c loop.ExceptionContext) { got = append(got, c.Err.Error()) })
	var execErr error
	mustRun(t, l, func() {
		l.CallSoon(func() { panic("callback") })
		f := l.CreateFuture()
		f.AddDoneCallback(func(*loop.Future) { panic("done") })
		f.SetResult(1)
		l.CallSoon(func() { panic(&loop.PanicError{Value: "kept"}) })
		_, execErr = loop.Await(l.RunInExecutor(func() { panic("executor") }))
		loop.Await(loop.Sleep(0))
	})
	want := []string{"panic: host(callback)", "panic: host(done)", "panic: kept"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("handler got %q, want %q", got, want)
	}
	if execErr == nil || execErr.Error() != "panic: host(executor)" {
		t.Errorf("executor's error %v, want panic: host(executor)", execErr)
	}
}
