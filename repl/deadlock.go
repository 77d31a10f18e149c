package repl

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"os"
	"os/signal"
	"reflect"
	"runtime"
	"runtime/metrics"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/traefik/yaegi/interp"
)

// Deadlocks of interpreted code are reported as Go reports them ("all
// goroutines are asleep - deadlock!"), for an input of the session (which
// is stopped; the session carries on) and for a script (which exits with
// status 2, as a Go program does). Go's own detector cannot do it: the
// process always has goroutines of its own that wait on the terminal or a
// pipe, and a binary linked with cgo (the net package's resolver) is never
// checked. So the session looks itself, while an input runs, once a second:
//
//   - every goroutine is read from a dump of all of them (runtime.Stack);
//   - the goroutines of the runtime, of the shell and of the event loop
//     waiting as they do between events are set aside: they cannot wake
//     interpreted code. The loop goroutine must be in a task's step (it
//     then runs nothing else: no callback, no timer), the tasks parked;
//   - every other goroutine must be interpreted code blocked in a channel
//     operation, a select, a mutex, a WaitGroup or a Cond (the wait is in
//     the interpreter's frames, not in a compiled function), or wait in a
//     ConcurrentFuture's Result (only a running loop ends it); any other
//     goroutine (running, sleeping, in a system call, waiting inside
//     compiled code) might wake it, and nothing is reported;
//   - what no goroutine shows, the runtime's timers and signal channels, is
//     recorded when interpreted code sets it up (time.After, time.NewTimer,
//     time.AfterFunc, time.Tick, context.WithTimeout and WithDeadline,
//     signal.Notify; see wakeups): while one may still fire, nothing is
//     reported (a timer's or a ticker's channel counts only where a
//     goroutine receives);
//   - the verdict must hold in two dumps a check apart, with no goroutine
//     made in between.
//
// A deadlock the check cannot prove (a goroutine waiting inside a
// compiled function, too many goroutines to read) is not reported as one:
// a wrong report would be worse than a wait. The input's wait is named
// instead, live, with why it may still end (waitnote.go), and Ctrl-C
// stops it.

// deadlockCheck is how often the check runs while interpreted code runs.
const deadlockCheck = time.Second

// maxDumpGoroutines bounds the goroutines a check reads; with more it
// reports nothing.
const maxDumpGoroutines = 10000

// wakeups records the wake-ups interpreted code set up that no goroutine
// shows: the runtime's timers and signal deliveries.
type wakeups struct {
	forever atomic.Bool  // a timer's function (AfterFunc), a signal channel
	funcs   atomic.Int64 // the functions of AfterFunc timers nobody can reset, not yet run
	chans   atomic.Bool  // a timer that may be reset, a ticker: their channels
	until   atomic.Int64 // the last deadline of a one-shot timer, in Unix nanoseconds
	// recvUntil is until for the channels of one-shot timers (time.After),
	// which wake only a goroutine that receives.
	recvUntil atomic.Int64
}

func (w *wakeups) at(t time.Time) { later(&w.until, t) }

// later moves the deadline in v to t if t is later.
func later(v *atomic.Int64, t time.Time) {
	n := t.UnixNano()
	for {
		cur := v.Load()
		if n <= cur || v.CompareAndSwap(cur, n) {
			return
		}
	}
}

// possible reports whether a recorded wake-up may still come at now (a
// second of margin for a timer's channel to be read).
func (w *wakeups) possible(now time.Time) bool {
	return w.forever.Load() || w.funcs.Load() > 0 || now.UnixNano() <= w.until.Load()+int64(time.Second)
}

// afterFunc is time.AfterFunc of a timer no Reset starts again (see the
// front end's afterFunc): a wake-up until its function has run, not for
// good (a deadlock after it is reported). A timer stopped before it fires
// stays a wake-up: no deadlock is reported then.
func (w *wakeups) afterFunc(d time.Duration, f func()) *time.Timer {
	w.funcs.Add(1)
	return time.AfterFunc(d, func() {
		defer w.funcs.Add(-1)
		f()
	})
}

