package loop_test

import (
	"fmt"
	"os"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func download(q *loop.Queue) *loop.Coroutine {
	return loop.Async(func() (any, error) {
		return loop.Await(q.Get())
	})
}

func crawl(q *loop.Queue) *loop.Coroutine {
	return loop.Async(func() (any, error) {
		return loop.Await(download(q))
	})
}

// A suspended task's stack: its coroutine and the one it awaits inline,
// each at its line, and what the innermost waits for.
func ExampleTask_PrintStack() {
	l := loop.New(loop.WithClock(loop.NewVirtualClock()))
	defer l.Close()
	l.RunUntilComplete(loop.Async(func() { //nolint:errcheck
		q := loop.NewQueue(0)
		t := loop.CreateTask(crawl(q), loop.Name("crawler"))
		loop.Await(loop.Sleep(0)) // let it start
		t.PrintStack(os.Stdout)
		q.PutNowait("page")
		loop.Await(t)
	}))
	// Output:
	// Stack for Task(<crawler>)<PENDING> (most recent call last):
	//   loop_test.crawl at loop/example_callgraph_test.go:19
	//   loop_test.download at loop/example_callgraph_test.go:13
	//   awaiting queue empty (size 0, 1 getter)
}

func holdFor(lk *loop.Lock, d time.Duration) *loop.Coroutine {
	return loop.Async(func() error {
		if _, err := loop.Await(lk.Acquire()); err != nil {
			return err
		}
		defer lk.Release()
		_, err := loop.Await(loop.Sleep(d))
		return err
	})
}

// What each task waits for, in words.
func ExampleTask_Awaiting() {
	l := loop.New(loop.WithClock(loop.NewVirtualClock()))
	defer l.Close()
	l.RunUntilComplete(loop.Async(func() { //nolint:errcheck
		lk := loop.NewLock()
		a := loop.CreateTask(holdFor(lk, time.Minute), loop.Name("a"))
		b := loop.CreateTask(holdFor(lk, time.Second), loop.Name("b"))
		ev := loop.NewEvent()
		c := loop.CreateTask(ev.Wait(), loop.Name("c"))
		loop.Await(loop.Sleep(time.Second))
		for _, t := range []*loop.Task{a, b, c} {
			fmt.Printf("%s: %s\n", t.Name(), t.Awaiting())
		}
		ev.Set()
		loop.Await(loop.Gather(a, b, c))
	}))
	// Output:
	// a: sleep, 59s left
	// b: lock held by Task(<a>) (1 waiter)
	// c: event not set (1 waiter)
}

// Who awaits a task, through a Gather too: asyncio's print_call_graph.
func ExamplePrintCallGraph() {
	l := loop.New(loop.WithClock(loop.NewVirtualClock()))
	defer l.Close()
	l.RunUntilComplete(loop.Async(func() { //nolint:errcheck
		q := loop.NewQueue(0)
		fetch := loop.CreateTask(download(q), loop.Name("fetch"))
		loop.CreateTask(gatherAll(fetch), loop.Name("main"))
		loop.Await(loop.Sleep(0))
		loop.PrintCallGraph(os.Stdout, fetch)
		q.PutNowait("page")
		loop.Await(fetch)
	}))
	// Output:
	// * Task(<fetch>)<PENDING>
	// + Call stack:
	// |   loop_test.download at loop/example_callgraph_test.go:13
	// + Awaiting: queue empty (size 0, 1 getter)
	// + Awaited by:
	//    * Task(<main>)<PENDING>
	//       + Call stack:
	//       |   loop_test.gatherAll at loop/example_callgraph_test.go:104
	//       + Awaiting: gather: 0 of 1 done
}

func gatherAll(aws ...loop.Awaitable) *loop.Coroutine {
	return loop.Async(func() (any, error) {
		return loop.Await(loop.Gather(aws...))
	})
}

// Names tell tasks of one coroutine function apart.
func ExampleName() {
	l := loop.New(loop.WithClock(loop.NewVirtualClock()))
	defer l.Close()
	l.RunUntilComplete(loop.Async(func() { //nolint:errcheck
		q := loop.NewQueue(0)
		for i := 1; i <= 2; i++ {
			loop.CreateTask(download(q), loop.Name(fmt.Sprintf("download-%d", i)))
		}
		loop.Await(loop.Sleep(0))
		for _, t := range loop.AllTasks(l) {
			if t != loop.CurrentTask() {
				fmt.Println(t)
				t.Cancel()
			}
		}
	}))
	// Output:
	// Task(<download-1>)<PENDING>
	// Task(<download-2>)<PENDING>
}

// An interpreter that knows where its awaits are passes the positions
// along: the stack is in its user's terms.
func ExampleAwaitAt() {
	l := loop.New(loop.WithClock(loop.NewVirtualClock()))
	defer l.Close()
	l.RunUntilComplete(loop.Async(func() { //nolint:errcheck
		t := loop.CreateTask(loop.Async(func() (any, error) {
			return loop.AwaitAt("input 2:9", loop.Sleep(time.Minute))
		}).Named("nap", "input 1:5"))
		loop.Await(loop.Sleep(time.Second))
		fmt.Println(t.Stack())
		t.Cancel()
	}))
	// Output:
	// [nap at input 2:9]
}

// The task a wait depends on, and the future a task is suspended on.
func ExampleTask_WaitsOn() {
	l := loop.New(loop.WithClock(loop.NewVirtualClock()))
	defer l.Close()
	l.RunUntilComplete(loop.Async(func() { //nolint:errcheck
		lk := loop.NewLock()
		a := loop.CreateTask(holdFor(lk, time.Minute), loop.Name("a"))
		b := loop.CreateTask(holdFor(lk, time.Second), loop.Name("b"))
		loop.Await(loop.Sleep(time.Second))
		fmt.Println(b.WaitsOn() == a, b.AwaitedFuture() != nil, a.WaitsOn() == nil)
		loop.Await(loop.Gather(a, b))
	}))
	// Output:
	// true true true
}

// A task's name can change while it runs.
func ExampleTask_SetName() {
	l := loop.New(loop.WithClock(loop.NewVirtualClock()))
	defer l.Close()
	l.RunUntilComplete(loop.Async(func() { //nolint:errcheck
		t := loop.CreateTask(holdFor(loop.NewLock(), time.Second))
		fmt.Println(t)
		t.SetName("holder")
		fmt.Println(t)
		loop.Await(t)
	}))
	// Output:
	// Task(<holdFor>)<PENDING>
	// Task(<holder>)<PENDING>
}

// The graph as values: the task, its chain, and who awaits it.
func ExampleCaptureCallGraph() {
	l := loop.New(loop.WithClock(loop.NewVirtualClock()))
	defer l.Close()
	l.RunUntilComplete(loop.Async(func() { //nolint:errcheck
		q := loop.NewQueue(0)
		fetch := loop.CreateTask(download(q), loop.Name("fetch"))
		loop.CreateTask(gatherAll(fetch), loop.Name("main"))
		loop.Await(loop.Sleep(0))
		g := loop.CaptureCallGraph(fetch)
		fmt.Println(g.Future.Task().Name(), g.Stack[0].Func, g.Awaiting)
		for _, by := range g.AwaitedBy {
			fmt.Println("awaited by", by.Future.Task().Name(), "waiting for", by.Awaiting)
		}
		q.PutNowait("page")
		loop.Await(fetch)
	}))
	// Output:
	// fetch loop_test.download queue empty (size 0, 1 getter)
	// awaited by main waiting for gather: 0 of 1 done
}
