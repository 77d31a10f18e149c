package gosrc

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// lineStride separates the inputs of a session in the line numbers handed to
// the interpreter: line L of input N is reported to it as N*lineStride+L, plus
// multiLine when the input has several lines, so a position found in any
// later message (a runtime panic in a function declared three inputs ago,
// say) still names the input it came from, in the form that input's
// positions take (see source.position).
//
// go/scanner accepts line numbers below 1<<30, so input numbers wrap around
// after maxEncoded inputs (positions of inputs that old become ambiguous) and
// positions past line multiLine-1 of an input are shown on that line.
const (
	lineStride = 10000
	multiLine  = lineStride / 2
	maxEncoded = (1<<30)/lineStride - 1
)

// InputFile is the file name under which interactive inputs are compiled. The
// interpreter scopes imports by file name, so every input shares it.
const InputFile = "input"

// A Source is one text handed to the session: an interactive input or a file.
type Source struct {
	File   string // inputFile, or the path of a script as the user gave it
	Abs    string // the absolute path of a script: the name the interpreter sees
	Number int    // input number (interactive inputs only)
	Text   string
	lines  []int  // offsets of line starts
	spans  []span // spans of text that edits move (see moved)
	multi  bool   // the text has more than one line
	copies []copied
}

// A Piece is text appended to a source (see Extend) that stands for text
// of the source: offset i of Text has the position of offset Orig+i, or of
// Orig itself where Fixed.
type Piece struct {
	Text  string
	Orig  int
	Fixed bool
}

// copied is where a piece went: text[from:to].
type copied struct {
	from, to int
	Piece
}

// Extend returns a source of s's text followed by the pieces, whose
// positions are those of the text they stand for.
func (s *Source) Extend(pieces []Piece) *Source {
	var b strings.Builder
	b.WriteString(s.Text)
	var cs []copied
	for _, p := range pieces {
		cs = append(cs, copied{b.Len(), b.Len() + len(p.Text), p})
		b.WriteString(p.Text)
	}
	t := NewSource(s.File, s.Number, b.String())
	t.Abs, t.multi = s.Abs, s.multi
	t.copies = append(slices.Clone(s.copies), cs...)
	return t
}

func NewSource(file string, number int, text string) *Source {
	s := &Source{File: file, Abs: file, Number: number, Text: text, lines: []int{0}}
	if file != InputFile {
		// Line directives with relative file names are taken relative to
		// the directory of the file that holds them: use absolute ones, and
		// show the user's own path in messages.
		if abs, err := filepath.Abs(file); err == nil && abs != file {
			s.Abs = abs
			ShownPaths.Store(abs, file)
		}
	}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			s.lines = append(s.lines, i+1)
		}
	}
	s.multi = strings.Contains(strings.TrimRight(text, "\n"), "\n")
	return s
}

func (s *Source) Interactive() bool { return s.File == InputFile }

// multiLine reports whether the text has more than one line (a final newline
// does not start one).
func (s *Source) multiLine() bool { return s.multi }

// inputPosition formats a position in interactive input n: "input 3:5" (column
// 5) for a one-line input, "input 3, line 2:5" for a longer one.
func inputPosition(n, line, col int, multi bool) string {
	if multi {
		return fmt.Sprintf("input %d, line %d:%d", n, line, col)
	}
	return fmt.Sprintf("input %d:%d", n, col)
}

// LineCol returns the 1-based line and column (in bytes) of offset off.
func (s *Source) LineCol(off int) (line, col int) {
	if off < 0 {
		off = 0
	}
	if off > len(s.Text) {
		off = len(s.Text)
	}
	for _, c := range s.copies {
		if off >= c.from && off < c.to {
			d := off - c.from
			off = c.Orig
			if !c.Fixed {
				off += d
			}
			break
		}
	}
	i := sort.Search(len(s.lines), func(i int) bool { return s.lines[i] > off }) - 1
	return i + 1, off - s.lines[i] + 1
}

// Position formats offset off as the user knows it: "input 3:5" (column 5)
// in a one-line interactive input 3, "input 3, line 2:5" in a longer one,
// "path.go:12:5" in a file.
func (s *Source) Position(off int) string {
	line, col := s.LineCol(off)
	if s.Interactive() {
		return inputPosition(s.Number, line, col, s.multiLine())
	}
	return fmt.Sprintf("%s:%d:%d", s.File, line, col)
}

