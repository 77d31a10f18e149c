package repl

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unicode"

	"github.com/asyncrepl/asyncrepl/internal/frontend"
	"github.com/asyncrepl/asyncrepl/internal/gosrc"
	"github.com/asyncrepl/asyncrepl/loop"
	"github.com/asyncrepl/asyncrepl/scripts"
)

// Prompts of the shell.
const (
	Prompt     = ">>> "
	ContPrompt = "... "
)

// ShellConfig configures a Shell.
type ShellConfig struct {
	Session Config // the session's configuration; the shell sets its Stdout, Stderr and Color

	Stdin          io.Reader
	Stdout, Stderr io.Writer

	// Terminal selects the line-editing terminal front end; when false the
	// shell reads plain lines, without prompts or escape codes. The
	// default (nil) is: Stdin and Stdout are terminals.
	Terminal *bool

	// Program says the input is one program (asyncrepl -e): as for a
	// script, an exception never retrieved or a panic in an interpreted
	// goroutine makes the exit status 1, and os.Exit(N) ends the program
	// there, with status N.
	Program bool

	// HistoryFile is where the terminal front end keeps its history
	// (default: HistoryPath()).
	HistoryFile string

	// Interrupts delivers Ctrl-C while an input runs (default: os.Interrupt
	// signals).
	Interrupts <-chan os.Signal

	// Terminate delivers the signals that end the shell as Ctrl-D does,
	// at the prompt or while an input runs, which is cancelled (default:
	// SIGTERM and SIGHUP).
	Terminate <-chan os.Signal

	// Banner, if set, is printed once when the terminal front end starts.
	Banner string

	// Child, if set, makes the shell supervise its session: the session
	// runs in the process the command Child returns starts (which calls
	// ServeChild), and when that process dies the shell reports it,
	// starts another and restores the session (see supervise.go).
	Child func() *exec.Cmd

	// MemoryLimit is the memory, in bytes, the supervised session's
	// process may use (0: no limit).
	MemoryLimit int64
}

// HistoryPath returns the shell's history file: asyncrepl/history in the
// XDG state directory ($XDG_STATE_HOME, by default ~/.local/state).
func HistoryPath() string {
	dir := os.Getenv("XDG_STATE_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		home, err := os.UserHomeDir()
		if err != nil {
			return ""
		}
		dir = filepath.Join(home, ".local", "state")
	}
	return filepath.Join(dir, "asyncrepl", "history")
}

// A Shell drives a Session from lines of input: a line editor on a terminal,
// plain lines otherwise.
type Shell struct {
	cfg     ShellConfig
	s       *Session
	lines   lineSource
	out     io.Writer
	errw    io.Writer
	color   bool
	pending gosrc.Continuation // the lines of an unfinished input

	outTail, errTail *tailWriter // in a terminal: sh.out and sh.errw

	// exit is the status a program's input gave os.Exit (ShellConfig.Program).
	exit *int

	term       <-chan os.Signal // ShellConfig.Terminate, or its default
	terminated atomic.Bool      // a signal of term came: the shell leaves

	// k runs the session in a supervised process (ShellConfig.Child); s
	// is then nil.
	k       *kernel
	trace   *loop.Trace // what :trace recorded, if anything (see trace.go)
	tracing bool        // :trace on: a new session's loop is traced too
}

// lineSource is where the shell's lines come from.
type lineSource interface {
	// ReadLine returns the next line; io.EOF at the end, errInterrupt on
	// Ctrl-C (with what had been typed).
	ReadLine(prompt string) (string, error)
	Stdout() io.Writer
	Stderr() io.Writer
	Close() error
}

var (
	errInterrupt = errors.New("interrupt")
	errTerminate = errors.New("terminate")
)

