package loop_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func TestFutureStates(t *testing.T) {
	l, _ := newLoop(t)
	boom := errors.New("boom")
	tests := []struct {
		name    string
		do      func(f *loop.Future)
		str     string
		result  string
		exc     string
		done    bool
		cancels bool
	}{
		{"pending", func(f *loop.Future) {}, "<Future pending>", "<nil> loop: invalid state: Result is not set", "loop: invalid state: Exception is not set", false, false},
		{"result", func(f *loop.Future) { f.SetResult(1) }, "<Future finished result=1>", "1 <nil>", "<nil>", true, false},
		{"exception", func(f *loop.Future) { f.SetException(boom) }, "<Future finished exception=boom>", "<nil> boom", "boom", true, false},
		{"cancelled", func(f *loop.Future) { f.Cancel() }, "<Future cancelled>", "<nil> loop: cancelled", "loop: cancelled", true, true},
		{"cancelled with message", func(f *loop.Future) { f.Cancel("why", "not") }, "<Future cancelled>", "<nil> loop: cancelled: why not", "loop: cancelled: why not", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := l.CreateFuture()
			tt.do(f)
			if got := f.String(); got != tt.str {
				t.Errorf("String %q, want %q", got, tt.str)
			}
			v, err := f.Result()
			if got := fmt.Sprint(v, " ", err); got != tt.result {
				t.Errorf("Result %q, want %q", got, tt.result)
			}
			if got := fmt.Sprint(f.Exception()); got != tt.exc {
				t.Errorf("Exception %q, want %q", got, tt.exc)
			}
			if f.Done() != tt.done || f.Cancelled() != tt.cancels {
				t.Errorf("Done %v Cancelled %v", f.Done(), f.Cancelled())
			}
			if tt.done {
				if err := f.SetResult(2); !errors.Is(err, loop.ErrInvalidState) {
					t.Errorf("SetResult on a done future: %v", err)
				}
				if err := f.SetException(boom); !errors.Is(err, loop.ErrInvalidState) {
					t.Errorf("SetException on a done future: %v", err)
				}
				if f.Cancel() {
					t.Error("Cancel on a done future returned true")
				}
			}
		})
	}
}

func TestDoneCallbacks(t *testing.T) {
	l, _ := newLoop(t)
	var got []string
	f := l.CreateFuture()
	for i := 1; i <= 3; i++ {
		f.AddDoneCallback(func(f *loop.Future) {
			v, _ := f.Result()
			got = append(got, fmt.Sprint(i, ":", v))
		})
	}
	f.SetResult("x")
	if len(got) != 0 {
		t.Fatal("done callbacks ran synchronously; they must be scheduled on the loop")
	}
	l.CallSoon(func() {
		// Added once done: scheduled at once, after the others.
		f.AddDoneCallback(func(*loop.Future) { got = append(got, "late"); l.Stop() })
	})
	l.RunForever()
	if s := strings.Join(got, ","); s != "1:x,2:x,3:x,late" {
		t.Errorf("callbacks ran as %s", s)
	}
}

func TestExceptionHandler(t *testing.T) {
	l, hook := newLoop(t)
	l.CallSoon(func() { panic("in a callback") })
	f := l.CreateFuture()
	f.AddDoneCallback(func(*loop.Future) { panic("in a done callback") })
	f.SetResult(nil)
	l.CallSoon(l.Stop)
	l.RunForever()
	msgs := messages(hook)
	if len(msgs) != 2 || !strings.HasPrefix(msgs[0], "Exception in callback <Handle ") ||
		!strings.HasPrefix(msgs[1], "Exception in done callback ") {
		t.Fatalf("default handler logged %q", msgs)
	}
	if e := hook.AllEntries()[0]; e.Data["error"] != "panic: in a callback" || !strings.Contains(fmt.Sprint(e.Data["stack"]), "future_test.go") {
		t.Errorf("fields %v", e.Data)
	}
	var ctxs []loop.ExceptionContext
	l.SetExceptionHandler(func(_ *loop.Loop, c loop.ExceptionContext) { ctxs = append(ctxs, c) })
	l.CallSoon(func() { panic(errors.New("custom")) })
	l.CallSoon(l.Stop)
	l.RunForever()
	var pe *loop.PanicError
	if len(ctxs) != 1 || !errors.As(ctxs[0].Err, &pe) || pe.Unwrap().Error() != "custom" {
		t.Errorf("custom handler got %+v", ctxs)
	}
}

func TestTimerHandles(t *testing.T) {
	l, _ := newLoop(t)
	ran := map[int]bool{}
	var hs []*loop.TimerHandle
	for i := 0; i < 200; i++ {
		hs = append(hs, l.CallLater(time.Duration(i)*time.Millisecond, func() { ran[i] = true }))
	}
	// Cancel most of them: the heap compacts, the rest still run in order.
	for i, h := range hs {
		if i%10 != 0 {
			h.Cancel()
		}
	}
	if !hs[1].Cancelled() || hs[0].Cancelled() || hs[0].When() != l.Time() {
		t.Errorf("handle state: %v %v %v", hs[1].Cancelled(), hs[0].Cancelled(), hs[0].When())
	}
	if s := hs[1].String(); s != "<TimerHandle cancelled>" {
		t.Errorf("cancelled timer prints %q", s)
	}
	if s := hs[10].String(); !strings.HasPrefix(s, "<TimerHandle when=0.010 loop_test.TestTimerHandles()>") {
		t.Errorf("timer prints %q", s)
	}
	l.CallLater(time.Second, l.Stop)
	l.RunForever()
	for i := 0; i < 200; i++ {
		if ran[i] != (i%10 == 0) {
			t.Fatalf("timer %d ran=%v", i, ran[i])
		}
	}
}

