package repl

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

// Deadlocks of a stalled loop. Once nothing is ready, no timer is set and
// nothing is in flight (no executor job, no work sent by another
// goroutine), on the real clock as on a virtual one, the loop tells so
// (loop.Stalled): only another goroutine can wake it. When the
// running input or script awaits then, and the goroutines show that none
// will (the evidence of deadlock.go: every goroutine but the loop's and
// the shell's is interpreted code blocked in a channel operation, a
// select, a mutex..., or a task parked at an await; no timer or signal
// of interpreted code pending; the same in two dumps a check apart, with
// no goroutine made and the loop in the same stall throughout), the
// loop's tasks are deadlocked: the session says what each one waits for
// (as :where does) and cancels the input; a script ends as Go ends a
// program whose goroutines all block, with status 2. A goroutine that
// runs, sleeps, waits for the system or waits inside a compiled function
// (a blocking call, a ConcurrentFuture's Result), an executor job in
// flight, an interpreted timer: each may wake the loop, and nothing is
// reported. A wrong report would be worse than the hang, which Ctrl-C
// ends.

// stallCheck is how often the check looks at the loop while an input or
// a script runs on a virtual clock: it reads two atomics, and dumps the
// goroutines only while the loop is stalled.
const stallCheck = 100 * time.Millisecond

// stalledLoop returns the loop to probe for a stall: main (the session's
// loop, or the one a script's loop.Get finds) if it is stalled, else a
// stalled loop that runs besides (a loop the program made and runs, as a
// nested RunForever in an input), else main.
func stalledLoop(main *loop.Loop) *loop.Loop {
	if _, ok := main.Stalled(); ok {
		return main
	}
	for _, l := range loop.RunningLoops() {
		if _, ok := l.Stalled(); ok {
			return l
		}
	}
	return main
}

// runsLoop reports whether the goroutine of an input's code (body: the
// goroutine of its task's body) waits in a loop's run for work: the input
// runs a loop of its own (RunForever), stalled. Only then is the loop the
// input's to abandon when it is stopped; a loop that another goroutine
// runs stays.
func runsLoop(body *string) bool {
	if body == nil {
		return false
	}
	gs, _ := dumpGoroutines()
	for _, g := range gs {
		if g.parent == *body && g.has(interpPkg+"(*Interpreter).ExecuteWithContext.func") {
			return runsStalledLoop(g)
		}
	}
	return false
}

// runsStalledLoop reports whether g waits in a loop's run for work.
func runsStalledLoop(g goroutine) bool {
	return g.has(loopPkg+"(*Loop).run") && (g.has(loopPkg+"(*VirtualClock).wait") || g.has(loopPkg+"(*realClock).wait"))
}

// stallProbe is the check of one input or script.
type stallProbe struct {
	l       *loop.Loop // the loop of the last look
	w       *wakeups
	left    map[string]string // goroutines hard stops left blocked (deadlockProbe.left)
	n       uint64            // the loop's stall seen at the last look
	created uint64
	last    []goroutine // the blocked goroutines of the last look; nil: none yet
	seen    bool        // the last look found the loop stalled and nothing to wake it
}

// probe reports whether l is deadlocked: stalled, with the same evidence
// at this look and the last. blocked are the interpreted goroutines
// blocked besides (not those earlier hard stops left).
func (p *stallProbe) probe(l *loop.Loop) (blocked []goroutine, dead bool) {
	n, ok := l.Stalled()
	if !ok || p.w.possible(time.Now()) || runtime.NumGoroutine() > maxDumpGoroutines {
		p.seen = false
		return nil, false
	}
	created, busy := schedCounts()
	if busy {
		p.seen = false
		return nil, false
	}
	gs, self := dumpGoroutines()
	blocked, dead, _ = verdict(gs, self, true, p.left)
	if n2, ok2 := l.Stalled(); !dead || !ok2 || n2 != n {
		p.seen = false
		return nil, false
	}
	blocked = slices.DeleteFunc(blocked, func(g goroutine) bool { return p.left[g.id] != "" })
	if p.w.wakes(time.Now(), blocked) {
		p.seen = false
		return nil, false
	}
	same := p.seen && l == p.l && n == p.n && created == p.created && slices.EqualFunc(p.last, blocked, func(a, b goroutine) bool {
		return a.id == b.id && a.state == b.state
	})
	p.seen, p.l, p.n, p.created, p.last = true, l, n, created, blocked
	if !same || p.w.wakes(time.Now(), blocked) {
		return nil, false
	}
	return blocked, true
}

// stallHead is the first line of the report of l's deadlock: Go's, on
// the real clock, where the program, compiled, would end in it. Loop
// goroutine only.
func stallHead(l *loop.Loop) string {
	if l.Clock().Virtual() {
		return "all tasks are asleep - deadlock! (virtual clock: nothing is ready, no timer is set, nothing is in flight, and no goroutine can wake the loop)"
	}
	return "all goroutines are asleep - deadlock! (the event loop: nothing is ready, no timer is set, nothing is in flight, and no goroutine can wake it)"
}

// describeStall says what each pending task of the deadlocked loop l waits
// for, as :where does; input, if not nil, is the input's (or script's)
// own task, first, named by what. Loop goroutine only.
func describeStall(l *loop.Loop, input *loop.Task, what string, numbers func(each func(n int, t *loop.Task))) string {
	var b strings.Builder
	stack := func(head string, t *loop.Task) {
		b.WriteString("\n" + head)
		for _, f := range taskFrames(t) {
			if t == input && f.Func == t.Name() && f.Pos != "" {
				// The input's own level: its name is the head.
				b.WriteString("\n     at " + f.Pos)
				continue
			}
			b.WriteString("\n     " + f.String())
		}
		if a := t.Awaiting(); a != "" {
			b.WriteString("\n     waits for " + a)
		}
	}
	if input != nil && !input.Done() {
		stack(what, input)
	}
	each := numbers
	if each == nil {
		each = func(f func(n int, t *loop.Task)) {
			for i, t := range loop.AllTasks(l) {
				f(i+1, t)
			}
		}
	}
	each(func(n int, t *loop.Task) {
		if t == input {
			return
		}
		head := fmt.Sprintf("%d  %s", n, t)
		if c := t.Coroutine().Created(); c != "" {
			head += "  created at " + c
		} else if o := t.Origin(); o != "" {
			head += "  defined at " + o
		}
		stack(head, t)
	})
	return b.String()
}

// onLoopOf runs f on the loop goroutine of l and waits for it, at most a
// second (a stalled loop runs it at once). It reports whether f ran.
func onLoopOf(l *loop.Loop, f func()) bool {
	done := make(chan struct{})
	var ran atomic.Bool
	l.CallSoonThreadsafe(func() {
		if ran.CompareAndSwap(false, true) {
			f()
		}
		close(done)
	})
	select {
	case <-done:
		return true
	case <-time.After(time.Second):
		return !ran.CompareAndSwap(false, true) && waitClosed(done)
	}
}

// waitClosed waits for done and reports true.
func waitClosed(done <-chan struct{}) bool {
	<-done
	return true
}
