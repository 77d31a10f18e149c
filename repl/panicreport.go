package repl

import (
	"fmt"
	"strings"

	"github.com/asyncrepl/asyncrepl/internal/hostrt"
	"github.com/asyncrepl/asyncrepl/loop"
)

// callers returns the positions of frames (innermost first, as
// takeFrames returns them): the innermost's as it is, each other's at its
// call of the frame before it where that can be found (see callSiteNoted).
func (s *Session) callers(frames []hostrt.TraceFrame) []string {
	out, _ := s.callersNoted(frames)
	return out
}

// callersNoted is callers, with each position's note (see callSiteNoted).
func (s *Session) callersNoted(frames []hostrt.TraceFrame) (sites, notes []string) {
	sites, notes = make([]string, len(frames)), make([]string, len(frames))
	for i, f := range frames {
		sites[i] = f.Pos
		if i > 0 {
			sites[i], notes[i] = s.callSiteNoted(f.Pos, frames[i-1].Name)
		}
	}
	return sites, notes
}

// runtimePanic places a run-time panic of value v (in Go's words) that
// unwound frames (innermost first): the position to report, and what the
// report must add when that is not the line that panicked.
func (s *Session) runtimePanic(v any, frames []hostrt.TraceFrame) (pos, note string) {
	if rt, ok := v.(*hostrt.RuntimeError); ok && rt.Pos != "" {
		return rt.Pos, ""
	}
	if len(frames) == 0 {
		return "", ""
	}
	if r, ok := s.rememberedAt(frames[0].Pos); ok && r.src.PastLineEnd(frames[0].Pos) {
		// Past the end of its line: in the shell's rewriting of the
		// line, whose statement the interpreter did place (a call of
		// compiled code that panicked: json.Marshal calling a method
		// through a nil embedded pointer).
		return s.inLine(frames[0].Pos), ""
	}
	site, exact, maybe := s.panicSite(frames[0].Pos, hostrt.KindOf(v))
	if exact {
		return site, ""
	}
	if rt, ok := v.(*hostrt.RuntimeError); ok && rt.Refusal() {
		// Made by a helper the lowered statement calls: the interpreter
		// places the call, in the statement's rewriting.
		return s.inLine(site), ""
	}
	return s.inLine(site), " (the interpreter names the function, not the line: this is the function's first statement" + onLines("panic", maybe) + ")"
}

// inLine returns pos ("f.go:12:96", "input 3, line 2:40") without its
// column where the column lies past the end of its line in the user's
// text: a place in the shell's rewriting of the line, which says nothing
// to the user (the interpreter places some panics there).
func (s *Session) inLine(pos string) string {
	if r, ok := s.rememberedAt(pos); ok && r.src.PastLineEnd(pos) {
		return pos[:strings.LastIndexByte(pos, ':')]
	}
	return pos
}

// onLines says on which of the lines maybe what happened: "; the panic is
// on line 3", "; ... on one of lines 2, 3" ("" for none).
func onLines(what string, maybe []int) string {
	switch len(maybe) {
	case 0:
		return ""
	case 1:
		return fmt.Sprintf("; the %s is on line %d", what, maybe[0])
	}
	var ls []string
	for _, l := range maybe {
		ls = append(ls, fmt.Sprint(l))
	}
	return fmt.Sprintf("; the %s is on one of lines %s", what, strings.Join(ls, ", "))
}

// userStack writes the frames a panic unwound as a Go stack of the user's
// code (what PanicError.Stack holds for an interpreted task): each frame's
// function and position, the innermost at pos.
func userStack(frames []hostrt.TraceFrame, pos string) []byte {
	var b strings.Builder
	for i, f := range frames {
		name := hostrt.FrameName(f.Name)
		at := f.Pos
		if i == 0 && pos != "" {
			at = pos
		}
		fmt.Fprintf(&b, "%s(...)\n\t%s\n", name, at)
	}
	return []byte(b.String())
}

// taskPanic describes the panic v that ends an interpreted task: in Go's
// words, with the user's frames and the place it was raised (see
// raiseSite).
func (s *Session) taskPanic(v any) *loop.PanicError {
	s.syncStderr()
	frames := s.trace.TakeFrames()
	at, text := s.help.TakeTaskPanic(v)
	gv := hostrt.InGoWords(v, at != "")
	note := ""
	if at == "" {
		at, note = s.runtimePanic(gv, frames)
	}
	for i, p := range s.callers(frames) {
		frames[i].Pos = p
	}
	pe := &loop.PanicError{Value: gv, Stack: userStack(frames, at), Text: text}
	if at != "" {
		s.panicSites.Store(pe, at+note)
	}
	return pe
}
