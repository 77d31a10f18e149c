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