// NewShell makes a shell and its session.
func NewShell(cfg ShellConfig) (*Shell, error) {
	if cfg.Stdin == nil {
		cfg.Stdin = os.Stdin
	}
	if cfg.Stdout == nil {
		cfg.Stdout = os.Stdout
	}
	if cfg.Stderr == nil {
		cfg.Stderr = os.Stderr
	}
	term := isTerminal(cfg.Stdout) && isTerminal(cfg.Stdin)
	if cfg.Terminal != nil {
		term = *cfg.Terminal
	}
	sh := &Shell{cfg: cfg}
	if term {
		rl, err := newReadline(cfg, sh)
		if err != nil {
			return nil, err
		}
		sh.lines = rl
		sh.color = ColorWanted(cfg.Stdout)
		if cfg.Banner != "" {
			fmt.Fprintln(rl.Stdout(), cfg.Banner)
		}
	} else {
		// Output left without a newline (fmt.Print, in the input or in
		// the background) is ended before a result is printed after it:
		// "partial" then "2  // int", not "partial2  // int".
		sh.lines = &plainLines{r: bufio.NewReader(cfg.Stdin), inMemory: inMemory(cfg.Stdin), out: &lineWriter{w: cfg.Stdout}, err: &lineWriter{w: cfg.Stderr}}
	}
	sh.out, sh.errw = sh.lines.Stdout(), sh.lines.Stderr()
	if term {
		// The line editor redraws its prompt over a line left unfinished:
		// hold such a line until it ends, or the input that wrote it does.
		sh.outTail, sh.errTail = &tailWriter{w: sh.out}, &tailWriter{w: sh.errw}
		sh.out, sh.errw = sh.outTail, sh.errTail
	}
	if cfg.Child != nil {
		k, err := newKernel(sh, cfg.Child)
		if err != nil {
			sh.lines.Close()
			return nil, err
		}
		sh.k = k
	} else if err := sh.newSession(); err != nil {
		sh.lines.Close()
		return nil, err
	}
	return sh, nil
}

func (sh *Shell) newSession() error {
	c := sh.cfg.Session
	c.Stdout, c.Stderr, c.Color = sh.out, sh.errw, sh.color
	c.Logger = nil
	if c.Stdin == nil {
		c.Stdin = strings.NewReader("")
	}
	s, err := NewSession(c)
	if err != nil {
		return err
	}
	if sh.cfg.Program {
		// os.Exit, in the input or in a goroutine, task or callback it
		// started, ends the program: the input running ends with an
		// ExitError there and then (helpers.OSExit), its code left
		// where it is, as the process ends.
		s.exited = make(chan struct{})
		s.help.OnExit = func(code int) {
			if s.exiting.CompareAndSwap(nil, &code) {
				close(s.exited)
			}
		}
	}
	sh.s = s
	if sh.tracing {
		return s.SetTracer(sh.trace)
	}
	return nil
}

// noteQuits catches SIGQUIT (Ctrl-\ while an input runs) in a terminal
// until the returned function is called: Go's default ends the process
// with a dump of the shell's own goroutines, and the session with it. It
// says what the keys that do stop things are instead. Piped, a SIGQUIT
// (kill -QUIT) is Go's: the dump, for whoever debugs the shell.
func (sh *Shell) noteQuits() (stop func()) {
	if sh.outTail == nil {
		return func() {}
	}
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGQUIT)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-ch:
				fmt.Fprintln(sh.errw, "(Ctrl-\\ does not end the shell: Ctrl-C stops the input, :tasks and :where say what runs, Ctrl-D or :quit leaves)")
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}

// Session returns the shell's current session; nil when it runs in a
// supervised process.
func (sh *Shell) Session() *Session { return sh.s }

