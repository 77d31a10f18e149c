package loop_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/sirupsen/logrus/hooks/test"

	"github.com/asyncrepl/asyncrepl/loop"
)

// TestHostedRefuses: on a hosted loop, the calls that would end it are
// refused with an error naming the call and the host, from a task or a
// callback, and the loop runs on.
func TestHostedRefuses(t *testing.T) {
	tests := []struct {
		call string
		do   func(l *loop.Loop) error // the call's error or its panic's value
	}{
		{"Stop", func(l *loop.Loop) error { return panicOf(l.Stop) }},
		{"Abandon", func(l *loop.Loop) error { return panicOf(l.Abandon) }},
		{"Close", func(l *loop.Loop) error { return l.Close() }},
	}
	for _, tt := range tests {
		t.Run(tt.call, func(t *testing.T) {
			l, _ := newLoop(t)
			l.SetHost("the test")
			t.Cleanup(func() { l.SetHost("") })
			check := func(where string, err error) {
				var he *loop.HostedError
				if !errors.As(err, &he) || !errors.Is(err, loop.ErrHosted) || he.Call != tt.call {
					t.Errorf("%s: %s gave %v, want a HostedError", where, tt.call, err)
					return
				}
				if msg := err.Error(); !strings.HasPrefix(msg, "loop: "+tt.call+": the event loop belongs to the test; ") {
					t.Errorf("%s: message %q", where, msg)
				}
			}
			mustRun(t, l, func() {
				check("in a task", tt.do(l))
				done := make(chan error, 1)
				l.CallSoon(func() { done <- tt.do(l) })
				loop.Await(loop.Sleep(time.Second))
				check("in a callback", <-done)
			})
			if l.IsClosed() || l.Host() != "the test" {
				t.Errorf("closed %v, host %q", l.IsClosed(), l.Host())
			}
			if _, err := run(t, l, func() {}); err != nil {
				t.Errorf("the loop does not run on: %v", err)
			}
		})
	}
}

// panicOf calls f and returns the error it panicked with, if any.
func panicOf(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err, _ = r.(error)
			if err == nil {
				err = fmt.Errorf("panic: %v", r)
			}
		}
	}()
	f()
	return nil
}

// TestHostedNestedRun: a nested RunForever on a hosted loop is released by
// Stop, as on any loop (an example loaded into the shell does so); once the
// host lets go (SetHost("")), Stop and Close work.
func TestHostedNestedRun(t *testing.T) {
	l, _ := newLoop(t)
	l.SetHost("the test")
	mustRun(t, l, func() {
		l.CallLater(time.Second, l.Stop)
		if err := l.RunForever(); err != nil {
			t.Errorf("nested RunForever: %v", err)
		}
	})
	l.SetHost("")
	if err := l.Close(); err != nil || !l.IsClosed() {
		t.Errorf("Close after SetHost(\"\"): %v", err)
	}
}

// TestSetNilDefaults: SetLogger(nil) restores the logger the loop was made
// with (warnings still reach it, nothing crashes), SetClock(nil) a real
// clock that does not go back.
func TestSetNilDefaults(t *testing.T) {
	l, hook := newLoop(t)
	other, _ := test.NewNullLogger()
	l.SetLogger(other)
	l.SetLogger(nil)
	failing := loop.Async(func() error { return errors.New("nobody looks") })
	mustRun(t, l, func() {
		l.CreateTask(failing)
		loop.Await(loop.Sleep(0))
		vc := loop.NewVirtualClock()
		vc.Advance(1e6 * time.Second)
		l.SetClock(vc)
		l.SetClock(nil)
		if l.Clock().Virtual() || l.Time() < 1e6 {
			t.Errorf("after SetClock(nil): virtual %v, time %v", l.Clock().Virtual(), l.Time())
		}
	})
	l.Close()
	found := false
	for _, e := range hook.AllEntries() {
		found = found || strings.Contains(e.Message, "never retrieved")
	}
	if !found {
		t.Errorf("the warning did not reach the logger the loop was made with: %v", hook.AllEntries())
	}
}

