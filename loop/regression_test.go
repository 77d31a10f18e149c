package loop_test

import (
	"errors"
	"fmt"
	"io"
	"math"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
	"github.com/sirupsen/logrus"
	"github.com/sirupsen/logrus/hooks/test"
)

// An OnOwnGoroutine task pending when its loop is closed: Close kills it,
// its Await returns ErrClosed, and the body returns on
// the task's own goroutine while Close walks the loop's structures: the
// body must not touch them (a race under -race before the fix).
func TestOwnGoroutineTaskDestroyedAtClose(t *testing.T) {
	for range 20 {
		l := loop.New(loop.WithClock(loop.NewVirtualClock()))
		cond := loop.NewCondition(nil)
		q := loop.NewQueue(0)
		_, err := l.RunUntilComplete(loop.Async(func() error {
			l.CreateTask(loop.Async(func() error {
				loop.Await(cond.Acquire())
				_, err := loop.Await(cond.Wait())
				return err
			}).OnOwnGoroutine())
			l.CreateTask(loop.Async(func() error {
				tg := loop.NewTaskGroup()
				tg.CreateTask(q.Get())
				_, err := loop.Await(tg.Wait())
				return err
			}).OnOwnGoroutine())
			l.CreateTask(q.Join().OnOwnGoroutine())
			q.PutNowait(1)
			q.PutNowait(2)
			_, err := loop.Await(loop.Sleep(0))
			return err
		}))
		if err != nil {
			t.Fatal(err)
		}
		l.SetLogger(logrus.New().WithField("test", t.Name()))
		l.Logger().(*logrus.Entry).Logger.SetOutput(io.Discard)
		l.Close()
	}
}

// A RunUntilComplete that stopped before its future was done leaves no
// stop behind on the future: a later run goes on when the future is done.
func TestRunUntilCompleteStoppedEarlyLeavesNoStop(t *testing.T) {
	l, _ := newLoop(t)
	f := l.CreateFuture()
	l.CallSoon(l.Stop)
	if _, err := l.RunUntilComplete(f); err == nil {
		t.Fatal("RunUntilComplete of a future nobody completes returned no error")
	}
	l.CallSoon(func() { f.SetResult(1) })
	ran := false
	l.CallLater(time.Second, func() { ran = true; l.Stop() })
	l.RunForever()
	if !ran {
		t.Error("the later run stopped when the earlier RunUntilComplete's future completed")
	}
}

// In debug mode, CreateTask from another goroutine is reported, and the
// task still runs, its bookkeeping done on the loop's goroutine (the race
// detector checks that).
func TestCreateTaskFromAnotherGoroutineDebug(t *testing.T) {
	l, hook := newLoop(t, loop.WithDebug(true))
	res, err := run(t, l, func() (any, error) {
		ch := make(chan *loop.Task)
		go func() { ch <- l.CreateTask(loop.Async(func() any { return 7 })) }()
		t := <-ch // blocks the loop briefly; the task is queued through the door
		return loop.Await(t)
	})
	if err != nil || res != 7 {
		t.Fatalf("got %v, %v", res, err)
	}
	if entryPrefix(hook, "loop: CreateTask called from goroutine") == nil {
		t.Errorf("no report: %v", messages(hook))
	}
}

// within fails the test if f has not returned after d: a guard against a
// deadlock, not a measure of speed (d is far above what f needs).
func within(t *testing.T, d time.Duration, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("still running after %v: deadlocked", d)
	}
}

// A nested RunForever whose task is cancelled leaves nothing behind: the
// next Stop (here RunUntilComplete's own) stops the loop.
func TestCancelledNestedRunForeverLeavesNoStop(t *testing.T) {
	l, _ := newLoop(t)
	within(t, 10*time.Second, func() {
		_, err := run(t, l, func() (any, error) {
			nested := l.CreateTask(loop.Async(func() error { return l.RunForever() }))
			loop.Await(loop.Sleep(time.Second))
			nested.Cancel()
			_, err := loop.Await(nested)
			if !errors.Is(err, loop.ErrCancelled) {
				return nil, fmt.Errorf("nested run: %v, want a cancellation", err)
			}
			return nil, nil
		})
		if err != nil {
			t.Error(err)
		}
	})
}

// RunUntilComplete stops the loop when its future is done, even while a
// task waits in a nested RunForever (which Stop would release instead).
func TestRunUntilCompleteStopsPastANestedRun(t *testing.T) {
	l, _ := newLoop(t)
	within(t, 10*time.Second, func() {
		res, err := run(t, l, func() (any, error) {
			l.CreateTask(loop.Async(func() error { return l.RunForever() }))
			loop.Await(loop.Sleep(time.Second))
			return "main done", nil
		})
		if res != "main done" || err != nil {
			t.Errorf("RunUntilComplete = %v, %v", res, err)
		}
	})
}

