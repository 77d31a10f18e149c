package repl

import (
	"fmt"
	"os"
	"strings"

	"github.com/asyncrepl/asyncrepl/loop"
)

// SetTracer makes tr the tracer of the session's loop (nil: none), from
// the loop's next event on.
func (s *Session) SetTracer(tr loop.Tracer) error {
	if !s.onLoop(func() { s.loop.SetTracer(tr) }) {
		return s.noLoop()
	}
	return nil
}

// timelineWidth is how many columns of time :trace show draws.
const timelineWidth = 48

// traceCmd is :trace on|off|show|save FILE: it records the loop's task
// events (a fresh recording at each :trace on), draws them as a timeline,
// or writes them as Chrome trace event JSON. The recording outlives
// :reset, and stays on across it.
func (sh *Shell) traceCmd(arg string) error {
	cmd, file, _ := strings.Cut(arg, " ")
	file = strings.TrimSpace(file)
	switch cmd {
	case "on":
		tr := loop.NewTrace()
		if err := sh.s.SetTracer(tr); err != nil {
			return err
		}
		sh.trace, sh.tracing = tr, true
		fmt.Fprintln(sh.out, "tracing on: the loop's tasks are recorded (:trace show draws them, :trace save FILE writes them)")
	case "off":
		if err := sh.s.SetTracer(nil); err != nil {
			return err
		}
		sh.tracing = false
		fmt.Fprintf(sh.out, "tracing off: %s kept\n", sh.traceSize())
	case "":
		fmt.Fprintf(sh.out, "tracing %s: %s\n", onOff(sh.tracing), sh.traceSize())
	case "show":
		if sh.trace == nil {
			return fmt.Errorf("repl: nothing traced yet: :trace on starts recording")
		}
		return sh.trace.WriteTimeline(sh.out, timelineWidth)
	case "save":
		if file == "" {
			return fmt.Errorf("usage: :trace save FILE")
		}
		if sh.trace == nil {
			return fmt.Errorf("repl: nothing traced yet: :trace on starts recording")
		}
		if err := writeTrace(sh.trace, file); err != nil {
			return err
		}
		fmt.Fprintf(sh.out, "wrote %s to %s: Chrome trace event JSON, for ui.perfetto.dev or chrome://tracing\n", sh.traceSize(), file)
	default:
		return fmt.Errorf("usage: :trace on|off|show|save FILE")
	}
	return nil
}

// traceSize says how many events the recording holds.
func (sh *Shell) traceSize() string {
	if sh.trace == nil {
		return "no events"
	}
	kept, dropped := sh.trace.Len()
	s := fmt.Sprintf("%d events", kept)
	if kept == 1 {
		s = "1 event"
	}
	if dropped > 0 {
		s += fmt.Sprintf(" (and %d dropped past the limit)", dropped)
	}
	return s
}

// writeTrace writes tr to the file path as Chrome trace event JSON.
func writeTrace(tr *loop.Trace, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("repl: %w", err)
	}
	if err := tr.WriteChrome(f); err != nil {
		f.Close()
		return fmt.Errorf("repl: writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("repl: %w", err)
	}
	return nil
}

// WriteTraceFile writes tr to the file path as Chrome trace event JSON,
// for Perfetto or chrome://tracing (asyncrepl -trace).
func WriteTraceFile(tr *loop.Trace, path string) error { return writeTrace(tr, path) }
