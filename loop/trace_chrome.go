package loop

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"strconv"
)

// chromeEvent is an event of the Chrome trace event format (the JSON
// object format: {"traceEvents": [...]}), which Perfetto and
// chrome://tracing read.
type chromeEvent struct {
	Name string         `json:"name"`
	Cat  string         `json:"cat,omitempty"`
	Ph   string         `json:"ph"`
	Ts   float64        `json:"ts"`
	Dur  *float64       `json:"dur,omitempty"`
	Pid  int            `json:"pid"`
	Tid  int            `json:"tid"`
	S    string         `json:"s,omitempty"`
	Args map[string]any `json:"args,omitempty"`
}

type chromeFile struct {
	TraceEvents []chromeEvent
	OtherData   map[string]any
}

// WriteChrome writes the trace as Chrome trace event JSON, for Perfetto
// (ui.perfetto.dev) or chrome://tracing: a process per loop ("loop 1"), a
// thread per task ("#3 fetch"), in the order the tasks were first seen.
// On a task's lane, each step is a complete event ("X", named after the
// task, with who woke it and what it had awaited in its args), each wait
// between steps a complete event named after what the task awaited
// ("await sleep, 1s left"), a wait still going on when the trace was
// written a begin event ("B") with no end, and the task's creation and end
// instant events ("i"). Times (ts, dur) are loop time in microseconds: on
// a virtual clock, which stands still while the loop runs, steps take no
// time. Safe from any goroutine.
func (tr *Trace) WriteChrome(w io.Writer) error {
	tr.mu.Lock()
	f := chromeFile{}
	for _, lp := range tr.loops {
		name := "loop " + strconv.Itoa(lp.id)
		if lp.virtual {
			name += " (virtual clock)"
		}
		f.TraceEvents = append(f.TraceEvents, chromeEvent{Name: "process_name", Ph: "M", Pid: lp.id,
			Args: map[string]any{"name": name}})
	}
	for _, v := range tr.views() {
		f.TraceEvents = append(f.TraceEvents, v.chrome()...)
	}
	if tr.dropped > 0 {
		f.OtherData = map[string]any{"dropped_events": tr.dropped}
	}
	tr.mu.Unlock()
	// One event a line: a file a person can read and diff.
	var b bytes.Buffer
	b.WriteString("{\"traceEvents\": [\n")
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for i, e := range f.TraceEvents {
		if i > 0 {
			b.WriteString(",\n")
		}
		if err := enc.Encode(e); err != nil {
			return err
		}
		b.Truncate(b.Len() - 1) // Encode's newline
	}
	b.WriteString("\n],\n\"displayTimeUnit\": \"ms\"")
	if f.OtherData != nil {
		b.WriteString(",\n\"otherData\": ")
		if err := enc.Encode(f.OtherData); err != nil {
			return err
		}
		b.Truncate(b.Len() - 1)
	}
	b.WriteString("}\n")
	_, err := w.Write(b.Bytes())
	return err
}

// chrome returns the Chrome trace events of one task's lane.
func (v *taskView) chrome() []chromeEvent {
	ln := v.lane
	pid, tid := ln.loop.id, ln.id
	evs := []chromeEvent{
		{Name: "thread_name", Ph: "M", Pid: pid, Tid: tid, Args: map[string]any{"name": ln.label()}},
		{Name: "thread_sort_index", Ph: "M", Pid: pid, Tid: tid, Args: map[string]any{"sort_index": tid}},
	}
	if v.hasCreate {
		args := map[string]any{"defined_at": ln.origin}
		if v.createdBy != nil {
			args["created_by"] = v.createdBy.label()
		}
		evs = append(evs, chromeEvent{Name: "created", Cat: "task", Ph: "i", S: "t", Ts: micros(v.created), Pid: pid, Tid: tid, Args: args})
	}
	for i, s := range v.steps {
		args := map[string]any{}
		if s.wokenBy != "" {
			args["woken_by"] = s.wokenBy
		}
		if s.resumedOn != "" {
			args["awaited"] = s.resumedOn
		}
		end := s.start
		if s.ended {
			end = s.end
		}
		evs = append(evs, chromeEvent{Name: ln.name, Cat: "step", Ph: "X", Ts: micros(s.start), Dur: dur(s.start, end), Pid: pid, Tid: tid, Args: args})
		if !s.ended || s.awaits == "" {
			continue
		}
		name := "await " + s.awaits
		if s.awaits == "ready" {
			name = "ready" // Sleep(0): its next step is queued
		}
		wait := chromeEvent{Name: name, Cat: "await", Ts: micros(s.end), Pid: pid, Tid: tid}
		if i+1 < len(v.steps) {
			wait.Ph, wait.Dur = "X", dur(s.end, v.steps[i+1].start)
		} else {
			wait.Ph = "B" // still waiting when the trace was written
		}
		evs = append(evs, wait)
	}
	if v.done {
		evs = append(evs, chromeEvent{Name: "done", Cat: "task", Ph: "i", S: "t", Ts: micros(v.doneAt), Pid: pid, Tid: tid,
			Args: map[string]any{"outcome": v.outcome}})
	}
	return evs
}

// micros turns loop time in seconds into microseconds, to the nanosecond.
func micros(sec float64) float64 { return math.Round(sec*1e9) / 1e3 }

func dur(from, to float64) *float64 {
	d := max(math.Round((micros(to)-micros(from))*1e3)/1e3, 0)
	return &d
}