// Run reads and evaluates inputs until the end of input or :quit, then
// closes the session. It returns the exit status: in a terminal always 0
// (errors were shown as they happened); with plain lines, 1 when reading
// failed or an input failed.
func (sh *Shell) Run(ctx context.Context) int {
	intr := sh.cfg.Interrupts
	if intr == nil {
		ch := make(chan os.Signal, 2)
		signal.Notify(ch, os.Interrupt)
		defer signal.Stop(ch)
		intr = ch
	}
	sh.term = sh.cfg.Terminate
	if sh.term == nil {
		ch := make(chan os.Signal, 2)
		signal.Notify(ch, syscall.SIGTERM, syscall.SIGHUP)
		defer signal.Stop(ch)
		sh.term = ch
	}
	defer sh.noteQuits()()
	status := 0
	for {
		prompt := Prompt
		if sh.pending.Lines() > 0 {
			prompt = ContPrompt
		}
		line, err := sh.readLine(prompt, intr)
		if errors.Is(err, errTerminate) {
			// What was typed is kept in history, for Up to bring back.
			if sh.pending.Lines() == 0 && strings.TrimSpace(line) != "" {
				sh.saveInput(line)
			}
			sh.dropPending(line)
			break
		}
		if errors.Is(err, errInterrupt) {
			// A task or callback holding the loop (the watchdog said so)
			// is stopped at its next safe point.
			if sh.k != nil {
				sh.k.interruptStalled()
			} else {
				sh.s.interruptStalled()
			}
			if sh.pending.Lines() == 0 && strings.TrimSpace(line) == "" {
				fmt.Fprintln(sh.errw, "(Ctrl-D or :quit to leave)")
			}
			sh.dropPending(line)
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			fmt.Fprintf(sh.errw, "asyncrepl: %v\n", err)
			status = 1
			break
		}
		eof := errors.Is(err, io.EOF)
		if eof && line == "" && sh.pending.Lines() == 0 {
			break
		}
		if _, term := sh.lines.(*readlineLines); term && eof && line == "" {
			// Ctrl-D at a continuation prompt drops the unfinished input,
			// as Ctrl-C does, rather than leaving the shell.
			fmt.Fprintln(sh.errw, "(unfinished input dropped, kept in history; Ctrl-D again or :quit to leave)")
			sh.dropPending("")
			continue
		}
		more := sh.pending.Add(line)
		for !eof && !more {
			ahead := sh.declsAhead()
			if ahead == nil {
				break
			}
			for _, l := range ahead {
				more = sh.pending.Add(l)
			}
		}
		if !eof && more {
			continue
		}
		src := sh.pending.String()
		sh.pending.Reset()
		sh.saveInput(src)
		quit, failed := sh.handle(ctx, src, intr)
		if failed {
			status = 1
		}
		if sh.k == nil { // a supervised session is never a program's
			if code := sh.s.exiting.Load(); code != nil && sh.exit == nil {
				sh.exit = code // called between inputs
			}
		}
		if quit || eof || sh.exit != nil || sh.terminated.Load() {
			break
		}
	}
	sh.endLines()
	// The line editor goes first (saving its history), so that what closing
	// the session reports is not redrawn around a prompt.
	if err := sh.lines.Close(); err != nil {
		fmt.Fprintf(sh.errw, "asyncrepl: %v\n", err)
	}
	if sh.k != nil {
		sh.k.close()
		if _, term := sh.lines.(*readlineLines); term {
			return 0
		}
		if sh.k.goPanicked {
			status = 1 // (each was reported when it happened)
		}
		return status
	}
	if sh.exit != nil {
		// As os.Exit ends a program: nothing more is run or reported,
		// and nothing is waited for.
		sh.s.leave()
		return *sh.exit
	}
	if err := sh.s.Close(); err != nil {
		fmt.Fprintf(sh.errw, "asyncrepl: %v\n", err)
	}
	if n := sh.s.Unretrieved(); sh.cfg.Program && n > 0 && status == 0 {
		fmt.Fprintf(sh.errw, "asyncrepl: %d exception(s) of tasks or futures never retrieved\n", n)
		status = 1
	}
	if sh.s.goPanics.Load() > 0 {
		// Each was reported when it happened; no input returned it.
		status = 1
	}
	if _, term := sh.lines.(*readlineLines); term {
		return 0
	}
	return status
}

// saveInput adds an input to the terminal's history, whole.
func (sh *Shell) saveInput(src string) {
	if rl, ok := sh.lines.(*readlineLines); ok {
		rl.SaveInput(src)
	}
}

// dropPending drops the unfinished input, with line, the last typed: it is
// kept in history, for Up to bring back, but not run.
func (sh *Shell) dropPending(line string) {
	if sh.pending.Lines() > 0 {
		sh.pending.Add(line)
		sh.saveInput(sh.pending.String())
	}
	sh.pending.Reset()
}

// readLine reads a line; a Ctrl-C signal while waiting for plain input ends
// the shell as the end of input would.
func (sh *Shell) readLine(prompt string, intr <-chan os.Signal) (string, error) {
	type res struct {
		line string
		err  error
	}
	ch := make(chan res, 1)
	go func() {
		l, err := sh.lines.ReadLine(prompt)
		ch <- res{l, err}
	}()
	for {
		select {
		case r := <-ch:
			return r.line, r.err
		case <-intr:
			if _, term := sh.lines.(*readlineLines); term {
				continue // the line editor sees Ctrl-C as a key
			}
			return "", io.EOF
		case sig := <-sh.term:
			line := ""
			if rl, ok := sh.lines.(*readlineLines); ok {
				// The line editor ends the line as Enter does, so that
				// the leaving message and what follows are written
				// below it, with no prompt drawn again.
				rl.Leave()
				select {
				case r := <-ch:
					line = r.line
				case <-time.After(time.Second):
				}
			}
			sh.terminate(sig)
			return line, errTerminate
		}
	}
}

