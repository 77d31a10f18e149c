package repl

import (
	"bytes"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

// Warnings when they happen. The loop finds a coroutine never awaited or an
// exception never retrieved when the garbage collector frees it, which
// may be long after (a failed background task, between inputs). The
// session watches: whenever the loop starts watching something new, it
// asks the collector at once (loop.FlushWarnings), and a little later
// again for what was still reachable, so that such warnings appear above
// the prompt as background output does, not with the next input. While
// an input runs, the watcher waits: the input's end flushes its
// warnings, all at once (a flush in the middle would sweep the
// coroutines it has dropped so far, and print a burst in two).
//
// Repeats collapse: the warnings of a burst (one flush, or what comes
// with no gap of warnHold, up to warnMax) are printed together, each text
// once, with a count. While an input runs, what comes is held for the
// flush at its end (up to warnMax): the collector may free what the input
// dropped in several cycles, at moments that say nothing about the code.

// warnHold is how long the warnings held wait for one more; warnMax is
// the longest the first of them waits, in nanoseconds (tests lengthen it).
const warnHold = 100 * time.Millisecond

var warnMax atomic.Int64

func init() { warnMax.Store(int64(time.Second)) }

// warnBatch is the writer of the session's logger: each Write is one
// formatted warning (logrus writes an entry at once). It holds them for
// their repeats, and writes each distinct text once to w, in the order
// they first came, with " (N times)" at the end of its first line.
type warnBatch struct {
	mu    sync.Mutex
	w     io.Writer
	held  []heldWarning
	timer *time.Timer
	since time.Time // when the first warning held came
	// running reports whether an input runs (nil: never).
	running func() bool
}

type heldWarning struct {
	text []byte
	n    int
}

func newWarnBatch(w io.Writer, running func() bool) *warnBatch {
	return &warnBatch{w: w, running: running}
}

func (b *warnBatch) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.timer == nil {
		b.since = time.Now()
		b.timer = time.AfterFunc(b.hold(), b.flush)
	} else if time.Since(b.since) < time.Duration(warnMax.Load()) {
		// A burst goes on (the collector finds a loop's dropped
		// coroutines a few at a time): wait for the rest.
		b.timer.Reset(b.hold())
	}
	for i := range b.held {
		if bytes.Equal(b.held[i].text, p) {
			b.held[i].n++
			return len(p), nil
		}
	}
	b.held = append(b.held, heldWarning{text: bytes.Clone(p), n: 1})
	return len(p), nil
}

// hold is how long the warnings held wait for one more: warnHold, or,
// while an input runs, until the flush at its end, warnMax after the
// first at most. Called with mu held.
func (b *warnBatch) hold() time.Duration {
	if b.running != nil && b.running() {
		return time.Duration(warnMax.Load()) - time.Since(b.since)
	}
	return warnHold
}

// flush writes the warnings held.
func (b *warnBatch) flush() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.timer != nil {
		b.timer.Stop()
		b.timer = nil
	}
	for _, h := range b.held {
		text := h.text
		if h.n > 1 {
			first, rest, _ := bytes.Cut(text, []byte("\n"))
			text = fmt.Appendf(nil, "%s  (%d times)\n%s", first, h.n, rest)
		}
		b.w.Write(text) //nolint:errcheck // nowhere else to report it
	}
	b.held = nil
}

// drop forgets the warnings held.
func (b *warnBatch) drop() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.timer != nil {
		b.timer.Stop()
		b.timer = nil
	}
	b.held = nil
}

// flushGuard bounds a flush's wait for the warnings of what the collector
// freed (loop.FlushWarnings), which ends as soon as they are logged: it
// only matters should a cleanup of the program's hold the goroutine that
// runs them.
const flushGuard = time.Second

// flushWarnings makes the warnings of what is already unreachable appear
// now (see loop.FlushWarnings), and writes them out.
func (s *Session) flushWarnings() {
	loop.FlushWarnings(flushGuard)
	if s.warn != nil {
		s.warn.flush()
	}
}

// turnAndFlush has the loop turn once, then flushes the warnings: an idle
// loop may still hold the last task or callback it ran in a variable of
// its step, which one more turn lets go.
func (s *Session) turnAndFlush() {
	turned := make(chan struct{})
	s.loop.CallSoonThreadsafe(func() { close(turned) })
	select {
	case <-turned:
	case <-time.After(100 * time.Millisecond): // a loop held by a task
	}
	s.flushWarnings()
}

// running counts an input (or a :load) as running, for the watcher and
// the warnings held, until the function it returns is called. It starts
// once a flush of the watcher's under way is over.
func (s *Session) running() (end func()) {
	s.watchMu.Lock()
	s.inputs.Add(1)
	s.watchMu.Unlock()
	return func() { s.inputs.Add(-1) }
}

// watcherFlush is the watcher's turnAndFlush, unless an input runs: it
// reports whether it flushed.
func (s *Session) watcherFlush() bool {
	s.watchMu.Lock()
	defer s.watchMu.Unlock()
	if s.inputs.Load() > 0 {
		return false
	}
	s.turnAndFlush()
	return true
}

// warnPoll is how often the watcher looks whether the loop watches
// anything new; warnRetries are the delays of its second looks.
var (
	warnPoll    = 20 * time.Millisecond
	warnRetries = []time.Duration{100 * time.Millisecond, 500 * time.Millisecond}
)

// warnGap is the least time between two of the watcher's flushes: each
// runs the collector when anything is watched.
const warnGap = 200 * time.Millisecond

// watchWarnings runs until stop is closed: each time the loop has started
// watching something new, it flushes the warnings (at most every
// warnGap), then again after each of warnRetries (a task is freed a
// little after it failed).
func (s *Session) watchWarnings(stop <-chan struct{}) {
	tick := time.NewTicker(warnPoll)
	defer tick.Stop()
	var seen uint64 // what was armed before the session started is looked at once too
	var retry <-chan time.Time
	var last time.Time
	next := 0
	for {
		select {
		case <-stop:
			return
		case <-tick.C:
			if n := loop.Watched(); n != seen && time.Since(last) >= warnGap {
				if !s.watcherFlush() {
					continue // an input runs: its end flushes
				}
				seen = n
				last = time.Now()
				next = 0
				retry = time.After(warnRetries[0])
			}
		case <-retry:
			if !s.watcherFlush() {
				retry = time.After(warnPoll) // after the input
				continue
			}
			retry = nil
			last = time.Now()
			if next++; next < len(warnRetries) {
				retry = time.After(warnRetries[next])
			}
		}
	}
}