// Directive returns a line directive that makes the character following it
// report the position of offset off.
func (s *Source) Directive(off int) string {
	line, col := s.LineCol(off)
	if s.Interactive() {
		line = s.Number%maxEncoded*lineStride + min(line, multiLine-1)
		if s.multiLine() {
			line += multiLine
		}
	}
	return fmt.Sprintf("/*line %s:%d:%d*/", s.Abs, line, col)
}

var (
	PosLineCol  = regexp.MustCompile(`(?:, line (\d+))?:(\d+)$`)
	filePosLine = regexp.MustCompile(`:(\d+):(\d+)$`)
)

// OffsetOf returns the offset in the source of a position shown as pos
// ("input 3:5", "input 3, line 2:5", "file.go:12:5"), if pos is in it.
func (s *Source) OffsetOf(pos string) (int, bool) {
	line, col, ok := s.lineCol(pos)
	if !ok {
		return 0, false
	}
	off := s.lines[line-1] + col - 1
	return off, off <= len(s.Text)
}

// PastLineEnd reports whether pos, a position in the text (as OffsetOf
// takes it), lies past the end of its line, or of the text: code the
// shell wrote after the user's on a line, or after the file, has such
// positions.
func (s *Source) PastLineEnd(pos string) bool {
	if line, _, ok := s.parseLineCol(pos); ok && line > len(s.lines) {
		return true // after the user's last line: the prelude's stand-ins a script uses
	}
	line, col, ok := s.lineCol(pos)
	if !ok {
		return false
	}
	end := len(s.Text)
	if line < len(s.lines) {
		end = s.lines[line] - 1 // the newline
	}
	return s.lines[line-1]+col-1 > end
}

// lineCol returns the line and column of pos in the text.
func (s *Source) lineCol(pos string) (line, col int, ok bool) {
	line, col, ok = s.parseLineCol(pos)
	if !ok || line < 1 || line > len(s.lines) || col < 1 {
		return 0, 0, false
	}
	return line, col, true
}

// parseLineCol returns the line and column pos, a position of the source,
// names, in the text or not.
func (s *Source) parseLineCol(pos string) (line, col int, ok bool) {
	if s.Interactive() {
		prefix := fmt.Sprintf("input %d", s.Number)
		m := PosLineCol.FindStringSubmatch(pos)
		if m == nil || !strings.HasPrefix(pos, prefix) || len(pos) != len(prefix)+len(m[0]) {
			return 0, 0, false
		}
		line = 1
		if m[1] != "" {
			line, _ = strconv.Atoi(m[1])
		}
		col, _ = strconv.Atoi(m[2])
	} else {
		m := filePosLine.FindStringSubmatch(pos)
		if m == nil || pos != s.File+m[0] {
			return 0, 0, false
		}
		line, _ = strconv.Atoi(m[1])
		col, _ = strconv.Atoi(m[2])
	}
	return line, col, true
}

// An Edit replaces text[off:end] with text; off == end inserts. Edits at the
// same offset apply in order of prio, then in the order they were added.
//
// An edit's text may carry a span of the user's text moved there (see
// source.moved): the span is rendered with the edits inside it, which then
// do not apply at its old place. That place must be covered by an edit
// replacing it (the span is moved, not copied).
type Edit struct {
	Off, End int
	Text     string
	Prio     int
	Vacates  bool // it replaces the place of text moved elsewhere
	// Outer says it wraps a whole statement: it is not moved with a span
	// that starts or ends where it is (an expression the statement starts
	// or ends with), only with one holding all of it and more (the
	// function holding the statement).
	Outer bool
	// Wraps says an insertion opens a wrapping of the expression that
	// starts at its offset: where an edit coming after it there moves a
	// span starting there too (x of x.(*T), which the assertion's
	// rewriting moves), the insertion stays before that edit. WrapEnd,
	// if not 0, is where the wrapped expression ends: a wrapping that
	// ends inside the span (a check of p.R, in p.R.Get().(int)) is of a
	// part of it, and moves with it.
	Wraps   bool
	WrapEnd int
}

// A span is a range of the source's text that an edit moves elsewhere.
type span struct{ off, end int }

// SpanMark brackets the number of a moved span in an edit's text. Go source
// cannot hold a NUL, so the mark never meets the user's text.
const SpanMark = "\x00"