// handle evaluates one input or meta-command. It reports whether the shell
// should quit and whether the input failed.
func (sh *Shell) handle(ctx context.Context, src string, intr <-chan os.Signal) (quit, failed bool) {
	trimmed := strings.TrimSpace(src)
	if trimmed == "" {
		return false, false
	}
	defer sh.endLines()
	if sh.k != nil {
		return sh.k.handle(src, intr)
	}
	if strings.HasPrefix(trimmed, ":") {
		return sh.meta(ctx, trimmed, intr)
	}
	if hint := sh.commandWordHint(trimmed); hint != "" {
		fmt.Fprintln(sh.errw, hint)
		return false, false
	}
	return false, sh.eval(ctx, src, intr) != nil
}

// commandWordHint returns, for an input that is only help, exit or quit
// (or help(), exit(), quit()), what Python's REPL has taught the user to
// type, the meta-command to use instead; "" for any other input, and when
// the session declares that name itself.
func (sh *Shell) commandWordHint(input string) string {
	word := strings.TrimSuffix(input, "()")
	if word != "help" && word != "exit" && word != "quit" || sh.s.declares(word) {
		return ""
	}
	if word == "help" {
		return "(:help for help)"
	}
	return "(Ctrl-D or :quit to leave)"
}

// eval runs one input, passing Ctrl-C on to the session.
func (sh *Shell) eval(ctx context.Context, src string, intr <-chan os.Signal) error {
	err := sh.withInterrupts(intr, func() error { return sh.s.run(ctx, src, sh.cfg.Program) })
	sh.exited(err)
	return err
}

// exited records, for a program, the status of the os.Exit call err
// reports, if it is one: the program ends there.
func (sh *Shell) exited(err error) bool {
	var exit *ExitError
	if !sh.cfg.Program || !errors.As(err, &exit) {
		return false
	}
	sh.exit = &exit.Code
	return true
}

// endLines ends the lines an input left unfinished, before the prompt.
func (sh *Shell) endLines() {
	if sh.outTail != nil {
		sh.outTail.end()
		sh.errTail.end()
	}
}

// tailWriter passes on whole lines and holds back the text after the
// last newline until the line is ended by more output or by end.
type tailWriter struct {
	mu   sync.Mutex
	w    io.Writer
	tail []byte
}

func (t *tailWriter) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	i := bytes.LastIndexByte(p, '\n')
	if i < 0 {
		t.tail = append(t.tail, p...)
		return len(p), nil
	}
	out := append(t.tail, p[:i+1]...)
	t.tail = append([]byte(nil), p[i+1:]...)
	if _, err := t.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// endLine is end: the session's way to end a line before a result.
func (t *tailWriter) endLine() { t.end() }

// lineWriter passes everything on and knows whether the last line it
// passed is unfinished, so that it can end it (endLine).
type lineWriter struct {
	mu   sync.Mutex
	w    io.Writer
	open bool // the last byte written was not a newline
}

func (l *lineWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(p) > 0 {
		l.open = p[len(p)-1] != '\n'
	}
	return l.w.Write(p)
}

func (l *lineWriter) endLine() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.open {
		l.w.Write([]byte{'\n'}) //nolint:errcheck // as the output it ends
		l.open = false
	}
}

// endLine ends the unfinished line of w, if w is one of the shell's
// writers that know it.
func endLine(w io.Writer) {
	if e, ok := w.(interface{ endLine() }); ok {
		e.endLine()
	}
}

// end writes what is held back, with a newline.
func (t *tailWriter) end() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.tail) > 0 {
		t.w.Write(append(t.tail, '\n'))
		t.tail = nil
	}
}