// wakes reports whether a recorded wake-up may still come at now to one
// of the goroutines blocked: a timer's or ticker's channel (After until
// it fires, NewTimer, NewTicker, Tick) wakes only a goroutine that
// receives, in a receive or
// a select (which channel it waits on the dump does not say; the
// interpreter's select {} waits as one with cases), not one waiting in a
// send, a Mutex or a WaitGroup; Go reports those as a deadlock, timers or
// not.
func (w *wakeups) wakes(now time.Time, blocked []goroutine) bool {
	if w.possible(now) {
		return true
	}
	if !slices.ContainsFunc(blocked, receives) {
		return false
	}
	return w.chans.Load() || now.UnixNano() <= w.recvUntil.Load()+int64(time.Second)
}

// receives reports whether g, a blocked goroutine, waits to receive from
// a channel that may be a timer's.
func receives(g goroutine) bool {
	switch blockedWhat(g) {
	case "a channel receive", "a select", "chan receive", "select":
		return true
	}
	return false
}

// exports are the time, context and os/signal functions that set up such
// wake-ups, recording them.
func (w *wakeups) exports() interp.Exports {
	forever := func() { w.forever.Store(true) }
	chans := func() { w.chans.Store(true) }
	return interp.Exports{
		"time/time": {
			"After": reflect.ValueOf(func(d time.Duration) <-chan time.Time {
				later(&w.recvUntil, time.Now().Add(d))
				return time.After(d)
			}),
			"Tick": reflect.ValueOf(func(d time.Duration) <-chan time.Time {
				chans()
				return time.Tick(d) //nolint:staticcheck // as the program asked
			}),
			"NewTimer": reflect.ValueOf(func(d time.Duration) *time.Timer {
				chans()
				return time.NewTimer(d)
			}),
			"NewTicker": reflect.ValueOf(func(d time.Duration) *time.Ticker {
				chans()
				return time.NewTicker(d)
			}),
			"AfterFunc": reflect.ValueOf(func(d time.Duration, f func()) *time.Timer {
				forever()
				return time.AfterFunc(d, f)
			}),
		},
		"context/context": {
			"WithTimeout": reflect.ValueOf(func(parent context.Context, d time.Duration) (context.Context, context.CancelFunc) {
				w.at(time.Now().Add(d))
				return context.WithTimeout(parent, d)
			}),
			"WithTimeoutCause": reflect.ValueOf(func(parent context.Context, d time.Duration, cause error) (context.Context, context.CancelFunc) {
				w.at(time.Now().Add(d))
				return context.WithTimeoutCause(parent, d, cause)
			}),
			"WithDeadline": reflect.ValueOf(func(parent context.Context, t time.Time) (context.Context, context.CancelFunc) {
				w.at(t)
				return context.WithDeadline(parent, t)
			}),
			"WithDeadlineCause": reflect.ValueOf(func(parent context.Context, t time.Time, cause error) (context.Context, context.CancelFunc) {
				w.at(t)
				return context.WithDeadlineCause(parent, t, cause)
			}),
		},
		"os/signal/signal": {
			"Notify": reflect.ValueOf(func(c chan<- os.Signal, sig ...os.Signal) {
				forever()
				signal.Notify(c, sig...)
			}),
			"NotifyContext": reflect.ValueOf(func(parent context.Context, sig ...os.Signal) (context.Context, context.CancelFunc) {
				forever()
				return signal.NotifyContext(parent, sig...)
			}),
		},
	}
}

// goroutine is one goroutine of a dump.
type goroutine struct {
	id, state string
	funcs     []string // innermost first
	parent    string   // the id of the goroutine that started it, if the dump says
}