// TestHostedRunForeverAlone: RunForever from the host's own task (a Hidden
// coroutine's, as the shell's input is) with nothing else on the loop that
// could call Stop is refused rather than wait for good; with something
// that could, or from a task of the program, it is a nested run.
func TestHostedRunForeverAlone(t *testing.T) {
	tests := []struct {
		name    string
		hidden  bool
		before  func(l *loop.Loop) // what the task sets up first
		refused bool
	}{
		{"host's task, nothing else", true, func(*loop.Loop) {}, true},
		{"host's task, a timer that stops", true, func(l *loop.Loop) { l.CallLater(time.Second, l.Stop) }, false},
		{"host's task, a callback that stops", true, func(l *loop.Loop) { l.CallSoon(l.Stop) }, false},
		{"host's task, a task that stops", true, func(l *loop.Loop) {
			l.CreateTask(loop.Async(func() { loop.Await(loop.Sleep(time.Second)); l.Stop() }))
		}, false},
		{"host's task, a goroutine's Stop sent", true, func(l *loop.Loop) { l.CallSoonThreadsafe(l.Stop) }, false},
		// A host's watchdog probe in flight is not work that could call
		// Stop (the shell's watchdog sends one every 250 ms: an input
		// that ran longer before RunForever was reported deadlocked).
		{"host's task, a host's probe sent", true, func(l *loop.Loop) { l.Probe(func() {}) }, true},
		{"host's task, a probe run by a nested run", true, func(l *loop.Loop) {
			l.Probe(func() {})
			if _, err := l.RunUntilComplete(loop.Sleep(0)); err != nil { // the probe goes from incoming to ready
				panic(err)
			}
		}, true},
		{"host's task, a probe and a goroutine's Stop", true, func(l *loop.Loop) {
			l.Probe(func() {})
			l.CallSoonThreadsafe(l.Stop)
		}, false},
		{"a program's task", false, func(l *loop.Loop) {
			l.CallLater(time.Second, l.Stop) // the program's own nested run
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, _ := newLoop(t)
			l.SetHost("the test")
			t.Cleanup(func() { l.SetHost("") })
			coro := loop.Async(func() error {
				tt.before(l)
				return l.RunForever()
			})
			if tt.hidden {
				coro.Hidden()
			}
			var err error
			within(t, 10*time.Second, func() { _, err = l.RunUntilComplete(coro) })
			var he *loop.HostedError
			switch {
			case !tt.refused && err != nil:
				t.Fatalf("nested RunForever: %v", err)
			case tt.refused && (!errors.As(err, &he) || he.Call != "RunForever"):
				t.Fatalf("RunForever gave %v, want a HostedError", err)
			case tt.refused && !strings.Contains(err.Error(), "loop: RunForever: the event loop belongs to the test; RunForever here waits for a Stop, and nothing on the loop"):
				t.Errorf("message %q", err)
			}
		})
	}
}

// TestProbe: a probe runs on the loop goroutine at its next turn, and a
// closed loop takes none (and says nothing).
func TestProbe(t *testing.T) {
	l, hook := newLoop(t)
	ran := make(chan bool, 1)
	go func() {
		if !l.Probe(func() { ran <- loop.Get() == l; l.Stop() }) {
			t.Error("Probe on a running loop returned false")
		}
	}()
	within(t, 10*time.Second, func() {
		if err := l.RunForever(); err != nil {
			t.Errorf("RunForever: %v", err)
		}
	})
	if !<-ran {
		t.Error("the probe did not run on the loop")
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	hook.Reset()
	if l.Probe(func() { t.Error("a probe ran on a closed loop") }) {
		t.Error("Probe on a closed loop returned true")
	}
	if len(hook.AllEntries()) != 0 {
		t.Errorf("Probe on a closed loop logged %v", hook.AllEntries())
	}
}
