package repl

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
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
	left  atomic.Bool // the editor ended its line for Leave: output is written as it is
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
		FuncGetWidth:           screenWidth,
	}
	lines := &readlineLines{}
	rc.Listener = lines
	var in io.Reader = os.Stdin
	if f, ok := cfg.Stdin.(*os.File); ok {
		in = f
	}
	stdin := newPasteReader(in)
	rc.Stdin = stdin
	rc.FuncFilterInputRune = lines.filterKey
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

// defaultWidth is the width taken for a terminal that does not say its
// own (0 columns: a serial console, some containers' terminals).
const defaultWidth = 80

// screenWidth is the terminal's width, or defaultWidth where it reports
// none: the line editor would not complete at all (Tab rang the bell).
func screenWidth() int {
	if w := readline.GetScreenWidth(); w > 0 {
		return w
	}
	return defaultWidth
}

// filterKey is the line editor's input filter, called before each key:
// a run of pasted text (a pasteMark) is text while the editor is plain
// editing, put in the line in one piece by OnChange; in any other mode
// (a history search, the completion menu, vi mode), its characters are
// keys, taken one by one, as are tabs that came with text.
func (r *readlineLines) filterKey(key rune) (rune, bool) {
	switch key {
	case pasteMark:
		key = r.stdin.resolve(r.plainEditing())
		return key, key != 0
	case tabMark:
		if !r.plainEditing() {
			return '\t', true
		}
	case readline.CharInterrupt:
		// Ctrl-C in the completion menu ends the menu and the line, as
		// anywhere else (the editor would end the menu only, and leave
		// the line to be typed on).
		if op := r.rl.Operation; op.IsInCompleteMode() {
			op.ExitCompleteMode(true)
		}
	case 0x1c, 0x1d, 0x1e, 0x1f:
		// Ctrl-\, Ctrl-], Ctrl-^, Ctrl-_: keys the editor has no use
		// for, which it would put in the line as characters nobody sees
		// (and Go refuses: illegal character U+001C). They go as Ctrl-G,
		// which it takes for nothing (as Escape: it ends a search or a
		// completion menu); a key dropped here (false) asks the terminal
		// reader for one more, which could take the key after the line
		// (a Ctrl-D) while no line is read.
		return readline.CharBell, true
	}
	return key, true
}