// WaitFor(aw, 0) cancelled from outside while aw finishes cancelling gives
// a cancellation, not a timeout (asyncio.wait_for with timeout 0).
func TestWaitForZeroCancelledFromOutside(t *testing.T) {
	l, _ := newLoop(t)
	mustRun(t, l, func() {
		inner := l.CreateTask(loop.Async(func() error {
			_, err := loop.Await(loop.Sleep(10 * time.Second))
			loop.Await(loop.Sleep(time.Second)) // slow to clean up
			return err
		}))
		w := l.CreateTask(loop.Async(func() (any, error) {
			loop.Await(loop.Sleep(100 * time.Millisecond))
			return loop.Await(loop.WaitFor(inner, 0))
		}))
		l.CallLater(500*time.Millisecond, func() { w.Cancel() })
		_, err := loop.Await(w)
		if errors.Is(err, loop.ErrTimeout) || !w.Cancelled() {
			t.Errorf("err = %v, Cancelled() = %v; want a cancellation", err, w.Cancelled())
		}
		// Without the outside cancellation it is a timeout.
		inner2 := l.CreateTask(loop.Sleep(10 * time.Second))
		loop.Await(loop.Sleep(0))
		if _, err := loop.Await(loop.WaitFor(inner2, 0)); !errors.Is(err, loop.ErrTimeout) {
			t.Errorf("WaitFor(pending task, 0) = %v, want ErrTimeout", err)
		}
	})
}

// A task that cancels itself and then returns ends cancelled, its result
// dropped (asyncio's _must_cancel at StopIteration).
func TestSelfCancelledTaskThatReturnsIsCancelled(t *testing.T) {
	l, _ := newLoop(t)
	mustRun(t, l, func() {
		a := l.CreateTask(loop.Async(func() int {
			loop.CurrentTask().Cancel("changed my mind")
			return 42
		}))
		v, err := loop.Await(a)
		if !a.Cancelled() || !errors.Is(err, loop.ErrCancelled) || v != nil {
			t.Errorf("Await = %v, %v; Cancelled() = %v; want cancelled", v, err, a.Cancelled())
		}
		if !strings.Contains(fmt.Sprint(err), "changed my mind") {
			t.Errorf("the cancellation lost its message: %v", err)
		}
	})
}

// Time, safe from any goroutine, does not race with SetClock on the loop.
func TestTimeWhileSetClock(t *testing.T) {
	l, _ := newLoop(t)
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-stop:
				return
			default:
				_ = l.Time()
			}
		}
	}()
	mustRun(t, l, func() {
		for i := range 200 {
			if i%2 == 0 {
				l.SetClock(loop.RealClock())
			} else {
				l.SetClock(loop.NewVirtualClock())
			}
			loop.Await(loop.Sleep(0))
		}
	})
	close(stop)
	<-done
}

// Work submitted to a closed loop, or not started when it closes, ends
// with ErrClosed instead of leaving its waiter blocked for ever; a callback
// handed to a closed loop comes back cancelled, with a warning.
func TestSubmittedToAClosedLoop(t *testing.T) {
	l, hook := newLoop(t)
	pending := loop.RunCoroutineThreadsafe(loop.Async(func() int { return 1 }), l) // never run
	l.Close()
	if _, err := pending.ResultTimeout(10 * time.Second); !errors.Is(err, loop.ErrClosed) {
		t.Errorf("work pending at Close: %v, want ErrClosed", err)
	}
	late := loop.RunCoroutineThreadsafe(loop.Async(func() int { return 1 }), l)
	if !late.Done() {
		t.Fatal("work submitted to a closed loop is pending")
	}
	if _, err := late.Result(); !errors.Is(err, loop.ErrClosed) {
		t.Errorf("work submitted to a closed loop: %v, want ErrClosed", err)
	}
	h := l.CallSoonThreadsafe(func() {})
	if !h.Cancelled() {
		t.Error("CallSoonThreadsafe on a closed loop gave a live handle")
	}
	if entryPrefix(hook, "loop: CallSoonThreadsafe on a closed event loop") == nil {
		t.Errorf("no warning: %v", messages(hook))
	}
	// The loop goroutine's own calls too (they were queued, never to run,
	// with no word).
	ran := false
	for _, c := range []struct {
		method string
		call   func() bool // reports whether the handle is cancelled
	}{
		{"CallSoon", func() bool { return l.CallSoon(func() { ran = true }).Cancelled() }},
		{"CallLater", func() bool { return l.CallLater(0, func() { ran = true }).Cancelled() }},
		{"CallAt", func() bool { return l.CallAt(l.Time(), func() { ran = true }).Cancelled() }},
	} {
		if !c.call() {
			t.Errorf("%s on a closed loop gave a live handle", c.method)
		}
		if entryPrefix(hook, "loop: "+c.method+" on a closed event loop") == nil {
			t.Errorf("%s: no warning: %v", c.method, messages(hook))
		}
	}
	if _, err := l.RunUntilComplete(loop.Sleep(0)); !errors.Is(err, loop.ErrClosed) || ran {
		t.Errorf("RunUntilComplete = %v, a callback ran: %v", err, ran)
	}
}

