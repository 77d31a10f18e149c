package repl

import (
	"fmt"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
	"github.com/asyncrepl/asyncrepl/internal/hostrt"
	"github.com/asyncrepl/asyncrepl/loop"
)

// The watchdog watches a session's interpreted code from a goroutine of
// its own, every watchTick:
//
//   - The stacks. Go ends the process when a goroutine's stack passes
//     maxStack (a fatal error, not a panic), which runaway interpreted
//     recursion reaches in well under a second. When the stacks in use pass
//     stackLimit, the watchdog reads every goroutine's depth from a dump
//     (Go prints how many frames it elides) and asks each goroutine deeper
//     than deepFrames to panic at its next safe point (see
//     lower_safepoints.go) with a stack overflow at the user's line; the
//     session survives it. It looks again once the stacks have grown by
//     half the limit or more (nextStackLook).
//   - The loop (a session's, not a script's). A ping sent through the
//     loop's thread-safe door every pingEvery must run within stallAfter;
//     if it does not, a task or a callback holds the loop, and the
//     watchdog says so at once, live, naming it, its position (asked at
//     its next safe point) and what it waits in, and how to stop it. The
//     running input holding the loop is not reported: the user waits for
//     it already, and Ctrl-C stops it.
//
// Checking costs a read of the runtime's metrics per tick, and a dump of
// the goroutines only when something is wrong.
type watchdog struct {
	sp    *hostrt.Safepoints
	loop  *loop.Loop
	stall func(msg string) // reports a stalled loop; nil: not watched
	// input returns the running input's task, which may hold the loop.
	input func() *loop.Task
	// stuck, if set, is told of a task it reports holding the loop in a
	// wait or a compiled call (which no safe point interrupts).
	stuck func(*stuckLoop)
	// loopG is the id of the loop's goroutine, once known (Session.loopG).
	loopG atomic.Pointer[string]

	stop chan struct{}
	done chan struct{}

	stackAt uint64 // the stacks' size that triggers the next look

	sent     time.Time   // when the outstanding ping was sent (zero: none)
	answered atomic.Bool // the outstanding ping ran
	reported bool        // the current stall was reported
	// sentAt and pings are sent and the number of pings sent, for other
	// goroutines (see held).
	sentAt atomic.Int64 // Unix nanoseconds
	pings  atomic.Uint64
}

// held returns the number of the outstanding ping and how long it has
// waited for the loop (0 if it ran, or the loop is not watched): how long
// the loop has been held, give or take pingEvery. Safe from any goroutine.
func (w *watchdog) held() (ping uint64, d time.Duration) {
	ping = w.pings.Load()
	at := w.sentAt.Load()
	if at == 0 || w.answered.Load() {
		return ping, 0
	}
	return ping, time.Since(time.Unix(0, at))
}

// stillHeld reports whether ping, outstanding, still waits for the loop.
// Safe from any goroutine.
func (w *watchdog) stillHeld(ping uint64) bool {
	return w.pings.Load() == ping && !w.answered.Load()
}

const (
	watchTick = 50 * time.Millisecond
	pingEvery = 250 * time.Millisecond
	// deepFrames is the depth, in Go frames, of a goroutine the watchdog
	// takes for runaway recursion once the stacks pass stackLimit: an
	// interpreted call is about two frames and 1 KiB of stack.
	deepFrames = 100_000
)

// stackLimit is the stack, in bytes, past which the watchdog takes a
// goroutine for runaway recursion (setStackLimits lowers it in a process
// with a small memory limit). Set before a watchdog starts.
var stackLimit uint64 = defaultStackLimit

const defaultStackLimit = 128 << 20

// stallAfter is how long the loop may go without turning before the
// watchdog reports it, in nanoseconds (tests shorten it).
var stallAfter atomic.Int64

func init() { stallAfter.Store(int64(time.Second)) }

func startWatchdog(sp *hostrt.Safepoints, l *loop.Loop, stall func(string), input func() *loop.Task, stuck func(*stuckLoop)) *watchdog {
	w := &watchdog{sp: sp, loop: l, stall: stall, input: input, stuck: stuck, stop: make(chan struct{}), done: make(chan struct{}), stackAt: stackLimit}
	go w.run()
	return w
}

// close stops the watchdog and waits for it.
func (w *watchdog) close() {
	close(w.stop)
	<-w.done
}

func (w *watchdog) run() {
	defer close(w.done)
	tick := time.NewTicker(watchTick)
	defer tick.Stop()
	for {
		select {
		case <-w.stop:
			return
		case <-tick.C:
			w.checkStacks()
			if w.stall != nil {
				w.checkLoop()
			}
			w.sp.Forget(nil)
		}
	}
}

