package loop_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"runtime/pprof"
	gotrace "runtime/trace"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/")

// named makes a coroutine of fn with a fixed name and origin, so that a
// trace reads the same however the package names coroutines.
func named(name string, fn any) *loop.Coroutine { return loop.Async(fn).Named(name, "scenario.go:1") }

// traceScenario runs, on a virtual clock, tasks that meet each case of a
// trace: a task woken by another's step (a future set, a task done), by
// its timer, by a cancellation; one that fails; one still pending when the
// trace is written.
func traceScenario(t *testing.T) *loop.Trace {
	t.Helper()
	tr := loop.NewTrace()
	l, _ := newLoop(t, loop.WithTracer(tr))
	fut := l.CreateFuture()
	_, err := l.RunUntilComplete(named("main", func() error {
		waiter := l.CreateTask(named("waiter", func() (any, error) { return loop.Await(fut) }))
		l.CreateTask(named("setter", func() error {
			if _, err := loop.Await(loop.Sleep(time.Second)); err != nil {
				return err
			}
			return fut.SetResult(42)
		}))
		failing := l.CreateTask(named("failing", func() error {
			loop.Await(loop.Sleep(500 * time.Millisecond))
			return errors.New("boom")
		}))
		sleeper := l.CreateTask(named("sleeper", func() error {
			_, err := loop.Await(loop.Sleep(time.Hour))
			return err
		}))
		l.CreateTask(named("forever", func() error {
			_, err := loop.Await(loop.Sleep(2 * time.Hour))
			return err
		}))
		if _, err := loop.Await(waiter); err != nil {
			return err
		}
		if _, err := loop.Await(failing); err == nil {
			return errors.New("failing did not fail")
		}
		sleeper.Cancel()
		_, err := loop.Await(loop.Sleep(0))
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

// TestTraceChrome: the Chrome trace event file of the scenario, against
// its golden file (go test -run TestTraceChrome -update rewrites it), and
// checked to be what Perfetto and chrome://tracing read: a traceEvents
// array of events with a known phase, a name, pid and tid, ts in
// microseconds; complete events with a duration, instant events with a
// scope; on each lane, complete events in order and not overlapping.
func TestTraceChrome(t *testing.T) {
	var buf bytes.Buffer
	if err := traceScenario(t).WriteChrome(&buf); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "trace_chrome.json")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("WriteChrome differs from %s (-update to rewrite it):\n%s", golden, buf.String())
	}

	var file struct {
		TraceEvents []struct {
			Name string          `json:"name"`
			Cat  string          `json:"cat"`
			Ph   string          `json:"ph"`
			Ts   *float64        `json:"ts"`
			Dur  *float64        `json:"dur"`
			Pid  *int            `json:"pid"`
			Tid  *int            `json:"tid"`
			S    string          `json:"s"`
			Args json.RawMessage `json:"args"`
		} `json:"traceEvents"`
		DisplayTimeUnit string `json:"displayTimeUnit"`
	}
	dec := json.NewDecoder(bytes.NewReader(buf.Bytes()))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&file); err != nil {
		t.Fatalf("not Chrome trace JSON: %v", err)
	}
	phases := map[string]int{}
	lastEnd := map[[2]int]float64{}
	threads := map[string]bool{}
	for i, e := range file.TraceEvents {
		phases[e.Ph]++
		if e.Name == "" || e.Pid == nil || (e.Ph != "M" && (e.Tid == nil || e.Ts == nil || *e.Ts < 0)) {
			t.Errorf("event %d lacks a name, pid, tid or ts: %+v", i, e)
			continue
		}
		switch e.Ph {
		case "M":
			if e.Name == "thread_name" {
				var args struct{ Name string }
				json.Unmarshal(e.Args, &args)
				threads[args.Name] = true
			}
		case "X":
			if e.Dur == nil || *e.Dur < 0 {
				t.Errorf("complete event %d (%s) without a duration", i, e.Name)
				continue
			}
			lane := [2]int{*e.Pid, *e.Tid}
			if *e.Ts < lastEnd[lane] {
				t.Errorf("event %d (%s) at %gµs overlaps the one before on its lane, ending at %gµs", i, e.Name, *e.Ts, lastEnd[lane])
			}
			lastEnd[lane] = *e.Ts + *e.Dur
		case "i":
			if e.S != "t" {
				t.Errorf("instant event %d (%s) has scope %q, want t (its thread)", i, e.Name, e.S)
			}
		case "B":
		default:
			t.Errorf("event %d (%s) has phase %q", i, e.Name, e.Ph)
		}
	}
	for _, ph := range []string{"M", "X", "B", "i"} {
		if phases[ph] == 0 {
			t.Errorf("no %q event in the trace", ph)
		}
	}
	for _, want := range []string{"#1 main", "#2 waiter", "#3 setter", "#4 failing", "#5 sleeper", "#6 forever"} {
		if !threads[want] {
			t.Errorf("no lane %q; lanes: %v", want, threads)
		}
	}
}

// TestTraceEvents: who created and who woke each task, and how each ended,
// as a Tracer is told.
func TestTraceEvents(t *testing.T) {
	var evs []loop.TraceEvent
	rec := tracerFunc(func(ev loop.TraceEvent) { evs = append(evs, ev) })
	l, _ := newLoop(t, loop.WithTracer(rec))
	var fut *loop.Future
	_, err := l.RunUntilComplete(named("main", func() error {
		fut = l.CreateFuture()
		l.CallLater(time.Second, func() { fut.SetResult("late") })
		w := l.CreateTask(named("w", func() (any, error) { return loop.Await(fut) }))
		_, err := loop.Await(w)
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ev := range evs {
		s := ev.Task.Name() + " " + ev.Kind.String()
		if ev.Other != nil {
			s += " by " + ev.Other.Name()
		}
		if ev.By != "" {
			s += " by " + ev.By
		}
		if ev.Detail != "" && ev.Kind != loop.TaskCreated {
			s += ": " + ev.Detail
		}
		got = append(got, s)
	}
	want := []string{
		"main created",
		"main step start",
		"w created by main",
		"main step end: Task(<w>)<PENDING>",
		"w step start",
		"w step end: future, pending: completed by code that holds it (SetResult, SetException, Cancel)",
		`w woken by timer callback loop_test.TestTraceEvents: <Future finished result="late">`,
		"w step start",
		`main woken by w: Task(<w>)<FINISHED result="late">`,
		"w step end",
		`w done: result="late"`,
		"main step start",
		"main step end",
		"main done: result=<nil>",
	}
	if !slices.Equal(got, want) {
		t.Errorf("events:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

type tracerFunc func(loop.TraceEvent)

func (f tracerFunc) TraceEvent(ev loop.TraceEvent) { f(ev) }

// TestTracerOff: a loop with no tracer reports nothing; SetTracer(nil)
// stops a tracer, and SetDefaultTracer reaches the loops New makes after
// it, unless WithTracer says otherwise.
func TestTracerOff(t *testing.T) {
	n := 0
	count := tracerFunc(func(loop.TraceEvent) { n++ })
	l, _ := newLoop(t, loop.WithTracer(count))
	mustRun(t, l, func() {
		l.SetTracer(nil)
		loop.Await(loop.Sleep(time.Second))
	})
	if l.Tracer() != nil {
		t.Error("Tracer() is not nil after SetTracer(nil)")
	}
	before := n
	mustRun(t, l, func() { loop.Await(loop.Sleep(time.Second)) })
	if n != before {
		t.Errorf("%d events after SetTracer(nil)", n-before)
	}

	loop.SetDefaultTracer(count)
	defer loop.SetDefaultTracer(nil)
	l2, _ := newLoop(t)
	l3, _ := newLoop(t, loop.WithTracer(nil))
	loop.SetDefaultTracer(nil)
	n = 0
	mustRun(t, l3, func() { loop.Await(loop.Sleep(time.Second)) })
	if n != 0 {
		t.Errorf("%d events from a loop made WithTracer(nil)", n)
	}
	mustRun(t, l2, func() { loop.Await(loop.Sleep(time.Second)) })
	if n == 0 {
		t.Error("no event from a loop made after SetDefaultTracer")
	}
}

// TestTraceTimelineStates: the timeline tells a failed task, a cancelled
// one and one still waiting apart.
func TestTraceTimelineStates(t *testing.T) {
	var buf bytes.Buffer
	traceScenario(t).WriteTimeline(&buf, 40)
	for _, want := range []string{
		"loop time 0s to 1s (virtual clock): 6 tasks, 12 steps\n",
		"#4 failing ", "✗ boom\n",
		"#5 sleeper ", "⊘ cancelled\n",
		"#6 forever ", "awaits sleep, 2h0m0s left\n",
		"#3 setter ", "✓ result=<nil>\n",
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("timeline lacks %q:\n%s", want, buf.String())
		}
	}
	if got := new(bytes.Buffer); loop.NewTrace().WriteTimeline(got, 0) != nil || got.String() != "no task events recorded\n" {
		t.Errorf("empty trace: %q", got)
	}
}

// TestRuntimeTrace: while Go's execution tracer runs, the loop's tasks are
// runtime/trace tasks named after them, with a region per step.
func TestRuntimeTrace(t *testing.T) {
	if gotrace.IsEnabled() {
		t.Skip("the execution tracer is already on (go test -trace)")
	}
	var buf bytes.Buffer
	if err := gotrace.Start(&buf); err != nil {
		t.Skip(err)
	}
	l, _ := newLoop(t)
	mustRun(t, l, func() {
		loop.Await(l.CreateTask(named("traced_task_name", func() { loop.Await(loop.Sleep(time.Second)) })))
	})
	gotrace.Stop()
	for _, want := range []string{"traced_task_name", "step", "awaits", "sleep, 1s left"} {
		if !bytes.Contains(buf.Bytes(), []byte(want)) {
			t.Errorf("the execution trace lacks %q", want)
		}
	}
}

// TestProfileLabels: with SetProfileLabels, a task's goroutine carries the
// label task=NAME while it runs the task, and a goroutine reused for a
// task after labels are turned off carries none.
func TestProfileLabels(t *testing.T) {
	l, _ := newLoop(t, loop.WithProfileLabels(true))
	var on, off string
	mustRun(t, l, func() {
		loop.Await(l.CreateTask(named("labelled", func() { on = ownLabels() })))
		l.SetProfileLabels(false)
		loop.Await(l.CreateTask(named("unlabelled", func() { off = ownLabels() })))
	})
	if on != `{"task":"labelled"}` {
		t.Errorf("the task's goroutine has labels %q, want task=labelled", on)
	}
	if off != "" {
		t.Errorf("labels %q left after SetProfileLabels(false)", off)
	}
}

// ownLabels returns the pprof labels of the calling goroutine, as the
// goroutine profile shows them ("" for none).
//
//go:noinline
func ownLabels() string {
	var b bytes.Buffer
	pprof.Lookup("goroutine").WriteTo(&b, 1)
	for _, rec := range strings.Split(b.String(), "\n\n") {
		if !strings.Contains(rec, "loop_test.ownLabels") {
			continue
		}
		for _, line := range strings.Split(rec, "\n") {
			if l, ok := strings.CutPrefix(line, "# labels: "); ok {
				return l
			}
		}
		return ""
	}
	return "?"
}

// TestTraceTimelineOneInstant: when loop time never moved (a virtual
// clock and no sleep but Sleep(0)), the timeline's columns are events in
// order, so that the tasks' steps still show apart.
func TestTraceTimelineOneInstant(t *testing.T) {
	tr := loop.NewTrace()
	l, _ := newLoop(t, loop.WithTracer(tr))
	l.RunUntilComplete(named("main", func() {
		a := l.CreateTask(named("a", func() { loop.Await(loop.Sleep(0)) }))
		loop.Await(a)
	}))
	var b bytes.Buffer
	tr.WriteTimeline(&b, 20)
	want := `loop time 0s (virtual clock): 2 tasks, 4 steps; all at one loop time, so columns are events in order
#1 main  ████───────────███   ✓ result=<nil>
#2 a          ████████        ✓ result=<nil>
█ step  ─ awaiting  ✓ done  ✗ failed  ⊘ cancelled
`
	if b.String() != want {
		t.Errorf("timeline:\n%s\nwant:\n%s", b.String(), want)
	}
}

// TestTraceReset: a trace reset records afresh, lanes numbered from 1.
func TestTraceReset(t *testing.T) {
	tr := loop.NewTrace()
	l, _ := newLoop(t, loop.WithTracer(tr))
	mustRun(t, l, func() { loop.Await(loop.Sleep(time.Second)) })
	tr.Reset()
	if n, d := tr.Len(); n != 0 || d != 0 {
		t.Fatalf("after Reset: %d events, %d dropped", n, d)
	}
	l.RunUntilComplete(named("again", func() { loop.Await(loop.Sleep(time.Second)) }))
	var b bytes.Buffer
	tr.WriteTimeline(&b, 20)
	if !strings.Contains(b.String(), "\n#1 again ") {
		t.Errorf("after Reset, the first lane is not #1:\n%s", b.String())
	}
}

// TestTracerPanics: a tracer that panics is dropped and reported, and the
// loop and its tasks run on.
func TestTracerPanics(t *testing.T) {
	l, hook := newLoop(t)
	calls := 0
	l.SetTracer(tracerFunc(func(ev loop.TraceEvent) {
		calls++
		if ev.Kind == loop.StepStart {
			panic("tracer bug")
		}
	}))
	res, err := l.RunUntilComplete(named("main", func() (any, error) {
		_, err := loop.Await(loop.Sleep(time.Second))
		return "done", err
	}))
	if res != "done" || err != nil {
		t.Fatalf("the task ended with %v, %v", res, err)
	}
	if calls != 2 || l.Tracer() != nil {
		t.Errorf("the tracer was called %d times (want 2: created, then the panicking step start), and is %v after", calls, l.Tracer())
	}
	e := entryPrefix(hook, "Exception in tracer loop_test.tracerFunc (step start of main); the loop traces no more")
	if e == nil || !strings.Contains(e.Data["error"].(string), "tracer bug") {
		t.Errorf("no report of the tracer's panic: %v", hook.AllEntries())
	}
}

// TestTraceKeepsNoTask: a trace does not keep its tasks alive, so that a
// task's exception nobody retrieved is still reported when the collector
// finds the task, while the trace is kept.
func TestTraceKeepsNoTask(t *testing.T) {
	tr := loop.NewTrace()
	l, hook := newLoop(t, loop.WithTracer(tr))
	mustRun(t, l, func() {
		l.CreateTask(loop.Async(func() { panic("kaput") }).Named("bug", ""))
		loop.Await(loop.Sleep(time.Second))
	})
	for i := 0; i < 5 && findEntry(hook, "Task exception was never retrieved") == nil; i++ {
		loop.FlushWarnings(time.Second)
	}
	if findEntry(hook, "Task exception was never retrieved") == nil {
		t.Errorf("no report while a trace holds the task: %v", messages(hook))
	}
	if n, _ := tr.Len(); n == 0 {
		t.Error("nothing traced")
	}
}