// withInterrupts runs f, an input, passing Ctrl-C on to the session as an
// interrupt. A terminating signal interrupts it too, and the shell leaves
// once it has stopped.
func (sh *Shell) withInterrupts(intr <-chan os.Signal, f func() error) error {
	stop, stopped := make(chan struct{}), make(chan struct{})
	defer func() {
		// A signal taken is handled before the shell goes on (to read
		// the next line, or to leave): a terminating one is not lost.
		close(stop)
		<-stopped
	}()
	var interrupted atomic.Bool
	go func() {
		defer close(stopped)
		for {
			select {
			case <-intr:
				interrupted.Store(true)
				sh.s.Interrupt()
			case sig := <-sh.term:
				sh.terminate(sig)
				sh.s.Interrupt()
			case <-stop:
				return
			}
		}
	}()
	err := f()
	if interrupted.Load() {
		// Ctrl-C stops the input, not the executor jobs it awaited.
		if jobs := sh.s.executorJobs(); len(jobs) > 0 {
			fmt.Fprintln(sh.errw, "still running, as no interrupt stops them (:tasks lists them):")
			for _, j := range jobs {
				fmt.Fprintln(sh.errw, "  "+j)
			}
		}
	}
	return err
}

// terminate records that the shell was told to end by sig: it leaves as
// Ctrl-D does, once the input running, if any, has stopped.
func (sh *Shell) terminate(sig os.Signal) {
	if !sh.terminated.Swap(true) {
		fmt.Fprintf(sh.errw, "(%v: leaving)\n", sig)
	}
}

const helpText = `Type Go: expressions print with their type, statements run, declarations
(func, type, var, const, import) stay for later inputs. The event loop runs in
the background: loop.Await(...) works at the prompt, and tasks keep running
between inputs. fmt, time, context, errors, loop and every other standard
package are imported on first use.

  :help [COMMAND]    this help, or a command's lines of it (:help reset)
  :quit              leave (Ctrl-D too): pending tasks are listed and cancelled
  :load FILE|NAME    evaluate a Go file, or an example, into the session and run its main
  :examples          list the examples (:load NAME loads one)
  :tasks             the loop's pending tasks: state, where created, what they await
  :where [TASK]      each pending task's await chain: the line each level waits at, and for what
  :cancel TASK       cancel a task: its number in :tasks, a variable, its name, or all
                     (one computing without awaiting stops at its next safe point)
  :debug [on|off]    the loop's debug mode (slow callbacks, calls from the wrong goroutine, where a coroutine was made)
  :clock [real|virtual]  the loop's clock (virtual time jumps over sleeps);
                     alone, which clock and the loop's time
  :advance DURATION  move the virtual clock on (2s, 1m) and run what falls due
  :step              run the loop's next iteration: to the next timer (virtual clock)
  :trace on|off      record the tasks' steps, waits and wake-ups on loop time
  :trace show        draw the recording as a timeline, a lane per task
  :trace save FILE   write it as Chrome trace JSON (ui.perfetto.dev, chrome://tracing)
  :reset             a fresh session (pending tasks are cancelled; :debug and :clock stay)
  :restart           a new process for the session, restored as after a crash
  :time INPUT        evaluate INPUT and print its wall time
  :type EXPR         the type of EXPR, without evaluating it
  :doc NAME          documentation of a package, a member (strings.Cut, loop.Await),
                     a method (bufio.Reader.ReadString) or a declaration of the session

Ctrl-C cancels the running input; a second one, or the input still running a
second later (a blocking call such as time.Sleep), stops it hard, which stops
all interpreted code: the loop's tasks are cancelled too (a third Ctrl-C
restarts the session's process). At the prompt it clears the line; a task or
callback holding the event loop, running interpreted code, stops at its next
safe point.`

var metaCommands = []string{":help", ":quit", ":load", ":examples", ":tasks", ":where", ":cancel", ":debug", ":clock", ":reset", ":restart", ":time", ":type", ":doc", ":advance", ":step", ":trace"}

// commandHelp returns the lines of helpText about the command name (reset
// or :reset), "" if there is none.
func commandHelp(name string) string {
	name = ":" + strings.TrimPrefix(name, ":")
	var b strings.Builder
	in := false
	for line := range strings.Lines(helpText) {
		switch {
		case strings.HasPrefix(line, "  :"):
			cmd, _, _ := strings.Cut(strings.TrimSpace(line), " ")
			in = cmd == name
		case !strings.HasPrefix(line, "    "):
			in = false
		}
		if in {
			b.WriteString(line)
		}
	}
	return b.String()
}