// parseGoroutines reads a dump of runtime.Stack(buf, true).
func parseGoroutines(dump string) []goroutine {
	var gs []goroutine
	for _, block := range strings.Split(dump, "\n\n") {
		lines := strings.Split(strings.TrimSpace(block), "\n")
		head := lines[0]
		if !strings.HasPrefix(head, "goroutine ") {
			continue
		}
		open, end := strings.IndexByte(head, '['), strings.LastIndexByte(head, ']')
		if open < 0 || end < open {
			continue
		}
		g := goroutine{id: strings.Fields(head)[1], state: head[open+1 : end]}
		if i := strings.IndexByte(g.state, ','); i >= 0 {
			g.state = g.state[:i] // "chan receive, 5 minutes", "select, locked to thread"
		}
		for _, l := range lines[1:] {
			if by, ok := strings.CutPrefix(l, "created by "); ok {
				if _, id, ok := strings.Cut(by, " in goroutine "); ok {
					g.parent = id
				}
				continue
			}
			if strings.HasPrefix(l, "\t") {
				continue
			}
			if i := strings.LastIndexByte(l, '('); i > 0 {
				l = l[:i]
			}
			g.funcs = append(g.funcs, l)
		}
		gs = append(gs, g)
	}
	return gs
}

// blockedStates are the states of a goroutine that only another goroutine
// can end.
var blockedStates = map[string]bool{
	"chan receive": true, "chan send": true, "chan receive (nil chan)": true, "chan send (nil chan)": true,
	"select": true, "select (no cases)": true,
	"sync.Mutex.Lock": true, "sync.RWMutex.Lock": true, "sync.RWMutex.RLock": true,
	"sync.WaitGroup.Wait": true, "sync.Cond.Wait": true, "semacquire": true,
}

const (
	interpPkg = "github.com/traefik/yaegi/interp."
	loopPkg   = "github.com/asyncrepl/asyncrepl/loop."
	replPkg   = "github.com/asyncrepl/asyncrepl/repl."
	hostrtPkg = "github.com/asyncrepl/asyncrepl/internal/hostrt."
	// hostSelect begins the names of the functions that wait in the
	// selects of interpreted code (see hostrt.Select): a goroutine blocked
	// in one is interpreted code blocked in a select.
	hostSelect = hostrtPkg + "selectWait"
)

// interpretedWait reports whether own, the function a goroutine waits
// in (firstOwn), is interpreted code's own wait: the interpreter's, or
// the selects it runs compiled.
func interpretedWait(own string) bool {
	return strings.HasPrefix(own, interpPkg) || strings.HasPrefix(own, hostSelect)
}

// programWaits are the compiled functions that wait for nothing but a
// call of the program's on the same value (the other end of an io.Pipe),
// by name (firstOwn), with what Go code calls the wait: a goroutine
// blocked in one, as one blocked in interpreted code, only another
// goroutine of the program's wakes.
var programWaits = map[string]string{
	"io.(*pipe).read":  "an io.Pipe's Read",
	"io.(*pipe).write": "an io.Pipe's Write",
}

// firstOwn returns the innermost function of g that is not the runtime's,
// reflection's or the sync package's: the code that waits.
func (g goroutine) firstOwn() string {
	for _, f := range g.funcs {
		if !strings.HasPrefix(f, "runtime.") && !strings.HasPrefix(f, "reflect.") && !strings.HasPrefix(f, "sync.") &&
			!strings.HasPrefix(f, "internal/") && !strings.HasPrefix(f, "iter.") {
			return f
		}
	}
	return ""
}

func (g goroutine) has(prefix string) bool {
	return slices.ContainsFunc(g.funcs, func(f string) bool { return strings.HasPrefix(f, prefix) })
}