// Gather: cancelling it once every child is done changes nothing (asyncio
// returns False and keeps the results), and the same coroutine given twice
// runs once, its result in both places.
func TestGatherEdgeCases(t *testing.T) {
	l, _ := newLoop(t)
	mustRun(t, l, func() {
		f3, f4 := l.CreateFuture(), l.CreateFuture()
		g := loop.Gather(f3, f4)
		f3.SetResult(1)
		f4.SetResult(2)
		if g.Cancel() {
			t.Error("Cancel of a gather whose children are all done reported true")
		}
		if v, err := loop.Await(g); err != nil || fmt.Sprint(v) != "[1 2]" {
			t.Errorf("Await = %v, %v; want [1 2]", v, err)
		}

		runs := 0
		c := loop.Async(func() int { runs++; return 5 })
		v, err := loop.Await(loop.Gather(c, c))
		if err != nil || fmt.Sprint(v) != "[5 5]" || runs != 1 {
			t.Errorf("Gather(c, c) = %v, %v after %d runs; want [5 5] after 1", v, err, runs)
		}
	})
}

// Gather with a child cancelled fails with the child's cancellation but is
// not itself cancelled (asyncio: "treated as if it raised CancelledError -
// the gather() call is not cancelled"); cancelling the gather cancels it;
// GatherReturnExceptions puts the cancellation in the results.
func TestGatherChildCancelled(t *testing.T) {
	tests := []struct {
		name      string
		returnExc bool
		cancel    func(child *loop.Task, g *loop.Future)
		want      string // the gather's Cancelled, and what Await returned
	}{
		{"child cancelled", false, func(c *loop.Task, _ *loop.Future) { c.Cancel() }, "false <nil> loop: cancelled"},
		{"child cancelled with a message", false, func(c *loop.Task, _ *loop.Future) { c.Cancel("stop") }, "false <nil> loop: cancelled: stop"},
		{"gather cancelled", false, func(_ *loop.Task, g *loop.Future) { g.Cancel() }, "true <nil> loop: cancelled"},
		{"child cancelled, exceptions returned", true, func(c *loop.Task, _ *loop.Future) { c.Cancel() }, "false [loop: cancelled 2] <nil>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, hook := newLoop(t)
			mustRun(t, l, func() {
				child := loop.CreateTask(loop.Async(func() error { _, err := loop.Await(loop.Sleep(time.Second)); return err }))
				other := loop.CreateTask(loop.Async(func() int { return 2 }))
				g := loop.Gather(child, other)
				if tt.returnExc {
					g = loop.GatherReturnExceptions(child, other)
				}
				tt.cancel(child, g)
				v, err := loop.Await(g)
				if got := fmt.Sprint(g.Cancelled(), " ", v, " ", err); got != tt.want {
					t.Errorf("got %s; want %s", got, tt.want)
				}
				if err != nil && !errors.Is(err, loop.ErrCancelled) {
					t.Errorf("the error %v does not match ErrCancelled", err)
				}
			})
			if m := messages(hook); len(m) != 0 {
				t.Errorf("logged %q", m)
			}
		})
	}
}

// An exception never retrieved, found when the loop closes, goes to the
// loop's exception handler.
func TestUnretrievedGoesToTheExceptionHandler(t *testing.T) {
	l, hook := newLoop(t)
	var got []string
	l.SetExceptionHandler(func(_ *loop.Loop, c loop.ExceptionContext) { got = append(got, c.Message) })
	mustRun(t, l, func() {
		l.CreateTask(loop.Async(func() error { return errors.New("boom") }))
		loop.Await(loop.Sleep(time.Second))
	})
	l.Close()
	if len(got) != 1 || got[0] != "Task exception was never retrieved" {
		t.Errorf("the handler got %q; the logger %v", got, messages(hook))
	}
}

// Advance wakes a loop that waits on its virtual clock (here held, so it
// would not jump by itself): the timers now due run.
func TestAdvanceWakesAHeldLoop(t *testing.T) {
	vc := loop.NewVirtualClock()
	l, _ := newLoop(t, loop.WithClock(vc))
	release := l.Hold()
	defer release()
	waiting := make(chan struct{})
	fired := make(chan float64, 1)
	l.CallSoon(func() { close(waiting) })
	l.CallLater(time.Second, func() { fired <- l.Time(); l.Stop() })
	within(t, 10*time.Second, func() {
		go func() {
			<-waiting
			vc.Advance(2 * time.Second)
		}()
		l.RunForever()
	})
	if at := <-fired; at != 2 {
		t.Errorf("the timer due at 1s ran at %v, want 2 (the advanced clock)", at)
	}
}