// noArgCommands are the commands that take no argument: one given is
// refused rather than ignored (:reset now would reset).
var noArgCommands = map[string]bool{":quit": true, ":q": true, ":exit": true,
	":examples": true, ":tasks": true, ":reset": true, ":restart": true, ":step": true}

// extraArg returns the error for a command of noArgCommands given an
// argument, or "".
func extraArg(line string) string {
	cmd, arg, _ := strings.Cut(strings.TrimSpace(line), " ")
	if noArgCommands[cmd] && strings.TrimSpace(arg) != "" {
		return fmt.Sprintf("usage: %s (it takes no argument; %q is one)", cmd, strings.TrimSpace(arg))
	}
	return ""
}

func (sh *Shell) meta(ctx context.Context, line string, intr <-chan os.Signal) (quit, failed bool) {
	cmd, arg, _ := strings.Cut(line, " ")
	arg = strings.TrimSpace(arg)
	fail := func(format string, args ...any) (bool, bool) {
		fmt.Fprintf(sh.errw, format+"\n", args...)
		return false, true
	}
	if msg := extraArg(line); msg != "" {
		return fail("%s", msg)
	}
	// A command's error is named by the command, as a shell's built-ins
	// are (":type: nosuch: undefined: nosuch"), not by this package.
	failErr := func(err error) (bool, bool) {
		msg := err.Error()
		if strings.HasPrefix(msg, "usage: ") {
			return fail("%s", msg)
		}
		msg = strings.TrimPrefix(msg, "repl: ")
		if strings.HasPrefix(msg, cmd+" ") || strings.HasPrefix(msg, cmd+":") {
			return fail("%s", msg) // named already
		}
		return fail("%s: %s", cmd, msg)
	}
	switch cmd {
	case ":help", ":h", ":?":
		if arg == "" {
			fmt.Fprintln(sh.out, helpText)
			break
		}
		lines := commandHelp(arg)
		if lines == "" {
			return fail("usage: :help [COMMAND] (no command %s: :help lists them)", arg)
		}
		fmt.Fprint(sh.out, lines)
	case ":quit", ":q", ":exit":
		return true, false
	case ":load":
		if arg == "" {
			return fail("usage: :load FILE.go or :load NAME (see :examples)")
		}
		name, src, err := loadSource(arg)
		if err != nil {
			return failErr(err)
		}
		err = sh.withInterrupts(intr, func() error { return sh.s.Load(ctx, name, src) })
		if sh.exited(err) {
			return false, true
		}
		if err != nil {
			sh.s.errorf("%v", err)
			return false, true
		}
	case ":examples":
		width := 0
		for _, ex := range scripts.List() {
			width = max(width, len(ex.Name))
		}
		for _, ex := range scripts.List() {
			fmt.Fprintf(sh.out, "  %-*s  %s\n", width, ex.Name, ex.Summary)
		}
		fmt.Fprintln(sh.out, ":load NAME evaluates one in the session")
	case ":tasks":
		tasks, err := sh.s.Tasks()
		if err != nil {
			return failErr(err)
		}
		if len(tasks) == 0 {
			fmt.Fprintln(sh.out, "no pending tasks")
		}
		for _, t := range tasks {
			fmt.Fprintln(sh.out, t)
		}
		if jobs := sh.s.executorJobs(); len(jobs) > 0 {
			for _, j := range jobs {
				fmt.Fprintln(sh.out, j)
			}
			fmt.Fprintln(sh.out, sh.s.executorJobsNote())
		}
	case ":where":
		stacks, err := sh.s.Where(arg)
		if err != nil {
			return failErr(err)
		}
		if len(stacks) == 0 {
			fmt.Fprintln(sh.out, "no pending tasks")
		}
		for _, t := range stacks {
			fmt.Fprintln(sh.out, t)
		}
	case ":cancel":
		if arg == "" {
			return fail("usage: :cancel TASK (a number from :tasks, a name, or all)")
		}
		done, running, err := sh.s.Cancel(arg)
		for _, d := range done {
			fmt.Fprintln(sh.out, "cancelling "+d)
		}
		for _, r := range running {
			fmt.Fprintln(sh.errw, r) // what still runs, and why
		}
		if err != nil {
			return failErr(err)
		}
	case ":debug":
		switch arg {
		case "on", "off":
			sh.s.SetDebug(arg == "on")
			sh.cfg.Session.Debug = arg == "on" // kept by :reset
		case "":
		default:
			return fail("usage: :debug on|off")
		}
		fmt.Fprintf(sh.out, "debug %s\n", onOff(sh.s.Debug()))
	case ":clock":
		if err := sh.clockCmd(arg); err != nil {
			return failErr(err)
		}
	case ":advance":
		if err := sh.advanceCmd(ctx, arg, intr); err != nil {
			return failErr(err)
		}
	case ":step":
		if err := sh.stepCmd(ctx, intr); err != nil {
			return failErr(err)
		}
	case ":trace":
		if err := sh.traceCmd(arg); err != nil {
			return failErr(err)
		}
	case ":reset":
		if err := sh.s.Close(); err != nil {
			fmt.Fprintf(sh.errw, "asyncrepl: %v\n", err)
		}
		if err := sh.newSession(); err != nil {
			fmt.Fprintf(sh.errw, "asyncrepl: %v\n", err)
			return true, true
		}
		fmt.Fprintln(sh.out, "fresh session")
	case ":restart":
		return fail(":restart: the session runs in this process (asyncrepl -e); :reset starts a fresh one")
	case ":time":
		if arg == "" || strings.HasPrefix(arg, ":") {
			return fail("usage: :time INPUT (Go code; a command is not timed)")
		}
		start := time.Now()
		err := sh.eval(ctx, arg, intr)
		if err != nil {
			return false, true // its error says what happened; a time would mislead
		}
		fmt.Fprintf(sh.out, "time: %v\n", time.Since(start).Round(time.Microsecond))
		return false, false
	case ":type":
		if arg == "" {
			return fail("usage: :type EXPR")
		}
		t, err := sh.s.TypeOf(arg)
		if err != nil {
			return failErr(err)
		}
		fmt.Fprintln(sh.out, t)
	case ":doc":
		if arg == "" {
			return fail("usage: :doc NAME (a package, strings.Cut, loop.Await, bufio.Reader.ReadString, or a name of the session)")
		}
		text, err := sh.s.Doc(arg)
		if err != nil {
			return failErr(err)
		}
		fmt.Fprint(sh.out, text)
	default:
		if near := frontend.Nearest(cmd, metaCommands); near != "" {
			return fail("unknown command %s (did you mean %s?); commands: %s", cmd, near, strings.Join(metaCommands, " "))
		}
		return fail("unknown command %s; commands: %s", cmd, strings.Join(metaCommands, " "))
	}
	return false, false
}

