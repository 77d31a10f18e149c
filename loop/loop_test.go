package loop_test

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
	"github.com/sirupsen/logrus"
	"github.com/sirupsen/logrus/hooks/test"
)

// newLoop returns a loop on a virtual clock whose warnings go to a test
// hook, closed when the test ends.
func newLoop(t *testing.T, opts ...loop.Option) (*loop.Loop, *test.Hook) {
	t.Helper()
	lg, hook := test.NewNullLogger()
	lg.SetLevel(logrus.DebugLevel)
	opts = append([]loop.Option{loop.WithClock(loop.NewVirtualClock()), loop.WithLogger(lg)}, opts...)
	l := loop.New(opts...)
	t.Cleanup(func() { l.Close() })
	return l, hook
}

// run runs fn as the body of a task on l until it returns.
func run(t *testing.T, l *loop.Loop, fn any) (any, error) {
	t.Helper()
	return l.RunUntilComplete(loop.Async(fn))
}

// mustRun is run for a body whose checks are its own: a panic or an error
// in it fails the test, rather than skipping the checks after it.
func mustRun(t *testing.T, l *loop.Loop, fn any) {
	t.Helper()
	if _, err := run(t, l, fn); err != nil {
		t.Fatalf("the task's body failed: %v", err)
	}
}

func TestCallbackOrder(t *testing.T) {
	l, _ := newLoop(t)
	var got []string
	add := func(s string) func() { return func() { got = append(got, s) } }
	l.CallLater(2*time.Second, add("later 2s a"))
	l.CallLater(time.Second, add("later 1s"))
	l.CallLater(2*time.Second, add("later 2s b"))
	l.CallAt(l.Time()+2, add("at +2s"))
	l.CallSoon(add("soon 1"))
	h := l.CallSoon(add("cancelled"))
	l.CallSoon(add("soon 2"))
	l.CallSoon(func() {
		got = append(got, "soon 3")
		l.CallSoon(add("soon from soon"))
	})
	h.Cancel()
	l.CallLater(3*time.Second, l.Stop)
	if err := l.RunForever(); err != nil {
		t.Fatal(err)
	}
	want := "soon 1,soon 2,soon 3,soon from soon,later 1s,later 2s a,later 2s b,at +2s"
	if s := strings.Join(got, ","); s != want {
		t.Errorf("order:\n got %s\nwant %s", s, want)
	}
	if l.Time() != 3 {
		t.Errorf("virtual time after the run = %v, want 3", l.Time())
	}
}

func TestStopRunsWhatIsReady(t *testing.T) {
	l, _ := newLoop(t)
	ran := 0
	l.CallSoon(func() { l.Stop() })
	l.CallSoon(func() { ran++ })
	l.RunForever()
	if ran != 1 {
		t.Fatalf("callback queued before Stop ran %d times, want 1", ran)
	}
	// The loop can run again after a stop.
	l.CallSoon(func() { ran++; l.Stop() })
	l.RunForever()
	if ran != 2 {
		t.Fatalf("second run: ran = %d, want 2", ran)
	}
}