// Moved returns a mark standing for text[off:end] in an edit's text: render
// puts the span there with the edits made inside it, and line directives
// that keep its positions.
func (s *Source) Moved(off, end int) string {
	s.spans = append(s.spans, span{off, end})
	return SpanMark + strconv.Itoa(len(s.spans)-1) + SpanMark
}

// Render returns text[from:to] with the edits applied, with line directives
// so that every byte the user wrote keeps its position. Of edits that
// overlap, the first in order (of offset, then prio) applies and the others
// are dropped; insertions may share an offset, and the edits inside a span
// that an edit moves go with it.
func (s *Source) Render(from, to int, edits []Edit) string {
	edits = slices.Clone(edits)
	sort.SliceStable(edits, func(i, j int) bool {
		a, b := edits[i], edits[j]
		if a.Off != b.Off {
			return a.Off < b.Off
		}
		if wrapsAround(a, b) != wrapsAround(b, a) {
			return wrapsAround(a, b)
		}
		if nested, outer := wrapsLonger(a, b); nested {
			return outer
		}
		return a.Prio < b.Prio
	})
	// The edits inside a moved span go with it.
	inner := make([]bool, len(edits))
	for i, e := range edits {
		for _, sp := range s.marks(e.Text) {
			for j, f := range edits {
				inner[j] = inner[j] || j != i && s.holds(sp, f) && !sp.before(f, j, e, i)
			}
		}
	}
	var b strings.Builder
	b.WriteString(s.Directive(from))
	at := from
	for i, e := range edits {
		if inner[i] || e.Off < at || e.Off > to {
			continue // moved, or an overlapping edit: keep the first one
		}
		b.WriteString(s.Text[at:e.Off])
		b.WriteString(s.expand(e, i, edits))
		at = e.End
		b.WriteString(s.Directive(at))
	}
	b.WriteString(s.Text[at:to])
	return b.String()
}

// holds reports whether edit e belongs to the moved span: it lies within it
// and is not the edit that takes the span's place. An edit vacating just
// the span takes its place, but one that moves only text from within the
// span: that rewrites the span's text (x.(I) of x.(I).(T), both assertions
// rewritten by functions taking the operand).
func (s *Source) holds(sp span, e Edit) bool {
	vacates := e.Vacates && e.Off == sp.off && e.End == sp.end && !s.rewrites(e)
	if e.Outer {
		return e.Off > sp.off && e.End < sp.end
	}
	return !vacates && e.Off >= sp.off && e.End <= sp.end
}

// rewrites reports whether e moves text, all of it from its own place.
func (s *Source) rewrites(e Edit) bool {
	marks := s.marks(e.Text)
	return len(marks) > 0 && !slices.ContainsFunc(marks, func(sp span) bool { return sp.off < e.Off || sp.end > e.End })
}

// before reports whether f, the jth edit in order, an insertion at the
// start of the span that mover (the ith) moves, goes before mover rather
// than into the span: f wraps an expression (Wraps), mover starts there
// too and covers more than the span (the span is the operand of the
// expression mover rewrites, as x of x.(*T)), and f comes first in order
// (it wraps the whole expression, as a check of the pointer *x.(*T)
// dereferences does).
//
// A wrapping known to end past the span (WrapEnd) is of more than the
// span, whatever moves it: it stays where it is also when the span goes
// elsewhere (a deferred call's receiver taken at the statement, lg of
// lg.Println, with the call's function wrapped).
func (sp span) before(f Edit, j int, mover Edit, i int) bool {
	if !f.Wraps || f.Off != f.End || f.Off != sp.off {
		return false
	}
	if f.WrapEnd > sp.end {
		return true
	}
	return f.WrapEnd == 0 && mover.Off == sp.off && mover.End > sp.end && j < i
}

// wrapsAround reports whether a opens a wrapping of an expression that
// holds all of b, an edit replacing text at the same offset (the place
// of a span moved elsewhere): a goes first, around b's text.
func wrapsAround(a, b Edit) bool {
	return a.Wraps && a.Off == a.End && b.End > b.Off && a.WrapEnd >= b.End
}

// wrapsLonger reports whether a and b, at the same offset, both open
// wrappings of expressions whose ends are known and differ (nested), and
// whether a's is the longer one, which goes first, around b's: the copy
// of w.Get() around the nil check of w, whatever their priorities.
func wrapsLonger(a, b Edit) (nested, outer bool) {
	if !a.Wraps || !b.Wraps || a.Off != a.End || b.Off != b.End || a.WrapEnd == 0 || b.WrapEnd == 0 || a.WrapEnd == b.WrapEnd {
		return false, false
	}
	return true, a.WrapEnd > b.WrapEnd
}