func onOff(b bool) string {
	if b {
		return "on"
	}
	return "off"
}

// loadSource reads arg as a file, or else as the name of an example.
func loadSource(arg string) (string, []byte, error) {
	if src, err := os.ReadFile(arg); err == nil {
		return arg, src, nil
	} else if strings.HasSuffix(arg, ".go") || strings.ContainsRune(arg, os.PathSeparator) {
		return "", nil, fmt.Errorf("repl: %w", err)
	}
	src, err := scripts.Source(arg)
	if err != nil {
		return "", nil, fmt.Errorf("repl: %s is neither a file nor an example: %w", arg, err)
	}
	return arg + ".go", src, nil
}

// plainLines reads lines without prompts or escape codes.
type plainLines struct {
	r        *bufio.Reader
	inMemory bool // reading r never waits (see declsAhead)
	out, err io.Writer
}

func (p *plainLines) ReadLine(string) (string, error) {
	line, err := p.r.ReadString('\n')
	if err == io.EOF && line != "" {
		return line, io.EOF
	}
	return strings.TrimRight(line, "\r\n"), err
}

func (p *plainLines) Stdout() io.Writer { return p.out }
func (p *plainLines) Stderr() io.Writer { return p.err }
func (p *plainLines) Close() error      { return nil }

// completer completes meta-commands, package names and members, and the
// session's identifiers.
type completer struct{ sh *Shell }

var goKeywords = []string{"break", "case", "chan", "const", "continue", "default", "defer", "else",
	"fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map", "package",
	"range", "return", "select", "struct", "switch", "type", "var"}