// A timer is due when the clock reads its deadline within the clock's
// resolution, as asyncio's loop takes it: 10s after 0.116693913s is
// 10.116693913, which the clock advanced by 5s twice reads as
// 10.116693912999999 (the shell's virtual clock switched to mid-session
// left such a task pending, "awaiting sleep, 0s left").
func TestAdvanceToADeadlineByParts(t *testing.T) {
	vc := loop.NewVirtualClock()
	vc.Advance(116693913 * time.Nanosecond)
	l, _ := newLoop(t, loop.WithClock(vc))
	release := l.Hold()
	defer release()
	waiting := make(chan struct{})
	fired := make(chan float64, 1)
	l.CallSoon(func() { close(waiting) })
	l.CallLater(10*time.Second, func() { fired <- l.Time(); l.Stop() })
	within(t, 10*time.Second, func() {
		go func() {
			<-waiting
			vc.Advance(5 * time.Second)
			vc.Advance(5 * time.Second)
		}()
		l.RunForever()
	})
	if at := <-fired; math.Abs(at-10.116693913) > 1e-9 {
		t.Errorf("the timer due at 10.116693913s ran at %v", at)
	}
}

// Two loops sharing a real clock do not move each other's wake-ups: a
// loop's 20ms timer is not held back by another loop's 30s one.
func TestLoopsSharingARealClock(t *testing.T) {
	clk := loop.RealClock()
	l1, _ := newLoop(t, loop.WithClock(clk))
	l2, _ := newLoop(t, loop.WithClock(clk))
	l2up := make(chan struct{})
	l2done := make(chan struct{})
	go func() {
		defer close(l2done)
		l2.CallSoon(func() { close(l2up) })
		l2.CallLater(30*time.Second, l2.Stop)
		l2.RunForever()
	}()
	<-l2up
	within(t, 20*time.Second, func() {
		l1.CallLater(20*time.Millisecond, l1.Stop)
		// l2 waits again, on its 30s timer, while l1 waits on its 20ms one.
		time.AfterFunc(5*time.Millisecond, func() { l2.CallSoonThreadsafe(func() {}) })
		l1.RunForever()
	})
	l2.CallSoonThreadsafe(l2.Stop)
	<-l2done
}

// With two loops running, a plain callback of one sees no task, and Get
// returns its own loop, even while the other loop steps a task.
func TestCallbackOfOneOfTwoLoops(t *testing.T) {
	l1, _ := newLoop(t, loop.WithClock(loop.RealClock()))
	l2, _ := newLoop(t, loop.WithClock(loop.RealClock()))
	l2up := make(chan struct{})
	l2done := make(chan struct{})
	go func() {
		defer close(l2done)
		l2.CallSoon(func() { close(l2up) })
		l2.RunForever()
	}()
	<-l2up
	type probe struct {
		cur *loop.Task
		get *loop.Loop
	}
	got := make(chan probe, 1)
	within(t, 20*time.Second, func() {
		mustRun(t, l1, func() {
			loop.Await(loop.Sleep(0)) // the task's goroutine is known from here on
			l2.CallSoonThreadsafe(func() { got <- probe{loop.CurrentTask(), loop.Get()} })
			for len(got) == 0 { // a step that does not await while l2's callback runs
				runtime.Gosched()
			}
		})
	})
	p := <-got
	if p.cur != nil {
		t.Errorf("CurrentTask() in l2's callback = %v, a task of l1", p.cur)
	}
	if p.get != l2 {
		t.Errorf("Get() in l2's callback is not l2 (l1: %v)", p.get == l1)
	}
	l2.CallSoonThreadsafe(l2.Stop)
	<-l2done
}

// Closing a second loop from a task of a running one: a destroyed task's
// deferred Await fails with ErrNoTask rather than suspending the task that
// called Close.
func TestDestroyedTaskAwaitsWhileAnotherLoopRuns(t *testing.T) {
	l1, _ := newLoop(t)
	var deferredErr error
	within(t, 20*time.Second, func() {
		res, err := run(t, l1, func() (any, error) {
			l2, _ := newLoop(t)
			l2.SetLogger(l1.Logger()) // its "destroyed" report is expected
			l2.CreateTask(loop.Async(func() error {
				defer func() { _, deferredErr = loop.Await(loop.Sleep(time.Millisecond)) }()
				_, err := loop.Await(loop.Sleep(time.Hour))
				return err
			}))
			l2.RunUntilComplete(loop.Sleep(time.Second))
			l2.Close()
			_, err := loop.Await(loop.Sleep(time.Second))
			return "l1 main done", err
		})
		if res != "l1 main done" || err != nil {
			t.Errorf("l1's task: %v, %v", res, err)
		}
	})
	if !errors.Is(deferredErr, loop.ErrNoTask) {
		t.Errorf("Await deferred in the destroyed task = %v, want ErrNoTask", deferredErr)
	}
}

