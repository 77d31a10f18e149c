package repl

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/chzyer/readline"
)

// Runes the terminal front end keeps in the line editor's buffer for what
// the editor cannot hold as itself. Both are private-use characters, which
// nobody types, one column wide as the editor counts them.
const (
	// newlineMark stands for a newline of an input of several lines
	// recalled from history: the editor holds one line, so the whole input
	// comes back as one line, shown with ↵ between its lines, and runs as
	// the lines it was.
	newlineMark = '\uE00A'
	// tabMark stands for a tab that arrived with more text (pasted, not
	// typed): a tab typed alone asks for completions.
	tabMark = '\uE009'
)

// readlineLines is the terminal front end: chzyer/readline with history,
// completion, inputs of several lines kept whole in history, and pasted
// text taken as text.
type readlineLines struct {
	rl    *readline.Instance
	stdin *pasteReader
}

func newReadline(cfg ShellConfig, sh *Shell) (*readlineLines, error) {
	hist := cfg.HistoryFile
	if hist == "" {
		hist = HistoryPath()
	}
	if hist != "" {
		if err := os.MkdirAll(filepath.Dir(hist), 0o700); err != nil {
			hist = ""
		}
	}
	rc := &readline.Config{
		Prompt:            Prompt,
		HistoryFile:       hist,
		HistoryLimit:      10000,
		AutoComplete:      &completer{sh: sh},
		InterruptPrompt:   "^C",
		EOFPrompt:         "",
		HistorySearchFold: true,
		// The shell saves whole inputs (SaveInput), not each line.
		DisableAutoSaveHistory: true,
		Painter:                markPainter{},
	}
	lines := &readlineLines{}
	rc.Listener = lines
	var in io.Reader = os.Stdin
	if f, ok := cfg.Stdin.(*os.File); ok {
		in = f
	}
	// Read on a goroutine of its own, so that Close can end a read blocked
	// on the terminal.
	stdin := newPasteReader(readline.NewCancelableStdin(in))
	rc.Stdin = stdin
	if f, ok := cfg.Stdout.(*os.File); ok {
		rc.Stdout = f
	}
	if f, ok := cfg.Stderr.(*os.File); ok {
		rc.Stderr = f
	}
	rl, err := readline.NewEx(rc)
	if err != nil {
		return nil, fmt.Errorf("repl: %w", err)
	}
	lines.rl, lines.stdin = rl, stdin
	return lines, nil
}

// OnChange is the line editor's listener, called after each key: it puts
// the run of pasted text a pasteMark stands for in its place.
func (r *readlineLines) OnChange(line []rune, pos int, key rune) ([]rune, int, bool) {
	if key != pasteMark {
		return nil, 0, false
	}
	run := r.stdin.nextRun()
	i := pos - 1
	if i < 0 || i >= len(line) || line[i] != pasteMark {
		// Not where the cursor is (in a history search, the text went to
		// the search; it is not searched for).
		if i = slices.Index(line, pasteMark); i < 0 {
			return nil, 0, false
		}
	}
	out := make([]rune, 0, len(line)+len(run))
	out = append(append(append(out, line[:i]...), run...), line[i+1:]...)
	return out, i + len(run), true
}

// ReadLine reads a line; a recalled input of several lines comes back as
// those lines, joined with newlines.
func (r *readlineLines) ReadLine(prompt string) (string, error) {
	r.rl.SetPrompt(prompt)
	line, err := r.rl.Readline()
	line = unmark(line)
	if errors.Is(err, readline.ErrInterrupt) {
		return line, errInterrupt
	}
	return line, err
}

// SaveInput adds an input, of one line or several, to the history as one
// entry: Up recalls it whole, in this session and the next.
func (r *readlineLines) SaveInput(src string) {
	src = strings.TrimSpace(src)
	if src == "" {
		return
	}
	// readline's history saves the text of the entry last recalled, edited,
	// in place of the one given, unless the empty one goes first.
	r.rl.SaveHistory("")                                                 //nolint:errcheck // as readline's own saving: a history that cannot be written is not worth stopping for
	r.rl.SaveHistory(strings.ReplaceAll(src, "\n", string(newlineMark))) //nolint:errcheck // as above
}

func (r *readlineLines) Stdout() io.Writer { return r.rl.Stdout() }
func (r *readlineLines) Stderr() io.Writer { return r.rl.Stderr() }

// Close closes the line editor, restoring the terminal. It ends the
// editor's read of the terminal first, which may be blocked until a key
// comes (after a Ctrl-D typed while an input ran, say). History is
// written entry by entry as inputs are saved.
func (r *readlineLines) Close() error {
	r.stdin.Close()
	done := make(chan error, 1)
	go func() { done <- r.rl.Close() }()
	select {
	case err := <-done:
		return err
	case <-time.After(300 * time.Millisecond):
		return r.rl.Terminal.ExitRawMode()
	}
}

// unmark turns the marks of the line editor's buffer back into what they
// stand for.
func unmark(line string) string {
	if !strings.ContainsAny(line, string(newlineMark)+string(tabMark)+string(pasteMark)) {
		return line
	}
	return strings.NewReplacer(string(newlineMark), "\n", string(tabMark), "\t", string(pasteMark), "").Replace(line)
}

