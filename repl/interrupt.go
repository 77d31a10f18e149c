package repl

import (
	"fmt"
	"slices"
	"time"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
	"github.com/asyncrepl/asyncrepl/internal/hostrt"
	"github.com/asyncrepl/asyncrepl/loop"
)

// interruptAtSafepoint asks the task or callback that holds the loop (for
// long, heldLong: a task that holds it for a step of its own, such as a
// ticker's, is not the one interrupted), or else the running input's
// task, to stop at its next safe point, and returns the task it asked
// (nil for a callback), and whether it asked one that holds the loop
// rather than the input's.
func (s *Session) interruptAtSafepoint() (t *loop.Task, holder bool) {
	t = s.stepping()
	if t != nil && !s.heldLong() {
		t = nil
	}
	if t == nil && s.interruptCallback() {
		return nil, true
	}
	holder = t != nil
	if t == nil {
		t = s.help.InputTask.Load()
	}
	if t != nil {
		s.help.Safepoints.InterruptTask(t, "interrupted")
	}
	return t, holder
}

// interruptHolder asks the task that holds the loop, if it is not the
// input's and was not asked yet, or the callback that holds it, to stop
// at its next safe point, and reports whether it did.
func (s *Session) interruptHolder() bool {
	t := s.stepping()
	if t == nil {
		return s.interruptCallback()
	}
	if s.help.Safepoints.Asked(t) {
		return false
	}
	s.help.Safepoints.InterruptTask(t, "interrupted")
	return true
}

// interruptStalled is Ctrl-C at the prompt: it asks the task or callback
// that has held the loop for callbackHeld, if one has, to stop at its
// next safe point (the watchdog's report of a stalled loop offers it), and
// reports whether it did. Safe from any goroutine.
func (s *Session) interruptStalled() bool {
	if !s.heldLong() {
		return false
	}
	return s.interruptHolder()
}

// heldLong reports whether what holds the loop has held it for
// callbackHeld, or for stallAfter where that is shorter (once the
// watchdog reported the stall, whose report says Ctrl-C stops it).
func (s *Session) heldLong() bool {
	if s.watch == nil {
		return false
	}
	_, held := s.watch.held()
	return held >= min(callbackHeld, time.Duration(stallAfter.Load()))
}

// callbackHeld is how long a callback must have held the loop for an
// interrupt to be meant for it (the loop's goroutine runs other
// callbacks' code too).
const callbackHeld = 100 * time.Millisecond

// interruptCallback asks the callback that holds the loop, if one has for
// callbackHeld, to stop at its next safe point (the loop's goroutine
// reaches it running the callback's interpreted code), and reports
// whether it did. The request lapses when the loop turns: then the
// callback ended by itself.
func (s *Session) interruptCallback() bool {
	id := s.loopG.Load()
	if id == nil || s.watch == nil || s.loop.Stepping() != nil {
		return false
	}
	seq, held := s.watch.held()
	if held < callbackHeld {
		return false
	}
	s.help.Safepoints.InterruptGoroutine(*id, "interrupted", func() bool {
		return s.watch.stillHeld(seq) && loop.CurrentTask() == nil
	})
	return true
}

// onInterrupt says that a task other than the running input was
// interrupted: its end (cancelled) is seen by nobody else.
func (s *Session) onInterrupt(t *loop.Task, e *hostrt.Interrupted) {
	if t == nil || t == s.help.InputTask.Load() {
		return
	}
	s.errorf("Task(<%s>) %s at %s: it ends cancelled; the other tasks run on", t.Name(), e.Why, gosrc.DecodePositions(e.Pos))
}

// safepointError is the session's error for a panic of a safe point
// (v), nil for any other panic. trace are the interpreted calls it
// unwound, innermost first.
func (s *Session) safepointError(v any, trace []string) *Error {
	switch e := v.(type) {
	case *hostrt.Interrupted:
		return &Error{Msg: fmt.Sprintf("input %d %s at %s", s.n, e.Why, e.Pos)}
	case *hostrt.StackOverflow:
		// The innermost call is Safepoint's own, inserted at the line
		// of the function it stopped: e.pos says that better.
		if len(trace) > 0 {
			trace = trace[1:]
		}
		trace = slices.Compact(trace)
		return &Error{Pos: e.Pos, Msg: "panic: " + e.Msg() + traceSuffix(trace)}
	}
	return nil
}
