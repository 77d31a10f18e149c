package repl

import (
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

// TestDeadlockVerdict: interpreted code blocked with nothing else that
// could wake it is a deadlock; any goroutine that runs, sleeps, waits for
// the system or waits inside a compiled function, or a loop not stuck in
// a task's step, is not.
func TestDeadlockVerdict(t *testing.T) {
	const self = "1"
	me := goroutine{id: self, state: "running", funcs: []string{replPkg + "dumpGoroutines", replPkg + "(*deadlockProbe).probe", replPkg + "(*Session).inTask"}}
	gc := goroutine{id: "2", state: "GC sweep wait", funcs: []string{"runtime.gopark", "runtime.bgsweep"}}
	pipe := goroutine{id: "3", state: "IO wait", funcs: []string{"internal/poll.runtime_pollWait", "os.(*File).Read", replPkg + "(*stderrPipe).copy"}}
	sig := goroutine{id: "4", state: "syscall", funcs: []string{"runtime.notetsleepg", "os/signal.signal_recv", "os/signal.loop"}}
	readline := goroutine{id: "5", state: "syscall", funcs: []string{"syscall.Syscall", "os.(*File).Read", "github.com/chzyer/readline.(*CancelableStdin).ioloop"}}
	loopInStep := goroutine{id: "6", state: "chan receive", funcs: []string{"runtime.chanrecv1", loopPkg + "(*Loop).stepOwn", loopPkg + "(*Loop).step", loopPkg + "(*Loop).runOnce", loopPkg + "(*Loop).run"}}
	loopIdle := goroutine{id: "6", state: "select", funcs: []string{"runtime.selectgo", loopPkg + "realClock.wait", loopPkg + "(*Loop).runOnce", loopPkg + "(*Loop).run"}}
	execWait := goroutine{id: "7", state: "select", funcs: []string{"runtime.selectgo", interpPkg + "(*Interpreter).ExecuteWithContext", replPkg + "(*Session).runPlan"}}
	parked := goroutine{id: "8", state: "coroutine", funcs: []string{"runtime.coroswitch", "iter.Pull[...].func1.1", loopPkg + "(*Task).suspend", loopPkg + "Await", interpPkg + "callBin.func2", interpPkg + "runCfg"}}
	recv := goroutine{id: "9", state: "select", funcs: []string{"runtime.selectgo", "reflect.rselect", "reflect.Select", interpPkg + "recv.func2", interpPkg + "runCfg", interpPkg + "(*Interpreter).ExecuteWithContext.func1"}}
	locked := goroutine{id: "10", state: "sync.Mutex.Lock", funcs: []string{"runtime.semacquire1", "sync.(*Mutex).lockSlow", "sync.(*Mutex).Lock", "reflect.Value.Call", interpPkg + "callBin.func2", interpPkg + "runCfg"}}
	running := goroutine{id: "11", state: "runnable", funcs: []string{interpPkg + "runCfg"}}
	sleeping := goroutine{id: "12", state: "sleep", funcs: []string{"time.Sleep", "reflect.Value.Call", interpPkg + "callBin.func2", interpPkg + "runCfg"}}
	inCompiled := goroutine{id: "13", state: "select", funcs: []string{"runtime.selectgo", loopPkg + "(*ConcurrentFuture).ResultTimeout", "reflect.Value.Call", interpPkg + "runCfg"}}
	unknown := goroutine{id: "14", state: "chan receive", funcs: []string{"runtime.chanrecv1", "net/http.(*persistConn).readLoop"}}
	gcRunning := goroutine{id: "15", state: "runnable", funcs: []string{"runtime.gcBgMarkWorker"}}
	stoppedSleep := goroutine{id: "17", state: "sleep", funcs: []string{"time.Sleep", "reflect.Value.Call", interpPkg + "callBin.func2", interpPkg + "runCfg", interpPkg + "(*Interpreter).ExecuteWithContext.func1"}}
	inResult := goroutine{id: "16", state: "chan receive", funcs: []string{"runtime.chanrecv1", loopPkg + "(*ConcurrentFuture).Result", "reflect.Value.Call", interpPkg + "runCfg"}}

	tests := []struct {
		name string
		gs   []goroutine
		dead bool
		left map[string]string // goroutines hard stops left
	}{
		{"a receive, nothing else", []goroutine{me, gc, pipe, sig, readline, execWait, recv}, true, nil},
		{"an input's step blocked, the loop in it, tasks parked", []goroutine{me, gc, loopInStep, execWait, parked, recv, locked}, true, nil},
		{"the loop waiting for timers or work", []goroutine{me, loopIdle, execWait, recv}, false, nil},
		{"another goroutine runnable", []goroutine{me, recv, running}, false, nil},
		{"another goroutine sleeping", []goroutine{me, recv, sleeping}, false, nil},
		{"a goroutine waiting inside a compiled function", []goroutine{me, recv, inCompiled}, false, nil},
		{"a goroutine of a compiled package", []goroutine{me, recv, unknown}, false, nil},
		{"the runtime running", []goroutine{me, recv, gcRunning}, false, nil},
		{"nothing interpreted blocked", []goroutine{me, gc, pipe, execWait}, false, nil},
		{"a goroutine in a ConcurrentFuture's Result, the loop in the blocked step", []goroutine{me, loopInStep, execWait, recv, inResult}, true, nil},
		{"a goroutine in a ConcurrentFuture's Result, the loop running", []goroutine{me, loopIdle, execWait, recv, inResult}, false, nil},
		// A time.Sleep of an input a hard stop ended wakes nothing: it
		// ends in no interpreted code (it kept a later deadlock unproven
		// for as long as it slept).
		{"the body of an input a hard stop ended, sleeping", []goroutine{me, recv, stoppedSleep}, true, map[string]string{"17": "input 1"}},
		// A hard stop ends every goroutine of interpreted code at its
		// next step: one that slept through it sends nothing after.
		{"a goroutine sleeping, started before a hard stop", []goroutine{me, recv, sleeping}, true, map[string]string{"12": "input 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, dead, _ := verdict(tt.gs, self, false, tt.left); dead != tt.dead {
				t.Errorf("deadlocked = %v, want %v", dead, tt.dead)
			}
		})
	}

	// The loop stalled on its virtual clock (loop.Stalled said so): its
	// goroutine waits there, the input parked at an await.
	stalledLoop := goroutine{id: "6", state: "chan receive", funcs: []string{"runtime.chanrecv1", loopPkg + "(*VirtualClock).wait", loopPkg + "(*Loop).runOnce", loopPkg + "(*Loop).run"}}
	otherLoop := stalledLoop
	otherLoop.id = "16"
	ownParked := goroutine{id: "17", state: "select", funcs: []string{"runtime.selectgo", loopPkg + "(*Task).suspendOwn", loopPkg + "(*Task).awaitOn", loopPkg + "Await", loopPkg + "AwaitAt", "reflect.Value.Call", interpPkg + "callBin.func2", interpPkg + "runCfg"}}
	stalledTests := []struct {
		name    string
		gs      []goroutine
		stalled bool
		dead    bool
		blocked int
	}{
		{"the input parked, nothing else", []goroutine{me, gc, pipe, readline, stalledLoop, execWait, ownParked, parked}, true, true, 0},
		{"a goroutine blocked besides", []goroutine{me, stalledLoop, execWait, ownParked, recv}, true, true, 1},
		{"the loop did not say it is stalled", []goroutine{me, stalledLoop, execWait, ownParked}, false, false, 0},
		{"the loop in a step", []goroutine{me, loopInStep, execWait, ownParked}, true, false, 0},
		{"the loop waiting on the real clock", []goroutine{me, loopIdle, execWait, ownParked}, true, false, 0},
		{"two loops", []goroutine{me, stalledLoop, otherLoop, execWait, ownParked}, true, false, 0},
		{"a goroutine sleeping", []goroutine{me, stalledLoop, execWait, ownParked, sleeping}, true, false, 0},
		{"a goroutine runnable", []goroutine{me, stalledLoop, execWait, ownParked, running}, true, false, 0},
		{"a goroutine waiting inside a compiled function", []goroutine{me, stalledLoop, execWait, ownParked, inCompiled}, true, false, 0},
		{"a goroutine of a compiled package", []goroutine{me, stalledLoop, execWait, ownParked, unknown}, true, false, 0},
		{"the runtime running", []goroutine{me, stalledLoop, execWait, ownParked, gcRunning}, true, false, 0},
	}
	for _, tt := range stalledTests {
		t.Run("stalled/"+tt.name, func(t *testing.T) {
			blocked, dead := deadlockVerdict(tt.gs, self, tt.stalled)
			if dead != tt.dead || dead && len(blocked) != tt.blocked {
				t.Errorf("deadlocked = %v with %d blocked, want %v with %d", dead, len(blocked), tt.dead, tt.blocked)
			}
		})
	}
}