// markPainter shows the marks of the line editor's buffer, each in the one
// column the editor counts for it.
type markPainter struct{}

func (markPainter) Paint(line []rune, _ int) []rune {
	var out []rune
	for i, r := range line {
		var show rune
		switch r {
		case newlineMark:
			show = '↵'
		case tabMark, pasteMark:
			show = ' '
		default:
			continue
		}
		if out == nil {
			out = append([]rune(nil), line...)
		}
		out[i] = show
	}
	if out == nil {
		return line
	}
	return out
}

// pasteReader passes the terminal's input on to the line editor, which
// redraws its whole line for every character it is given: for text that
// arrives in bursts (pasted), it passes on pasteMark for each run of
// characters instead, and the editor's listener (readlineLines.OnChange)
// puts the run in its place, in one redraw. A long pasted line then costs
// at most a redraw per read of the terminal, fewer as the line grows (a
// run joins the one before while the editor is busy redrawing), so a
// paste takes time linear in its length. Keys (a character or an escape
// sequence per read) pass as they are.
//
// A tab that is not the last byte of what one read returned becomes
// tabMark, unless the read returned tabs alone: a tab typed as a key
// arrives alone (or with more tabs, pressed quickly) and asks for
// completions; one in pasted text arrives with what follows it, and is
// text (indented code is not completed at every line, which made a paste
// of 20 KB take seconds and could change it).
type pasteReader struct {
	r       io.ReadCloser
	buf     []byte
	pending []byte // transformed, not yet passed on
	err     error
	once    sync.Once
	carry   []byte // the start of a character the last read ended in
	esc     int    // in an escape sequence the last read ended in: escNone, ...

	mu       sync.Mutex
	runs     [][]rune // the text of each pasteMark passed on and not yet placed
	tailMark bool     // what was passed on last ended in a pasteMark
}

// pasteMark stands, in the line editor's input, for the next run of pasted
// text (pasteReader.runs).
const pasteMark = '\uE00B'

// Escape-sequence states of pasteReader.
const (
	escNone = iota
	escStart
	escCSI
	escSS3
)

func newPasteReader(r io.ReadCloser) *pasteReader {
	return &pasteReader{r: r, buf: make([]byte, 4096)}
}

func (p *pasteReader) Read(b []byte) (int, error) {
	for len(p.pending) == 0 {
		if p.err != nil {
			return 0, p.err
		}
		n, err := p.r.Read(p.buf)
		p.err = err
		p.pending = p.transform(p.buf[:n])
	}
	n := copy(b, p.pending)
	p.pending = p.pending[n:]
	return n, nil
}

// transform turns one read's bytes into what the line editor gets.
func (p *pasteReader) transform(chunk []byte) []byte {
	data := chunk
	if len(p.carry) > 0 {
		data = append(p.carry, chunk...)
		p.carry = nil
	}
	if strings.Trim(string(data), "\t") == "" {
		// Tabs alone are keys, however many came at once.
		return data
	}
	out := make([]byte, 0, len(data))
	var run []rune
	flush := func() {
		if len(run) == 0 {
			return
		}
		p.mu.Lock()
		defer p.mu.Unlock()
		switch {
		case len(out) == 0 && p.tailMark && len(p.runs) > 0:
			// What the last read passed on ended in a mark whose run the
			// editor has not taken yet (it is busy redrawing): this run
			// joins it, for one redraw.
			last := len(p.runs) - 1
			p.runs[last] = append(p.runs[last], run...)
			run = nil
			return
		case len(run) >= 2:
			p.runs = append(p.runs, run)
			out = utf8.AppendRune(out, pasteMark)
		default:
			out = utf8.AppendRune(out, run[0])
		}
		run = nil
	}
	defer func() {
		if len(out) > 0 {
			r, _ := utf8.DecodeLastRune(out)
			p.tailMark = r == pasteMark
		}
	}()
	for i := 0; i < len(data); {
		c := data[i]
		switch p.esc {
		case escStart:
			p.esc = escNone
			switch c {
			case '[':
				p.esc = escCSI
			case 'O':
				p.esc = escSS3
			}
			out = append(out, c)
			i++
			continue
		case escCSI:
			if c >= 0x40 && c <= 0x7e {
				p.esc = escNone
			}
			out = append(out, c)
			i++
			continue
		case escSS3:
			p.esc = escNone
			out = append(out, c)
			i++
			continue
		}
		switch {
		case c == '\t' && i < len(data)-1:
			run = append(run, tabMark)
			i++
		case c < 0x20 || c == 0x7f:
			flush()
			if c == 0x1b {
				p.esc = escStart
			}
			out = append(out, c)
			i++
		default:
			if !utf8.FullRune(data[i:]) {
				p.carry = append([]byte(nil), data[i:]...)
				i = len(data)
				continue
			}
			r, size := utf8.DecodeRune(data[i:])
			run = append(run, r)
			i += size
		}
	}
	flush()
	return out
}

// nextRun returns the text of the next pasteMark.
func (p *pasteReader) nextRun() []rune {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.runs) == 0 {
		return nil
	}
	run := p.runs[0]
	p.runs = p.runs[1:]
	return run
}

func (p *pasteReader) Close() error {
	p.once.Do(func() { p.r.Close() })
	return nil
}
