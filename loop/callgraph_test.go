package loop_test

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

// cancelOthers cancels the tasks of l but the calling one.
func cancelOthers(l *loop.Loop) {
	for _, t := range loop.AllTasks(l) {
		if t != loop.CurrentTask() {
			t.Cancel()
		}
	}
}

// settle lets the tasks started so far run until they wait.
func settle() {
	for range 3 {
		loop.Await(loop.Sleep(0))
	}
}

// What a suspended task waits for is said in words, for each thing the
// package lets a task wait on.
func TestAwaitingInWords(t *testing.T) {
	l, _ := newLoop(t)
	tests := []struct {
		name  string
		start func() *loop.Task // makes the task to look at, and what it needs
		want  string            // a regular expression
	}{
		{"sleep", func() *loop.Task {
			return loop.CreateTask(loop.Sleep(1500 * time.Millisecond))
		}, `^sleep, 1\.5s left$`},
		{"queue empty", func() *loop.Task {
			q := loop.NewQueue(0)
			loop.CreateTask(q.Get())
			return loop.CreateTask(q.Get())
		}, `^queue empty \(size 0, 2 getters\)$`},
		{"queue full", func() *loop.Task {
			q := loop.NewQueue(1)
			q.PutNowait(1)
			return loop.CreateTask(q.Put(2))
		}, `^queue full \(size 1 of 1, 1 putter\)$`},
		{"queue join", func() *loop.Task {
			q := loop.NewQueue(0)
			q.PutNowait(1)
			return loop.CreateTask(q.Join())
		}, `^queue join \(1 unfinished, 1 joiner\)$`},
		{"lock", func() *loop.Task {
			lk := loop.NewLock()
			loop.CreateTask(holder(lk), loop.Name("holder"))
			return loop.CreateTask(lk.Acquire())
		}, `^lock held by Task\(<holder>\) \(1 waiter\)$`},
		{"event", func() *loop.Task {
			return loop.CreateTask(loop.NewEvent().Wait())
		}, `^event not set \(1 waiter\)$`},
		{"semaphore", func() *loop.Task {
			return loop.CreateTask(loop.NewSemaphore(0).Acquire())
		}, `^semaphore value 0 \(1 waiter\)$`},
		{"condition", func() *loop.Task {
			c := loop.NewCondition(nil)
			return loop.CreateTask(loop.Async(func() error {
				if _, err := loop.Await(c.Acquire()); err != nil {
					return err
				}
				_, err := loop.Await(c.Wait())
				return err
			}))
		}, `^condition not notified \(1 waiter\)$`},
		{"gather", func() *loop.Task {
			g := loop.Gather(loop.Sleep(0), loop.Sleep(time.Hour), loop.Sleep(time.Hour))
			return loop.CreateTask(loop.Async(func() { loop.Await(g) }))
		}, `^gather: 1 of 3 done$`},
		{"wait", func() *loop.Task {
			return loop.CreateTask(loop.Wait([]loop.Awaitable{loop.Sleep(time.Hour)}, loop.FirstCompleted, 0))
		}, `^wait \(FIRST_COMPLETED\): 0 of 1 done$`},
		{"task", func() *loop.Task {
			inner := loop.CreateTask(loop.Sleep(time.Hour), loop.Name("inner"))
			return loop.CreateTask(loop.Async(func() { loop.Await(inner) }))
		}, `^Task\(<inner>\)<PENDING>$`},
		{"future", func() *loop.Task {
			f := l.CreateFuture()
			return loop.CreateTask(loop.Async(func() { loop.Await(f) }))
		}, `^future, pending: completed by code that holds it`},
		{"shield", func() *loop.Task {
			s := loop.Shield(loop.NewEvent().Wait())
			return loop.CreateTask(loop.Async(func() { loop.Await(s) }))
		}, `^shield of Task\(<Event.Wait>\)<PENDING>$`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got string
			mustRun(t, l, func() {
				task := tt.start()
				settle()
				got = task.Awaiting()
				cancelOthers(l)
			})
			if !regexp.MustCompile(tt.want).MatchString(got) {
				t.Errorf("Awaiting() = %q, want %s", got, tt.want)
			}
		})
	}
}

func holder(lk *loop.Lock) *loop.Coroutine {
	return loop.Async(func() error {
		if _, err := loop.Await(lk.Acquire()); err != nil {
			return err
		}
		_, err := loop.Await(loop.Sleep(time.Hour))
		return err
	})
}