func TestClockSwitchKeepsTimersRelative(t *testing.T) {
	l, _ := newLoop(t)
	var at float64
	v := loop.NewVirtualClock()
	v.Advance(100 * time.Second)
	l.CallLater(2*time.Second, func() { at = l.Time(); l.Stop() })
	l.SetClock(v)
	if !l.Clock().Virtual() {
		t.Fatal("clock not switched")
	}
	l.RunForever()
	if at != 102 {
		t.Errorf("timer due 2s after the switch ran at %v, want 102", at)
	}
}

func TestGetAndDefault(t *testing.T) {
	l, _ := newLoop(t)
	loop.SetDefault(l)
	defer loop.SetDefault(nil)
	if loop.Get() != l {
		t.Fatal("Get did not return the default loop")
	}
	other, _ := newLoop(t)
	mustRun(t, other, func() {
		if loop.Get() != other {
			t.Error("Get in a task of a running loop did not return that loop")
		}
		if loop.CurrentTask() == nil || loop.CurrentTask().Loop() != other {
			t.Error("CurrentTask")
		}
	})
	if loop.CurrentTask() != nil {
		t.Error("CurrentTask outside a task is not nil")
	}
}

func TestCloseShutsDownExecutor(t *testing.T) {
	l, _ := newLoop(t)
	l.Close()
	_, err := l.RunInExecutor(func() {}).Result()
	if !errors.Is(err, loop.ErrClosed) {
		t.Errorf("RunInExecutor after Close: %v", err)
	}
	running, _ := newLoop(t)
	var closeErr error
	running.CallSoon(func() { closeErr = running.Close(); running.Stop() })
	running.RunForever()
	if closeErr == nil || !strings.Contains(closeErr.Error(), "cannot close a running event loop") {
		t.Errorf("Close from a callback of the running loop: %v", closeErr)
	}
}

