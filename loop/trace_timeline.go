package loop

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Marks of a timeline.
const (
	markStep      = '█'
	markWait      = '─'
	markDone      = "✓"
	markFailed    = "✗"
	markCancelled = "⊘"
)

// WriteTimeline draws the trace in text, a lane per task, with width
// columns of time (60 if width < 10):
//
//	loop time 0s to 2s (virtual clock): 3 tasks, 6 steps
//	                 0s                  1s                            2s
//	#1 main          █──────────────────────────────────────────────────█  ✓ result=[1s 2s]
//	#2 fetch         █───────────────────█                                 ✓ result=1s
//	#3 fetch         █──────────────────────────────────────────────────█  ✓ result=2s
//	█ step  ─ awaiting  ✓ done  ✗ failed  ⊘ cancelled
//
// A column that holds a step shows it; a task still pending at the end
// says what it awaits. A Hidden task (a host's own work) that ran in one
// step, awaiting nothing and starting no task, is left out. When every event came at one loop time (a virtual
// clock that never moved), columns are events in order instead. The
// lanes of several loops are drawn on one axis, each labelled with its
// loop. Safe from any goroutine.
func (tr *Trace) WriteTimeline(w io.Writer, width int) error {
	if width < 10 {
		width = 60
	}
	tr.mu.Lock()
	vs := tr.views()
	nev, dropped, nloops := len(tr.events), tr.dropped, len(tr.loops)
	virtual := len(tr.loops) > 0
	for _, lp := range tr.loops {
		virtual = virtual && lp.virtual
	}
	var t0, t1 float64
	if nev > 0 {
		t0, t1 = tr.events[0].at, tr.events[0].at
		for _, e := range tr.events {
			t0, t1 = math.Min(t0, e.at), math.Max(t1, e.at)
		}
	}
	tr.mu.Unlock()
	// A host's input that ran in one step, awaiting nothing and starting
	// no task (a declaration typed at a shell's prompt), is left out.
	parents := map[*traceLane]bool{}
	for _, v := range vs {
		if v.createdBy != nil {
			parents[v.createdBy] = true
		}
	}
	vs = slices.DeleteFunc(vs, func(v *taskView) bool {
		return v.lane.hidden && v.done && len(v.steps) == 1 && !parents[v.lane]
	})
	var b strings.Builder
	if nev == 0 {
		b.WriteString("no task events recorded\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	nsteps := 0
	for _, v := range vs {
		nsteps += len(v.steps)
	}
	clock := "real clock"
	if virtual {
		clock = "virtual clock"
	}
	ordinal := t1 == t0
	// x maps an event (its time, or its index for an ordinal axis) to a
	// column.
	lo, hi := t0, t1
	if ordinal {
		lo, hi = 0, float64(max(nev-1, 1))
		fmt.Fprintf(&b, "loop time %s (%s): %s, %s; all at one loop time, so columns are events in order\n",
			fmtSeconds(t0), clock, plural(len(vs), "task"), plural(nsteps, "step"))
	} else {
		fmt.Fprintf(&b, "loop time %s to %s (%s): %s, %s\n", fmtSeconds(t0), fmtSeconds(t1), clock,
			plural(len(vs), "task"), plural(nsteps, "step"))
	}
	col := func(x float64) int {
		c := int(math.Round((x - lo) / (hi - lo) * float64(width-1)))
		return min(max(c, 0), width-1)
	}
	labelW := 0
	labels := make([]string, len(vs))
	for i, v := range vs {
		labels[i] = v.lane.label()
		if nloops > 1 {
			// Each loop has a clock of its own, drawn on one axis.
			labels[i] += " (loop " + strconv.Itoa(v.lane.loop.id) + ")"
		}
		labels[i] = cut(labels[i], 32)
		labelW = max(labelW, utf8.RuneCountInString(labels[i]))
	}
	if !ordinal {
		b.WriteString(strings.Repeat(" ", labelW+1))
		b.WriteString(axis(lo, hi, width))
		b.WriteByte('\n')
	}
	for i, v := range vs {
		cells := []rune(strings.Repeat(" ", width))
		at := func(sec float64, seq int) int {
			if ordinal {
				return col(float64(seq))
			}
			return col(sec)
		}
		from, fromSeq := v.first, 0
		if len(v.steps) > 0 {
			fromSeq = v.steps[0].seqStart
		}
		if v.hasCreate {
			from = v.created
		}
		to, toSeq := t1, nev-1
		if v.done {
			to = v.doneAt
			if n := len(v.steps); n > 0 {
				toSeq = v.steps[n-1].seqEnd
			}
		}
		for c := at(from, fromSeq); c <= at(to, toSeq); c++ {
			cells[c] = markWait
		}
		for _, s := range v.steps {
			end, endSeq := s.end, s.seqEnd
			if !s.ended {
				end, endSeq = s.start, s.seqStart
			}
			for c := at(s.start, s.seqStart); c <= at(end, endSeq); c++ {
				cells[c] = markStep
			}
		}
		fmt.Fprintf(&b, "%-*s %s  %s\n", labelW, labels[i], string(cells), v.status())
	}
	fmt.Fprintf(&b, "%c step  %c awaiting  %s done  %s failed  %s cancelled\n", markStep, markWait, markDone, markFailed, markCancelled)
	if dropped > 0 {
		fmt.Fprintf(&b, "(%d later events dropped: the trace keeps %d)\n", dropped, nev)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// status is what a timeline says after a lane: how the task ended, or what
// it awaits.
func (v *taskView) status() string {
	switch {
	case v.done && v.outcome == "cancelled":
		return markCancelled + " cancelled"
	case v.done && strings.HasPrefix(v.outcome, "exception="):
		return markFailed + " " + cut(strings.TrimPrefix(v.outcome, "exception="), 40)
	case v.done:
		return markDone + " " + cut(v.outcome, 40)
	case len(v.steps) == 0:
		return "not started"
	}
	s := v.steps[len(v.steps)-1]
	if !s.ended {
		return "running"
	}
	return "awaits " + cut(s.awaits, 40)
}

// axis returns a line of time labels for width columns from lo to hi
// seconds, at round steps far enough apart to read.
func axis(lo, hi float64, width int) string {
	span := hi - lo
	step := math.Pow(10, math.Floor(math.Log10(span)))
	for _, m := range []float64{0.1, 0.2, 0.5, 1, 2, 5, 10} {
		if s := step * m; s/span*float64(width-1) >= 10 {
			step = s
			break
		}
	}
	line := []rune(strings.Repeat(" ", width+8))
	first := math.Ceil(lo/step-1e-9) * step
	if start := []rune(fmtSeconds(lo)); (first-lo)/span*float64(width-1) >= float64(len(start)+2) {
		copy(line, start) // where the axis starts, off a round step
	}
	for t := first; t <= hi+step*1e-9; t += step {
		c := int(math.Round((t - lo) / span * float64(width-1)))
		label := []rune(fmtSeconds(t))
		if c+len(label) > len(line) {
			break
		}
		copy(line[c:], label)
	}
	return strings.TrimRight(string(line), " ")
}

// cut shortens s to n runes, with an ellipsis, and to its first line.
func cut(s string, n int) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i] + "…"
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}