// An executor job says how long it has been running.
func TestAwaitingExecutorJob(t *testing.T) {
	l, _ := newLoop(t)
	release := make(chan struct{})
	started := make(chan struct{})
	defer close(release)
	mustRun(t, l, func() {
		f := l.RunInExecutor(func() { close(started); <-release })
		task := loop.CreateTask(loop.Async(func() { loop.Await(f) }))
		<-started
		settle()
		if got := task.Awaiting(); !strings.HasPrefix(got, "executor job loop_test.TestAwaitingExecutorJob, running for ") {
			t.Errorf("Awaiting() = %q, want an executor job running", got)
		}
		task.Cancel()
	})
}

// In debug mode a future says where it was made, and by which task.
func TestAwaitingFutureDebug(t *testing.T) {
	l, _ := newLoop(t, loop.WithDebug(true))
	var got string
	mustRun(t, l, func() {
		f := l.CreateFuture()
		task := loop.CreateTask(loop.Async(func() { loop.Await(f) }))
		settle()
		got = task.Awaiting()
		task.Cancel()
	})
	if !regexp.MustCompile(`made at loop/callgraph_test\.go:\d+ by Task\(<`).MatchString(got) {
		t.Errorf("Awaiting() = %q, want where the future was made", got)
	}
}

func fetchFrom(q *loop.Queue) *loop.Coroutine {
	return loop.Async(func() (any, error) {
		return loop.Await(q.Get()) // fetchFrom waits here
	})
}

func queueWorker(q *loop.Queue) *loop.Coroutine {
	return loop.Async(func() (any, error) {
		return loop.Await(fetchFrom(q)) // queueWorker waits here
	})
}

// lineOf returns the line of this file holding the comment mark.
func lineOf(t *testing.T, mark string) string {
	t.Helper()
	src := callgraphSource(t)
	for i, line := range strings.Split(src, "\n") {
		if strings.Contains(line, "// "+mark) {
			return fmt.Sprintf("loop/callgraph_test.go:%d", i+1)
		}
	}
	t.Fatalf("no line marked %q", mark)
	return ""
}

// A compiled task's stack is read from its goroutine: its coroutine and
// the coroutines it awaits inline, each at its line; the loop's own frames
// are left out.
func TestTaskStackCompiled(t *testing.T) {
	l, _ := newLoop(t)
	var stack []loop.Frame
	var printed strings.Builder
	mustRun(t, l, func() {
		q := loop.NewQueue(0)
		task := loop.CreateTask(queueWorker(q))
		settle()
		stack = task.Stack()
		task.PrintStack(&printed)
		q.PutNowait("item")
		if v, err := loop.Await(task); v != "item" || err != nil {
			t.Errorf("the probed task ended with %v, %v; want item", v, err)
		}
		if s := task.Stack(); s != nil {
			t.Errorf("a done task's stack is %v, want none", s)
		}
	})
	// A literal is named after its function, inlined or not.
	want := []struct{ fn, pos string }{
		{"queueWorker", lineOf(t, "queueWorker waits here")},
		{"fetchFrom", lineOf(t, "fetchFrom waits here")},
	}
	if len(stack) != len(want) {
		t.Fatalf("Stack() = %v, want %v", stack, want)
	}
	for i, w := range want {
		if stack[i].Func != "loop_test."+w.fn || stack[i].Pos != w.pos {
			t.Errorf("Stack()[%d] = %v, want %s at %s", i, stack[i], w.fn, w.pos)
		}
	}
	wantText := "Stack for Task(<queueWorker>)<PENDING> (most recent call last):\n" +
		"  " + stack[0].String() + "\n" +
		"  " + stack[1].String() + "\n" +
		"  awaiting queue empty (size 0, 1 getter)\n"
	if printed.String() != wantText {
		t.Errorf("PrintStack wrote\n%s\nwant\n%s", printed.String(), wantText)
	}
}

// A task asking for its own stack gets it, and a task not started shows
// its coroutine.
func TestTaskStackSelfAndNotStarted(t *testing.T) {
	l, _ := newLoop(t)
	mustRun(t, l, func() {
		self := loop.CurrentTask().Stack()
		if len(self) == 0 || !strings.HasPrefix(self[len(self)-1].Func, "loop_test.TestTaskStackSelfAndNotStarted") {
			t.Errorf("own stack %v, want this test's function innermost", self)
		}
		task := loop.CreateTask(one())
		if s := task.Stack(); len(s) != 1 || s[0].Func != "one" {
			t.Errorf("a task not started has stack %v, want its coroutine", s)
		}
	})
}

