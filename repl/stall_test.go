package repl

import (
	"runtime"
	"testing"

	"github.com/sirupsen/logrus/hooks/test"

	"github.com/asyncrepl/asyncrepl/loop"
)

// TestStalledLoopGoroutines reads the goroutines of a loop stalled on its
// virtual clock, in and out of debug mode, with tasks parked at an await
// (one on a goroutine of its own, as an input's): the loop's goroutine
// must be the one the virtual-clock check sets aside, and the tasks'
// idle waiters. Should the loop rename the functions it waits in, this
// fails, where the check would silently stop reporting deadlocks.
func TestStalledLoopGoroutines(t *testing.T) {
	for _, debug := range []bool{false, true} {
		lg, _ := test.NewNullLogger() // the tasks are left pending at Close
		l := loop.New(loop.WithClock(loop.NewVirtualClock()), loop.WithDebug(debug), loop.WithLogger(lg))
		never := l.CreateFuture()
		l.CreateTask(loop.Async(func() (any, error) { return loop.Await(never) }))
		l.CreateTask(loop.Async(func() (any, error) { return loop.Await(never) }).OnOwnGoroutine())
		ran := make(chan error, 1)
		go func() { ran <- l.RunForever() }()
		for {
			if _, ok := l.Stalled(); ok {
				break
			}
			runtime.Gosched()
		}
		var loopG *goroutine
		parked := 0
		for range 1000 {
			gs, self := dumpGoroutines()
			loopG, parked = nil, 0
			for _, g := range gs {
				switch {
				case g.id == self:
				case g.has(loopPkg + "(*Loop).run"):
					loopG = &g
				case g.has(loopPkg+"Await") && idleWaiter(g):
					parked++
				}
			}
			if parked == 2 && loopG != nil {
				// The loop's goroutine may still be on its way to its
				// wait (allocating, say) just after the stall is set.
				if _, dead := deadlockVerdict([]goroutine{*loopG}, "", true); dead {
					break
				}
			}
			runtime.Gosched()
		}
		if parked != 2 {
			t.Errorf("debug=%v: %d parked tasks the check sets aside, want 2", debug, parked)
		}
		if loopG == nil {
			t.Fatalf("debug=%v: no loop goroutine", debug)
		}
		if _, dead := deadlockVerdict([]goroutine{*loopG}, "", true); !dead {
			t.Errorf("debug=%v: the stalled loop's goroutine is not set aside: %+v", debug, *loopG)
		}
		l.CallSoonThreadsafe(l.Stop)
		if err := <-ran; err != nil {
			t.Error(err)
		}
		l.Close()
	}
}