// marks returns the moved spans text refers to.
func (s *Source) marks(text string) []span {
	var out []span
	parts := strings.Split(text, SpanMark)
	for i := 1; i < len(parts); i += 2 {
		n, err := strconv.Atoi(parts[i])
		if err == nil && n < len(s.spans) {
			out = append(out, s.spans[n])
		}
	}
	return out
}

// expand replaces the marks in the text of mover, edits[at] (edits in
// order), by their spans, rendered with the edits among edits that lie
// inside them.
func (s *Source) expand(mover Edit, at int, edits []Edit) string {
	text := mover.Text
	if !strings.Contains(text, SpanMark) {
		return text
	}
	var b strings.Builder
	parts := strings.Split(text, SpanMark)
	for i, p := range parts {
		if i%2 == 0 {
			b.WriteString(p)
			continue
		}
		n, _ := strconv.Atoi(p)
		sp := s.spans[n]
		var in []Edit
		for j, e := range edits {
			if j != at && s.holds(sp, e) && !sp.before(e, j, mover, at) {
				in = append(in, e)
			}
		}
		b.WriteString(s.Render(sp.off, sp.end, in))
	}
	return b.String()
}

// ReplacePath replaces old, a path and its colon, by new in msg where it
// stands as a whole path: not where it ends a longer one (/a/b.go: in
// /c/a/b.go:).
func ReplacePath(msg, old, new string) string {
	var b strings.Builder
	for {
		i := strings.Index(msg, old)
		if i < 0 {
			b.WriteString(msg)
			return b.String()
		}
		if i > 0 && isPathByte(msg[i-1]) {
			b.WriteString(msg[:i+1])
			msg = msg[i+1:]
			continue
		}
		b.WriteString(msg[:i] + new)
		msg = msg[i+len(old):]
	}
}

func isPathByte(c byte) bool {
	return c == '/' || c == '.' || c == '_' || c == '-' || c == '~' || c == '\\' ||
		'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// UTF8BOM may start a Go file, as the go command allows.
var UTF8BOM = []byte("\xef\xbb\xbf")

// ShownPaths maps the absolute paths of scripts to the paths the user gave.
var ShownPaths sync.Map

// inputPos matches positions of interactive input as the interpreter reports
// them (encoded with lineStride).
var inputPos = regexp.MustCompile(InputFile + `:(\d+):(\d+)`)

// DecodePositions rewrites interpreter positions of interactive input in msg
// into the form the user knows ("input 3:5", "input 3, line 2:5").
func DecodePositions(msg string) string {
	ShownPaths.Range(func(abs, shown any) bool {
		msg = ReplacePath(msg, abs.(string)+":", shown.(string)+":")
		return true
	})
	return inputPos.ReplaceAllStringFunc(msg, func(m string) string {
		sub := inputPos.FindStringSubmatch(m)
		n, err1 := strconv.Atoi(sub[1])
		if err1 != nil || n < lineStride {
			return m
		}
		col, err2 := strconv.Atoi(sub[2])
		if err2 != nil {
			return m
		}
		line := n % lineStride
		return inputPosition(n/lineStride, line%multiLine, col, line >= multiLine)
	})
}

// An Error is an error at a position in the user's text.
type Error struct {
	Pos string // "input 3:5", "input 3, line 2:5" or "file.go:12:5"; empty when there is none
	Msg string
}

func (e *Error) Error() string {
	if e.Pos == "" {
		return e.Msg
	}
	return e.Pos + ": " + e.Msg
}

// LeadingPos matches a position at the start of an interpreter message,
// already decoded.
var LeadingPos = regexp.MustCompile(`^((?:input \d+(?:, line \d+)?|[^\s:]+:\d+):\d+): `)

// InterpError turns an error of the interpreter into an *Error with a
// position in the user's text.
func InterpError(err error) *Error {
	msg := DecodePositions(strings.TrimSpace(err.Error()))
	if m := LeadingPos.FindStringSubmatch(msg); m != nil {
		return &Error{Pos: m[1], Msg: strings.TrimPrefix(msg[len(m[0]):], m[0])}
	}
	return &Error{Msg: msg}
}