// What AwaitAt records (an interpreter's positions) is the stack: the
// task's coroutine, and each coroutine it runs inline, at the position of
// its await; the package's own coroutines are left out. A literal's
// coroutine, named with its line, is a frame of its function's name (the
// frame says where it is).
func TestAwaitAtChain(t *testing.T) {
	l, _ := newLoop(t)
	q := loop.NewQueue(0)
	inner := func() *loop.Coroutine {
		return loop.Async(func() (any, error) { return loop.AwaitAt("input 1:30", q.Get()) }).Named("fetch", "input 1:6")
	}
	var stack []loop.Frame
	var after []loop.Frame
	mustRun(t, l, func() {
		task := loop.CreateTask(loop.Async(func() (any, error) {
			return loop.AwaitAt("input 2:20", inner())
		}).Named("main.main.func1 (prog.go:6)", "prog.go:6"))
		settle()
		stack = task.Stack()
		q.PutNowait(1)
		loop.Await(task)
		after = task.Stack()
	})
	want := "[main.main.func1 at input 2:20 fetch at input 1:30]"
	if fmt.Sprint(stack) != want {
		t.Errorf("Stack() = %v, want %s", stack, want)
	}
	if after != nil {
		t.Errorf("done: Stack() = %v, want none", after)
	}
}

// A call graph shows who awaits a task: directly, and through a Gather.
func TestCaptureCallGraph(t *testing.T) {
	l, _ := newLoop(t)
	var text string
	mustRun(t, l, func() {
		leaf := loop.CreateTask(loop.Sleep(time.Hour), loop.Name("leaf"))
		loop.CreateTask(loop.Async(func() { loop.Await(leaf) }), loop.Name("direct"))
		loop.CreateTask(loop.Async(func() { loop.Await(loop.Gather(leaf)) }), loop.Name("gathering"))
		settle()
		g := loop.CaptureCallGraph(leaf)
		if len(g.AwaitedBy) != 2 {
			t.Errorf("leaf awaited by %d, want 2", len(g.AwaitedBy))
		}
		text = g.String()
		cancelOthers(l)
	})
	for _, want := range []string{
		"* Task(<leaf>)<PENDING>\n+ Awaiting: sleep, 1h0m0s left\n+ Awaited by:\n",
		"   * Task(<direct>)<PENDING>\n      + Call stack:\n      |   loop_test.TestCaptureCallGraph.func1.1 at loop/callgraph_test.go:",
		"   * Task(<gathering>)<PENDING>\n",
		"      + Awaiting: gather: 0 of 1 done\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("call graph\n%s\nlacks\n%s", text, want)
		}
	}
}

// A task named with the Name option shows that name; SetName changes it.
func TestTaskName(t *testing.T) {
	l, _ := newLoop(t)
	mustRun(t, l, func() {
		a := loop.CreateTask(one(), loop.Name("fetch-1"))
		b := loop.CreateTask(loop.Sleep(0), loop.Name("nap"))
		c := loop.CreateTask(loop.Sleep(0))
		if a.Name() != "fetch-1" || a.Coroutine().Name() != "one" || b.Name() != "nap" || c.Name() != "sleep" {
			t.Errorf("names %q (coroutine %q), %q, %q; want fetch-1 (one), nap, sleep", a.Name(), a.Coroutine().Name(), b.Name(), c.Name())
		}
		a.SetName("")
		if a.String() != "Task(<one>)<PENDING>" {
			t.Errorf("unnamed again: %s", a)
		}
		loop.Await(loop.Gather(a, b, c))
	})
}

// Function literals written in place get names that tell them apart; a
// coroutine function's literal is named after the function.
func TestAnonymousCoroutineNames(t *testing.T) {
	first := loop.Async(func() {})
	second := loop.Async(func() {})
	defer loop.Run(loop.Async(func() { loop.Await(loop.Gather(first, second)) })) //nolint:errcheck
	re := regexp.MustCompile(`^loop_test\.TestAnonymousCoroutineNames\.func\d+ \(loop/callgraph_test\.go:\d+\)$`)
	if !re.MatchString(first.Name()) || !re.MatchString(second.Name()) || first.Name() == second.Name() {
		t.Errorf("names %q and %q: want each literal's own", first.Name(), second.Name())
	}
	c := one()
	if c.Name() != "one" {
		t.Errorf("a coroutine function's literal is named %q, want one", c.Name())
	}
	loop.Run(c) //nolint:errcheck
	// A generic function's, whose runtime name is main.gen[...].func1.
	g := oneOf(1)
	if g.Name() != "oneOf" {
		t.Errorf("a generic coroutine function's literal is named %q, want oneOf", g.Name())
	}
	loop.Run(g) //nolint:errcheck
}