// RealClockAt reads the value it was given, then moves with real time.
func TestRealClockAt(t *testing.T) {
	for _, now := range []float64{0, 1.5, 3600, 86400 * 365} {
		c := loop.RealClockAt(now)
		if c.Virtual() {
			t.Errorf("RealClockAt(%v) is virtual", now)
		}
		first := c.Now()
		// A generous bound: the test only needs the reading to start at now.
		if first < now || first > now+60 {
			t.Errorf("RealClockAt(%v).Now() = %v, want now", now, first)
		}
		if second := c.Now(); second < first {
			t.Errorf("RealClockAt(%v) went back from %v to %v", now, first, second)
		}
	}
}

// An abandoned loop, blocked for good in a task's step, no longer counts
// as running: with one other loop running, Get from any goroutine gives
// that loop, as it does when one loop runs. Once the blocked step returns
// after all, the abandoned loop stops, and it runs no more.
func TestAbandon(t *testing.T) {
	blocked, _ := newLoop(t)
	release := make(chan struct{})
	stepping := make(chan struct{})
	stopped := make(chan error, 1)
	go func() {
		_, err := blocked.RunUntilComplete(loop.Async(func() {
			close(stepping)
			<-release // compiled code waiting: the loop cannot get back
		}))
		stopped <- err
	}()
	<-stepping
	blocked.Abandon()
	other, _ := newLoop(t)
	mustRun(t, other, func() {
		got := make(chan *loop.Loop)
		go func() { got <- loop.Get() }()
		if l := <-got; l != other {
			t.Errorf("Get from a goroutine with one loop running besides the abandoned one = %v, want that loop", l)
		}
	})
	close(release)
	select {
	case <-stopped:
	case <-time.After(10 * time.Second):
		t.Fatal("the abandoned loop did not stop once its step returned")
	}
	if _, err := blocked.RunUntilComplete(loop.Sleep(0)); !errors.Is(err, loop.ErrClosed) {
		t.Errorf("running an abandoned loop: %v, want ErrClosed", err)
	}
	if err := blocked.RunForever(); !errors.Is(err, loop.ErrClosed) {
		t.Errorf("RunForever of an abandoned loop: %v, want ErrClosed", err)
	}
}

// An abandoned loop stops after the item that blocked it: the rest of that
// iteration's items do not run, out of the registry of running loops.
func TestAbandonStopsAfterTheBlockedItem(t *testing.T) {
	l, _ := newLoop(t)
	release := make(chan struct{})
	blocked := make(chan struct{})
	stepped := false
	l.CallSoon(func() { close(blocked); <-release })
	l.CreateTask(loop.Async(func() { stepped = true }))
	stopped := make(chan struct{})
	go func() { defer close(stopped); l.RunForever() }()
	<-blocked
	l.Abandon()
	close(release)
	within(t, 10*time.Second, func() { <-stopped })
	if stepped {
		t.Error("a task of the abandoned loop stepped after the blocked callback returned")
	}
}

// Work that completed just before its loop stopped still gives its
// ConcurrentFuture its result when the loop closes, though the report was
// queued behind the stop.
func TestFinishedWorkReportedAtClose(t *testing.T) {
	l, _ := newLoop(t)
	cf := loop.RunCoroutineThreadsafe(loop.Async(func() int { return 7 }), l)
	l.CallSoonThreadsafe(l.Stop)
	l.RunForever()
	l.Close()
	if v, err := cf.ResultTimeout(10 * time.Second); v != 7 || err != nil {
		t.Errorf("Result = %v, %v; want 7", v, err)
	}
}

