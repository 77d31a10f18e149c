package loop_test

import (
	"fmt"
	"runtime"
	"slices"
	"testing"
	"testing/synctest"
	"time"

	"github.com/sirupsen/logrus/hooks/test"

	"github.com/asyncrepl/asyncrepl/loop"
)

// TestStalled: a loop with nothing ready, no timer and nothing in flight
// says it is stalled, on a virtual clock and on the real one; a timer (on
// the real clock: it fires later), an executor job or a Hold each mean it
// is not. Run in a synctest bubble: Wait returns once the loop waits.
func TestStalled(t *testing.T) {
	cases := []struct {
		name    string
		real    bool
		setup   func(l *loop.Loop, block chan struct{})
		stalled bool
	}{
		{name: "a task awaiting a future nobody completes", stalled: true,
			setup: func(l *loop.Loop, _ chan struct{}) {
				l.CreateTask(loop.Async(func() (any, error) { return loop.Await(l.CreateFuture()) }))
			}},
		{name: "nothing at all", stalled: true, setup: func(*loop.Loop, chan struct{}) {}},
		{name: "the same on the real clock", real: true, stalled: true,
			setup: func(l *loop.Loop, _ chan struct{}) {
				l.CreateTask(loop.Async(func() (any, error) { return loop.Await(l.CreateFuture()) }))
			}},
		{name: "a timer on the real clock", real: true,
			setup: func(l *loop.Loop, _ chan struct{}) {
				l.CallLater(time.Hour, func() {})
			}},
		{name: "an executor job in flight",
			setup: func(l *loop.Loop, block chan struct{}) {
				l.CreateTask(loop.Async(func() (any, error) { return loop.Await(l.RunInExecutor(func() { <-block })) }))
			}},
		{name: "a hold",
			setup: func(l *loop.Loop, block chan struct{}) {
				release := l.Hold()
				go func() { <-block; release() }()
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				clock := loop.Clock(loop.NewVirtualClock())
				if c.real {
					clock = loop.RealClock()
				}
				lg, _ := test.NewNullLogger()
				l := loop.New(loop.WithClock(clock), loop.WithLogger(lg))
				block := make(chan struct{})
				c.setup(l, block)
				ran := make(chan error)
				go func() { ran <- l.RunForever() }()
				synctest.Wait()
				n, stalled := l.Stalled()
				if stalled != c.stalled {
					t.Errorf("Stalled() = %v, want %v", stalled, c.stalled)
				}
				// Work sent from another goroutine wakes it: a new stall
				// has a new number.
				l.CallSoonThreadsafe(func() {})
				synctest.Wait()
				if n2, again := l.Stalled(); again != c.stalled || c.stalled && n2 == n {
					t.Errorf("after a callback: Stalled() = %d, %v; before %d", n2, again, n)
				}
				close(block)
				l.CallSoonThreadsafe(l.Stop)
				if err := <-ran; err != nil {
					t.Error(err)
				}
				l.Close()
			})
		})
	}
}

// TestNotStalledWithATimer: a virtual clock with a timer pending jumps to
// it rather than stall.
func TestNotStalledWithATimer(t *testing.T) {
	l, _ := newLoop(t)
	var seen []bool
	l.CallLater(time.Hour, func() {
		_, ok := l.Stalled()
		seen = append(seen, ok)
		l.Stop()
	})
	if err := l.RunForever(); err != nil {
		t.Fatal(err)
	}
	if len(seen) != 1 || seen[0] {
		t.Errorf("Stalled from the timer's callback: %v", seen)
	}
}

// A host that runs a loop on a virtual clock can tell that its tasks wait
// for what only another goroutine could bring: here the other goroutine
// is the host itself, which completes the future.
func ExampleLoop_Stalled() {
	l := loop.New(loop.WithClock(loop.NewVirtualClock()))
	reply := l.CreateFuture()
	main := loop.Async(func() (any, error) {
		if _, err := loop.Await(loop.Sleep(time.Hour)); err != nil { // the clock jumps: no stall
			return nil, err
		}
		return loop.Await(reply) // nothing on the loop completes it: a stall
	})
	cf := loop.RunCoroutineThreadsafe(main, l)
	ran := make(chan error)
	go func() { ran <- l.RunForever() }()
	for {
		if _, stalled := l.Stalled(); stalled {
			break
		}
		runtime.Gosched()
	}
	fmt.Println("stalled at", l.Time())
	l.CallSoonThreadsafe(func() { reply.SetResult("from the host") })
	fmt.Println(cf.Result())
	l.CallSoonThreadsafe(l.Stop)
	<-ran
	l.Close()
	// Output:
	// stalled at 3600
	// from the host <nil>
}

// A host finds the loops a program runs, a nested one included, while
// they run.
func ExampleRunningLoops() {
	l := loop.New(loop.WithClock(loop.NewVirtualClock()))
	in, _ := l.RunUntilComplete(loop.Async(func() (any, error) {
		return slices.Contains(loop.RunningLoops(), l), nil
	}))
	fmt.Println("while it runs:", in)
	fmt.Println("after:", slices.Contains(loop.RunningLoops(), l))
	l.Close()
	// Output:
	// while it runs: true
	// after: false
}