var stackSample = []metrics.Sample{{Name: "/memory/classes/heap/stacks:bytes"}}

func (w *watchdog) checkStacks() {
	s := []metrics.Sample{stackSample[0]}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	used := s[0].Value.Uint64()
	if used < w.stackAt {
		w.stackAt = min(w.stackAt, nextStackLook(used))
		return
	}
	deep := deepGoroutines(stackDump())
	for _, id := range deep {
		w.sp.Overflow(id, stackLimit)
	}
	w.stackAt = nextStackLook(used)
}

// nextStackLook returns the size of the stacks at which the watchdog looks
// for deep goroutines next, used bytes being in use now: the limit, or,
// past half of it, once they have grown by half the limit, or by a quarter
// if that is more. Each look stops the world for as long as it takes to
// print every goroutine and walk the deep stacks (a second for 20,000
// tasks); the goroutines asked to stop unwind with their stacks still
// counted, as are stacks freed while the garbage collector runs, until it
// ends. Not once the stacks have doubled: with that much counted already
// (the last runaway recursion's stack, freed but counted, or many tasks'),
// a runaway recursion grows its stack past Go's limit (maxStack) before
// the look (seen with a recursion typed right after another).
func nextStackLook(used uint64) uint64 {
	return max(stackLimit, used+max(stackLimit/2, used/4))
}

// stackDump returns runtime.Stack of every goroutine (each one's frames
// past the first and last 50 elided by the runtime, with their count).
func stackDump() string {
	// Sized for the goroutines there are (a task's text is about 3
	// KiB), so that the dump is taken once or twice: each try stops
	// the world for as long as it takes to print every goroutine, which
	// for 20,000 tasks is a second (from 1 MiB, doubling, it took eight
	// tries and twelve seconds).
	buf := make([]byte, max(1<<20, runtime.NumGoroutine()*6<<10))
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			return string(buf[:n])
		}
		buf = make([]byte, 2*len(buf))
	}
}

// deepGoroutines returns the ids of the goroutines of dump deeper than
// deepFrames.
func deepGoroutines(dump string) []string {
	var ids []string
	for _, block := range strings.Split(dump, "\n\n") {
		lines := strings.Split(strings.TrimSpace(block), "\n")
		f := strings.Fields(lines[0])
		if len(f) < 2 || f[0] != "goroutine" {
			continue
		}
		frames := 0
		for _, l := range lines[1:] {
			if rest, ok := strings.CutPrefix(l, "..."); ok {
				if n, err := strconv.Atoi(strings.Fields(rest)[0]); err == nil {
					frames += n
				}
				continue
			}
			if !strings.HasPrefix(l, "\t") && !strings.HasPrefix(l, "created by ") {
				frames++
			}
		}
		if frames > deepFrames {
			ids = append(ids, f[1])
		}
	}
	return ids
}

// checkLoop pings the loop, and reports it once when a ping waits longer
// than stallAfter.
func (w *watchdog) checkLoop() {
	if hostrt.Exiting.Load() {
		return // os.Exit was called: the process is ending
	}
	now := time.Now()
	if w.sent.IsZero() || w.answered.Load() {
		if w.reported {
			w.reported = false
		}
		if !w.sent.IsZero() && now.Sub(w.sent) < pingEvery {
			return
		}
		w.sent = now
		w.answered.Store(false)
		w.sentAt.Store(now.UnixNano())
		w.pings.Add(1)
		w.loop.Probe(func() { // not the input's work: see loop.Probe
			w.answered.Store(true)
			w.sp.ForgetDone()
		})
		return
	}
	if w.reported || now.Sub(w.sent) < time.Duration(stallAfter.Load()) {
		return
	}
	if msg := w.describeStall(now.Sub(w.sent)); msg != "" {
		w.reported = true
		w.stall(msg)
	}
}

