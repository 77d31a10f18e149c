package loop_test

import (
	"fmt"
	"os"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

// fetchFor sleeps for d and returns it: a coroutine named fetch.
func fetchFor(d time.Duration) *loop.Coroutine {
	return loop.Async(func() (any, error) {
		if _, err := loop.Await(loop.Sleep(d)); err != nil {
			return nil, err
		}
		return d, nil
	}).Named("fetch", "")
}

// fetchBoth gathers two fetches, a second and two seconds long.
func fetchBoth() *loop.Coroutine {
	return loop.Async(func() (any, error) {
		return loop.Await(loop.Gather(fetchFor(time.Second), fetchFor(2*time.Second)))
	}).Named("main", "")
}

// A Trace records what a loop's tasks do; WriteTimeline draws it, a lane
// per task, on loop time.
func ExampleTrace_WriteTimeline() {
	tr := loop.NewTrace()
	l := loop.New(loop.WithClock(loop.NewVirtualClock()), loop.WithTracer(tr))
	defer l.Close()
	l.RunUntilComplete(fetchBoth())
	tr.WriteTimeline(os.Stdout, 41)
	// Output:
	// loop time 0s to 2s (virtual clock): 3 tasks, 6 steps
	//          0s        500ms     1s        1.5s      2s
	// #1 main  █───────────────────────────────────────█  ✓ result=[1s 2s]
	// #2 fetch █───────────────────█                      ✓ result=1s
	// #3 fetch █───────────────────────────────────────█  ✓ result=2s
	// █ step  ─ awaiting  ✓ done  ✗ failed  ⊘ cancelled
}

// A Tracer sees every event of a task's life as it happens, on the loop
// goroutine.
func ExampleTracer() {
	l := loop.New(loop.WithClock(loop.NewVirtualClock()), loop.WithTracer(printTracer{}))
	defer l.Close()
	l.RunUntilComplete(fetchFor(time.Second))
	// Output:
	// 0s fetch created
	// 0s fetch step start
	// 0s fetch step end: sleep, 1s left
	// 1s fetch woken by timer: sleep
	// 1s fetch step start
	// 1s fetch step end
	// 1s fetch done: result=1s
}

// printTracer prints the events a loop reports.
type printTracer struct{}

func (printTracer) TraceEvent(ev loop.TraceEvent) {
	fmt.Printf("%gs %s %s", ev.Time, ev.Task.Name(), ev.Kind)
	if ev.Other != nil {
		fmt.Printf(" by %s", ev.Other.Name())
	} else if ev.By != "" {
		fmt.Printf(" by %s", ev.By)
	}
	if ev.Detail != "" && ev.Kind != loop.TaskCreated {
		fmt.Printf(": %s", ev.Detail)
	}
	fmt.Println()
}

// WriteChrome writes Chrome trace event JSON, one event a line, for
// Perfetto or chrome://tracing: a lane (tid) per task, steps and waits as
// complete events ("X") on loop time in microseconds.
func ExampleTrace_WriteChrome() {
	tr := loop.NewTrace()
	l := loop.New(loop.WithClock(loop.NewVirtualClock()), loop.WithTracer(tr))
	defer l.Close()
	l.RunUntilComplete(loop.Async(func() error {
		_, err := loop.Await(loop.Sleep(time.Second))
		return err
	}).Named("nap", "nap.go:3"))
	tr.WriteChrome(os.Stdout)
	// Output:
	// {"traceEvents": [
	// {"name":"process_name","ph":"M","ts":0,"pid":1,"tid":0,"args":{"name":"loop 1 (virtual clock)"}},
	// {"name":"thread_name","ph":"M","ts":0,"pid":1,"tid":1,"args":{"name":"#1 nap"}},
	// {"name":"thread_sort_index","ph":"M","ts":0,"pid":1,"tid":1,"args":{"sort_index":1}},
	// {"name":"created","cat":"task","ph":"i","ts":0,"pid":1,"tid":1,"s":"t","args":{"defined_at":"nap.go:3"}},
	// {"name":"nap","cat":"step","ph":"X","ts":0,"dur":0,"pid":1,"tid":1},
	// {"name":"await sleep, 1s left","cat":"await","ph":"X","ts":0,"dur":1000000,"pid":1,"tid":1},
	// {"name":"nap","cat":"step","ph":"X","ts":1000000,"dur":0,"pid":1,"tid":1,"args":{"awaited":"sleep","woken_by":"timer"}},
	// {"name":"done","cat":"task","ph":"i","ts":1000000,"pid":1,"tid":1,"s":"t","args":{"outcome":"result=<nil>"}}
	// ],
	// "displayTimeUnit": "ms"}
}

// SetDefaultTracer traces the loops New makes from then on, such as the
// one Run makes: a host tracing a program it runs uses it.
func ExampleSetDefaultTracer() {
	tr := loop.NewTrace()
	loop.SetDefaultTracer(tr)
	defer loop.SetDefaultTracer(nil)
	loop.Run(fetchBoth(), loop.WithClock(loop.NewVirtualClock()))
	kept, dropped := tr.Len()
	fmt.Println(kept, "events,", dropped, "dropped")
	// Output:
	// 21 events, 0 dropped
}

// NextTimer says where a virtual clock would jump next: a host stepping
// the loop by hand advances it there.
func ExampleLoop_NextTimer() {
	vc := loop.NewVirtualClock()
	l := loop.New(loop.WithClock(vc))
	defer l.Close()
	l.CallLater(3*time.Second, func() { fmt.Println("due at", l.Time()) })
	l.CallLater(time.Second, func() { fmt.Println("due at", l.Time()) })
	at, ok := l.NextTimer()
	fmt.Println("next timer at", at, ok)
	l.RunUntilComplete(loop.Sleep(2 * time.Second))
	at, ok = l.NextTimer()
	fmt.Println("next timer at", at, ok)
	// Output:
	// next timer at 1 true
	// due at 1
	// next timer at 3 true
}