// Goroutines of the loop that wait without ever waking interpreted code,
// by the function they wait in (firstOwn). These, and the loop functions
// deadlockVerdict names, are the loop package's unexported names: should
// one change, the check sets fewer goroutines aside and reports fewer
// deadlocks, never a wrong one: TestIdleLoopGoroutines, which reads the
// goroutines of a loop that ran and finished tasks, then fails.
var idleWaiters = []string{
	loopPkg + "(*Task).awaitOn",                     // a task parked at an await: only the loop resumes it
	loopPkg + "(*Task).sleep",                       // a task parked in a sleep: the same
	loopPkg + "(*Task).suspend",                     // the same, on a goroutine of its own (suspendOwn)
	loopPkg + "(*Task).ownMain",                     // a task goroutine done
	loopPkg + "newCoro.func",                        // a task goroutine waiting for a task (newCoro's literal)
	loopPkg + "(*coro).main",                        // the same, should the literal become a method again
	loopPkg + "(*executor).work",                    // an idle executor worker
	interpPkg + "(*Interpreter).ExecuteWithContext", // waiting for the code it runs
}

// idleWaiter reports whether g is a goroutine of the loop waiting as it
// does between events (idleWaiters).
func idleWaiter(g goroutine) bool {
	own := g.firstOwn()
	return slices.ContainsFunc(idleWaiters, func(p string) bool { return strings.HasPrefix(own, p) })
}

// Goroutines of the shell that never run interpreted code, by a function
// they run: the terminal's reader, the pipe of interpreted code's standard
// error, the reader of a supervised session's requests, the shell's waits
// for signals (a signal channel of interpreted code is a wake-up of its
// own), the session's watch for warnings, a supervised session's pump of
// what compiled code writes to os.Stdout and os.Stderr.
var shellGoroutines = []string{
	"github.com/chzyer/readline.",
	replPkg + "(*pasteReader).readLoop",
	"os/signal.",
	replPkg + "(*stderrPipe).copy",
	replPkg + "(*Shell).",
	replPkg + "(*Session).watchWarnings",
	replPkg + "serveChild", // a supervised session's reader of requests
	replPkg + "(*watchdog).",
	replPkg + "(*frameWriter).", // a supervised session's pump of os.Stdout and os.Stderr
}

// deadlockVerdict reports whether the goroutines gs (a dump that the
// goroutine self took) are deadlocked: interpreted code blocked, and
// nothing that could wake it (see the comment at the top). blocked are
// the states of its blocked goroutines. stalled says that the loop told
// it is stalled (loop.Stalled, see stall.go): then one loop goroutine
// waiting on its clock with nothing to wait for is set aside too, and the
// verdict is a deadlock of the loop's tasks when nothing else could wake
// it, whether or not interpreted goroutines are blocked besides.
func deadlockVerdict(gs []goroutine, self string, stalled bool) (blocked []goroutine, dead bool) {
	blocked, dead, _ = verdict(gs, self, stalled, nil)
	return blocked, dead
}

