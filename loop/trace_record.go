package loop

import (
	"strconv"
	"strings"
	"sync"
	"weak"
)

// Trace is a Tracer that records the events of the loops it is installed
// on, for a timeline in the terminal (WriteTimeline) or a Chrome trace
// event file (WriteChrome) that Perfetto (ui.perfetto.dev) and
// chrome://tracing open: a lane per task, its steps, what it awaited
// between them and what woke it, on loop time. A Hidden task (a host's
// own work, such as a shell's input) is named by where it comes from
// ("input 3"). It keeps the first DefaultTraceLimit events and counts
// the rest as dropped, and it does not keep its tasks alive.
//
//	tr := loop.NewTrace()
//	l := loop.New(loop.WithTracer(tr))
//	... run l ...
//	tr.WriteChrome(f)
//
// Its methods are safe from any goroutine: a trace may be read or written
// out while its loops run.
type Trace struct {
	mu      sync.Mutex
	limit   int
	events  []traceRec
	dropped int
	lanes   []*traceLane // by lane id - 1
	// byTask finds a task's lane. Weak: a trace must not keep its tasks
	// alive, or a task's exception nobody retrieved would go unreported
	// until its loop closes (the report waits for the collector).
	byTask map[weak.Pointer[Task]]*traceLane
	loops  []*traceLoop // by loop id - 1
	byLoop map[*Loop]*traceLoop
}

// DefaultTraceLimit is how many events a Trace keeps.
const DefaultTraceLimit = 200_000

// traceRec is a recorded event, its tasks by lane.
type traceRec struct {
	kind   TraceKind
	lane   *traceLane
	other  *traceLane
	at     float64
	by     string
	detail string
}

// traceLane is a task of a trace: its lane in a timeline.
type traceLane struct {
	id     int
	loop   *traceLoop
	name   string
	origin string
	hidden bool // a host's own task (Coroutine.Hidden)
}

type traceLoop struct {
	id      int
	virtual bool
}

// NewTrace returns an empty trace. Safe from any goroutine.
func NewTrace() *Trace { return &Trace{limit: DefaultTraceLimit} }

// TraceEvent records ev (Trace is a Tracer). Safe from any goroutine.
func (tr *Trace) TraceEvent(ev TraceEvent) {
	if ev.Task == nil || ev.Loop == nil {
		return
	}
	tr.mu.Lock()
	defer tr.mu.Unlock()
	if len(tr.events) >= tr.limit {
		tr.dropped++
		return
	}
	rec := traceRec{kind: ev.Kind, lane: tr.lane(ev.Loop, ev.Task), at: ev.Time, by: ev.By, detail: ev.Detail}
	if ev.Other != nil {
		rec.other = tr.lane(ev.Loop, ev.Other)
	}
	rec.lane.loop.virtual = ev.virtual // the loop's clock now (SetClock may change it)
	tr.events = append(tr.events, rec)
}

// lane returns t's lane, made on first sight.
func (tr *Trace) lane(l *Loop, t *Task) *traceLane {
	wt := weak.Make(t)
	if ln := tr.byTask[wt]; ln != nil {
		return ln
	}
	lp := tr.byLoop[l]
	if lp == nil {
		lp = &traceLoop{id: len(tr.loops) + 1}
		tr.loops = append(tr.loops, lp)
		if tr.byLoop == nil {
			tr.byLoop = map[*Loop]*traceLoop{}
		}
		tr.byLoop[l] = lp
	}
	ln := &traceLane{id: len(tr.lanes) + 1, loop: lp, name: t.Name(), origin: t.Origin(), hidden: t.coro.hidden}
	if ln.hidden && ln.origin != "" && !strings.HasPrefix(ln.origin, ln.name) {
		// A host's own work (a shell's input) is told apart by its origin.
		ln.name += " " + ln.origin
	} else if ln.hidden && ln.origin != "" {
		ln.name = ln.origin
	}
	tr.lanes = append(tr.lanes, ln)
	if tr.byTask == nil {
		tr.byTask = map[weak.Pointer[Task]]*traceLane{}
	}
	tr.byTask[wt] = ln
	return ln
}

// Len returns how many events the trace holds, and how many it dropped
// past its limit. Safe from any goroutine.
func (tr *Trace) Len() (kept, dropped int) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	return len(tr.events), tr.dropped
}

// Reset empties the trace. Safe from any goroutine.
func (tr *Trace) Reset() {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	tr.events, tr.dropped = nil, 0
	tr.lanes, tr.byTask = nil, nil
	tr.loops, tr.byLoop = nil, nil
}

// taskView is a lane's life read from the events: its steps and waits.
type taskView struct {
	lane      *traceLane
	created   float64
	hasCreate bool
	createdBy *traceLane
	first     float64 // first event's time
	steps     []stepView
	done      bool
	doneAt    float64
	outcome   string
}

// stepView is a step and the wait after it.
type stepView struct {
	start, end float64
	ended      bool
	seqStart   int
	seqEnd     int
	wokenBy    string // who woke the task for this step
	resumedOn  string // what it had awaited
	awaits     string // what it awaits after the step ("" if it ended the task)
}

// views reads the lanes' lives out of the events. Called with tr.mu held.
func (tr *Trace) views() []*taskView {
	vs := make([]*taskView, len(tr.lanes))
	for i, ln := range tr.lanes {
		vs[i] = &taskView{lane: ln, first: -1}
	}
	type pendingWake struct{ by, detail string }
	wakes := make([]pendingWake, len(tr.lanes))
	for i, e := range tr.events {
		v := vs[e.lane.id-1]
		if v.first < 0 {
			v.first = e.at
		}
		switch e.kind {
		case TaskCreated:
			v.created, v.hasCreate, v.createdBy = e.at, true, e.other
		case TaskWoken:
			by := e.by
			if e.other != nil {
				by = e.other.label()
			}
			wakes[e.lane.id-1] = pendingWake{by: by, detail: e.detail}
		case StepStart:
			w := wakes[e.lane.id-1]
			wakes[e.lane.id-1] = pendingWake{}
			v.steps = append(v.steps, stepView{start: e.at, seqStart: i, wokenBy: w.by, resumedOn: w.detail})
		case StepEnd:
			if n := len(v.steps); n > 0 && !v.steps[n-1].ended {
				s := &v.steps[n-1]
				s.end, s.ended, s.seqEnd, s.awaits = e.at, true, i, e.detail
			}
		case TaskDone:
			v.done, v.doneAt, v.outcome = true, e.at, e.detail
		}
	}
	return vs
}

// label names a lane: #3 fetch.
func (ln *traceLane) label() string { return "#" + strconv.Itoa(ln.id) + " " + ln.name }