// describeStall says what holds the loop, "" if it is the running input
// or the loop turned meanwhile.
func (w *watchdog) describeStall(d time.Duration) string {
	t := w.loop.Stepping()
	if t != nil && t == w.input() {
		return ""
	}
	gs, _ := dumpGoroutines()
	g := holderGoroutine(gs, t, w.loopG.Load())
	var where <-chan string
	switch {
	case t != nil:
		where = w.sp.WhereTask(t)
	case g != nil:
		where = w.sp.WhereGoroutine(g.id)
	}
	pos := ""
	select {
	case pos = <-where:
	case <-time.After(4 * watchTick):
	}
	if w.answered.Load() {
		return ""
	}
	holder := "a callback"
	if t != nil {
		holder = "Task(<" + t.Name() + ">)"
		if o := t.Origin(); o != "" {
			holder += " (created at " + o + ")"
		}
	}
	// Ctrl-C stops a task or a callback at its next safe point.
	stop := "Ctrl-C stops it (the other tasks run on)"
	if t == nil {
		stop = "Ctrl-C stops it (the loop runs on)"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "the event loop has not turned for %v: %s holds it", d.Round(100*time.Millisecond), holder)
	switch {
	case pos != "":
		if t != nil {
			// Until the loop turns again: the goroutine's state in a
			// dump changes as it runs.
			w.holds(t, &goroutine{}, "interpreted code at "+gosrc.DecodePositions(pos)+" that does not await", true, true)
		}
		fmt.Fprintf(&b, ", running interpreted code at %s without awaiting; %s", gosrc.DecodePositions(pos), stop)
	case g != nil && blockedStates[g.state]:
		st := w.holds(t, g, blockedWhat(*g), false, false)
		fmt.Fprintf(&b, ", blocked in %s: a task must await (loop.Await) rather than block; %s", st.what, st.ways())
	case g != nil && compiledCall(*g) != "":
		st := w.holds(t, g, "a call of "+compiledCall(*g), true, false)
		fix := ""
		if t != nil && compiledCall(*g) == "time.Sleep" {
			// The fix scripts/blocking_fixed.go teaches.
			fix = " (a task that waits awaits loop.Sleep, which lets the loop run meanwhile)"
		}
		fmt.Fprintf(&b, ", in %s, compiled code that cannot be interrupted: it holds the loop until it returns%s; %s", st.what, fix, st.ways())
	default:
		b.WriteString("; " + stop)
	}
	return b.String()
}

// holds records that t (nil: a callback) holds the loop in g, in what:
// for good (a wait only another goroutine can end, which while g waits
// as it does no request to the loop gets to) or, passing, until the loop
// turns. Inputs and commands answer at once while the loop is blocked for
// good; one that waits for a passing hold can be ended with Ctrl-C.
func (w *watchdog) holds(t *loop.Task, g *goroutine, what string, passing, interruptible bool) *stuckLoop {
	st := &stuckLoop{task: "a callback", what: what, goid: g.id, state: g.state, passing: passing, interruptible: interruptible}
	if t != nil {
		st.task = "Task(<" + t.Name() + ">)"
	}
	if w.stuck != nil {
		w.stuck(st)
	}
	return st
}

// turning reports whether the loop answered the watchdog's last ping: a
// stall it reported is over.
func (w *watchdog) turning() bool { return w.answered.Load() }

// holderGoroutine returns, of the goroutines gs, the one that runs the
// step of t, a task holding the loop, or, if t is nil, the loop's own
// (running a callback), whose id is loopG if known; nil if none does.
func holderGoroutine(gs []goroutine, t *loop.Task, loopG *string) *goroutine {
	for i := range gs {
		x := &gs[i]
		if t != nil && x.has(loopPkg+"(*Task).runBody") && !idleWaiter(*x) && !x.has(interpPkg+"(*Interpreter).ExecuteWithContext") ||
			t == nil && (loopG != nil && x.id == *loopG || loopG == nil && x.has(loopPkg+"(*Loop).run")) {
			return x
		}
	}
	return nil
}

// whyStillHolds says why t, a task asked to stop at its next safe point,
// still holds the loop: what it waits in that no interrupt reaches, and
// the way out.
func (s *Session) whyStillHolds(t *loop.Task) string {
	gs, _ := dumpGoroutines()
	g := holderGoroutine(gs, t, nil)
	switch {
	case g != nil && blockedStates[g.state]:
		return fmt.Sprintf("it blocks the event loop in %s, which no interrupt reaches (a task must await, loop.Await, rather than block); %s", blockedWhat(*g), s.wayOut())
	case g != nil && compiledCall(*g) != "":
		return fmt.Sprintf("it holds the event loop in a call of %s, compiled code that cannot be interrupted: it stops at its next safe point or await once the call returns (one that returns first ends as it returns); %s", compiledCall(*g), s.wayOut())
	}
	return "it holds the event loop and has not reached a safe point yet; " + s.wayOut()
}

// wayOut is the way out of code no interrupt reaches: a new process for
// the session, restored, where the shell supervises it, else a new loop.
func (s *Session) wayOut() string { return wayOut(s.cfg.restartable) }

// compiledCall names the compiled function g waits or runs in, "" if it
// is the interpreter's or the loop's own.
func compiledCall(g goroutine) string {
	own := g.firstOwn()
	if own == "" || strings.HasPrefix(own, interpPkg) || strings.HasPrefix(own, loopPkg) || strings.HasPrefix(own, replPkg) || strings.HasPrefix(own, hostrtPkg) {
		return ""
	}
	return callName(own) // the arguments are gone (parseGoroutines); a method's receiver, (*pp), stays
}