func oneOf[T any](v T) *loop.Coroutine { return loop.Async(func() any { return v }) }

type client struct{ n int }

func (c *client) fetchPtr() *loop.Coroutine { return loop.Async(func() any { return c.n }) }

func (c client) run() (any, error) { return c.n, nil }

// A coroutine made by a method with a pointer receiver, and a method value,
// is named after its type and method, as the shell names them.
func TestMethodCoroutineNames(t *testing.T) {
	c := client{1}
	tests := []struct {
		co   *loop.Coroutine
		want string
	}{
		{c.fetchPtr(), "client.fetchPtr"},
		{loop.Async(c.run), "client.run"},
		{loop.Async((&c).run), "client.run"},
	}
	for _, tt := range tests {
		if got := tt.co.Name(); got != tt.want {
			t.Errorf("name %q, want %q", got, tt.want)
		}
		loop.Run(tt.co) //nolint:errcheck
	}
}

// A fired timer says so; results holding errors show them apart from
// strings.
func TestReprSmallThings(t *testing.T) {
	l, _ := newLoop(t)
	var h *loop.TimerHandle
	var g *loop.Future
	mustRun(t, l, func() {
		h = l.CallLater(time.Second, func() {})
		g = loop.GatherReturnExceptions(
			loop.Async(func() any { return "boom" }),
			loop.Async(func() error { return errors.New("boom") }))
		loop.Await(g)
		loop.Await(loop.Sleep(2 * time.Second))
	})
	if got := h.String(); !strings.HasSuffix(got, " done>") {
		t.Errorf("fired timer prints %s, want done", got)
	}
	if got, want := g.String(), `<Future finished result=[boom *errors.errorString("boom")]>`; got != want {
		t.Errorf("gather prints %s, want %s", got, want)
	}
}

// One op: an await of Sleep(0), plain or through AwaitAt (what each of
// an interpreter's awaits costs more for its position).
func BenchmarkAwaitAt(b *testing.B) {
	for _, at := range []bool{false, true} {
		b.Run(fmt.Sprintf("at=%v", at), func(b *testing.B) {
			l := loop.New(loop.WithClock(loop.NewVirtualClock()))
			defer l.Close()
			b.ReportAllocs()
			l.RunUntilComplete(loop.Async(func() { //nolint:errcheck
				for range b.N {
					if at {
						loop.AwaitAt("input 1:1", loop.Sleep(0))
					} else {
						loop.Await(loop.Sleep(0))
					}
				}
			}))
		})
	}
}

// A coroutine an interpreter's code awaits through the package's own
// coroutines (WaitFor runs it inline) is a level of the chain too.
func TestAwaitAtChainThroughWaitFor(t *testing.T) {
	l, _ := newLoop(t)
	q := loop.NewQueue(0)
	fetch := loop.Async(func() (any, error) { return loop.AwaitAt("input 1:30", q.Get()) }).Named("fetch", "input 1:6")
	var stack []loop.Frame
	mustRun(t, l, func() {
		task := loop.CreateTask(loop.Async(func() (any, error) {
			return loop.AwaitAt("input 2:20", loop.WaitFor(fetch, time.Hour))
		}).Named("worker", "input 2:6"))
		settle()
		stack = task.Stack()
		q.PutNowait(1)
		loop.Await(task)
	})
	if got, want := fmt.Sprint(stack), "[worker at input 2:20 fetch at input 1:30]"; got != want {
		t.Errorf("Stack() = %s, want %s", got, want)
	}
}

// One op: awaiting a coroutine inline (the path that checks whether the
// task records an await chain).
func BenchmarkAwaitInline(b *testing.B) {
	l := loop.New(loop.WithClock(loop.NewVirtualClock()))
	defer l.Close()
	body := func() {}
	l.RunUntilComplete(loop.Async(func() { //nolint:errcheck
		for range b.N {
			loop.Await(loop.Async(body))
		}
	}))
}
