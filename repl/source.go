package repl

import (
	"fmt"
	"path/filepath"
	"regexp"
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
	lines  []int // offsets of line starts
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
	return s
}

func (s *source) interactive() bool { return s.file == inputFile }

// multiLine reports whether the text has more than one line (a final newline
// does not start one).
func (s *source) multiLine() bool {
	return strings.Contains(strings.TrimRight(s.text, "\n"), "\n")
}

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

// An edit replaces text[off:end] with text; off == end inserts. Edits at the
// same offset apply in order of prio, then in the order they were added.
type edit struct {
	off, end int
	text     string
	prio     int
}

// render returns text[from:to] with the edits applied, with line directives
// so that every byte the user wrote keeps its position. Edits must not
// overlap (insertions may share an offset).
func (s *source) render(from, to int, edits []edit) string {
	sort.SliceStable(edits, func(i, j int) bool {
		if edits[i].off != edits[j].off {
			return edits[i].off < edits[j].off
		}
		return edits[i].prio < edits[j].prio
	})
	var b strings.Builder
	b.WriteString(s.directive(from))
	at := from
	for _, e := range edits {
		if e.off < at || e.off > to {
			continue // overlapping edit: keep the first one
		}
		b.WriteString(s.text[at:e.off])
		b.WriteString(e.text)
		at = e.end
		b.WriteString(s.directive(at))
	}
	b.WriteString(s.text[at:to])
	return b.String()
}

// shownPaths maps the absolute paths of scripts to the paths the user gave.
var shownPaths sync.Map

// inputPos matches positions of interactive input as the interpreter reports
// them (encoded with lineStride).
var inputPos = regexp.MustCompile(inputFile + `:(\d+):(\d+)`)

// decodePositions rewrites interpreter positions of interactive input in msg
// into the form the user knows ("input 3:5", "input 3, line 2:5").
func decodePositions(msg string) string {
	shownPaths.Range(func(abs, shown any) bool {
		msg = strings.ReplaceAll(msg, abs.(string)+":", shown.(string)+":")
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