// TestAwaitErrorHasNoResult: a coroutine whose function returns a value
// and an error gives the error alone, whichever way it is awaited (inline,
// as a task, through Run, RunUntilComplete, Timeout or WaitFor): awaited
// inline it gave the value too, and a script's loop.Run gave another
// answer at the prompt, where Run awaits inline.
func TestAwaitErrorHasNoResult(t *testing.T) {
	both := func() *loop.Coroutine {
		return loop.Async(func() (any, error) { return 5, errors.New("both") })
	}
	typed := func() *loop.Coroutine {
		return loop.Async(func() (int, error) { return 5, errors.New("both") })
	}
	tests := []struct {
		name  string
		await func() (any, error)
	}{
		{"inline", func() (any, error) { return loop.Await(both()) }},
		{"inline typed", func() (any, error) { return loop.Await(typed()) }},
		{"task", func() (any, error) { return loop.Await(loop.CreateTask(both())) }},
		{"nested Run", func() (any, error) { return loop.Run(both()) }},
		{"RunUntilComplete", func() (any, error) { return loop.Get().RunUntilComplete(both()) }},
		{"Timeout", func() (any, error) { return loop.Await(loop.Timeout(time.Second, both())) }},
		{"WaitFor", func() (any, error) { return loop.Await(loop.WaitFor(both(), time.Second)) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loop.Run(loop.Async(func() error {
				v, err := tt.await()
				if v != nil || err == nil || err.Error() != "both" {
					t.Errorf("got %v, %v; want <nil>, both", v, err)
				}
				return nil
			}), loop.WithClock(loop.NewVirtualClock()))
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestNestedRunOptions: Run with options from a task, where it cannot
// make the new loop they are for, refuses them (the script's virtual
// clock was ignored, and an hour's sleep took an hour); without options
// it awaits the coroutine.
func TestNestedRunOptions(t *testing.T) {
	ran := false
	lg, hook := test.NewNullLogger()
	_, err := loop.Run(loop.Async(func() error {
		v, err := loop.Run(loop.Async(func() error { ran = true; return nil }), loop.WithDebug(true))
		if v != nil || err == nil || !strings.Contains(err.Error(), "loop: Run with options, called from a task") {
			t.Errorf("Run with options in a task: %v, %v", v, err)
		}
		v, err = loop.Run(loop.Async(func() any { return 3 }))
		if v != 3 || err != nil {
			t.Errorf("Run in a task: %v, %v; want 3, <nil>", v, err)
		}
		return nil
	}), loop.WithClock(loop.NewVirtualClock()), loop.WithLogger(lg))
	if err != nil {
		t.Fatal(err)
	}
	if ran {
		t.Error("the refused coroutine ran")
	}
	if e := hook.LastEntry(); e == nil || !strings.Contains(e.Message, "loop: Run with options, called from a task") {
		t.Errorf("the refusal was not logged: %v", e)
	}
}

// Run from a plain goroutine while a task of another loop is stepping
// runs the coroutine on a loop of its own: the lookup of the current task
// took the caller for the stepping task (the only loop's), and Run awaited
// the coroutine as that task, from the wrong goroutine (a crash, or
// ErrNoTask, for four goroutines each running a loop).
func TestRunFromGoroutineWhileAnotherLoopSteps(t *testing.T) {
	stepping, release := make(chan struct{}), make(chan struct{})
	other := make(chan error, 1)
	var steppingTask *loop.Task
	go func() {
		_, err := loop.Run(loop.Async(func() error {
			steppingTask = loop.CurrentTask()
			close(stepping)
			<-release // compiled code blocking in the task's step
			return nil
		}))
		other <- err
	}()
	<-stepping
	res, err := loop.Run(loop.Async(func() (any, error) {
		if loop.CurrentTask() == steppingTask {
			return nil, errors.New("awaited as the other loop's task")
		}
		if _, err := loop.Await(loop.Sleep(0)); err != nil {
			return nil, err
		}
		return 42, nil
	}))
	close(release)
	if res != 42 || err != nil {
		t.Errorf("Run from a goroutine while another loop steps = %v, %v; want 42, <nil>", res, err)
	}
	if err := <-other; err != nil {
		t.Errorf("the stepping loop's Run = %v", err)
	}
}

// Await in an executor's function while a task of the loop steps returns
// ErrNoTask: the lookup of the current task took the executor's goroutine
// for the stepping task (in the asyncrepl shell, whose input is such a
// task, the Await slept as the input and returned nil, nil).
func TestAwaitInExecutorWhileATaskSteps(t *testing.T) {
	l := loop.New(loop.WithClock(loop.NewVirtualClock()))
	defer l.Close()
	_, err := l.RunUntilComplete(loop.Async(func() (any, error) {
		done := make(chan error, 1)
		f := l.RunInExecutor(func() {
			_, err := loop.Await(loop.Sleep(0))
			done <- err
		})
		err := <-done // the task steps, blocked in compiled code
		if _, ferr := loop.Await(f); ferr != nil {
			return nil, ferr
		}
		return nil, err
	}))
	if !errors.Is(err, loop.ErrNoTask) {
		t.Errorf("Await in an executor's function while a task steps: %v, want ErrNoTask", err)
	}
}

// A sleep's end wakes its task for the next iteration, as asyncio's timer
// completes a future whose done callback steps the task: callbacks due in
// the same iteration run first (the task stepped at its timer, before
// them, until the order was asyncio's).
func TestSleepEndStepsAfterCallbacksDueWithIt(t *testing.T) {
	for _, tt := range []struct {
		name string
		run  func(l *loop.Loop, vc *loop.VirtualClock, log func(string))
		want string
	}{
		{"same deadline", func(l *loop.Loop, vc *loop.VirtualClock, log func(string)) {
			l.CreateTask(loop.Async(func() {
				loop.Await(loop.Sleep(10 * time.Millisecond))
				log("A woke")
			}))
			// Scheduled after the task's sleep started: its timer is
			// after the sleep's in the heap.
			l.CallSoon(func() { l.CallAt(l.Time()+0.010, func() { log("callback at the same deadline") }) })
		}, "callback at the same deadline, A woke"},
		{"both due after the loop was held", func(l *loop.Loop, vc *loop.VirtualClock, log func(string)) {
			l.CreateTask(loop.Async(func() {
				loop.Await(loop.Sleep(10 * time.Millisecond))
				log("A woke (due at 10ms)")
			}))
			l.CallLater(20*time.Millisecond, func() { log("callback (due at 20ms)") })
			l.CallSoon(func() { vc.Advance(50 * time.Millisecond) }) // a blocking call
		}, "callback (due at 20ms), A woke (due at 10ms)"},
		{"cancelled between its end and its step", func(l *loop.Loop, vc *loop.VirtualClock, log func(string)) {
			a := l.CreateTask(loop.Async(func() {
				_, err := loop.Await(loop.Sleep(10 * time.Millisecond))
				log(fmt.Sprintf("A: %v", err))
			}))
			l.CallSoon(func() { l.CallAt(l.Time()+0.010, func() { log(fmt.Sprintf("cancel: %v", a.Cancel())) }) })
		}, "cancel: true, A: loop: cancelled"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			vc := loop.NewVirtualClock()
			l := loop.New(loop.WithClock(vc))
			defer l.Close()
			var got []string
			tt.run(l, vc, func(s string) { got = append(got, s) })
			l.RunUntilComplete(loop.Sleep(time.Second))
			if s := strings.Join(got, ", "); s != tt.want {
				t.Errorf("order: %s; want %s (asyncio's)", s, tt.want)
			}
		})
	}
}

// A second Cancel before the task resumes counts, but the task ends with
// the message asyncio gives it: the first, when the first cancelled what
// the task awaits (a sleep, a future); the last, when it awaited nothing.
func TestSecondCancelMessage(t *testing.T) {
	tests := []struct {
		name  string
		await func(l *loop.Loop) (any, error)
		want  string
	}{
		{"sleeping", func(*loop.Loop) (any, error) { return loop.Await(loop.Sleep(time.Hour)) }, "first"},
		{"awaiting a future", func(l *loop.Loop) (any, error) { return loop.Await(l.CreateFuture()) }, "first"},
		{"awaiting a gather", func(*loop.Loop) (any, error) { return loop.Await(loop.Gather(loop.Sleep(time.Hour))) }, "first"},
		{"not started", nil, "second"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, _ := newLoop(t)
			mustRun(t, l, func() {
				inner := ""
				w := l.CreateTask(loop.Async(func() (any, error) {
					if tt.await == nil {
						return nil, nil
					}
					_, err := tt.await(l)
					inner = fmt.Sprint(err)
					return nil, err
				}))
				if tt.await != nil {
					loop.Await(loop.Sleep(0))
				}
				w.Cancel("first")
				w.Cancel("second")
				_, err := loop.Await(w)
				var ce *loop.CancelledError
				if !errors.As(err, &ce) || ce.Msg != tt.want {
					t.Errorf("Await = %v; want a cancellation with message %q", err, tt.want)
				}
				if tt.await != nil && !strings.Contains(inner, tt.want) {
					t.Errorf("inside the task: %v; want the message %q", inner, tt.want)
				}
				if n := w.Cancelling(); n != 2 {
					t.Errorf("Cancelling() = %d, want 2", n)
				}
			})
		})
	}
}

// A Gather cancelled twice ends with the first request's message, as its
// children do.
func TestGatherCancelledTwice(t *testing.T) {
	l, _ := newLoop(t)
	mustRun(t, l, func() {
		g := loop.Gather(loop.Sleep(time.Hour))
		loop.Await(loop.Sleep(0))
		if !g.Cancel("m1") || !g.Cancel("m2") {
			t.Error("Cancel of a pending gather returned false")
		}
		_, err := loop.Await(g)
		var ce *loop.CancelledError
		if !errors.As(err, &ce) || ce.Msg != "m1" {
			t.Errorf("Await = %v; want a cancellation with message m1", err)
		}
	})
}

// CallSoonThreadsafe called on the loop goroutine appends to the same
// queue as CallSoon and as the done callbacks of a future, in call order.
func TestCallSoonThreadsafeOnTheLoopKeepsOrder(t *testing.T) {
	l, _ := newLoop(t)
	var got []string
	add := func(s string) func() { return func() { got = append(got, s) } }
	mustRun(t, l, func() {
		l.CallSoon(add("A"))
		l.CallSoonThreadsafe(add("B"))
		l.CallSoon(add("C"))
		f := l.CreateFuture()
		l.CallSoonThreadsafe(add("D"))
		f.AddDoneCallback(func(*loop.Future) { add("E")() })
		f.SetResult(nil)
		loop.Await(loop.Sleep(0))
		loop.Await(loop.Sleep(0))
	})
	if want := "A B C D E"; strings.Join(got, " ") != want {
		t.Errorf("order %q, want %q", strings.Join(got, " "), want)
	}
}

// Run waits for the executor's jobs before it returns (asyncio.run's
// shutdown_default_executor): queued or running, each returns, and its
// result reaches its future; a job submitted meanwhile is refused.
func TestRunWaitsForExecutorJobs(t *testing.T) {
	release := make(chan struct{})
	var ran atomic.Int32
	var futs []*loop.Future
	_, err := loop.Run(loop.Async(func() (any, error) {
		l := loop.Get()
		for range 3 {
			futs = append(futs, l.RunInExecutor(func() int { <-release; return int(ran.Add(1)) }))
		}
		l.CallSoon(func() { close(release) })
		return nil, nil
	}), loop.WithExecutorWorkers(1), loop.WithLogger(logrus.New()))
	if err != nil || ran.Load() != 3 {
		t.Fatalf("Run = %v with %d job(s) returned, want 3", err, ran.Load())
	}
	for i, f := range futs {
		if v, err := f.Result(); err != nil || v != i+1 {
			t.Errorf("job %d: %v, %v; want %d", i, v, err, i+1)
		}
	}
}

// Close refuses new executor jobs but lets the queued ones run (asyncio's
// shutdown(wait=False)); their results are dropped.
func TestCloseLetsQueuedExecutorJobsRun(t *testing.T) {
	l, _ := newLoop(t, loop.WithExecutorWorkers(1))
	release := make(chan struct{})
	second := make(chan struct{})
	var f *loop.Future
	mustRun(t, l, func() {
		l.RunInExecutor(func() { <-release })
		f = l.RunInExecutor(func() { close(second) })
	})
	l.Close()
	close(release)
	select {
	case <-second: // the queued job ran after Close
	case <-time.After(10 * time.Second):
		t.Fatal("the job queued at Close never ran")
	}
	if f.Done() {
		t.Errorf("the job's future after Close: %v, want it left pending", f)
	}
}

// A task that cancels itself while it runs gets the cancellation at its
// next await, whatever it awaits, after yielding once as asyncio's does
// (a pending future it awaits was cancelled before the task waited on it,
// and nothing woke the task: it hung).
func TestCancelledWhileRunning(t *testing.T) {
	tests := []struct {
		name  string
		await func(l *loop.Loop) (any, error)
	}{
		{"a future", func(l *loop.Loop) (any, error) { return loop.Await(l.CreateFuture()) }},
		{"an event", func(*loop.Loop) (any, error) { return loop.Await(loop.NewEvent().Wait()) }},
		{"a queue", func(*loop.Loop) (any, error) { return loop.Await(loop.NewQueue(0).Get()) }},
		{"an executor job", func(l *loop.Loop) (any, error) { return loop.Await(l.RunInExecutor(func() {})) }},
		{"Sleep(0)", func(*loop.Loop) (any, error) { return loop.Await(loop.Sleep(0)) }},
		{"a sleep", func(*loop.Loop) (any, error) { return loop.Await(loop.Sleep(time.Hour)) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, _ := newLoop(t)
			var order []string
			done := make(chan error, 1)
			go func() {
				_, err := run(t, l, func() {
					a := l.CreateTask(loop.Async(func() (any, error) {
						loop.CurrentTask().Cancel("self")
						_, err := tt.await(l)
						order = append(order, "a: "+fmt.Sprint(err))
						return nil, err
					}))
					b := l.CreateTask(loop.Async(func() { order = append(order, "b runs") }))
					loop.Await(loop.GatherReturnExceptions(a, b))
					if !a.Cancelled() {
						t.Errorf("the task is not cancelled: %v", a)
					}
				})
				done <- err
			}()
			select {
			case err := <-done:
				if err != nil {
					t.Fatal(err)
				}
			case <-time.After(10 * time.Second):
				t.Fatalf("the task never woke; so far: %q", order)
			}
			if got, want := strings.Join(order, "; "), "b runs; a: loop: cancelled: self"; got != want {
				t.Errorf("got %q, want %q", got, want)
			}
			if l.Time() != 0 {
				t.Errorf("ended at %v, want 0", l.Time())
			}
		})
	}
}

// A queued executor job whose future is cancelled never runs, as with
// asyncio's executor; a running one runs to its end.
func TestCancelledQueuedExecutorJob(t *testing.T) {
	release := make(chan struct{})
	var ran []string
	var mu sync.Mutex
	note := func(s string) { mu.Lock(); ran = append(ran, s); mu.Unlock() }
	_, err := loop.Run(loop.Async(func() (any, error) {
		l := loop.Get()
		started := make(chan struct{})
		first := l.RunInExecutor(func() { close(started); <-release; note("first") })
		second := l.RunInExecutor(func() { note("second") })
		<-started
		second.Cancel()
		first.Cancel() // it runs already: it goes on
		close(release)
		return nil, nil
	}), loop.WithExecutorWorkers(1), loop.WithLogger(logrus.New()))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(ran, " "); got != "first" {
		t.Errorf("the jobs that ran: %q, want %q", got, "first")
	}
}