func (c *completer) Do(line []rune, pos int) ([][]rune, int) {
	if c.sh.k != nil {
		return c.sh.k.complete(string(line[:pos]))
	}
	return complete(c.sh.s, string(line[:pos]))
}

// complete returns the completions of the word that ends text, as suffixes,
// and the length of that word.
func complete(s *Session, text string) ([][]rune, int) {
	start := len(text)
	for start > 0 {
		r := rune(text[start-1])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '.' || r == ':') {
			break
		}
		start--
	}
	if out, n, ok := completeArg(s, text); ok {
		return out, n
	}
	word := text[start:]
	var cands []string
	switch {
	case strings.HasPrefix(word, ":") && strings.TrimSpace(text[:start]) == "":
		for _, c := range metaCommands {
			switch c {
			case ":load", ":cancel", ":debug", ":clock", ":time", ":where", ":type", ":doc", ":advance", ":trace":
				c += " " // its argument comes next
			}
			cands = append(cands, c)
		}
	case strings.Contains(word, "."):
		pkg, _, _ := strings.Cut(word, ".")
		if members := s.Members(pkg); len(members) > 0 && !strings.Contains(word[len(pkg)+1:], ".") {
			for _, m := range members {
				cands = append(cands, pkg+"."+m)
			}
			break
		}
		// A value's fields and methods: x.F, x.Inner.M, pkg.Var.M.
		dot := strings.LastIndex(word, ".")
		for _, m := range s.Selectors(word[:dot]) {
			cands = append(cands, word[:dot+1]+m)
		}
	default:
		cands = append(cands, s.Names()...)
		cands = append(cands, s.Packages()...)
		cands = append(cands, goKeywords...)
		for n := range frontend.Universe {
			cands = append(cands, n)
		}
	}
	return suffixes(cands, word), len([]rune(word))
}

// suffixes returns what completes word into each of cands it starts. A
// word that is a candidate itself is one (an empty suffix) where others
// extend it: q.Get then Tab lists Get and GetNowait, rather than complete
// the only other one.
func suffixes(cands []string, word string) [][]rune {
	sort.Strings(cands)
	var out [][]rune
	seen := map[string]bool{}
	exact := false
	for _, c := range cands {
		if c == word {
			exact = true
			continue
		}
		if strings.HasPrefix(c, word) && !seen[c] {
			seen[c] = true
			out = append(out, []rune(c[len(word):]))
		}
	}
	if exact && len(out) > 0 {
		out = append([][]rune{{}}, out...)
	}
	return out
}

// completeArg completes the argument of a meta-command: an example or a Go
// file for :load, on or off for :debug, a clock for :clock, a pending task
// for :cancel and :where. ok is false for text that is no meta-command's argument.
func completeArg(s *Session, text string) (out [][]rune, n int, ok bool) {
	cmd, arg, found := strings.Cut(strings.TrimLeft(text, " \t"), " ")
	if !found || !strings.HasPrefix(cmd, ":") {
		return nil, 0, false
	}
	arg = strings.TrimLeft(arg, " ")
	var cands []string
	switch cmd {
	case ":load":
		for _, ex := range scripts.List() {
			cands = append(cands, ex.Name)
		}
		cands = append(cands, goFiles(arg)...)
	case ":debug":
		cands = []string{"on", "off"}
	case ":clock":
		cands = []string{"real", "virtual"}
	case ":trace":
		cands = []string{"on", "off", "show", "save"}
	case ":cancel", ":where":
		if cmd == ":cancel" {
			cands = []string{"all"}
		}
		tasks, _ := s.Tasks() // none to offer from a blocked loop
		for _, t := range tasks {
			cands = append(cands, t.Name)
		}
	default:
		return nil, 0, false
	}
	return suffixes(cands, arg), len([]rune(arg)), true
}

// goFiles returns the Go files and the directories whose paths start with
// prefix, directories with a final slash.
func goFiles(prefix string) []string {
	dir, base := filepath.Split(prefix)
	entries, err := os.ReadDir(cmp.Or(dir, "."))
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, base) || strings.HasPrefix(name, ".") && !strings.HasPrefix(base, ".") {
			continue
		}
		switch {
		case e.IsDir():
			out = append(out, dir+name+"/")
		case strings.HasSuffix(name, ".go"):
			out = append(out, dir+name)
		}
	}
	return out
}
