package repl

import (
	"bytes"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

// Warnings when they happen. The loop finds a coroutine never awaited or an
// exception never retrieved when the garbage collector frees it, which
// may be long after (a failed background task, between inputs). The
// session watches: whenever the loop starts watching something new, it
// asks the collector at once (loop.FlushWarnings), and a little later
// again for what was still reachable, so that such warnings appear above
// the prompt as background output does, not with the next input.
//
// Repeats collapse: the warnings of a burst (one flush, or what comes
// with no gap of warnHold, up to warnMax) are printed together, each text
// once, with a count.

// warnHold is how long the warnings held wait for one more; warnMax is
// the longest the first of them waits.
const (
	warnHold = 100 * time.Millisecond
	warnMax  = time.Second
)

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
}

type heldWarning struct {
	text []byte
	n    int
}

func newWarnBatch(w io.Writer) *warnBatch { return &warnBatch{w: w} }

func (b *warnBatch) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.timer == nil {
		b.since = time.Now()
		b.timer = time.AfterFunc(warnHold, b.flush)
	} else if time.Since(b.since) < warnMax {
		// A burst goes on (the collector finds a loop's dropped
		// coroutines a few at a time): wait for the rest.
		b.timer.Reset(warnHold)
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

// flushWarnings makes the warnings of what is already unreachable appear
// now (see loop.FlushWarnings), and writes them out.
func (s *Session) flushWarnings(timeout time.Duration) {
	loop.FlushWarnings(timeout)
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
	s.flushWarnings(100 * time.Millisecond)
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
				seen = n
				s.turnAndFlush()
				last = time.Now()
				next = 0
				retry = time.After(warnRetries[0])
			}
		case <-retry:
			retry = nil
			s.turnAndFlush()
			last = time.Now()
			if next++; next < len(warnRetries) {
				retry = time.After(warnRetries[next])
			}
		}
	}
}