func TestLifecycleErrors(t *testing.T) {
	l, _ := newLoop(t)
	if _, err := loop.Await(l.CreateFuture()); !errors.Is(err, loop.ErrNoTask) {
		t.Errorf("Await outside a task: %v, want ErrNoTask", err)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if err := l.RunForever(); !errors.Is(err, loop.ErrClosed) {
		t.Errorf("RunForever on a closed loop: %v, want ErrClosed", err)
	}
	if _, err := l.RunUntilComplete(l.CreateFuture()); !errors.Is(err, loop.ErrClosed) {
		t.Errorf("RunUntilComplete on a closed loop: %v, want ErrClosed", err)
	}
	if !strings.Contains(loop.ErrNoTask.Error(), "loop.Run") {
		t.Errorf("ErrNoTask should say how to fix it: %q", loop.ErrNoTask)
	}
}

func TestRunningLoopRefusesSecondRun(t *testing.T) {
	l, _ := newLoop(t)
	var err1, err2 error
	l.CallSoon(func() {
		err1 = l.RunForever()
		_, err2 = l.RunUntilComplete(l.CreateFuture())
		l.Stop()
	})
	l.RunForever()
	if !errors.Is(err1, loop.ErrRunning) || !errors.Is(err2, loop.ErrRunning) {
		t.Errorf("running a running loop from a callback: %v, %v; want ErrRunning", err1, err2)
	}
}

func TestNestedRuns(t *testing.T) {
	l, _ := newLoop(t)
	var log []string
	res, err := run(t, l, func() (any, error) {
		// A script's own RunUntilComplete inside a task awaits instead; a
		// coroutine runs as a task, after the callbacks already ready, as in
		// a run of its own.
		l.CallSoon(func() { log = append(log, "ready callback") })
		v, err := l.RunUntilComplete(loop.Async(func() int {
			log = append(log, "coroutine starts")
			loop.Await(loop.Sleep(time.Second))
			return 7
		}))
		log = append(log, fmt.Sprint("nested result ", v, err))
		// A nested RunForever waits until Stop.
		l.CallLater(time.Second, func() { log = append(log, "stop"); l.Stop() })
		if err := l.RunForever(); err != nil {
			return nil, err
		}
		log = append(log, "after nested RunForever")
		// Close inside a nested run leaves the loop alone.
		if err := l.Close(); err != nil {
			return nil, err
		}
		return "done", nil
	})
	if err != nil || res != "done" {
		t.Fatalf("result %v, %v", res, err)
	}
	want := "ready callback|coroutine starts|nested result 7 <nil>|stop|after nested RunForever"
	if s := strings.Join(log, "|"); s != want {
		t.Errorf("got %s\nwant %s", s, want)
	}
	if l.IsClosed() {
		t.Error("Close in a nested run closed the loop")
	}
}

func one() *loop.Coroutine { return loop.Async(func() int { return 1 }) }

func TestTaskStates(t *testing.T) {
	l, _ := newLoop(t)
	boom := errors.New("boom")
	tests := []struct {
		name string
		coro func() *loop.Coroutine
		want string
	}{
		{"result", one, "Task(<one>)<FINISHED result=1>"},
		{"string result", func() *loop.Coroutine { return loop.Async(func() any { return "hi" }).Named("greet", "") }, `Task(<greet>)<FINISHED result="hi">`},
		{"error", func() *loop.Coroutine { return loop.Async(func() error { return boom }).Named("bug", "") }, "Task(<bug>)<FINISHED exception=boom>"},
		{"cancelled by its body", func() *loop.Coroutine {
			return loop.Async(func() error { return loop.ErrCancelled }).Named("c", "")
		}, "Task(<c>)<CANCELLED>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var task *loop.Task
			mustRun(t, l, func() {
				task = l.CreateTask(tt.coro())
				if s := task.String(); !strings.HasSuffix(s, "<PENDING>") {
					t.Errorf("new task prints %s, want PENDING", s)
				}
				loop.Await(loop.GatherReturnExceptions(task))
			})
			if got := task.String(); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestCancellation(t *testing.T) {
	l, _ := newLoop(t)
	t.Run("before start: the body never runs", func(t *testing.T) {
		ran := false
		mustRun(t, l, func() {
			task := l.CreateTask(loop.Async(func() { ran = true }))
			task.Cancel()
			_, err := loop.Await(task)
			if !errors.Is(err, loop.ErrCancelled) || !task.Cancelled() {
				t.Errorf("await: %v, cancelled=%v", err, task.Cancelled())
			}
		})
		if ran {
			t.Error("a task cancelled before it started ran its body")
		}
	})
	t.Run("at the await it is suspended in, with message", func(t *testing.T) {
		var inner error
		mustRun(t, l, func() {
			fut := l.CreateFuture()
			task := l.CreateTask(loop.Async(func() error {
				_, err := loop.Await(fut)
				inner = err
				return err
			}))
			loop.Await(loop.Sleep(0))
			if !task.Cancel("stop now") {
				t.Error("Cancel of a pending task returned false")
			}
			_, err := loop.Await(task)
			var ce *loop.CancelledError
			if !errors.As(err, &ce) || ce.Msg != "stop now" {
				t.Errorf("awaiting the cancelled task: %v, want the message", err)
			}
			if !fut.Cancelled() {
				t.Error("the future the task awaited was not cancelled")
			}
			if task.Cancel() {
				t.Error("Cancel of a done task returned true")
			}
		})
		if !errors.Is(inner, loop.ErrCancelled) {
			t.Errorf("inside the task Await returned %v", inner)
		}
	})
	t.Run("swallowed: the task is not cancelled", func(t *testing.T) {
		mustRun(t, l, func() {
			task := l.CreateTask(loop.Async(func() (any, error) {
				if _, err := loop.Await(loop.Sleep(time.Hour)); err != nil {
					return "swallowed " + err.Error(), nil
				}
				return "slept", nil
			}))
			loop.Await(loop.Sleep(time.Second))
			task.Cancel()
			v, err := loop.Await(task)
			if err != nil || v != "swallowed loop: cancelled" || task.Cancelled() {
				t.Errorf("got %v, %v, cancelled=%v", v, err, task.Cancelled())
			}
		})
	})
	t.Run("running task cancels itself: delivered at its next await", func(t *testing.T) {
		mustRun(t, l, func() {
			task := l.CreateTask(loop.Async(func() (any, error) {
				loop.CurrentTask().Cancel()
				_, err := loop.Await(loop.Sleep(time.Second))
				return nil, err
			}))
			_, err := loop.Await(task)
			if !errors.Is(err, loop.ErrCancelled) {
				t.Errorf("got %v", err)
			}
		})
	})
	t.Run("cancel propagates through awaited tasks", func(t *testing.T) {
		mustRun(t, l, func() {
			inner := l.CreateTask(loop.Sleep(time.Hour))
			outer := l.CreateTask(loop.Async(func() (any, error) { return loop.Await(inner) }))
			loop.Await(loop.Sleep(0))
			outer.Cancel()
			loop.Await(loop.GatherReturnExceptions(outer))
			if !inner.Cancelled() || !outer.Cancelled() {
				t.Errorf("inner %s, outer %s", inner, outer)
			}
		})
	})
	t.Run("cancelling a gather cancels its children", func(t *testing.T) {
		mustRun(t, l, func() {
			a := l.CreateTask(loop.Sleep(time.Hour))
			b := l.CreateTask(loop.Sleep(time.Hour))
			g := loop.Gather(a, b)
			loop.Await(loop.Sleep(0))
			g.Cancel()
			_, err := loop.Await(g)
			if !errors.Is(err, loop.ErrCancelled) || !a.Cancelled() || !b.Cancelled() {
				t.Errorf("gather: %v; a %s b %s", err, a, b)
			}
		})
	})
}

func TestErrorsAndPanics(t *testing.T) {
	l, _ := newLoop(t)
	boom := errors.New("boom")
	mustRun(t, l, func() {
		_, err := loop.Await(loop.Async(func() error { return boom }))
		if err != boom {
			t.Errorf("awaited coroutine's error: %v", err)
		}
		task := l.CreateTask(loop.Async(func() { panic("kaput") }))
		_, err = loop.Await(task)
		var pe *loop.PanicError
		if !errors.As(err, &pe) || pe.Value != "kaput" || !strings.Contains(string(pe.Stack), "TestErrorsAndPanics") {
			t.Errorf("panic in a task: %v (stack has the panicking function: %v)", err, pe != nil && strings.Contains(string(pe.Stack), "TestErrorsAndPanics"))
		}
		res, err := loop.Await(loop.Gather(
			loop.Async(func() int { return 1 }),
			loop.Async(func() error { return boom }),
		))
		if err != boom || res != nil {
			t.Errorf("gather with an error: %v, %v", res, err)
		}
		res, err = loop.Await(loop.GatherReturnExceptions(
			loop.Async(func() int { return 1 }),
			loop.Async(func() error { return boom }),
		))
		if err != nil || fmt.Sprint(res) != "[1 boom]" {
			t.Errorf("gather returning exceptions: %v, %v", res, err)
		}
		c := loop.Async(func() int { return 1 })
		loop.Await(c)
		if _, err := loop.Await(c); !errors.Is(err, loop.ErrCoroutineReused) {
			t.Errorf("awaiting a coroutine twice: %v", err)
		}
		// A second task of one coroutine fails as asyncio's does, named
		// as the coroutine is.
		c = loop.Async(func() int { return 1 }).Named("fetch", "a.go:1")
		t1, t2 := loop.CreateTask(c), loop.CreateTask(c)
		if _, err := loop.Await(t2); !errors.Is(err, loop.ErrCoroutineReused) || t2.Name() != "fetch" || t1.Name() != "fetch" {
			t.Errorf("a second task of one coroutine: %v, named %q (the first %q)", err, t2.Name(), t1.Name())
		}
		loop.Await(t1)
		self := loop.CurrentTask()
		if _, err := loop.Await(self); err == nil || !strings.Contains(err.Error(), "cannot await itself") {
			t.Errorf("task awaiting itself: %v", err)
		}
	})
}

func TestAsyncSignatures(t *testing.T) {
	l, _ := newLoop(t)
	tests := []struct {
		fn   any
		want string
	}{
		{func() {}, "<nil> <nil>"},
		{func() error { return nil }, "<nil> <nil>"},
		{func() any { return 1 }, "1 <nil>"},
		{func() (any, error) { return 2, nil }, "2 <nil>"},
		{func() string { return "s" }, "s <nil>"},
		{func() (int, error) { return 3, nil }, "3 <nil>"},
		{func() (int, error) { return 3, errors.New("e") }, "<nil> e"},
	}
	for _, tt := range tests {
		v, err := run(t, l, func() (any, error) { return loop.Await(loop.Async(tt.fn)) })
		if got := fmt.Sprint(v, " ", err); got != tt.want {
			t.Errorf("%T: got %s, want %s", tt.fn, got, tt.want)
		}
	}
	for _, bad := range []any{nil, 3, func(int) {}, func() (int, int) { return 0, 0 }} {
		func() {
			defer func() {
				r := recover()
				if err, ok := r.(error); !ok || !strings.HasPrefix(err.Error(), "loop: Async needs") {
					t.Errorf("Async(%T) panicked with %v", bad, r)
				}
			}()
			loop.Async(bad)
		}()
	}
}

func TestVirtualClockJumps(t *testing.T) {
	l, _ := newLoop(t)
	start := time.Now()
	mustRun(t, l, func() {
		loop.Await(loop.Sleep(time.Hour))
		loop.Await(loop.Gather(loop.Sleep(time.Minute), loop.Sleep(2*time.Minute)))
	})
	if l.Time() != 3600+120 {
		t.Errorf("virtual time %v, want 3720", l.Time())
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("virtual hour took %v of real time", d)
	}
}

func TestVirtualClockWaitsForExecutor(t *testing.T) {
	l, _ := newLoop(t)
	release := make(chan struct{})
	var order []string
	mustRun(t, l, func() {
		job := l.RunInExecutor(func() string { <-release; return "job" })
		l.CreateTask(loop.Async(func() {
			loop.Await(loop.Sleep(time.Second))
			order = append(order, "timer")
		}))
		// While the job is in flight the virtual clock may not jump past it.
		l.CallSoon(func() { go func() { close(release) }() })
		v, _ := loop.Await(job)
		order = append(order, v.(string))
		loop.Await(loop.Sleep(2 * time.Second))
	})
	if s := strings.Join(order, ","); s != "job,timer" {
		t.Errorf("order %s, want job,timer", s)
	}
}

func TestExecutor(t *testing.T) {
	l, _ := newLoop(t, loop.WithExecutorWorkers(2))
	mustRun(t, l, func() {
		futs := make([]loop.Awaitable, 10)
		for i := range futs {
			futs[i] = l.RunInExecutor(func() int { return i * i })
		}
		res, err := loop.Await(loop.Gather(futs...))
		if err != nil || fmt.Sprint(res) != "[0 1 4 9 16 25 36 49 64 81]" {
			t.Errorf("results %v, %v", res, err)
		}
		_, err = loop.Await(l.RunInExecutor(func() { panic("in executor") }))
		var pe *loop.PanicError
		if !errors.As(err, &pe) || pe.Value != "in executor" {
			t.Errorf("executor panic: %v", err)
		}
		_, err = loop.Await(l.RunInExecutor(42))
		if err == nil || !strings.Contains(err.Error(), "loop: RunInExecutor needs") {
			t.Errorf("RunInExecutor(42): %v", err)
		}
	})
}

func TestThreadsafeFromManyGoroutines(t *testing.T) {
	l, _ := newLoop(t)
	const G, N = 8, 500
	count := 0
	var wg sync.WaitGroup
	wg.Add(G)
	l.CallSoon(func() {
		for g := 0; g < G; g++ {
			go func() {
				defer wg.Done()
				for i := 0; i < N; i++ {
					l.CallSoonThreadsafe(func() {
						count++
						if count == G*N {
							l.Stop()
						}
					})
				}
			}()
		}
	})
	release := l.Hold() // the virtual clock must wait for the submitters
	go func() { wg.Wait(); release() }()
	l.RunForever()
	if count != G*N {
		t.Fatalf("count %d, want %d", count, G*N)
	}
}

func TestRunCoroutineThreadsafe(t *testing.T) {
	l := loop.New()
	go l.RunForever()
	defer func() {
		l.CallSoonThreadsafe(l.Stop)
		for l.IsRunning() {
			time.Sleep(time.Millisecond)
		}
		l.Close()
	}()
	cf := loop.RunCoroutineThreadsafe(loop.Async(func() int { return 42 }), l)
	if v, err := cf.ResultTimeout(10 * time.Second); v != 42 || err != nil {
		t.Errorf("result %v, %v", v, err)
	}
	block := make(chan struct{})
	slow := loop.RunCoroutineThreadsafe(loop.Async(func() (any, error) {
		return loop.Await(l.RunInExecutor(func() { <-block }))
	}), l)
	if _, err := slow.ResultTimeout(time.Millisecond); !errors.Is(err, loop.ErrTimeout) {
		t.Errorf("ResultTimeout: %v", err)
	}
	slow.Cancel()
	if _, err := slow.Result(); !errors.Is(err, loop.ErrCancelled) {
		t.Errorf("after Cancel: %v", err)
	}
	close(block)
}

func TestOwnGoroutineTaskAwaitsFromHelper(t *testing.T) {
	l, _ := newLoop(t)
	res, err := l.RunUntilComplete(loop.Async(func() (any, error) {
		// The body waits on a helper goroutine, which awaits for it, as an
		// interpreter evaluating code on its own goroutine does.
		type out struct {
			v   any
			err error
		}
		ch := make(chan out)
		go func() {
			loop.Await(loop.Sleep(time.Second))
			v, err := loop.Await(loop.Gather(loop.Async(func() int { return 5 })))
			ch <- out{v, err}
		}()
		o := <-ch
		return o.v, o.err
	}).OnOwnGoroutine())
	if err != nil || fmt.Sprint(res) != "[5]" || l.Time() != 1 {
		t.Errorf("got %v, %v at t=%v", res, err, l.Time())
	}
}

// Several loops running at once, each awaiting: Await must find its own
// task (the parallel-tests constraint of doc.go).
func TestParallelLoops(t *testing.T) {
	for i := 0; i < 4; i++ {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			t.Parallel()
			l, _ := newLoop(t)
			res, err := run(t, l, func() (any, error) {
				sum := 0
				for j := 0; j < 50; j++ {
					v, err := loop.Await(loop.Async(func() (int, error) {
						_, err := loop.Await(loop.Sleep(time.Millisecond))
						return j, err
					}))
					if err != nil {
						return nil, err
					}
					sum += v.(int)
					if loop.CurrentTask().Loop() != l || loop.Get() != l {
						return nil, errors.New("CurrentTask or Get gave another loop")
					}
				}
				return sum, nil
			})
			if err != nil || res != 1225 {
				t.Fatalf("got %v, %v", res, err)
			}
		})
	}
}

func TestCloseDestroysPendingTasks(t *testing.T) {
	l, hook := newLoop(t)
	unwound := false
	l.CreateTask(loop.Async(func() {
		defer func() { unwound = true }()
		loop.Await(loop.Sleep(time.Hour))
	}).Named("sleeper", "x.go:1"))
	// A task named otherwise: the coroutine field is the coroutine's.
	l.CreateTask(loop.Async(func() {
		loop.Await(loop.Sleep(time.Hour))
	}).Named("forever", "x.go:9"), loop.Name("bee"))
	l.CallSoon(func() { l.CallSoon(l.Stop) })
	l.RunForever()
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	var bee *logrus.Entry
	for _, e := range hook.AllEntries() {
		if e.Message == "Task was destroyed but it is pending!" && e.Data["task"] == "Task(<bee>)<PENDING>" {
			bee = e
		}
	}
	if bee == nil || bee.Data["coroutine"] != "forever" {
		t.Errorf("the named task's warning: %v", bee)
	}
	if !unwound {
		t.Error("the destroyed task's deferred call did not run")
	}
	e := findEntry(hook, "Task was destroyed but it is pending!")
	if e == nil {
		t.Fatalf("no warning; got %v", messages(hook))
	}
	if e.Level != logrus.ErrorLevel || e.Data["task"] != "Task(<sleeper>)<PENDING>" || e.Data["defined_at"] != "x.go:1" ||
		!strings.HasPrefix(fmt.Sprint(e.Data["awaiting"]), "sleep, 1h0m0s left") {
		t.Errorf("fields: %v", e.Data)
	}
	if err := l.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func findEntry(h *test.Hook, msg string) *logrus.Entry {
	for _, e := range h.AllEntries() {
		if e.Message == msg {
			return e
		}
	}
	return nil
}

func messages(h *test.Hook) []string {
	var ms []string
	for _, e := range h.AllEntries() {
		ms = append(ms, e.Message)
	}
	return ms
}

func TestRunUntilCompleteRefusesAnotherLoopsFuture(t *testing.T) {
	l, _ := newLoop(t)
	other, _ := newLoop(t)
	_, err := l.RunUntilComplete(other.CreateFuture())
	if err == nil || !strings.Contains(err.Error(), "belongs to another loop") {
		t.Fatalf("got %v, want an error instead of waiting forever", err)
	}
}

// A goroutine a host detached runs no task's code: its Await fails even
// while a task's step runs, instead of acting for that task.
func TestDetachedGoroutineCannotAwait(t *testing.T) {
	l, _ := newLoop(t)
	res, err := run(t, l, func() (any, error) {
		done := make(chan error)
		go func() {
			defer loop.Detach()()
			if ct := loop.CurrentTask(); ct != nil {
				done <- fmt.Errorf("CurrentTask on a detached goroutine: %v, want nil", ct)
				return
			}
			_, err := loop.Await(loop.Sleep(time.Second)) // while the task below waits on done
			done <- err
		}()
		return nil, <-done
	})
	if !errors.Is(err, loop.ErrNoTask) || res != nil {
		t.Fatalf("got %v, %v; want ErrNoTask", res, err)
	}
	if _, err := run(t, l, func() (any, error) { return loop.Await(loop.Sleep(time.Second)) }); err != nil {
		t.Errorf("after the goroutine ended, tasks await as before: %v", err)
	}
}

// TestNextTimer: the earliest timer still pending, cancelled ones left
// out; none once all ran.
func TestNextTimer(t *testing.T) {
	l, _ := newLoop(t)
	if _, ok := l.NextTimer(); ok {
		t.Error("a next timer on a new loop")
	}
	h := l.CallLater(time.Second, func() {})
	l.CallLater(3*time.Second, func() {})
	if at, ok := l.NextTimer(); !ok || at != l.Time()+1 {
		t.Errorf("NextTimer = %v, %v; want %v", at, ok, l.Time()+1)
	}
	h.Cancel()
	if at, ok := l.NextTimer(); !ok || at != l.Time()+3 {
		t.Errorf("after a cancel, NextTimer = %v, %v; want %v", at, ok, l.Time()+3)
	}
	mustRun(t, l, func() { loop.Await(loop.Sleep(4 * time.Second)) })
	if at, ok := l.NextTimer(); ok {
		t.Errorf("NextTimer = %v after every timer ran", at)
	}
}