// verdict is deadlockVerdict, saying, when it finds no deadlock, why: the
// first goroutine that may still wake interpreted code, in words ("a
// goroutine in a call of time.Sleep"); "" if it is the runtime's or
// nothing of interpreted code is blocked. The goroutines hard stops left
// (left, see deadlockProbe) wake nothing: a time.Sleep of a stopped input
// ends in no interpreted code.
func verdict(gs []goroutine, self string, stalled bool, left map[string]string) (blocked []goroutine, dead bool, why string) {
	loops := 0     // loop goroutines stalled (waiting on their clock)
	awake := false // a goroutine that may wake interpreted code was seen (why)
	for _, g := range gs {
		own := g.firstOwn()
		switch {
		case g.id == self:
		case own == "":
			// The runtime's own (the collector, finalizers, the signal
			// thread), unless it runs or waits for the system.
			switch g.state {
			case "running", "runnable", "syscall", "IO wait", "sleep":
				return nil, false, ""
			}
		case stalled && runsStalledLoop(g) && g.state == "chan receive":
			// The stalled loop, waiting for another goroutine to send it
			// work: only one (another loop may be woken by its own).
			if loops++; loops > 1 {
				return nil, false, "several event loops run"
			}
		case g.has(loopPkg + "(*Loop).run"):
			// A loop goroutine: it must be waiting for a task's step, which
			// is then the one blocked; a loop waiting for timers or work
			// may wake anything.
			if !g.has(loopPkg+"(*Loop).step") || !(blockedStates[g.state] || g.state == "coroutine") {
				return nil, false, "an event loop runs on: a task or callback of it may end the wait"
			}
		case slices.ContainsFunc(shellGoroutines, g.has):
		case idleWaiter(g):
		case (interpretedWait(own) || programWaits[own] != "") && blockedStates[g.state], loopResult(g):
			blocked = append(blocked, g)
		case left[g.id] != "":
			// A goroutine of interpreted code a hard stop left (its
			// time.Sleep(time.Hour), a goroutine started earlier that
			// sleeps): it runs no interpreted code again.
		default:
			// It may wake interpreted code. Named by the first one that
			// runs interpreted code itself, if any does.
			if awake, why = true, cmp.Or(why, wakerWhy(g)); g.has(interpPkg) {
				return nil, false, wakerWhy(g)
			}
		}
	}
	if awake {
		return nil, false, why
	}
	if stalled {
		return blocked, loops == 1, ""
	}
	return blocked, len(blocked) > 0, ""
}

// loopResult reports whether g waits in a ConcurrentFuture's Result,
// which only a loop running the future's task ends: while every loop
// goroutine waits in a blocked step (or, stalled, for work), none will.
func loopResult(g goroutine) bool {
	return g.state == "chan receive" && g.firstOwn() == loopPkg+"(*ConcurrentFuture).Result"
}

// wakerWhy says in words what g, a goroutine that may wake interpreted
// code, does.
func wakerWhy(g goroutine) string {
	call := callName(g.firstOwn())
	switch g.state {
	case "running", "runnable":
		if interpretedWait(g.firstOwn()) {
			return "a goroutine runs"
		}
		return "a goroutine runs, in " + call
	case "sleep":
		return "a goroutine sleeps, in " + call
	case "syscall", "IO wait":
		return "a goroutine waits for the system, in " + call
	}
	return "a goroutine waits in a call of " + call + ", compiled code the shell cannot see into"
}

// callName names the function own (a dump's name, which firstOwn gives)
// as Go code names it: loop.(*ConcurrentFuture).Result, time.Sleep.
func callName(own string) string {
	own = strings.TrimPrefix(own, "github.com/asyncrepl/asyncrepl/")
	if i := strings.LastIndexByte(own, '/'); i >= 0 {
		own = own[i+1:]
	}
	return own
}

// deadlockProbe runs the check: probe is called once per deadlockCheck
// while interpreted code runs, and reports a deadlock once two dumps a
// check apart agree.
type deadlockProbe struct {
	w       *wakeups
	last    []goroutine
	created uint64
	// left are the goroutines earlier hard stops left blocked (a wait
	// inside a compiled function, Mutex.Lock, WaitGroup.Wait, which the
	// stop cannot end), by id, with the input each stop ended: they never
	// run interpreted code again, and are named as what they are.
	left map[string]string
	// dump is the dump of the goroutines the last probe took (self, the
	// prober's id), nil if it took none: the note of an input's wait
	// reads it rather than stop the world again (see dumpDue).
	dump []goroutine
	self string
}