// plainEditing reports whether the line editor takes what it is given as
// text to put in the line. Called on the editor's goroutine only.
func (r *readlineLines) plainEditing() bool {
	op := r.rl.Operation
	return !op.IsSearchMode() && !op.IsInCompleteMode() && !op.IsEnableVimMode()
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
		// Not where the cursor is: filterKey lets a mark through only
		// to be put in the line at the cursor.
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
	if r.stdin.hasLeft() {
		r.left.Store(true)
	}
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

// Leave ends the line being read, from any goroutine: the editor moves
// past it as Enter does (out of a history search or the completion menu
// first), and the read returns what was typed. Once it has, what is
// written goes to the terminal as it is, with no prompt drawn again
// after it, as after Ctrl-D.
func (r *readlineLines) Leave() { r.stdin.Leave() }

// Stdout and Stderr redraw the prompt and the line being edited after
// what they write, until the editor has left (Leave).
func (r *readlineLines) Stdout() io.Writer {
	return &editorWriter{r: r, editing: r.rl.Stdout(), plain: r.rl.Config.Stdout}
}

func (r *readlineLines) Stderr() io.Writer {
	return &editorWriter{r: r, editing: r.rl.Stderr(), plain: r.rl.Config.Stderr}
}

// editorWriter writes through the line editor while it edits lines, and
// as it is once it has left (readline's own writer would go on redrawing
// the prompt: it cannot tell that the line was the last).
type editorWriter struct {
	r              *readlineLines
	editing, plain io.Writer
}

func (w *editorWriter) Write(b []byte) (int, error) {
	if w.r.left.Load() {
		return w.plain.Write(b)
	}
	return w.editing.Write(b)
}

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
// A run is put in the line in one piece only while the editor is plain
// editing, as the editor decides when it comes to the mark (its input
// filter, readlineLines.filterKey, calls resolve): in a history search,
// with the completion menu open or in vi mode, the run's characters go to
// the editor one by one, as typed keys do. So nothing after a mark is
// passed on before the editor has come to it: a key that changes the
// editor's mode is always seen before the text after it.
//
// A tab that is not the last byte of what one read returned becomes
// tabMark, unless the read returned tabs alone: a tab typed as a key
// arrives alone (or with more tabs, pressed quickly) and asks for
// completions; one in pasted text arrives with what follows it, and is
// text (indented code is not completed at every line, which made a paste
// of 20 KB take seconds and could change it).
//
// Leave ends the line being edited, as Enter does, whatever is still to
// be read.
type pasteReader struct {
	in      io.Reader
	want    chan struct{} // asks the reading goroutine for a read of in
	got     chan rawRead  // what it read
	asked   bool          // a read was asked for and has not come yet
	done    chan struct{} // closed by Close
	leave   chan struct{} // closed by Leave
	left    bool          // the keys that end the line were passed on
	once    sync.Once
	leaving sync.Once

	pending []byte // transformed, not yet passed on
	err     error
	carry   []byte // the start of a character the last read ended in
	esc     int    // in an escape sequence the last read ended in: escNone, ...
	csi     []byte // the parameters of the control sequence the last read ended in

	mu       sync.Mutex
	runs     [][]rune      // the text of each pasteMark passed on and not yet placed
	waiting  chan struct{} // closed when the editor comes to the mark passed on last
	front    []byte        // the rest of a run the editor takes key by key: passed on next
	lastMark bool          // the mark passed on last ended what there was to pass on
	joinable bool          // its run is taken as text and not yet placed: text read next joins it
}

type rawRead struct {
	data []byte
	err  error
}

// pasteMark stands, in the line editor's input, for the next run of pasted
// text (pasteReader.runs).
const pasteMark = '\uE00B'

// leaveKeys end the line being edited: Ctrl-G leaves a history search or
// the completion menu, and Enter ends the line.
const leaveKeys = "\a\r"

// Escape-sequence states of pasteReader.
const (
	escNone = iota
	escStart
	escCSI
	escSS3
)

func newPasteReader(in io.Reader) *pasteReader {
	p := &pasteReader{in: in, want: make(chan struct{}), got: make(chan rawRead), done: make(chan struct{}), leave: make(chan struct{})}
	if in != nil {
		// Reads the terminal when asked to, on a goroutine of its own, so
		// that Close and Leave can end a read blocked on the terminal.
		go p.readLoop()
	}
	return p
}

func (p *pasteReader) readLoop() {
	buf := make([]byte, 4096)
	for {
		select {
		case <-p.want:
		case <-p.done:
			return
		}
		n, err := p.in.Read(buf)
		select {
		case p.got <- rawRead{append([]byte(nil), buf[:n]...), err}:
		case <-p.done:
			return
		}
		if err != nil {
			return
		}
	}
}

func (p *pasteReader) Read(b []byte) (int, error) {
	for {
		p.mu.Lock()
		waiting := p.waiting
		p.mu.Unlock()
		if waiting != nil {
			select {
			case <-waiting:
			case <-p.leave:
			case <-p.done:
				return 0, io.EOF
			}
		}
		select {
		case <-p.leave:
			if p.left {
				<-p.done
				return 0, io.EOF
			}
			p.left = true
			return copy(b, leaveKeys), nil
		default:
		}
		p.mu.Lock()
		if len(p.front) > 0 {
			p.pending = append(p.front, p.pending...)
			p.front = nil
		}
		p.mu.Unlock()
		if len(p.pending) > 0 {
			break
		}
		if p.err != nil {
			return 0, p.err
		}
		if !p.asked {
			select {
			case p.want <- struct{}{}:
				p.asked = true
			case <-p.leave:
				continue
			case <-p.done:
				return 0, io.EOF
			}
		}
		select {
		case r := <-p.got:
			p.asked = false
			p.err = r.err
			p.pending = p.transform(r.data)
		case <-p.leave:
		case <-p.done:
			return 0, io.EOF
		}
	}
	// Pass on up to the first mark, and nothing after it until the editor
	// has come to it.
	end := len(p.pending)
	mark := bytes.IndexRune(p.pending, pasteMark)
	if mark >= 0 {
		end = mark + utf8.RuneLen(pasteMark)
	}
	n := copy(b, p.pending[:end])
	p.pending = p.pending[n:]
	if mark >= 0 && n == end {
		p.mu.Lock()
		p.waiting = make(chan struct{})
		p.lastMark = len(p.pending) == 0
		p.mu.Unlock()
	}
	return n, nil
}

// resolve is called by the line editor's input filter when it comes to a
// pasteMark: if the editor is plain editing (text), the run is put in the
// line by the listener; if not, resolve returns the run's first key for
// the editor to take in the mark's place, and the rest follow as keys.
func (p *pasteReader) resolve(text bool) rune {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.waiting != nil {
		close(p.waiting)
		p.waiting = nil
	}
	if text {
		p.joinable = p.lastMark
		return pasteMark
	}
	p.joinable = false
	if len(p.runs) == 0 {
		return 0
	}
	run := p.runs[0]
	p.runs = p.runs[1:]
	keys := []byte(strings.ReplaceAll(string(run[1:]), string(tabMark), "\t"))
	p.front = append(keys, p.front...)
	return keyOf(run[0])
}

// keyOf returns the key a rune of a run stands for.
func keyOf(r rune) rune {
	if r == tabMark {
		return '\t'
	}
	return r
}

// Leave makes the line editor end the line it is editing, as Enter does,
// and read nothing more.
func (p *pasteReader) Leave() {
	p.leaving.Do(func() { close(p.leave) })
}

// hasLeft reports whether Leave was called.
func (p *pasteReader) hasLeft() bool {
	select {
	case <-p.leave:
		return true
	default:
		return false
	}
}

// transform turns one read's bytes into what the line editor gets.
func (p *pasteReader) transform(chunk []byte) []byte {
	// A NUL is a Ctrl-D typed while an input ran (the terminal, in its
	// line mode then, hands the end of input it kept over as a NUL once
	// the editor reads it raw) or a Ctrl-@ (Ctrl-Space). The line editor
	// takes a NUL for the end of its input, which at a continuation prompt
	// left it answering nothing; it goes as Ctrl-D, which leaves on an
	// empty line, drops an unfinished input, and deletes a character
	// mid-line.
	chunk = bytes.ReplaceAll(chunk, []byte{0}, []byte{readline.CharDelete})
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
		case len(out) == 0 && p.joinable && len(p.runs) > 0:
			// What the last read passed on ended in a mark whose run the
			// editor takes as text and has not placed yet (it is busy
			// redrawing): this run joins it, for one redraw.
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
			// The sequence's parameters are held until its last byte:
			// Home and End as tmux and the Linux console send them
			// become the xterm ones the editor knows.
			i++
			if c < 0x40 || c > 0x7e {
				p.csi = append(p.csi, c)
				continue
			}
			p.esc = escNone
			switch string(p.csi) + string(c) {
			case "1~", "7~":
				out = append(out, 'H')
			case "4~", "8~":
				out = append(out, 'F')
			default:
				out = append(append(out, p.csi...), c)
			}
			p.csi = p.csi[:0]
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
	p.joinable = false
	return run
}

// Close ends a read blocked on the terminal; the reading goroutine ends
// once the terminal's read returns.
func (p *pasteReader) Close() error {
	p.once.Do(func() { close(p.done) })
	return nil
}