// TestParseGoroutines reads the runtime's own dump: the goroutine that
// took it first, states without their durations, functions without their
// arguments.
func TestParseGoroutines(t *testing.T) {
	block := make(chan struct{})
	defer close(block)
	go func() { <-block }()
	var gs []goroutine
	found := false
	for i := 0; i < 1000 && !found; i++ { // until the goroutine blocks
		runtime.Gosched()
		var self string
		gs, self = dumpGoroutines()
		if len(gs) < 2 || gs[0].id != self || gs[0].state != "running" || gs[0].funcs[0] != replPkg+"dumpGoroutines" {
			t.Fatalf("the caller is not first: %+v", gs[0])
		}
		for _, g := range gs {
			if g.state == "chan receive" && strings.HasPrefix(g.firstOwn(), replPkg+"TestParseGoroutines.func") {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("no goroutine blocked in a receive in TestParseGoroutines: %+v", gs)
	}
	dump := "goroutine 7 [select, 3 minutes, locked to thread]:\nruntime.gopark(0x0?)\n\t/x/proc.go:1 +0x1\nmain.f(...)\n\t/x/main.go:3\ncreated by main.main in goroutine 1\n\t/x/main.go:9 +0x2"
	if gs := parseGoroutines(dump); len(gs) != 1 || gs[0].id != "7" || gs[0].state != "select" || strings.Join(gs[0].funcs, " ") != "runtime.gopark main.f" {
		t.Errorf("parsed %+v", gs)
	}
}

// TestCompiledCall: the compiled function a goroutine is in is named whole,
// a method with its receiver, without its package's path.
func TestCompiledCall(t *testing.T) {
	for dump, want := range map[string]string{
		"goroutine 7 [running]:\nfmt.(*pp).printValue({0x1, 0x2}, 0x76, 0x1)\n\t/x/print.go:1 +0x1\nfmt.Sprint({0x3, 0x1, 0x1})\n\t/x/print.go:2 +0x2": "fmt.(*pp).printValue",
		"goroutine 7 [sleep]:\ntime.Sleep(0x3b9aca00)\n\t/x/time.go:1 +0x1":                                                                            "time.Sleep",
		"goroutine 7 [running]:\nencoding/json.(*decodeState).object(0xc0)\n\t/x/decode.go:1 +0x1":                                                     "json.(*decodeState).object",
		"goroutine 7 [running]:\n" + loopPkg + "(*Task).runBody(0xc0)\n\t/x/task.go:1 +0x1":                                                            "",
	} {
		if got := compiledCall(parseGoroutines(dump)[0]); got != want {
			t.Errorf("compiledCall(%q) = %q; want %q", dump, got, want)
		}
	}
}

// TestWakeups: a one-shot timer holds reports off until a second after its
// deadline; a timer's function or a signal channel for good; a timer that
// can be reset or a ticker for good for a goroutine that receives, and
// not at all for one blocked otherwise (in a send, a Mutex), which no
// timer's channel wakes (Go reports that deadlock, timers or not).
func TestWakeups(t *testing.T) {
	var w wakeups
	now := time.Now()
	if w.possible(now) {
		t.Error("a wake-up with none set up")
	}
	w.at(now.Add(time.Minute))
	w.at(now.Add(time.Second)) // an earlier one changes nothing
	if !w.possible(now.Add(time.Minute)) || w.possible(now.Add(time.Minute+2*time.Second)) {
		t.Error("the one-shot timer's window is wrong")
	}
	later := now.Add(time.Hour)
	recv := goroutine{id: "7", state: "chan receive", funcs: []string{interpPkg + "recv"}}
	send := goroutine{id: "8", state: "chan send", funcs: []string{interpPkg + "send"}}
	mutex := goroutine{id: "9", state: "sync.Mutex.Lock", funcs: []string{"sync.(*Mutex).Lock"}}
	var after wakeups // time.After: a one-shot timer's channel
	after.exports()["time/time"]["After"].Interface().(func(time.Duration) <-chan time.Time)(time.Hour)
	if !after.wakes(now, []goroutine{send, recv}) {
		t.Error("time.After does not count for a goroutine that receives")
	}
	if after.wakes(now, []goroutine{send, mutex}) {
		t.Error("time.After counts for goroutines its channel does not wake")
	}
	if after.wakes(now.Add(2*time.Hour), []goroutine{recv}) {
		t.Error("time.After counts after it fired")
	}
	w.chans.Store(true)
	if !w.wakes(later, []goroutine{send, recv}) {
		t.Error("a ticker does not count for a goroutine that receives")
	}
	if w.wakes(later, []goroutine{send, mutex}) {
		t.Error("a ticker counts for goroutines no channel of its wakes")
	}
	w.forever.Store(true)
	if !w.possible(later) || !w.wakes(later, []goroutine{send, mutex}) {
		t.Error("a timer's function does not count for good")
	}
}

// TestIdleLoopGoroutines reads the goroutines of a loop that ran and
// finished tasks of every kind (awaited, gathered, sleeping, on a goroutine
// of their own, run in the executor) and has one parked at an await: each
// loop goroutine but the loop's own must be one the check sets aside as
// waiting without ever waking interpreted code. Should the loop rename the
// functions its idle goroutines wait in, this fails, where the check would
// silently stop reporting deadlocks.
func TestIdleLoopGoroutines(t *testing.T) {
	l := loop.New()
	ran := make(chan error, 1)
	go func() { ran <- l.RunForever() }()
	var (
		never      *loop.Future // what the parked task awaits
		parkedTask *loop.Task
	)
	main := loop.Async(func() (any, error) {
		one := func() (any, error) { return 1, nil }
		if _, err := loop.Await(loop.CreateTask(loop.Async(one))); err != nil {
			return nil, err
		}
		if _, err := loop.Await(loop.Gather(loop.CreateTask(loop.Async(one)), loop.CreateTask(loop.Sleep(time.Millisecond)))); err != nil {
			return nil, err
		}
		if _, err := loop.Await(loop.CreateTask(loop.Async(one).OnOwnGoroutine())); err != nil {
			return nil, err
		}
		if _, err := loop.Await(loop.Get().RunInExecutor(func() {})); err != nil {
			return nil, err
		}
		never = loop.Get().CreateFuture()
		parkedTask = loop.CreateTask(loop.Async(func() (any, error) { return loop.Await(never) }))
		return loop.Await(loop.Sleep(time.Millisecond))
	})
	if _, err := loop.RunCoroutineThreadsafe(main, l).Result(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		end := loop.Async(func() (any, error) { never.SetResult(nil); return loop.Await(parkedTask) })
		if _, err := loop.RunCoroutineThreadsafe(end, l).Result(); err != nil {
			t.Error(err)
		}
		l.CallSoonThreadsafe(l.Stop)
		<-ran
		l.Close()
	}()

	var odd []goroutine
	parked := false
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); runtime.Gosched() {
		gs, self := dumpGoroutines()
		odd, parked = nil, false
		for _, g := range gs {
			if g.id == self || !g.has(loopPkg) || g.has(loopPkg+"(*Loop).run") {
				continue
			}
			if !idleWaiter(g) {
				odd = append(odd, g)
			}
			parked = parked || g.has(loopPkg+"Await") && idleWaiter(g)
		}
		if len(odd) == 0 && parked {
			return
		}
	}
	t.Errorf("loop goroutines the deadlock check does not set aside (parked task seen: %v): %+v", parked, odd)
}

// TestDescribeBlocked: the input's goroutine is named as the input, other
// goroutines by what they wait in, and those a hard stop left blocked as
// left by that stop, never as the input, even when they ran one.
func TestDescribeBlocked(t *testing.T) {
	input := func(id, state, wait string) goroutine {
		return goroutine{id: id, state: state, funcs: []string{"runtime.gopark", wait, interpPkg + "runCfg", interpPkg + "(*Interpreter).ExecuteWithContext.func1"}}
	}
	recv := input("20", "select", interpPkg+"recv.func2")
	oldWait := input("7", "sync.WaitGroup.Wait", "sync.(*WaitGroup).Wait")
	oldLock := goroutine{id: "8", state: "sync.Mutex.Lock", funcs: []string{"sync.(*Mutex).Lock", interpPkg + "callBin.func2", interpPkg + "runCfg"}}
	send := goroutine{id: "21", state: "chan send", funcs: []string{"runtime.chansend1", interpPkg + "send.func1", interpPkg + "runCfg"}}
	tests := []struct {
		blocked []goroutine
		left    map[string]string
		want    string
	}{
		{[]goroutine{recv, send}, nil, "the input in a channel receive, a goroutine in a channel send"},
		{[]goroutine{oldWait, recv}, map[string]string{"7": "input 1"}, "the input in a channel receive; left by the stop of input 1: a goroutine in WaitGroup.Wait"},
		{[]goroutine{oldWait, oldLock, recv}, map[string]string{"7": "input 1", "8": "input 3"}, "the input in a channel receive; left by the stop of input 1: a goroutine in WaitGroup.Wait; left by the stop of input 3: a goroutine in Mutex.Lock"},
	}
	for _, tt := range tests {
		if got := describeBlocked(tt.blocked, "the input", tt.left); got != tt.want {
			t.Errorf("describeBlocked = %q, want %q", got, tt.want)
		}
	}
}

// TestManyGoroutinesIdle: a script whose goroutines outnumber what the
// deadlock check reads, all of them blocked, is told idle check after
// check (then says its wait may be a deadlock it cannot report); once
// they run, the count starts again.
func TestManyGoroutinesIdle(t *testing.T) {
	release := make(chan struct{})
	var wg sync.WaitGroup
	for range maxDumpGoroutines + 50 {
		wg.Go(func() { <-release })
	}
	defer func() {
		close(release)
		wg.Wait()
	}()
	var m manyGoroutines
	reached := false
	for range 400 { // until the goroutines have all blocked
		if m.idle() >= manyIdleChecks {
			reached = true
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if !reached {
		t.Fatalf("%d goroutines blocked: never idle %d checks in a row", runtime.NumGoroutine(), manyIdleChecks)
	}
	close(release)
	wg.Wait()
	release = make(chan struct{}) // for the deferred close
	if n := m.idle(); n != 0 {
		t.Errorf("after the goroutines ended: idle %d, want 0", n)
	}
}
