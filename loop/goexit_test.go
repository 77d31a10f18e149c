package loop_test

import (
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

// Without the package's handling, a runtime.Goexit in a task ends the
// goroutine that runs the loop (here the test's: the test fails with
// "test executed panic(nil) or runtime.Goexit").
func TestGoexitInTaskIsItsError(t *testing.T) {
	tests := []struct {
		name string
		body func(l *loop.Loop, deferred *bool) *loop.Coroutine
	}{
		{"at once", func(_ *loop.Loop, deferred *bool) *loop.Coroutine {
			return loop.Async(func() error {
				defer func() { *deferred = true }()
				runtime.Goexit()
				return nil
			})
		}},
		{"after an await", func(_ *loop.Loop, deferred *bool) *loop.Coroutine {
			return loop.Async(func() error {
				defer func() { *deferred = true }()
				loop.Await(loop.Sleep(time.Second))
				runtime.Goexit()
				return nil
			})
		}},
		{"in an awaited coroutine", func(_ *loop.Loop, deferred *bool) *loop.Coroutine {
			inner := func() *loop.Coroutine {
				return loop.Async(func() { runtime.Goexit() })
			}
			return loop.Async(func() error {
				defer func() { *deferred = true }()
				_, err := loop.Await(inner())
				return err
			})
		}},
		{"on its own goroutine", func(_ *loop.Loop, deferred *bool) *loop.Coroutine {
			return loop.Async(func() error {
				defer func() { *deferred = true }()
				loop.Await(loop.Sleep(0))
				runtime.Goexit()
				return nil
			}).OnOwnGoroutine()
		}},
		{"in a gathered task", func(l *loop.Loop, deferred *bool) *loop.Coroutine {
			return loop.Async(func() error {
				ok := loop.Async(func() any { return 1 })
				bad := loop.Async(func() {
					defer func() { *deferred = true }()
					runtime.Goexit()
				})
				_, err := loop.Await(loop.Gather(ok, bad))
				return err
			})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, _ := newLoop(t)
			var deferred bool
			_, err := l.RunUntilComplete(tt.body(l, &deferred))
			if !errors.Is(err, loop.ErrGoexit) || !strings.Contains(err.Error(), "runtime.Goexit called in task ") {
				t.Fatalf("the task ended with %v, want its runtime.Goexit", err)
			}
			if !deferred {
				t.Error("the deferred calls of the code that called runtime.Goexit did not run")
			}
			// The loop, and the task goroutines it reuses, carry on.
			for i := range 3 {
				if got, err := run(t, l, func() (any, error) {
					_, err := loop.Await(loop.Sleep(0))
					return i, err
				}); got != i || err != nil {
					t.Fatalf("the next task gave %v, %v", got, err)
				}
			}
		})
	}
}

func TestGoexitErrorNamesTheTask(t *testing.T) {
	l, hook := newLoop(t)
	task := l.CreateTask(loop.Async(fetch))
	l.RunUntilComplete(loop.Sleep(time.Second))
	var ge *loop.GoexitError
	if err := task.Exception(); !errors.As(err, &ge) || ge.Where != "task fetch" ||
		!strings.Contains(string(ge.Stack), "goexit_test.go") {
		t.Fatalf("task error %#v", err)
	}
	if len(hook.AllEntries()) != 0 {
		t.Errorf("logged %q", messages(hook))
	}
}

func fetch() { runtime.Goexit() }

func TestGoexitInExecutorIsItsError(t *testing.T) {
	l, _ := newLoop(t, loop.WithExecutorWorkers(1))
	_, err := run(t, l, func() (any, error) {
		if _, err := loop.Await(l.RunInExecutor(func() { runtime.Goexit() })); !errors.Is(err, loop.ErrGoexit) {
			return nil, err
		}
		// Another worker took the place of the one that ended.
		return loop.Await(l.RunInExecutor(func() any { return 2 }))
	})
	if err != nil {
		t.Fatal(err)
	}
}

// A callback that calls runtime.Goexit is reported as a panicking one is,
// and the loop runs on: on the goroutine that ran it, which the Goexit
// ends once the loop stops. Without the package's handling the loop's
// goroutine ends at once, and the callbacks after it never run.
func TestGoexitInCallbackIsReported(t *testing.T) {
	tests := []struct {
		name     string
		schedule func(l *loop.Loop, fn func())
		message  string
	}{
		{"CallSoon", func(l *loop.Loop, fn func()) { l.CallSoon(fn) }, "Exception in callback <Handle "},
		{"CallLater", func(l *loop.Loop, fn func()) { l.CallLater(time.Second, fn) }, "Exception in callback <TimerHandle when=1.000 "},
		{"done callback", func(l *loop.Loop, fn func()) {
			f := l.CreateFuture()
			f.AddDoneCallback(func(*loop.Future) { fn() })
			l.CallSoon(func() { f.SetResult(nil) })
		}, "Exception in done callback "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, hook := newLoop(t)
			var got []string
			tt.schedule(l, func() {
				defer func() { got = append(got, "deferred") }()
				runtime.Goexit()
			})
			task := l.CreateTask(loop.Async(func() error {
				_, err := loop.Await(loop.Sleep(2 * time.Second))
				got = append(got, "task")
				return err
			}))
			l.CallLater(3*time.Second, func() { got = append(got, "later"); l.Stop() })
			ended, returned := make(chan struct{}), false
			go func() {
				defer close(ended)
				l.RunForever()
				returned = true
			}()
			<-ended
			if s := strings.Join(got, ","); s != "deferred,task,later" {
				t.Errorf("ran %s, want deferred,task,later", s)
			}
			if !task.Done() || task.Exception() != nil {
				t.Errorf("task %v", task)
			}
			if returned {
				t.Error("RunForever returned: the Goexit must end the goroutine that ran the loop once it stops")
			}
			msgs := messages(hook)
			if len(msgs) != 1 || !strings.HasPrefix(msgs[0], tt.message) {
				t.Fatalf("logged %q", msgs)
			}
			e := hook.AllEntries()[0]
			if msg, _ := e.Data["error"].(string); !strings.Contains(msg, "runtime.Goexit called in callback ") {
				t.Errorf("error field %q", msg)
			}
			if !strings.Contains(e.Data["stack"].(string), "goexit_test.go") {
				t.Errorf("stack field %q", e.Data["stack"])
			}
			if l.IsRunning() {
				t.Error("the loop still counts as running")
			}
		})
	}
}
