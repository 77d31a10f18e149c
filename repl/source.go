package repl

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

// inputFile is the file name under which interactive inputs are compiled. The
// interpreter scopes imports by file name, so every input shares it.
const inputFile = "input"

// A source is one text handed to the session: an interactive input or a file.
type source struct {
	file   string // inputFile, or the path of a script as the user gave it
	abs    string // the absolute path of a script: the name the interpreter sees
	number int    // input number (interactive inputs only)
	text   string
	lines  []int  // offsets of line starts
	spans  []span // spans of text that edits move (see moved)
	multi  bool   // the text has more than one line
}

func newSource(file string, number int, text string) *source {
	s := &source{file: file, abs: file, number: number, text: text, lines: []int{0}}
	if file != inputFile {
		// Line directives with relative file names are taken relative to
		// the directory of the file that holds them: use absolute ones, and
		// show the user's own path in messages.
		if abs, err := filepath.Abs(file); err == nil && abs != file {
			s.abs = abs
			shownPaths.Store(abs, file)
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

func (s *source) interactive() bool { return s.file == inputFile }

// multiLine reports whether the text has more than one line (a final newline
// does not start one).
func (s *source) multiLine() bool { return s.multi }

// inputPosition formats a position in interactive input n: "input 3:5" (column
// 5) for a one-line input, "input 3, line 2:5" for a longer one.
func inputPosition(n, line, col int, multi bool) string {
	if multi {
		return fmt.Sprintf("input %d, line %d:%d", n, line, col)
	}
	return fmt.Sprintf("input %d:%d", n, col)
}

// lineCol returns the 1-based line and column (in bytes) of offset off.
func (s *source) lineCol(off int) (line, col int) {
	if off < 0 {
		off = 0
	}
	if off > len(s.text) {
		off = len(s.text)
	}
	i := sort.Search(len(s.lines), func(i int) bool { return s.lines[i] > off }) - 1
	return i + 1, off - s.lines[i] + 1
}

// position formats offset off as the user knows it: "input 3:5" (column 5)
// in a one-line interactive input 3, "input 3, line 2:5" in a longer one,
// "path.go:12:5" in a file.
func (s *source) position(off int) string {
	line, col := s.lineCol(off)
	if s.interactive() {
		return inputPosition(s.number, line, col, s.multiLine())
	}
	return fmt.Sprintf("%s:%d:%d", s.file, line, col)
}

// directive returns a line directive that makes the character following it
// report the position of offset off.
func (s *source) directive(off int) string {
	line, col := s.lineCol(off)
	if s.interactive() {
		line = s.number%maxEncoded*lineStride + min(line, multiLine-1)
		if s.multiLine() {
			line += multiLine
		}
	}
	return fmt.Sprintf("/*line %s:%d:%d*/", s.abs, line, col)
}

var (
	posLineCol  = regexp.MustCompile(`(?:, line (\d+))?:(\d+)$`)
	filePosLine = regexp.MustCompile(`:(\d+):(\d+)$`)
)

// offsetOf returns the offset in the source of a position shown as pos
// ("input 3:5", "input 3, line 2:5", "file.go:12:5"), if pos is in it.
func (s *source) offsetOf(pos string) (int, bool) {
	line, col := 0, 0
	if s.interactive() {
		prefix := fmt.Sprintf("input %d", s.number)
		m := posLineCol.FindStringSubmatch(pos)
		if m == nil || !strings.HasPrefix(pos, prefix) || len(pos) != len(prefix)+len(m[0]) {
			return 0, false
		}
		line = 1
		if m[1] != "" {
			line, _ = strconv.Atoi(m[1])
		}
		col, _ = strconv.Atoi(m[2])
	} else {
		m := filePosLine.FindStringSubmatch(pos)
		if m == nil || pos != s.file+m[0] {
			return 0, false
		}
		line, _ = strconv.Atoi(m[1])
		col, _ = strconv.Atoi(m[2])
	}
	if line < 1 || line > len(s.lines) || col < 1 {
		return 0, false
	}
	off := s.lines[line-1] + col - 1
	return off, off <= len(s.text)
}

// An edit replaces text[off:end] with text; off == end inserts. Edits at the
// same offset apply in order of prio, then in the order they were added.
//
// An edit's text may carry a span of the user's text moved there (see
// source.moved): the span is rendered with the edits inside it, which then
// do not apply at its old place. That place must be covered by an edit
// replacing it (the span is moved, not copied).
type edit struct {
	off, end int
	text     string
	prio     int
	vacates  bool // it replaces the place of text moved elsewhere
}

// A span is a range of the source's text that an edit moves elsewhere.
type span struct{ off, end int }

// spanMark brackets the number of a moved span in an edit's text. Go source
// cannot hold a NUL, so the mark never meets the user's text.
const spanMark = "\x00"

// moved returns a mark standing for text[off:end] in an edit's text: render
// puts the span there with the edits made inside it, and line directives
// that keep its positions.
func (s *source) moved(off, end int) string {
	s.spans = append(s.spans, span{off, end})
	return spanMark + strconv.Itoa(len(s.spans)-1) + spanMark
}

// render returns text[from:to] with the edits applied, with line directives
// so that every byte the user wrote keeps its position. Of edits that
// overlap, the first in order (of offset, then prio) applies and the others
// are dropped; insertions may share an offset, and the edits inside a span
// that an edit moves go with it.
func (s *source) render(from, to int, edits []edit) string {
	edits = slices.Clone(edits)
	sort.SliceStable(edits, func(i, j int) bool {
		if edits[i].off != edits[j].off {
			return edits[i].off < edits[j].off
		}
		return edits[i].prio < edits[j].prio
	})
	// The edits inside a moved span go with it.
	inner := make([]bool, len(edits))
	for _, e := range edits {
		for _, sp := range s.marks(e.text) {
			for j, f := range edits {
				inner[j] = inner[j] || sp.holds(f)
			}
		}
	}
	var b strings.Builder
	b.WriteString(s.directive(from))
	at := from
	for i, e := range edits {
		if inner[i] || e.off < at || e.off > to {
			continue // moved, or an overlapping edit: keep the first one
		}
		b.WriteString(s.text[at:e.off])
		b.WriteString(s.expand(e.text, edits))
		at = e.end
		b.WriteString(s.directive(at))
	}
	b.WriteString(s.text[at:to])
	return b.String()
}

// holds reports whether edit e belongs to the moved span: it lies within it
// and is not the edit that takes the span's place.
func (sp span) holds(e edit) bool {
	vacates := e.vacates && e.off == sp.off && e.end == sp.end
	return !vacates && e.off >= sp.off && e.end <= sp.end
}

// marks returns the moved spans text refers to.
func (s *source) marks(text string) []span {
	var out []span
	parts := strings.Split(text, spanMark)
	for i := 1; i < len(parts); i += 2 {
		n, err := strconv.Atoi(parts[i])
		if err == nil && n < len(s.spans) {
			out = append(out, s.spans[n])
		}
	}
	return out
}

// expand replaces the marks in text by their spans, rendered with the edits
// among edits that lie inside them.
func (s *source) expand(text string, edits []edit) string {
	if !strings.Contains(text, spanMark) {
		return text
	}
	var b strings.Builder
	parts := strings.Split(text, spanMark)
	for i, p := range parts {
		if i%2 == 0 {
			b.WriteString(p)
			continue
		}
		n, _ := strconv.Atoi(p)
		sp := s.spans[n]
		var in []edit
		for _, e := range edits {
			if sp.holds(e) {
				in = append(in, e)
			}
		}
		b.WriteString(s.render(sp.off, sp.end, in))
	}
	return b.String()
}

// replacePath replaces old, a path and its colon, by new in msg where it
// stands as a whole path: not where it ends a longer one (/a/b.go: in
// /c/a/b.go:).
func replacePath(msg, old, new string) string {
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

// utf8BOM may start a Go file, as the go command allows.
var utf8BOM = []byte("\xef\xbb\xbf")

// shownPaths maps the absolute paths of scripts to the paths the user gave.
var shownPaths sync.Map

// inputPos matches positions of interactive input as the interpreter reports
// them (encoded with lineStride).
var inputPos = regexp.MustCompile(inputFile + `:(\d+):(\d+)`)

// decodePositions rewrites interpreter positions of interactive input in msg
// into the form the user knows ("input 3:5", "input 3, line 2:5").
func decodePositions(msg string) string {
	shownPaths.Range(func(abs, shown any) bool {
		msg = replacePath(msg, abs.(string)+":", shown.(string)+":")
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

// leadingPos matches a position at the start of an interpreter message,
// already decoded.
var leadingPos = regexp.MustCompile(`^((?:input \d+(?:, line \d+)?|[^\s:]+:\d+):\d+): `)

// interpError turns an error of the interpreter into an *Error with a
// position in the user's text.
func interpError(err error) *Error {
	msg := decodePositions(strings.TrimSpace(err.Error()))
	if m := leadingPos.FindStringSubmatch(msg); m != nil {
		return &Error{Pos: m[1], Msg: strings.TrimPrefix(msg[len(m[0]):], m[0])}
	}
	return &Error{Msg: msg}
}
