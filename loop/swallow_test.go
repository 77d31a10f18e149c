package loop_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

// The coroutines of the cases below. A comment "// at NAME" marks the
// Await whose ErrCancelled a case expects the warning to name.

// eternity is asyncio's wait_for example, translated with Await's error
// dropped: cancelled, it prints "yay!" and returns.
func eternity() *loop.Coroutine {
	return loop.Async(func() (any, error) {
		loop.Await(loop.Sleep(time.Hour)) // at eternity
		return "yay!", nil
	})
}

// eternityFixed returns the error.
func eternityFixed() *loop.Coroutine {
	return loop.Async(func() (any, error) {
		if _, err := loop.Await(loop.Sleep(time.Hour)); err != nil {
			return nil, err
		}
		return "yay!", nil
	})
}

// dropOnce awaits a sleep and drops its error.
func dropOnce() *loop.Coroutine {
	return loop.Async(func() {
		loop.Await(loop.Sleep(time.Second)) // at dropOnce
	})
}

// dropHour awaits an hour's sleep and drops its error.
func dropHour() *loop.Coroutine {
	return loop.Async(func() {
		loop.Await(loop.Sleep(time.Hour)) // at dropHour
	})
}

// cancelled runs body in a task, cancels it after 1.5s and waits for it
// to end.
func cancelled(body func() (any, error)) func() (any, error) {
	return func() (any, error) {
		t := loop.CreateTask(loop.Async(body))
		if _, err := loop.Await(loop.Sleep(1500 * time.Millisecond)); err != nil {
			return nil, err
		}
		t.Cancel()
		return loop.Await(t)
	}
}

func TestWarnWentOnAfterCancellation(t *testing.T) {
	cases := []struct {
		name  string
		debug bool
		main  func() (any, error)
		want  string // how the task went on ("" for no warning)
		at    string // the mark of the Await named
	}{
		{name: "wait_for example", debug: true, at: "eternity",
			main: func() (any, error) { return loop.Await(loop.WaitFor(eternity(), time.Second)) },
			want: "gave a result after the deadline (WaitFor after 1s) cancelled it"},
		{name: "wait_for example outside debug mode",
			main: func() (any, error) { return loop.Await(loop.WaitFor(eternity(), time.Second)) }},
		{name: "wait_for example fixed", debug: true,
			main: func() (any, error) { return loop.Await(loop.WaitFor(eternityFixed(), time.Second)) }},
		{name: "Timeout with the error returned, in a loop", debug: true,
			main: func() (any, error) {
				for range 3 {
					if _, err := loop.Await(loop.Timeout(time.Second, eternityFixed())); !errors.Is(err, loop.ErrTimeout) {
						return nil, err
					}
				}
				return nil, nil
			}},
		{name: "a loop that drops the error", debug: true, at: "loop",
			main: cancelled(func() (any, error) {
				for i := 0; i < 5; i++ {
					loop.Await(loop.Sleep(time.Second)) // at loop
				}
				return nil, nil
			}),
			want: "awaits there again"},
		{name: "a result after the cancellation", debug: true, at: "result",
			main: cancelled(func() (any, error) {
				loop.Await(loop.Sleep(time.Hour)) // at result
				return "done anyway", nil
			}),
			want: "returned a result"},
		{name: "the same, the Await in a coroutine it awaits", debug: true, at: "dropHour",
			main: cancelled(func() (any, error) {
				loop.Await(dropHour())
				return "done anyway", nil
			}),
			want: "returned a result"},
		{name: "a coroutine awaited again", debug: true, at: "dropOnce",
			main: cancelled(func() (any, error) {
				for range 5 {
					loop.Await(dropOnce())
				}
				return nil, nil
			}),
			want: "awaits there again"},
		{name: "a cleanup that awaits, then the error", debug: true,
			main: cancelled(func() (any, error) {
				if _, err := loop.Await(loop.Sleep(time.Hour)); err != nil {
					loop.Await(loop.Sleep(time.Second)) // the cleanup
					return nil, err
				}
				return nil, nil
			})},
		{name: "a cleanup that fails", debug: true,
			main: cancelled(func() (any, error) {
				if _, err := loop.Await(loop.Sleep(time.Hour)); err != nil {
					loop.Await(loop.Sleep(time.Second))
					return nil, errors.New("cleanup failed")
				}
				return nil, nil
			})},
		{name: "Uncancel: going on on purpose", debug: true,
			main: cancelled(func() (any, error) {
				for i := 0; i < 3; i++ {
					if _, err := loop.Await(loop.Sleep(time.Second)); err != nil {
						loop.CurrentTask().Uncancel()
					}
				}
				return "went on", nil
			})},
		{name: "a future cancelled by someone else", debug: true,
			main: func() (any, error) {
				f := loop.Get().CreateFuture()
				loop.Get().CallLater(time.Second, func() { f.Cancel() })
				loop.Await(f)
				loop.Await(f)
				return "fine", nil
			}},
	}
	src, err := os.ReadFile("swallow_test.go")
	if err != nil {
		t.Fatal(err)
	}
	lineOf := func(mark string) string {
		for i, line := range strings.Split(string(src), "\n") {
			if strings.HasSuffix(line, "// at "+mark) {
				return fmt.Sprintf("loop/swallow_test.go:%d", i+1)
			}
		}
		t.Fatalf("no mark %q", mark)
		return ""
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l, hook := newLoop(t, loop.WithDebug(c.debug))
			l.RunUntilComplete(loop.Async(c.main)) //nolint:errcheck // the warning is the test
			got := entryPrefix(hook, "Task(")
			if n := countPrefix(hook, "Task("); n > 1 {
				t.Errorf("%d warnings, want one: %q", n, messages(hook))
			}
			if c.want == "" {
				if got != nil {
					t.Fatalf("warned: %q", got.Message)
				}
				return
			}
			if got == nil {
				t.Fatalf("no warning; logged: %q", messages(hook))
			}
			at := lineOf(c.at)
			wantMsg := "went on after its cancellation: the Await at " + at + " returned ErrCancelled and it " + c.want + ";"
			if !strings.Contains(got.Message, wantMsg) || got.Data["cancelled_at"] != at {
				t.Errorf("warning %q %v, want %q", got.Message, got.Data, wantMsg)
			}
		})
	}
}