func TestReprs(t *testing.T) {
	l, _ := newLoop(t)
	q := loop.NewQueue(2)
	lk := loop.NewLock()
	ev := loop.NewEvent()
	sem := loop.NewBoundedSemaphore(1)
	tg := loop.NewTaskGroup()
	var got []string
	mustRun(t, l, func() {
		q.PutNowait(1)
		loop.Await(lk.Acquire())
		ev.Set()
		loop.Await(sem.Acquire())
		got = append(got, l.String(), q.String(), lk.String(), ev.String(), sem.String(), tg.String())
		tg.CreateTask(loop.Sleep(time.Second))
		tg.CreateTask(loop.Async(func() error { return errors.New("boom") }))
		loop.Await(loop.Sleep(0)) // the tasks run
		loop.Await(loop.Sleep(0)) // the group hears of the error
		got = append(got, tg.String())
		loop.Await(tg.Wait())
		got = append(got, tg.String())
		h := l.CallSoon(func() {})
		loop.Await(loop.Sleep(0))
		got = append(got, h.String()) // it let go of its callback
	})
	cf := loop.RunCoroutineThreadsafe(loop.Async(func() int { return 1 }), l)
	got = append(got, cf.String())
	go func() { l.CallSoonThreadsafe(func() {}) }()
	mustRun(t, l, func() { loop.Await(loop.Sleep(0)) })
	got = append(got, cf.String())
	cc := loop.RunCoroutineThreadsafe(loop.Async(func() (any, error) { return loop.Await(loop.Sleep(time.Hour)) }), l)
	cc.Cancel()
	go func() { l.CallSoonThreadsafe(func() {}) }()
	mustRun(t, l, func() { loop.Await(loop.Sleep(0)) })
	got = append(got, cc.String(), fmt.Sprint(cc.Cancelled(), cf.Cancelled()))
	want := []string{
		"<Loop running=true closed=false debug=false>",
		"<Queue maxsize=2 qsize=1 unfinished=1>",
		"<Lock [locked]>",
		"<Event [set]>",
		"<BoundedSemaphore [locked, value:0]>",
		"<TaskGroup>",
		"<TaskGroup tasks=1 errors=1 cancelling>",
		"<TaskGroup finished>",
		"<Handle done>",
		"<ConcurrentFuture state=pending>",
		"<ConcurrentFuture state=finished returned int>",
		"<ConcurrentFuture state=cancelled>",
		"true false",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// A task or future whose result holds itself, or is huge, prints (at the
// prompt, in a warning) without recursing until the stack overflows.
func TestStringOfResultHoldingItself(t *testing.T) {
	self := map[string]any{"a": 1}
	self["self"] = self
	loopSlice := []any{1, nil}
	loopSlice[1] = loopSlice[:1] // [1 [1 ...]]: no cycle through a shorter slice
	cyc := []any{nil}
	cyc[0] = cyc
	tests := []struct {
		result any
		want   string
	}{
		{self, "<map[string]interface {} holding itself>"},
		{cyc, "<[]interface {} holding itself>"},
		{&cyc, "<*[]interface {} holding itself>"},
		{loopSlice, "[1 [1]]"},
		{make([]int, 5000), "<[]int too large to show>"},
		{strings.Repeat("x", 300), `"` + strings.Repeat("x", 200) + `"...`},
		{map[string]int{"a": 1}, "map[a:1]"},
		{nil, "<nil>"},
	}
	l, _ := newLoop(t)
	for _, tt := range tests {
		mustRun(t, l, func() {
			f := l.CreateFuture()
			f.SetResult(tt.result)
			if got := f.String(); !strings.Contains(got, "result="+tt.want+">") {
				t.Errorf("%s, want result=%s", got, tt.want)
			}
			task := l.CreateTask(loop.Async(func() any { return tt.result }))
			loop.Await(task)
			if got := task.String(); !strings.HasSuffix(got, "result="+tt.want+">") {
				t.Errorf("%s, want result=%s", got, tt.want)
			}
		})
	}
}

// selfNamed holds itself, but fmt prints it by its String method.
type selfNamed map[string]any

func (selfNamed) String() string { return "selfNamed" }

// A future or a task whose result holds it (directly, in a slice, through
// another future), or a task that panicked with a value holding itself,
// prints without recursing until the stack overflows; a value whose String
// method fmt calls is left to it.
func TestStringOfFutureHoldingItself(t *testing.T) {
	l, _ := newLoop(t)
	self := map[string]any{}
	self["self"] = self
	named := selfNamed{}
	named["self"] = named
	mustRun(t, l, func() {
		f := l.CreateFuture()
		f.SetResult(f)
		g := l.CreateFuture()
		g.SetResult([]any{1, g})
		h1, h2 := l.CreateFuture(), l.CreateFuture()
		h1.SetResult(h2)
		h2.SetResult(h1)
		inner := l.CreateFuture()
		inner.SetResult(2)
		outer := l.CreateFuture()
		outer.SetResult([]any{inner, inner})
		nf := l.CreateFuture()
		nf.SetResult(named)
		var task *loop.Task
		task = l.CreateTask(loop.Async(func() any { return task }))
		loop.Await(task)
		panicky := l.CreateTask(loop.Async(func() { panic(self) }))
		loop.Await(panicky)
		tests := []struct {
			got  fmt.Stringer
			want string
		}{
			{f, "<Future finished result=<*loop.Future holding itself>>"},
			{g, "<Future finished result=<[]interface {} holding itself>>"},
			{h1, "<Future finished result=<*loop.Future holding itself>>"},
			{outer, "<Future finished result=[<Future finished result=2> <Future finished result=2>]>"},
			{nf, "<Future finished result=selfNamed>"},
			{task, "FINISHED result=<*loop.Task holding itself>>"},
			{panicky, "FINISHED exception=panic: <map[string]interface {} holding itself>>"},
		}
		for _, tt := range tests {
			if got := tt.got.String(); !strings.HasSuffix(got, tt.want) {
				t.Errorf("%s, want it to end %s", got, tt.want)
			}
		}
		if got, want := (&loop.PanicError{Value: self}).Error(), "panic: <map[string]interface {} holding itself>"; got != want {
			t.Errorf("PanicError.Error() = %q; want %q", got, want)
		}
	})
}

// Awaiting a nil *Task, *Future or *Coroutine, or making a task of a nil
// coroutine, fails with an error naming it, not a nil dereference.
func TestAwaitNil(t *testing.T) {
	l, _ := newLoop(t)
	mustRun(t, l, func() {
		var (
			task *loop.Task
			fut  *loop.Future
			coro *loop.Coroutine
		)
		tests := []struct {
			aw   loop.Awaitable
			want string
		}{
			{nil, "loop: Await(nil): nothing to await"},
			{task, "loop: Await of a nil *Task"},
			{fut, "loop: Await of a nil *Future"},
			{coro, "loop: Await of a nil *Coroutine"},
		}
		for _, tt := range tests {
			if _, err := loop.Await(tt.aw); err == nil || err.Error() != tt.want {
				t.Errorf("Await(%T(nil)) = %v; want %s", tt.aw, err, tt.want)
			}
		}
		nt := l.CreateTask(nil)
		if !nt.Done() || !strings.HasPrefix(nt.String(), "Task(<CreateTask(nil)>)<FINISHED exception=loop: CreateTask(nil): a nil *Coroutine") {
			t.Errorf("CreateTask(nil) = %s (done %v); want a task failed at once", nt, nt.Done())
		}
		if _, err := loop.Await(nt); err == nil || !strings.HasPrefix(err.Error(), "loop: CreateTask(nil)") {
			t.Errorf("Await(CreateTask(nil)) = %v", err)
		}
	})
}