// probe returns the description of a deadlock, "" if there is none (yet).
// main names the goroutine of the program's main or the input.
func (p *deadlockProbe) probe(main string) string {
	p.dump, p.self = nil, ""
	if p.w.possible(time.Now()) || runtime.NumGoroutine() > maxDumpGoroutines {
		p.last = nil
		return ""
	}
	// Cheaply first: code that runs is no deadlock (the counts are
	// approximate; the dump decides).
	created, busy := schedCounts()
	if busy {
		p.last = nil
		return ""
	}
	gs, self := dumpGoroutines()
	p.dump, p.self = gs, self
	blocked, dead, _ := verdict(gs, self, false, p.left)
	// What stops left blocked is no deadlock of the code that runs.
	dead = dead && slices.ContainsFunc(blocked, func(g goroutine) bool { return p.left[g.id] == "" }) && !p.w.wakes(time.Now(), blocked)
	if !dead {
		p.last = nil
		return ""
	}
	same := p.last != nil && created == p.created && slices.EqualFunc(p.last, blocked, func(a, b goroutine) bool {
		return a.id == b.id && a.state == b.state
	})
	p.last, p.created = blocked, created
	if !same || p.w.wakes(time.Now(), blocked) {
		return ""
	}
	return "all goroutines are asleep - deadlock! (" + describeBlocked(blocked, main, p.left) + ")"
}

// blockedWhat says what g, a blocked goroutine, waits in: "a channel
// receive", "Mutex.Lock".
func blockedWhat(g goroutine) string {
	what := g.state
	switch own := g.firstOwn(); {
	case strings.HasPrefix(own, interpPkg+"recv"), strings.HasPrefix(own, interpPkg+"rangeChan"):
		// (A range over a channel waits in a select with the input's
		// context; Go says chan receive.)
		what = "a channel receive"
	case strings.HasPrefix(own, interpPkg+"send"):
		what = "a channel send"
	case (strings.HasPrefix(own, interpPkg+"_select") || strings.HasPrefix(own, hostSelect)) && g.state == "select":
		what = "a select"
	case loopResult(g):
		what = "a ConcurrentFuture's Result"
	case programWaits[own] != "":
		what = programWaits[own]
	case strings.HasPrefix(what, "sync."):
		what = what[len("sync."):]
	}
	return what
}

// describeBlocked says where the goroutines blocked wait: "the input in a
// channel receive, 2 goroutines in select (no cases)". main names the
// goroutine that runs the program's main or the input.
// Goroutines left by the hard stop of an input (left, by id) are named
// apart: "left by the stop of input 1: a goroutine in WaitGroup.Wait".
func describeBlocked(blocked []goroutine, main string, left map[string]string) string {
	counts := map[string]int{}
	var first string
	var stopped []goroutine
	for _, g := range blocked {
		if left[g.id] != "" {
			stopped = append(stopped, g)
			continue
		}
		what := blockedWhat(g)
		if first == "" && main != "" && g.has(interpPkg+"(*Interpreter).ExecuteWithContext") {
			first = main + " in " + what
			continue
		}
		counts[what]++
	}
	var parts []string
	for what, n := range counts {
		if n == 1 {
			parts = append(parts, "a goroutine in "+what)
		} else {
			parts = append(parts, fmt.Sprintf("%d goroutines in %s", n, what))
		}
	}
	sort.Strings(parts)
	if first != "" {
		parts = append([]string{first}, parts...)
	}
	text := strings.Join(parts, ", ")
	byStop := map[string][]goroutine{}
	for _, g := range stopped {
		byStop[left[g.id]] = append(byStop[left[g.id]], g)
	}
	for _, origin := range slices.Sorted(maps.Keys(byStop)) {
		text += "; left by the stop of " + origin + ": " + describeBlocked(byStop[origin], "", nil)
	}
	return text
}

// leftBy returns left, the goroutines earlier hard stops left (see
// deadlockProbe.left), with the interpreted goroutines a hard stop of
// origin leaves added and those that ended forgotten.
func leftBy(left map[string]string, origin string) map[string]string {
	gs, _ := dumpGoroutines()
	now := map[string]string{}
	for _, g := range gs {
		switch {
		case left[g.id] != "":
			now[g.id] = left[g.id]
		case g.has(interpPkg + "runCfg"):
			now[g.id] = origin
		}
	}
	return now
}

