package repl

import (
	"fmt"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"github.com/asyncrepl/asyncrepl/internal/frontend"
	"github.com/asyncrepl/asyncrepl/loop"
)

// Waits named live. A deadlock is reported as Go's only when the session
// can prove it (deadlock.go, stall.go): a wait it cannot prove endless (a
// goroutine waiting inside a compiled function, a timer, ticker or signal
// channel of the program's, too many goroutines to read, an await of a
// future a goroutine of the program may still complete) may still end. So that no input waits
// silently, an input that has waited waitNoteAfter for something only
// another goroutine, a timer or a signal can end (a channel operation, a
// select, a mutex, a WaitGroup, a Cond, in interpreted code or inside a
// compiled call, or an await of anything but a sleep) is named once,
// live, on standard error, with what it waits for, why the shell cannot
// call it a deadlock, and that Ctrl-C stops it:
//
//	input 2 has waited 2s in a channel receive at input 2:34; it is not a
//	deadlock the shell can prove (a timer that can be reset, a ticker or
//	a signal channel of yours may end it); Ctrl-C stops the input
//
// A wait that ends by itself (a sleep, a system call, a computation) is
// not named. Where the input waits is said when the shell can tell: a
// blocked goroutine reaches no safe point to say where it is, so the note
// names the operations of its kind in the input's own statements (not
// those of the functions it calls), when the wait is in them and there
// are at most three (blockingOps).

// waitNoteAfter is how long an input waits before its wait is named, in
// nanoseconds (tests shorten it).
var waitNoteAfter atomic.Int64

func init() { waitNoteAfter.Store(int64(1500 * time.Millisecond)) }

// inputWait says what the running input (origin; task, its task, read on
// the loop goroutine; body, the goroutine of its body) waits for, having
// waited d, if it waits for something only another goroutine, a timer or
// a signal can end; "" if it does not, or the wait looks like a deadlock
// the probe is about to confirm. gs and self are a dump of the goroutines
// taken just now by the caller (the deadlock probe's), nil for none: with
// one, the note needs no dump of its own, which dumpDue would put off
// for as long as the probe dumps at every check (an input awaiting an
// executor job). left are the goroutines hard stops left (see
// deadlockProbe), which wake nothing.
func (s *Session) inputWait(origin string, task **loop.Task, body *string, d time.Duration, gs []goroutine, self string, left map[string]string) string {
	if body == nil {
		return "" // not started (asked again a check later)
	}
	if gs == nil {
		if !dumpDue() {
			return "" // not yet
		}
		gs, self = dumpGoroutines()
	}
	var in *goroutine // the goroutine of the input's code, which the interpreter starts
	for i := range gs {
		g := &gs[i]
		if g.parent == *body && g.has(interpPkg+"(*Interpreter).ExecuteWithContext.func") {
			in = g
			break
		}
	}
	if in == nil {
		return ""
	}
	waited := d.Round(100 * time.Millisecond)
	if idleWaiter(*in) {
		return s.awaitNote(origin, task, waited)
	}
	if !blockedStates[in.state] {
		return "" // it runs, sleeps or waits for the system
	}
	what := blockedWhat(*in)
	if own := in.firstOwn(); !interpretedWait(own) {
		what = "a call of " + callName(own)
	}
	why := ""
	switch {
	case s.wake.forever.Load() || s.wake.funcs.Load() > 0:
		why = "a timer's function or a signal channel of yours may end it"
	case s.wake.chans.Load() && receives(*in):
		why = "a timer that can be reset or a ticker of yours may end it"
	case s.wake.possible(time.Now()):
		left := max(0, time.Until(time.Unix(0, s.wake.until.Load()))).Round(100 * time.Millisecond)
		why = fmt.Sprintf("a timer or deadline of yours, due within %v, may end it", left)
	case receives(*in) && s.wake.wakes(time.Now(), []goroutine{*in}):
		left := max(0, time.Until(time.Unix(0, s.wake.recvUntil.Load()))).Round(100 * time.Millisecond)
		why = fmt.Sprintf("a timer or deadline of yours, due within %v, may end it", left)
	case runtime.NumGoroutine() > maxDumpGoroutines:
		why = fmt.Sprintf("there are %d goroutines, more than the shell reads", runtime.NumGoroutine())
	default:
		var dead bool
		// The input runs a loop of its own (RunForever), stalled: the
		// goroutines that may wake it are read as the stall probe reads
		// them.
		_, dead, why = verdict(gs, self, runsStalledLoop(*in), left)
		if dead {
			return "" // the deadlock or stall probe decides
		}
		if why == "" {
			why = "the runtime is busy"
		}
	}
	return fmt.Sprintf("%s has waited %v in %s%s; it is not a deadlock the shell can prove (%s); Ctrl-C stops the input", origin, waited, what, s.waitsAt(*in, what), why)
}

// resolved returns ops with the depths of the code that runs: captured
// says whether it captures the final expression's value.
func resolved(ops map[string][]frontend.OpAt, captured bool) map[string][]frontend.OpAt {
	out := map[string][]frontend.OpAt{}
	for what, list := range ops {
		for _, op := range list {
			if op.Captured != 0 && captured {
				if op.Captured < 0 {
					continue
				}
				op.Depth = op.Captured
			}
			out[what] = append(out[what], op)
		}
	}
	return out
}

// waitsAt says where in, the goroutine of the running input, waits in
// what, when it waits in the input's own statements and these have at
// most three operations that wait so at its depth: " at input 2:5", " at
// one of input 2:5, input 2:9"; "" otherwise.
func (s *Session) waitsAt(in goroutine, what string) string {
	ops := s.runningOps.Load()
	if ops == nil {
		return ""
	}
	depth := 0
	for _, f := range in.funcs {
		if f == interpPkg+"runCfg" {
			depth++
		}
	}
	var at []string
	for _, op := range (*ops)[what] {
		if op.Depth == depth {
			at = append(at, op.Pos)
		}
	}
	switch {
	case len(at) == 0 || len(at) > 3:
		return ""
	case len(at) == 1:
		return " at " + at[0]
	}
	return " at one of " + strings.Join(at, ", ")
}

// awaitNote names what the input's task awaits, unless what it waits for
// in the end is a sleep (which ends by itself), or a loop run until Stop
// with a timer due (chain_bug's CallLater of Stop).
func (s *Session) awaitNote(origin string, task **loop.Task, waited time.Duration) string {
	var awaiting, at string
	ran := s.onLoopWithin(500*time.Millisecond, func() {
		t := *task
		if t == nil || t.Done() {
			return
		}
		last := t
		for seen := 0; seen < 100; seen++ {
			next := last.WaitsOn()
			if next == nil || next == t {
				break
			}
			last = next
		}
		if strings.HasPrefix(last.Awaiting(), "sleep") {
			return
		}
		if _, timer := s.loop.NextTimer(); timer && strings.HasPrefix(last.Awaiting(), "nested RunForever") {
			return // a loop run until Stop, with a timer due that may stop it
		}
		awaiting = t.Awaiting()
		for _, f := range taskFrames(t) {
			if f.Pos != "" {
				at = f.Pos
			}
		}
	})
	if !ran || awaiting == "" || awaiting == "ready" {
		return ""
	}
	if at != "" {
		at = " at " + at
	}
	return fmt.Sprintf("%s has waited %v%s for %s; Ctrl-C cancels it", origin, waited, at, awaiting)
}
