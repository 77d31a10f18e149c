package loop_test

import (
	"errors"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
	"github.com/sirupsen/logrus"
)

// In debug mode, the methods of futures, tasks and timers that are not
// thread-safe report a call from another goroutine, and do their work on
// the loop's goroutine all the same (the race detector checks that).
func TestForeignCallsReportedAndRouted(t *testing.T) {
	errX := errors.New("x")
	tests := []struct {
		method string
		// call makes what the foreign goroutine acts on, on the loop
		// (prepare), then acts on it from another goroutine (act); check
		// runs on the loop after.
		call func(l *loop.Loop) (act func(), check func() error)
	}{
		{"Future.SetResult", func(l *loop.Loop) (func(), func() error) {
			f := l.CreateFuture()
			return func() { f.SetResult(5) }, func() error {
				if v, err := loop.Await(f); v != 5 || err != nil {
					return errors.New("the future did not get the result")
				}
				return nil
			}
		}},
		{"Future.SetException", func(l *loop.Loop) (func(), func() error) {
			f := l.CreateFuture()
			return func() { f.SetException(errX) }, func() error {
				if _, err := loop.Await(f); err != errX {
					return errors.New("the future did not get the error")
				}
				return nil
			}
		}},
		{"Future.Cancel", func(l *loop.Loop) (func(), func() error) {
			f := l.CreateFuture()
			return func() {
					if !f.Cancel("from elsewhere") {
						t.Error("Cancel routed to the loop returned false")
					}
				}, func() error {
					if _, err := loop.Await(f); !errors.Is(err, loop.ErrCancelled) || !strings.Contains(err.Error(), "from elsewhere") {
						return errors.New("the future was not cancelled")
					}
					return nil
				}
		}},
		{"Task.Cancel", func(l *loop.Loop) (func(), func() error) {
			task := l.CreateTask(loop.Sleep(time.Hour))
			return func() { task.Cancel() }, func() error {
				if _, err := loop.Await(task); !errors.Is(err, loop.ErrCancelled) {
					return errors.New("the task was not cancelled")
				}
				return nil
			}
		}},
		{"Future.AddDoneCallback", func(l *loop.Loop) (func(), func() error) {
			f := l.CreateFuture()
			called := false
			return func() { f.AddDoneCallback(func(*loop.Future) { called = true }) }, func() error {
				f.SetResult(nil)
				loop.Await(loop.Sleep(time.Second)) // the door, then the callback
				if !called {
					return errors.New("the done callback did not run")
				}
				return nil
			}
		}},
		{"TimerHandle.Cancel", func(l *loop.Loop) (func(), func() error) {
			called := false
			h := l.CallLater(time.Second, func() { called = true })
			return func() { h.Cancel() }, func() error {
				loop.Await(loop.Sleep(2 * time.Second))
				if called {
					return errors.New("the cancelled timer ran")
				}
				return nil
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.method, func(t *testing.T) {
			l, hook := newLoop(t, loop.WithDebug(true))
			_, err := run(t, l, func() error {
				act, check := tt.call(l)
				done := make(chan struct{})
				go func() { defer close(done); act() }()
				<-done // blocks the loop briefly; the call waits in the door
				return check()
			})
			if err != nil {
				t.Fatal(err)
			}
			e := entryPrefix(hook, "loop: "+tt.method+" called from goroutine")
			if e == nil {
				t.Fatalf("no report: %q", messages(hook))
			}
			if e.Level != logrus.ErrorLevel || e.Data["method"] != tt.method || !strings.Contains(e.Message, "CallSoonThreadsafe") {
				t.Errorf("entry %v %q %v", e.Level, e.Message, e.Data)
			}
			if n := len(hook.AllEntries()); n != 1 {
				t.Errorf("%d entries: %q", n, messages(hook))
			}
		})
	}
}

// A call sent to the loop that fails there has no caller left to tell: its
// error is logged.
func TestForeignCallErrorLogged(t *testing.T) {
	l, hook := newLoop(t, loop.WithDebug(true))
	mustRun(t, l, func() {
		f := l.CreateFuture()
		f.SetResult(1)
		done := make(chan struct{})
		go func() {
			defer close(done)
			if err := f.SetResult(2); err != nil {
				t.Errorf("SetResult sent to the loop returned %v", err)
			}
		}()
		<-done
		loop.Await(loop.Sleep(time.Second))
	})
	e := entryPrefix(hook, "loop: Future.SetResult, called from another goroutine and run on the loop's, failed: ")
	if e == nil || !strings.Contains(e.Message, "invalid state") {
		t.Fatalf("no report of the failure: %q", messages(hook))
	}
}

// TestForeignCallDuringFirstWait: in debug mode a call from another
// goroutine while the loop waits for the first time in a run is reported
// and sent to the loop, as later ones are (the loop learnt its goroutine
// only after that wait: the call ran on the wrong goroutine, unreported,
// and the loop slept on).
func TestForeignCallDuringFirstWait(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		l, hook := newLoop(t, loop.WithDebug(true))
		fut := l.CreateFuture()
		ran := make(chan error)
		go func() {
			_, err := l.RunUntilComplete(fut)
			ran <- err
		}()
		synctest.Wait() // the loop waits
		fut.Cancel()
		if err := <-ran; !errors.Is(err, loop.ErrCancelled) {
			t.Errorf("RunUntilComplete: %v, want the cancellation", err)
		}
		if entryPrefix(hook, "loop: Future.Cancel called from goroutine") == nil {
			t.Errorf("no report: %q", messages(hook))
		}
	})
}