var dumpBuf struct {
	sync.Mutex
	b []byte
	// cost is how long the last dump took, end when it ended (see
	// dumpDue).
	cost time.Duration
	end  time.Time
}

// dumpDue reports whether a dump of the goroutines that only may be
// useful (the note of an input's wait) is due: a dump stops the world
// for as long as it takes to walk every stack, which for runaway
// recursion (hundreds of thousands of frames) is long, and repeated at
// once it would leave the recursion next to no time to reach its limit.
// So the next such dump waits ten times as long as the last took.
func dumpDue() bool {
	dumpBuf.Lock()
	defer dumpBuf.Unlock()
	return time.Since(dumpBuf.end) >= 10*dumpBuf.cost
}

// programGoroutines is runtime.NumGoroutine for interpreted code: the
// goroutines but the shell's own (shellGoroutines, the session's loop,
// those waiting for the program or an input to end), which Go's program
// does not have (a script started with five). It costs a dump of the
// goroutines: about a millisecond with ten here (a script calling it a
// thousand times: 0.7 to 1.2 ms a call), a second with 20,000.
func programGoroutines() int {
	gs, self := dumpGoroutines()
	n := 0
	for _, g := range gs {
		switch own := g.firstOwn(); {
		case g.id == self:
		case slices.ContainsFunc(shellGoroutines, g.has), idleWaiter(g):
			continue
		case g.has(replPkg) && !g.has(interpPkg+"runCfg"), strings.HasPrefix(own, interpPkg+"(*Interpreter).ExecuteWithContext"):
			continue // the shell's, waiting for the program or an input to end, say (not a goroutine of the program's reporting its panic)
		case g.has(replPkg + "NewSession"):
			continue // the session's event loop, which runs the inputs
		}
		n++
	}
	return n
}

// dumpGoroutines returns every goroutine, and the id of the calling one.
func dumpGoroutines() ([]goroutine, string) {
	dumpBuf.Lock()
	defer dumpBuf.Unlock()
	if dumpBuf.b == nil {
		dumpBuf.b = make([]byte, 1<<20)
	}
	start := time.Now()
	defer func() { dumpBuf.cost, dumpBuf.end = time.Since(start), time.Now() }()
	for {
		n := runtime.Stack(dumpBuf.b, true)
		if n < len(dumpBuf.b) {
			gs := parseGoroutines(string(dumpBuf.b[:n]))
			self := ""
			if len(gs) > 0 {
				self = gs[0].id // the caller comes first
			}
			return gs, self
		}
		dumpBuf.b = make([]byte, 2*len(dumpBuf.b))
	}
}

// schedCounts reads the runtime's count of goroutines created so far, and
// whether a goroutine other than the caller runs or is ready to (the
// counts are approximate: a dump decides).
func schedCounts() (created uint64, busy bool) {
	sample := []metrics.Sample{
		{Name: "/sched/goroutines-created:goroutines"},
		{Name: "/sched/goroutines/running:goroutines"},
		{Name: "/sched/goroutines/runnable:goroutines"},
	}
	metrics.Read(sample)
	count := func(i int) uint64 {
		if sample[i].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return sample[i].Value.Uint64()
	}
	return count(0), count(1) > 1 || count(2) > 0
}

// manyIdleChecks is how many checks in a row a program with more
// goroutines than a check reads must show none running, none made, before
// a script says its wait may be a deadlock it cannot report.
const manyIdleChecks = 3

// manyGoroutines counts the checks in a row that found more goroutines
// than a check reads (maxDumpGoroutines), none running or runnable and
// none made since the check before.
type manyGoroutines struct {
	created uint64
	checks  int
}

// idle takes one check and returns the count so far.
func (m *manyGoroutines) idle() int {
	created, busy := schedCounts()
	if busy || runtime.NumGoroutine() <= maxDumpGoroutines || created != m.created {
		m.created, m.checks = created, 0
		return 0
	}
	m.checks++
	return m.checks
}
