// Package repl is asyncrepl's interpreter session and shell.
//
// A Session evaluates Go input with yaegi while an event loop (package loop)
// runs forever on a goroutine of its own: each input becomes a task of that
// loop, so top-level loop.Await works and tasks started by one input keep
// running while the next is typed. In front of the interpreter sits a front
// end (package frontend) that splits input, type-checks it with go/types in
// the context of the session's declarations, and lowers it so that the Go
// people write today runs with Go's semantics, or refuses it before it runs;
// results print with their static types, and every error carries a
// position in the user's own text. The Session knows nothing of terminals: a
// Shell drives it from a line source, in the same process or, supervising
// it, in a child process whose death it survives (see supervise.go).
package repl

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/types"
	"io"
	"maps"
	"os"
	"reflect"
	"regexp"
	"runtime/debug"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"

	"github.com/sirupsen/logrus"
	"github.com/traefik/yaegi/interp"

	"github.com/asyncrepl/asyncrepl/internal/frontend"
	"github.com/asyncrepl/asyncrepl/internal/gosrc"
	"github.com/asyncrepl/asyncrepl/internal/hostrt"
	"github.com/asyncrepl/asyncrepl/loop"
	"github.com/asyncrepl/asyncrepl/stdlib_bindings"
	"github.com/asyncrepl/asyncrepl/stdlib_bindings/std"
)

// Config configures a Session.
type Config struct {
	Stdin  io.Reader // standard input of interpreted code (default: empty)
	Stdout io.Writer // results and interpreted code's output (default: os.Stdout)
	Stderr io.Writer // errors and loop warnings (default: os.Stderr)

	Debug bool   // the loop's debug mode
	Clock string // "real" (default) or "virtual"
	Color bool   // colour results and errors (use ColorWanted)

	Args []string // os.Args of interpreted code
	Env  []string // its environment (default: os.Environ())

	// Logger receives the loop's warnings. The default writes them to
	// Stderr, one line each.
	Logger *logrus.Logger

	// StopGrace is how long a cancelled input has to finish before it is
	// stopped hard (default: 1s).
	StopGrace time.Duration

	// restartable says that the session runs in a process its shell
	// supervises, which :restart replaces (the way out of code no
	// interrupt reaches that keeps the session's work).
	restartable bool

	// processEnv says that interpreted code's environment is the
	// process's own (a script run as a program, with no Env given):
	// os.Setenv changes it, and syscall.Getenv, exec.LookPath, the
	// commands of os/exec and os.StartProcess see it, as in Go. A
	// session's is a copy of its own.
	processEnv bool
}

func (c *Config) defaults() {
	if c.Stdin == nil {
		c.Stdin = strings.NewReader("")
	}
	if c.Stdout == nil {
		c.Stdout = os.Stdout
	}
	if c.Stderr == nil {
		c.Stderr = os.Stderr
	}
	if c.Env == nil {
		c.Env = os.Environ()
	}
	if c.StopGrace <= 0 {
		c.StopGrace = time.Second
	}
	if c.Logger == nil {
		c.Logger = NewLogger(c.Stderr, c.Color)
	}
}

// NewLogger returns a logger that writes loop warnings to w as
// "WARNING: message  key=value ...".
func NewLogger(w io.Writer, color bool) *logrus.Logger {
	lg := logrus.New()
	lg.Out = w
	lg.Formatter = &lineFormatter{color: color}
	lg.Level = logrus.DebugLevel
	return lg
}

type lineFormatter struct {
	color bool
	// stacks says whether to print the stack a warning carries (debug mode).
	stacks func() bool
}

func (f *lineFormatter) Format(e *logrus.Entry) ([]byte, error) {
	var b strings.Builder
	level := strings.ToUpper(e.Level.String())
	if level == "WARNING" || level == "ERROR" {
		if f.color {
			b.WriteString(ansiYel + level + ansiReset)
		} else {
			b.WriteString(level)
		}
		b.WriteString(": ")
	}
	b.WriteString(e.Message)
	keys := make([]string, 0, len(e.Data))
	for k := range e.Data {
		if k != "logger" && k != "stack" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "  %s=%v", k, e.Data[k])
	}
	b.WriteString("\n")
	st, _ := e.Data["stack"].(string)
	if st != "" && (f.stacks == nil || f.stacks()) {
		st = userFrames(st)
	} else {
		st = ""
	}
	if st != "" {
		for _, l := range strings.Split(strings.TrimRight(st, "\n"), "\n") {
			b.WriteString("    " + l + "\n")
		}
	}
	return []byte(gosrc.DecodePositions(b.String())), nil
}

// A Session is one interpreter with its event loop and what the user
// declared in it. Eval and the other methods must not be called
// concurrently, except Interrupt.
type Session struct {
	cfg    Config
	in     *interp.Interpreter
	fe     *frontend.FrontEnd
	help   *hostrt.Helpers
	trace  *hostrt.PanicTrace
	loop   *loop.Loop
	loopWG sync.WaitGroup
	ending atomic.Bool               // Close is stopping the loop: it must not run again
	types  map[reflect.Type]string   // names of the session's struct types
	fields map[reflect.Type][]string // their fields' names, as declared
	n      int                       // inputs so far
	intr   chan struct{}
	// leadDoc is the comment the last input held alone: the doc of a
	// declaration the next input starts with.
	leadDoc string
	closed  bool
	pipe    *stderrPipe // interpreted code's standard error, when Stderr is a file
	// unretrieved counts the exceptions reported as never retrieved.
	unretrieved *countHook
	// goPanics counts the panics of interpreted goroutines and of
	// functions the runtime calls on goroutines of their own
	// (time.AfterFunc), which no input returns.
	goPanics atomic.Int64
	heldMu   sync.Mutex
	held     func() // releases the hold on the loop's virtual clock

	// wake records the wake-ups interpreted code set up that no goroutine
	// shows (see deadlock.go).
	wake wakeups
	// runningOps are the waiting operations of the segment running now
	// (plan.Ops), for the note of a wait (waitnote.go).
	runningOps atomic.Pointer[map[string][]frontend.OpAt]
	// left are the goroutines hard stops left blocked (deadlockProbe.left).
	left map[string]string
	// stuck, when set, is the task found blocking the loop for good
	// (guarded by stuckMu: the watchdog sets it too).
	stuckMu sync.Mutex
	stuck   *stuckLoop
	// watch reports a stalled loop and stops runaway recursion.
	watch *watchdog
	// loopG is the id of the loop's goroutine, which runs its callbacks.
	loopG atomic.Pointer[string]

	// exiting is the status os.Exit was called with, for a program
	// (ShellConfig.Program): the input running ends with an ExitError.
	exiting atomic.Pointer[int]
	// exited is closed when exiting is set: the input's wait ends there,
	// and the interpreted code is left as it is (the process is ending; a
	// stop of the interpreter would only race with the code it stops).
	exited chan struct{}

	// taskNums are the numbers :tasks shows, kept by each task while it is
	// pending so that a number read off one listing names the same task
	// in the next command. Written on the loop goroutine, with numMu held;
	// read there, or elsewhere with numMu held (:cancel of the task that
	// holds the loop, which cannot wait for the loop).
	numMu       sync.Mutex
	taskNums    map[*loop.Task]int
	lastTaskNum int
	// loadNames are the file names the interpreter knows loaded files by,
	// by the path the user gave; loadBases, the base names they take.
	loadNames map[string]string
	loadBases map[string]bool

	// symbols are the compiled packages the interpreter knows, by import
	// path, for completion and result types.
	symbols map[string]map[string]reflect.Value

	// warn holds the warnings of the session's own logger for their
	// repeats; warnStop ends the watcher (see warnings.go), which leaves
	// alone the inputs running (inputs counts them; an input starts once
	// a flush of the watcher's under way, holding watchMu, is over).
	warn     *warnBatch
	warnStop chan struct{}
	inputs   atomic.Int32
	watchMu  sync.Mutex

	// sources are the texts of the inputs and files run, by "input N" or
	// file name, to find panics' lines in (see panicsite.go): written as
	// an input is parsed, read by the panic reports of tasks running on
	// the loop meanwhile.
	sources sync.Map // string -> remembered
	// panicSites are where the panics that ended interpreted tasks were
	// raised, until the loop asks (see raiseSite).
	panicSites sync.Map // *loop.PanicError -> string

	// preludeDone holds the prelude's declarations and imports the
	// interpreter has (see declarePrelude).
	preludeDone map[string]bool
	// display, set by Run for the input it runs, shows the input's items
	// as its task ends.
	display *display
	// forgot are the names the last failed segment declared and the
	// session forgot (see Recorded.Failed).
	forgot []string
}

// NewSession starts a session: an interpreter with the standard library,
// the loop package and logrus, and an event loop running on a goroutine of
// its own, which loop.Get returns from then on.
func NewSession(cfg Config) (*Session, error) {
	ownLogger := cfg.Logger == nil
	cfg.defaults()
	s, err := newCore(cfg, cfg.Args, nil)
	if err != nil {
		return nil, err
	}
	if ownLogger {
		s.warn = newWarnBatch(cfg.Stderr, func() bool { return s.inputs.Load() > 0 })
		cfg.Logger.SetOutput(s.warn)
	}
	s.warnStop = make(chan struct{})
	go s.watchWarnings(s.warnStop)
	s.intr = make(chan struct{}, 2)
	s.unretrieved = &countHook{match: "never retrieved"}
	cfg.Logger.AddHook(s.unretrieved)
	if lf, ok := cfg.Logger.Formatter.(*lineFormatter); ok && lf.stacks == nil {
		lf.stacks = s.loop.Debug
	}
	loop.SetDefault(s.loop)
	// The loop runs for the session's whole life: code in it must not end
	// it (loop.Get().Stop(), Close, Abandon are refused, with a message).
	s.loop.SetHost(loopHost)
	// Results of the program's types in a future's or task's String, as
	// fmt shows them in the program's code.
	s.loop.SetResultText(s.help.ResultText)
	s.help.Safepoints.OnInterrupt = s.onInterrupt
	s.watch = startWatchdog(s.help.Safepoints, s.loop, func(msg string) { s.errorf("%s", msg) }, s.help.InputTask.Load, func(st *stuckLoop) {
		st.restart = s.cfg.restartable
		s.setStuck(st)
	})
	s.hold()
	s.loopWG.Add(1)
	go func() {
		defer s.loopWG.Done()
		id := hostrt.GoroutineID() // the goroutine of the loop's callbacks
		s.loopG.Store(&id)
		s.watch.loopG.Store(&id)
		for {
			if err := s.loop.RunForever(); err != nil {
				s.errorf("%v", err)
				return
			}
			if s.ending.Load() {
				return
			}
			// Code in the session stopped the loop (loop.Get().Stop()): the
			// session needs it, so it runs on.
			s.errorf("repl: the event loop was stopped (loop.Stop); the session keeps it running")
		}
	}()
	return s, nil
}

// loopHost names the session to the code that would end its loop (see
// loop.SetHost).
const loopHost = "the shell, which stops and closes it when you leave (:quit or Ctrl-D)"

// newCore makes what a session and a script share: the Session, its
// interpreter (args are os.Args) and its event loop, neither running nor
// the default loop yet. A panic in an interpreted goroutine or callback is
// reported on cfg.Stderr and counted (goPanics), then onPanic, if not nil,
// is called.
func newCore(cfg Config, args []string, onPanic func()) (*Session, error) {
	s := &Session{cfg: cfg, help: &hostrt.Helpers{Safepoints: hostrt.NewSafepoints()}, types: map[reflect.Type]string{}, fields: map[reflect.Type][]string{}}
	s.help.Safepoints.Input = s.help.InputTask.Load
	s.help.TypeName = s.goTypeName
	s.help.NumGoroutine = programGoroutines
	s.help.OnPanic = func(pos string, v any) {
		s.syncStderr() // the interpreter's trace of the panic
		at, text := s.help.TakePanic(v)
		trace := s.trace.Take()
		if at == "" {
			gv := hostrt.InGoWords(v, false)
			text = hostrt.PanicText(gv)
			if len(trace) > 0 {
				var note string
				at, note = s.runtimePanic(gv, []hostrt.TraceFrame{{Pos: trace[0]}})
				text += note
			}
		}
		s.errorf("%s", goPanicMsg(pos, text, at, trace))
		hostrt.ReportedRefusal(v)
		s.goPanics.Add(1)
		if onPanic != nil {
			onPanic()
		}
	}
	opts := []loop.Option{loop.WithDebug(cfg.Debug), loop.WithLogger(cfg.Logger.WithField("logger", "loop"))}
	if c, err := clockNamed(cfg.Clock); err != nil {
		return nil, err
	} else if c != nil {
		opts = append(opts, loop.WithClock(c))
	}
	if err := s.newInterp(args); err != nil {
		return nil, err
	}
	s.loop = loop.New(opts...)
	s.loop.SetExceptionHandler(s.exceptionHandler)
	s.loop.SetRaiseSite(s.raiseSite)
	s.loop.SetPanicValue(s.help.PanicInGoWords)
	s.help.OnTaskPanic = s.taskPanic
	s.help.AfterFunc = s.wake.afterFunc
	return s, nil
}

func clockNamed(name string) (loop.Clock, error) {
	switch name {
	case "", "real":
		return nil, nil
	case "virtual":
		return loop.NewVirtualClock(), nil
	}
	return nil, fmt.Errorf("repl: unknown clock %q (want real or virtual)", name)
}

// newInterp makes the interpreter and compiles the session's prelude.
func (s *Session) newInterp(args []string) error {
	s.trace = &hostrt.PanicTrace{Out: s.cfg.Stderr}
	var stderr io.Writer = s.trace
	if f, isFile := s.cfg.Stderr.(*os.File); isFile && f != os.Stderr {
		// Then os.Stderr in interpreted code must be that file too. (The
		// process's own is left as it is: the program's writes to it go
		// straight to it, in order with its standard output, where a pipe
		// would pass them on later.)
		if p, err := newStderrPipe(s.trace); err == nil {
			s.pipe = p
			stderr = p.w
		}
	}
	s.help.Stderr = stderr
	s.help.SyncStderr = s.syncStderr
	in := interp.New(interp.Options{
		Stdin:  s.cfg.Stdin,
		Stdout: s.cfg.Stdout,
		Stderr: stderr,
		Args:   args,
		Env:    s.cfg.Env,
		// The process's environment itself, not the interpreter's copy.
		Unrestricted: s.cfg.processEnv,
	})
	// The interpreter's own wrapper of error, among its symbols of no
	// package (read before it holds code of its own, which Symbols("")
	// would wrap too).
	errWrapper := in.Symbols("")[""]["_error"]
	// The interpreter makes channel operations cancellable (a hard stop
	// ends them) only in code it compiles once it has run code with a
	// context: without this, the first input's receive outlives the stop
	// and takes a later send, its code running on.
	if err := enableCancel(in); err != nil {
		return err
	}
	s.symbols = map[string]map[string]reflect.Value{}
	importable := map[string]string{}
	for _, syms := range []interp.Exports{std.Symbols, stdlib_bindings.Symbols, unsafeExports} {
		if err := in.Use(syms); err != nil {
			return fmt.Errorf("repl: %w", err)
		}
		for key, m := range syms {
			if !strings.Contains(key, "/") || strings.HasPrefix(key, "github.com/traefik/yaegi/") {
				continue
			}
			path := key[:strings.LastIndex(key, "/")]
			s.symbols[path] = m
			name := key[strings.LastIndex(key, "/")+1:]
			if prev, ok := importable[name]; !ok || preferImport(name, path, prev) {
				importable[name] = path
			}
		}
	}
	// A value of the program's held as error keeps the methods fmt calls
	// before Error (Format, GoString): the interpreter's own wrapper of
	// error gets composed ones.
	if w := errWrapper; w.IsValid() {
		if err := in.Use(interp.Exports{".": {"MapTypes": reflect.ValueOf(map[reflect.Value][]reflect.Type{w: std.ErrorWrappers()})}}); err != nil {
			return fmt.Errorf("repl: %w", err)
		}
	}
	if s.cfg.processEnv {
		// Commands inherit the process's environment, as in Go.
	} else if exp, err := execExports(in); err != nil {
		return err
	} else if err := in.Use(exp); err != nil {
		return fmt.Errorf("repl: %w", err)
	}
	// os.Exit as a program's (helpers.OSExit), over the interpreter's own,
	// and the timers and signals that may wake code, recorded.
	if err := in.Use(interp.Exports{
		"os/os":           {"Exit": reflect.ValueOf(s.help.OSExit)},
		"log/log":         {"New": reflect.ValueOf(std.LogNew(s.help.OSExit))},
		"runtime/runtime": {"Goexit": reflect.ValueOf(s.help.Goexit)},
		"github.com/asyncrepl/asyncrepl/loop/loop": {"ExitTask": reflect.ValueOf(s.help.ExitTask), "New": reflect.ValueOf(s.newLoop)},
	}); err != nil {
		return fmt.Errorf("repl: %w", err)
	}
	if err := in.Use(followStdio(in, s.cfg.Stdout, s.cfg.Stdin)); err != nil {
		return fmt.Errorf("repl: %w", err)
	}
	// flag's functions on the program's command line (helpers_flag.go).
	if err := in.Use(s.help.FlagExports(in.Symbols("os")["os"]["Args"], stderr, s.cfg.processEnv)); err != nil {
		return fmt.Errorf("repl: %w", err)
	}
	if err := in.Use(s.wake.exports()); err != nil {
		return fmt.Errorf("repl: %w", err)
	}
	if v := in.Symbols("log")["log"]["Output"]; v.IsValid() && v.CanInterface() {
		out, _ := v.Interface().(func(int, string) error)
		if out == nil {
			return fmt.Errorf("repl: the interpreter's log.Output is a %s", v.Type())
		}
		// log.Fatal as Go's: os.Exit(1) after the message (helpers.logFatal).
		if err := in.Use(interp.Exports{"log/log": s.help.LogFatal(out)}); err != nil {
			return fmt.Errorf("repl: %w", err)
		}
	}
	for _, exp := range []interp.Exports{logFlagsExports(in), logWriterExports(in)} {
		if exp == nil {
			continue
		}
		if err := in.Use(exp); err != nil {
			return fmt.Errorf("repl: %w", err)
		}
	}
	if err := in.Use(s.help.Exports()); err != nil {
		return fmt.Errorf("repl: %w", err)
	}
	s.in = in
	s.fe = frontend.NewFrontEnd(importable, func(path, name string) (reflect.Type, bool) {
		v, ok := s.symbols[path][name]
		if !ok || !v.IsValid() {
			return nil, false
		}
		return v.Type(), true
	})
	s.fe.ElemType = s.elemType
	s.preludeDone = nil // the prelude's declarations are the interpreter's
	prelude := "package main\nimport " + frontend.HelperPkg + " " + strconv.Quote(hostrt.Path) + "\n" + frontend.MinMaxDecls + frontend.PollDecl + frontend.PanicDecls
	if _, err := s.compile(gosrc.InputFile, prelude, false); err != nil {
		return fmt.Errorf("repl: prelude: %w", err)
	}
	if !frontend.RaceBuild { // the race detector's polls read a channel's length
		flag, err := in.Eval(frontend.PendingName)
		if err != nil || flag.Kind() != reflect.Bool || !flag.CanSet() {
			return fmt.Errorf("repl: prelude: the safe points' flag is %v (%v)", flag, err)
		}
		s.help.Safepoints.SetFlag(flag)
	}
	return nil
}

// enableCancel runs an empty program with a context, after which in
// compiles channel operations that a cancellation ends.
func enableCancel(in *interp.Interpreter) error {
	f, err := parser.ParseFile(in.FileSet(), "", "package main", 0)
	if err == nil {
		var prog *interp.Program
		if prog, err = in.CompileAST(f); err == nil {
			_, err = in.ExecuteWithContext(context.Background(), prog)
		}
	}
	if err != nil {
		return fmt.Errorf("repl: %w", err)
	}
	return nil
}

// preferImport decides between two packages of the same name for automatic
// import: the well-known one, else the shorter path.
func preferImport(name, path, prev string) bool {
	switch name {
	case "rand":
		return path == "math/rand"
	case "template":
		return path == "text/template"
	case "scanner":
		return path == "text/scanner"
	case "pprof":
		return path == "runtime/pprof"
	}
	return len(path) < len(prev) || len(path) == len(prev) && path < prev
}

// Loop returns the session's event loop.
func (s *Session) Loop() *loop.Loop { return s.loop }

// errorf prints a message on Stderr, in red on a terminal.
func (s *Session) errorf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if s.cfg.Color {
		msg = ansiRed + msg + ansiReset
	}
	endLine(s.cfg.Stdout) // fmt.Print("abc") then an error: not "abcinput 2:1: ..." where they meet
	fmt.Fprintln(s.cfg.Stderr, msg)
}

// newLoop is loop.New for interpreted code: a loop it makes logs through
// the session's logger (warnings in the shell's format, above the prompt,
// the interpreter's frames left out), unless the code gives it a logger.
func (s *Session) newLoop(opts ...loop.Option) *loop.Loop {
	return loop.New(append([]loop.Option{loop.WithLogger(s.cfg.Logger.WithField("logger", "loop"))}, opts...)...)
}

// compile parses code (already rewritten) with the interpreter's file set
// and compiles it, turning the interpreter's panics into errors. Type
// parameters spelled as other names of their declaration, types declared
// in functions named as other types, and the program's names of the
// universe are renamed first (see frontend.RenameTypeParams,
// RenameLocalTypes and RenamePredeclared).
func (s *Session) compile(file, code string, block bool) (prog *interp.Program, err error) {
	defer func() {
		if r := recover(); r != nil {
			prog, err = nil, &compilePanic{value: r}
		}
	}()
	f, err := parser.ParseFile(s.in.FileSet(), file, code, 0)
	if err != nil {
		// The front end parsed the user's text: this is the shell's.
		return nil, &rewriteError{err: err}
	}
	if err := frontend.MissingGotoLabel(s.in.FileSet(), f); err != nil {
		// The interpreter compiles a goto to no label, which goes
		// nowhere: a lowering that dropped the label is the shell's.
		return nil, &rewriteError{err: err}
	}
	declared := func(name string) bool { return s.fe != nil && s.fe.Names[name] != nil }
	frontend.RenameTypeParams(f, declared)
	frontend.RenameLocalTypes(f, declared)
	frontend.RenamePredeclared(f, func(name string) bool {
		return s.fe != nil && s.fe.Names[name] != nil && s.fe.Names[name].Kind != frontend.KindVar
	})
	var node ast.Node = f
	if block {
		node = f.Decls[0].(*ast.FuncDecl).Body
	} else {
		forgetInstances(s.in, f)
	}
	return s.in.CompileAST(node)
}

// followStdio returns fmt's Print, Printf, Println, Scan, Scanf and
// Scanln for in, writing to out and reading from in's input as the
// interpreter's own do, but to os.Stdout and from os.Stdin where the code
// assigned them (the capture idiom: os.Stdout = w; fmt.Println(...)), as
// Go's: the interpreter's own wrote and read the streams it was given.
// (Under the key fmt/fmt the interpreter would put its own back: any
// other key of the directory fmt adds to the package.)
func followStdio(in *interp.Interpreter, out io.Writer, input io.Reader) interp.Exports {
	osSyms := in.Symbols("os")["os"]
	stdout, stdin := osSyms["Stdout"], osSyms["Stdin"]
	first := func(v reflect.Value) any {
		x, _ := value[any](v)
		return x
	}
	firstOut, firstIn := first(stdout), first(stdin)
	w := func() io.Writer {
		if cur := first(stdout); cur != firstOut {
			if w, ok := cur.(io.Writer); ok && cur != nil {
				return w
			}
		}
		return out
	}
	r := func() io.Reader {
		if cur := first(stdin); cur != firstIn {
			if r, ok := cur.(io.Reader); ok && cur != nil {
				return r
			}
		}
		return input
	}
	funcs := map[string]any{
		"Print":   func(a ...any) (int, error) { return fmt.Fprint(w(), a...) },
		"Printf":  func(f string, a ...any) (int, error) { return fmt.Fprintf(w(), f, a...) },
		"Println": func(a ...any) (int, error) { return fmt.Fprintln(w(), a...) },
		"Scan":    func(a ...any) (int, error) { return fmt.Fscan(r(), a...) },
		"Scanf":   func(f string, a ...any) (int, error) { return fmt.Fscanf(r(), f, a...) },
		"Scanln":  func(a ...any) (int, error) { return fmt.Fscanln(r(), a...) },
	}
	syms := map[string]reflect.Value{}
	types := map[reflect.Value][]reflect.Type{}
	for name, f := range funcs {
		syms[name] = reflect.ValueOf(f)
		kind := std.MapTypes[reflect.ValueOf(fmt.Print)]
		if strings.HasPrefix(name, "Scan") {
			kind = std.MapTypes[reflect.ValueOf(fmt.Scan)]
		}
		types[syms[name]] = kind
	}
	return interp.Exports{"fmt/stdio": syms, ".": {"MapTypes": reflect.ValueOf(types)}}
}

// rewriteError is a syntax error of the front end's rewriting of an input
// the front end parsed: the shell's fault, said as such (where it looked
// like the user's, it named the shell's own identifiers, at a place with
// nothing wrong).
type rewriteError struct{ err error }

func (r *rewriteError) Error() string { return r.err.Error() }

// compilePanic is a panic of the interpreter while compiling.
type compilePanic struct{ value any }

func (c *compilePanic) Error() string { return fmt.Sprint(c.value) }

// Interrupt asks the input being evaluated to stop: the first call cancels
// its task (delivered at its next await), a second stops it hard. Safe from
// any goroutine; it does nothing between inputs.
func (s *Session) Interrupt() {
	select {
	case s.intr <- struct{}{}:
	default:
	}
}

// Eval evaluates one input and returns what it printed as items. Cancelling
// ctx interrupts it as Interrupt does.
//
// It reads as the pipeline: the input is parsed (split into segments),
// then, in a task of the session's loop (inTask), each segment is checked,
// lowered, compiled, run and described in turn; the first error ends the
// input.
func (s *Session) Eval(ctx context.Context, src string) ([]Item, error) {
	if s.closed {
		return nil, errors.New("repl: session closed")
	}
	in := s.parse(src)
	if in == nil {
		return nil, nil
	}
	show := s.display // Run's, for this input
	return s.inTask(ctx, "input", in.origin, func(hard context.Context) ([]Item, error) {
		if err := s.checkWhole(in); err != nil {
			return nil, err
		}
		var items []Item
		for _, seg := range in.segs {
			p, err := s.fe.Check(in.source, seg, frontend.ModeInput)
			if err != nil {
				return items, err
			}
			if p == nil {
				continue // nothing to run
			}
			if seg.From == in.segs[0].From {
				p.LeadDoc = in.lead
			}
			if err := s.fe.Lower(p); err != nil {
				return items, err
			}
			prog, rec, err := s.compilePlan(hard, p)
			if err != nil {
				return items, err
			}
			if prog == nil {
				continue // imports alone
			}
			if err := s.runPlan(hard, p, prog, rec); err != nil {
				return items, err
			}
			items = append(items, s.describe(hard, p, rec)...)
			if e := hostrt.TakeRefusal(); e != nil {
				return items, &Error{Pos: e.Pos, Msg: e.CaughtText()}
			}
		}
		show.ended(items)
		return items, nil
	})
}

// input is one input, parsed.
type input struct {
	source *gosrc.Source
	segs   []gosrc.Segment
	pkg    string // the package clause it began with, which is dropped ("" if none)
	origin string // "input N"
	lead   string // the comment the input before held alone, a doc (see frontend.Plan.LeadDoc)
}

// parse takes src as the session's next input: it numbers it, remembers
// its text (for the lines of its panics) and splits it into segments. It
// returns nil when there is nothing to evaluate.
func (s *Session) parse(src string) *input {
	s.n++
	in := &input{source: gosrc.NewSource(gosrc.InputFile, s.n, src), segs: gosrc.SplitInOrder(src), pkg: gosrc.PackageClause(src), origin: fmt.Sprintf("input %d", s.n)}
	s.remember(in.source)
	lead := frontend.CommentLines(src)
	if lead != "" && s.leadDoc != "" {
		// A comment typed over several inputs, line by line, as one
		// pastes a doc comment: one doc.
		lead = s.leadDoc + "\n" + lead
	}
	in.lead, s.leadDoc = s.leadDoc, lead
	if len(in.segs) == 0 && in.pkg == "" {
		return nil
	}
	s.leadDoc = ""
	return in
}

// checkWhole checks an input as one piece of Go before any of it runs: a
// package clause is said to be dropped, and an input of several segments
// is refused whole if any of them is refused (FrontEnd.DryRun checks and
// lowers each in the context of the ones before it, compiling none).
func (s *Session) checkWhole(in *input) error {
	if in.pkg != "" {
		s.errorf("note: package %s dropped: the session's inputs are all in its package main (a pasted main runs when you call main(); :load FILE loads a file)", in.pkg)
	}
	if len(in.segs) > 1 {
		return s.fe.DryRun(in.source, in.segs)
	}
	return nil
}

// A display shows the items of the input Run runs as its task ends,
// before the tasks the input started take their first step: their output
// follows the result line.
type display struct {
	show  func([]Item)
	shown atomic.Bool // set late by a body a hard stop left running
}

// ended shows the items of an input that succeeded, unless its task was
// interrupted (cancelled): inTask reports it cancelled, its values meaning
// nothing. A nil display shows nothing.
func (d *display) ended(items []Item) {
	if d == nil || len(items) == 0 {
		return
	}
	if t := loop.CurrentTask(); t != nil && t.Cancelling() > 0 {
		return
	}
	d.show(items)
	d.shown.Store(true)
}

// Run evaluates one input and prints its items on Stdout and its error, if
// any, on Stderr.
func (s *Session) Run(ctx context.Context, src string) error {
	return s.run(ctx, src, false)
}

// run is Run. For a program (asyncrepl -e) a call of os.Exit is the
// program's end, as in a script, not an error to show: its *ExitError is
// returned without a word.
func (s *Session) run(ctx context.Context, src string, program bool) error {
	defer s.running()() // up to the flush of its warnings
	d := &display{show: func(items []Item) {
		if len(items) > 0 {
			endLine(s.cfg.Stdout)
			endLine(s.cfg.Stderr) // print("x"), the builtin's, writes there
		}
		for _, it := range items {
			fmt.Fprintln(s.cfg.Stdout, it.format(s.cfg.Color))
		}
	}}
	s.display = d
	items, err := s.Eval(ctx, src)
	s.display = nil
	if !d.shown.Load() {
		d.show(items)
	}
	var exit *ExitError
	if err != nil && !(program && errors.As(err, &exit)) {
		s.errorf("%v", err)
	}
	s.flushWarnings()
	return err
}

// inTask runs body as a task of the session's loop, on a goroutine of its
// own, and waits for it, handling interrupts: the first cancels the task, a
// second, or the task still running StopGrace later, stops the interpreter.
func (s *Session) inTask(ctx context.Context, name, origin string, body func(hard context.Context) ([]Item, error)) (outItems []Item, outErr error) {
	for len(s.intr) > 0 {
		<-s.intr
	}
	defer func() {
		if code := s.exiting.Load(); code != nil {
			// A program's os.Exit stopped it: that is its end.
			outItems, outErr = nil, &ExitError{Code: *code}
		}
	}()
	if st := s.stuckNow(); st != nil {
		return nil, &Error{Msg: st.again()}
	}
	defer s.running()()
	hard, stop := context.WithCancel(context.Background())
	defer func() {
		if s.exiting.Load() == nil {
			stop()
		}
		// else a program's os.Exit ended the input: its code is left as it
		// is while the process ends (a stop would race with it, inside
		// the interpreter).
	}()
	var (
		items    []Item
		err      error
		returned atomic.Bool // the body has returned: an interrupt comes too late to cut it short
	)
	// claimed is taken by whichever comes first: the loop making the
	// input's task, or inTask returning (the loop was blocked), after
	// which the task must never start.
	var claimed atomic.Bool
	defer claimed.CompareAndSwap(false, true)
	var progress inputProgress
	body2 := func() (any, error) {
		id := hostrt.GoroutineID()
		progress.goid.Store(&id)
		progress.started.Store(true)
		defer progress.finished.Store(true)
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("repl: internal error on %s: %v\n%s", origin, r, debug.Stack())
				return
			}
			if returned.Load() {
				return
			}
			// Ended by runtime.Goexit on this goroutine: a stack
			// overflow in a method the session called itself, showing a
			// result (an Error calling fmt.Sprint of its receiver; see
			// Safepoints.endOverflowed). The input ends with it.
			if e := s.help.Safepoints.Overflowed(loop.CurrentTask()); e != nil {
				s.syncStderr()
				s.trace.Take()
				err = &Error{Pos: gosrc.DecodePositions(e.Pos), Msg: "panic: " + e.Msg()}
				loop.ExitTask(err)
			}
		}()
		items, err = body(hard)
		returned.Store(true)
		return nil, err
	}
	done := make(chan struct{})
	var task *loop.Task // set and read on the loop goroutine only
	s.loop.CallSoonThreadsafe(func() {
		if !claimed.CompareAndSwap(false, true) {
			close(done)
			return
		}
		// Made here, on the loop goroutine, where the loop reads the
		// coroutine's name.
		coro := loop.Async(body2).Named(name, origin).OnOwnGoroutine().Hidden()
		task = s.loop.CreateTask(coro)
		s.help.InputTask.Store(task)
		s.help.Rearm() // a hard stop's end of the selects lasts until the next input
		// Let the virtual clock move while the input runs, now that its task
		// is ready: released earlier, the clock could jump before it starts.
		s.release()
		task.AddDoneCallback(func(f *loop.Future) {
			if _, terr := f.Result(); terr != nil && err == nil {
				err = terr // the task's own end (cancelled before it ran, say)
			}
			// Hold the virtual clock again before the loop can jump it.
			s.hold()
			close(done)
		})
	})
	interrupted := 0
	var grace <-chan time.Time
	ctxDone := ctx.Done()
	check := time.NewTicker(deadlockCheck)
	defer check.Stop()
	deadlock := deadlockProbe{w: &s.wake, left: s.left}
	stalls := time.NewTicker(stallCheck)
	defer stalls.Stop()
	stall := stallProbe{w: &s.wake, left: s.left}
	deadlocked := ""                    // the report of a stalled loop's deadlock, once the input is cancelled for it
	started, noted := time.Now(), false // noted: the input's wait was named (see waitnote.go)
	for {
		select {
		case <-s.exited:
			return nil, nil // the deferred check makes it the ExitError
		case <-stalls.C:
			l := stalledLoop(s.loop)
			blocked, dead := stall.probe(l)
			switch {
			case !dead:
			case l != s.loop:
				// Another loop stalled, with the input blocked (it holds
				// the session's loop, in its step): no cancellation reaches
				// the input there, a hard stop ends it. A loop the input
				// runs itself (RunForever), abandoned and woken, lets go
				// of the input's goroutine, whose interpreted code the
				// stop ended.
				var head, tasks string
				onLoopOf(l, func() { head, tasks = stallHead(l), describeStall(l, nil, "", nil) })
				if len(blocked) > 0 {
					head += "; " + describeBlocked(blocked, "the input", nil)
				}
				own := runsLoop(progress.goid.Load())
				_, err := s.hardStop(stop, done, &task, &progress, origin, "deadlock")
				if own {
					l.Abandon()
					l.CallSoonThreadsafe(func() {})
				}
				return nil, &Error{Msg: head + tasks + "\n" + err.Error()}
			case deadlocked != "":
				// Cancelled, it is stuck again (it went on after its
				// cancellation): only a hard stop ends it.
				_, err := s.hardStop(stop, done, &task, &progress, origin, "deadlock")
				return nil, &Error{Msg: deadlocked + "\n" + err.Error()}
			default:
				var head, tasks string
				pending := false // the input's task: done already, its end is on the way
				if s.onLoop(func() {
					if pending = task != nil && !task.Done(); pending {
						head = stallHead(s.loop)
						if len(blocked) > 0 {
							head += "; " + describeBlocked(blocked, "", nil)
						}
						tasks = describeStall(s.loop, task, origin, s.pending)
						task.Cancel("deadlock")
					}
				}) && pending {
					deadlocked = head + "; " + origin + " was cancelled" + tasks
					grace = time.After(s.cfg.StopGrace)
				}
			}
		case <-check.C:
			if msg := deadlock.probe("the input"); msg != "" {
				if st := s.stuckBy(deadlock.last); st != nil {
					// A task, not the input, blocks the loop: no stop of
					// interpreted code frees it (its wait began in an
					// earlier input), only a new loop.
					s.setStuck(st)
					return nil, &Error{Msg: st.String()}
				}
				_, err := s.hardStop(stop, done, &task, &progress, origin, "deadlock")
				return nil, &Error{Msg: msg + "; " + err.Error()}
			}
			if st := s.holder(); st != nil {
				// The watchdog found a task holding the loop: what of the
				// input needs the loop waits until that task returns or
				// awaits. Done but for the loop's note of its task's end,
				// the input ends now. Otherwise it waits for a hold that
				// may end (Ctrl-C ends the wait), and not for one that
				// cannot.
				switch {
				case returned.Load():
					return items, err
				case st.passing:
				case claimed.CompareAndSwap(false, true):
					return nil, &Error{Msg: origin + " did not run: " + st.again()}
				default:
					return nil, &Error{Msg: origin + " waits for the event loop, and goes on if the loop comes back (Ctrl-C twice stops it): " + st.again()}
				}
			}
			if d := time.Since(started); !noted && !progress.started.Load() && interrupted == 0 && d >= time.Duration(waitNoteAfter.Load()) && s.heldLong() {
				if t := s.stepping(); t != nil {
					// A task spinning on the loop (for {}): the input waits
					// for it, and the watchdog's report came before it.
					noted = true
					if st := s.holder(); st != nil && !st.interruptible && st.what != "" {
						// In a compiled call (time.Sleep), which no
						// Ctrl-C stops.
						s.errorf("%s waits for the event loop, which Task(<%s>) holds in %s, compiled code that cannot be interrupted; %s runs once the task awaits or returns (in a task, await loop.Sleep rather than call time.Sleep, and run blocking work with RunInExecutor)", origin, t.Name(), st.what, origin)
					} else {
						s.errorf("%s waits for the event loop, which Task(<%s>) holds, running without awaiting; Ctrl-C stops that task, then %s runs", origin, t.Name(), origin)
					}
				}
			}
			if d := time.Since(started); !noted && deadlocked == "" && interrupted == 0 && d >= time.Duration(waitNoteAfter.Load()) {
				if msg := s.inputWait(origin, &task, progress.goid.Load(), d, deadlock.dump, deadlock.self, deadlock.left); msg != "" {
					noted = true
					s.errorf("%s", msg)
				}
			}
		case <-done:
			if deadlocked != "" {
				return nil, &Error{Msg: deadlocked}
			}
			if interrupted > 0 && (err == nil || errors.Is(err, loop.ErrCancelled)) {
				// The values of an input cut short mean nothing.
				items, err = nil, &Error{Msg: "cancelled: " + origin}
			}
			return items, err
		case <-ctxDone:
			ctxDone = nil
			s.Interrupt()
		case <-s.intr:
			if st := s.holder(); st != nil && !st.interruptible && claimed.CompareAndSwap(false, true) {
				// The input waits for a loop held where no interrupt
				// reaches: it ends now, not having run.
				return nil, &Error{Msg: origin + " did not run: " + st.again()}
			}
			// The input, or a task that holds the loop, stops at its next
			// safe point; the other tasks run on.
			stopped, holder := s.interruptAtSafepoint()
			defer s.help.Safepoints.Forget(stopped)
			if holder && !progress.started.Load() {
				// A task or callback that held the loop is stopped
				// instead: the input, waiting for the loop, runs after it.
				continue
			}
			if returned.Load() && interrupted == 0 {
				// Too late to cut the input short (its result may be shown
				// already): it ends as it is, unless the loop, held by
				// something else, does not get to end it.
				if grace == nil {
					grace = time.After(s.cfg.StopGrace)
				}
				continue
			}
			interrupted++
			if interrupted == 1 {
				// Queued after the closure making the task, so it sees it,
				// whether or not the loop got to either yet.
				s.loop.CallSoonThreadsafe(func() { task.Cancel("interrupted") })
				grace = time.After(s.cfg.StopGrace)
				continue
			}
			grace = nil
			return s.hardStop(stop, done, &task, &progress, origin, "interrupted twice")
		case <-grace:
			if s.interruptHolder() {
				// A task took the loop after the interrupt: it is the one
				// to stop, at its next safe point.
				grace = time.After(s.cfg.StopGrace)
				continue
			}
			items, err := s.hardStop(stop, done, &task, &progress, origin, fmt.Sprintf("still running %v after the cancellation", s.cfg.StopGrace))
			if deadlocked != "" {
				err = &Error{Msg: deadlocked + "\n" + err.Error()}
			}
			return items, err
		}
	}
}

// hardStop stops every interpreted frame (yaegi cannot stop one input alone),
// cancels the tasks whose code that cut short, and says so.
// What the stopped input had produced is dropped: its body may still be
// writing it.
func (s *Session) hardStop(stop context.CancelFunc, done <-chan struct{}, input **loop.Task, progress *inputProgress, origin string, why string) ([]Item, error) {
	victims := s.help.RunningTasks()
	msg := "stopped with " + origin
	s.help.StopMsg.Store(&msg)
	s.help.Stops.Add(1)
	s.help.HardStop() // the waits in the program's selects (see hostrt.Select)
	// How far the input got before the stop (which ends its body).
	started, finished := progress.started.Load(), progress.finished.Load()
	stop()
	defer func() { s.left = leftBy(s.left, origin) }()
	select {
	case <-done:
	case <-time.After(s.cfg.StopGrace):
		// Its task has not ended: the loop itself is blocked (in a callback
		// sleeping in compiled code, say). The body may still write items.
		holder := "a task or callback is blocking it"
		if name := s.loopHolder(); name != "" {
			holder = name + " holds it, running without awaiting (a task must await, loop.Await, for others to run); :reset starts a new loop"
		}
		switch {
		case finished:
			return nil, &Error{Msg: fmt.Sprintf("%s had finished, but the event loop does not respond: %s", origin, holder)}
		case !started:
			return nil, &Error{Msg: fmt.Sprintf("%s did not start: the event loop does not respond: %s", origin, holder)}
		}
		return nil, &Error{Msg: fmt.Sprintf("stopped %s (%s), but the event loop does not respond: %s", origin, why, holder)}
	}
	// A task whose interpreted code was cut short ends cancelled when it
	// next runs (see helpers.coroutine): cancel those still waiting, so
	// they end now rather than whenever what they wait for happens.
	var killed []string
	responded := s.onLoop(func() {
		for _, t := range victims {
			if t == *input { // read on the loop goroutine, which set it
				continue
			}
			killed = append(killed, t.Name())
			t.Cancel(msg)
		}
	})
	sort.Strings(killed)
	text := fmt.Sprintf("stopped %s hard (%s)", origin, why)
	if len(killed) > 0 {
		text += "; the stop halts all interpreted code, so these tasks were cancelled too: " + strings.Join(killed, ", ")
	}
	if !responded {
		text += "; the event loop then stopped responding (a callback is blocking it), so the tasks the stop cut short were not cancelled"
	}
	globals := s.in.Globals()
	holds := func(name string) bool { return holdsMadeFunc(globals[name], 0) }
	if stale := s.fe.MarkStale(origin+"'s hard stop", holds); len(stale) > 0 {
		// (Its closures run nothing now: see the front end's
		// refuse_stale.go.)
		text += "; the functions made before it no longer run, so these variables, which may hold some, are refused until declared or assigned again: " + strings.Join(stale, ", ") + " (:restart makes them again)"
	}
	return nil, &Error{Msg: text}
}

// makeFuncCode is the code reflect.MakeFunc's functions share, as the
// interpreter's functions are: a function value whose code it is was made
// by interpreted code; a compiled package's function has its own.
var makeFuncCode = reflect.ValueOf(reflect.MakeFunc(reflect.TypeFor[func()](), nil).Interface()).Pointer()

// holdsMadeFunc reports whether v, a session variable's value, may hold a
// function interpreted code made (see the front end's refuse_stale.go): a
// non-nil function of makeFuncCode, in it or in what it holds; a value of
// a compiled type (a *loop.Coroutine) is taken to.
func holdsMadeFunc(v reflect.Value, depth int) bool {
	if !v.IsValid() || depth > 6 {
		return false
	}
	if t := v.Type(); t.Name() != "" && t.PkgPath() != "" && t.PkgPath() != "main" {
		return true // a compiled type's: not looked into
	}
	switch v.Kind() {
	case reflect.Func:
		return !v.IsNil() && v.Pointer() == makeFuncCode
	case reflect.Pointer, reflect.Interface:
		return !v.IsNil() && holdsMadeFunc(v.Elem(), depth+1)
	case reflect.Struct:
		for i := range v.NumField() {
			if holdsMadeFunc(v.Field(i), depth+1) {
				return true
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range min(v.Len(), 1000) {
			if holdsMadeFunc(v.Index(i), depth+1) {
				return true
			}
		}
		return v.Len() > 1000
	case reflect.Map:
		if v.Len() > 1000 {
			return true
		}
		for it := v.MapRange(); it.Next(); {
			if holdsMadeFunc(it.Key(), depth+1) || holdsMadeFunc(it.Value(), depth+1) {
				return true
			}
		}
	}
	return false
}

// syncStderr waits until what interpreted code wrote to its standard error
// has been passed on (and panic traces collected).
func (s *Session) syncStderr() {
	if s.pipe != nil {
		s.pipe.sync()
	}
}

// hold keeps the loop's virtual clock from jumping while the session waits
// for input: background tasks advance virtual time only while an input runs.
func (s *Session) hold() {
	s.heldMu.Lock()
	defer s.heldMu.Unlock()
	if s.held == nil {
		s.held = s.loop.Hold()
	}
}

func (s *Session) release() {
	s.heldMu.Lock()
	defer s.heldMu.Unlock()
	if s.held != nil {
		s.held()
		s.held = nil
	}
}

// inputProgress is how far an input's task got.
type inputProgress struct {
	started, finished atomic.Bool
	goid              atomic.Pointer[string] // the goroutine of the input's task body
}

// loopHolder names the task whose step holds the loop while the loop does
// not respond, "" if none does but an input's.
func (s *Session) loopHolder() string {
	if t := s.stepping(); t != nil {
		return "Task(<" + t.Name() + ">)"
	}
	return ""
}

// stepping returns the task whose step the loop is running, if it is not
// an input's.
func (s *Session) stepping() *loop.Task {
	t := s.loop.Stepping()
	if t == nil || t == s.help.InputTask.Load() {
		return nil
	}
	return t
}

// stuckLoop is a task that blocks the session's loop for good: its
// coroutine, run on the loop, waits in a channel operation (or a mutex...)
// that nothing can end.
type stuckLoop struct {
	task  string // Task(<name>)
	what  string // "a channel receive", "a call of time.Sleep"
	goid  string // the goroutine it waits on
	state string // its state in a dump
	// restart: the session runs in a supervised process, which :restart
	// replaces keeping the session's declarations and variables.
	restart bool
	// passing: the hold may end (a compiled call returns, interpreted
	// code awaits or is interrupted), so it is not for good: it lasts
	// until the loop answers the watchdog again.
	passing bool
	// interruptible: the task runs interpreted code, which Ctrl-C during
	// an input stops at its next safe point.
	interruptible bool
}

func (st *stuckLoop) String() string {
	return fmt.Sprintf("%s blocks the event loop in %s: a task must await (loop.Await) rather than block; %s", st.task, st.what, st.ways())
}

// again is what later requests to the blocked loop end with.
func (st *stuckLoop) again() string {
	if st.passing {
		return fmt.Sprintf("the event loop is held by %s (in %s); %s", st.task, st.what, st.ways())
	}
	return fmt.Sprintf("the event loop is still blocked by %s (in %s), so nothing can run on it; %s", st.task, st.what, st.ways())
}

// ways says how the user gets a loop back.
func (st *stuckLoop) ways() string { return wayOut(st.restart) }

// wayOut is the way out of code no interrupt reaches: a new process for
// the session, restored, where the shell supervises it, else a new loop.
func wayOut(restartable bool) string {
	if restartable {
		return ":restart starts a new session process with your declarations and variables (the blocked task is lost), :reset a fresh session"
	}
	return ":reset starts a new loop"
}

// stuckBy returns the task that blocks the loop among the goroutines of a
// deadlock (blocked), if the loop waits in a step of a task other than an
// input's.
func (s *Session) stuckBy(blocked []goroutine) *stuckLoop {
	t := s.stepping()
	if t == nil {
		return nil
	}
	// The loop waits in t's step, so the one task goroutine among the
	// blocked in a task's body is t's: the others are parked at an await.
	for _, g := range blocked {
		if g.has(interpPkg+"(*Interpreter).ExecuteWithContext") || !g.has(loopPkg+"(*Task).runBody") {
			continue
		}
		return &stuckLoop{task: "Task(<" + t.Name() + ">)", what: blockedWhat(g), goid: g.id, state: g.state, restart: s.cfg.restartable}
	}
	return nil
}

// setStuck records st, the task found blocking the loop (by the deadlock
// probe or the watchdog). Safe from any goroutine.
func (s *Session) setStuck(st *stuckLoop) {
	s.stuckMu.Lock()
	s.stuck = st
	s.stuckMu.Unlock()
}

// stuckNow returns the task found blocking the loop if it still waits as
// it did; if not, it forgets it and returns nil.
func (s *Session) stuckNow() *stuckLoop {
	s.stuckMu.Lock()
	st := s.stuck
	s.stuckMu.Unlock()
	if st == nil || st.passing {
		return nil // see holder
	}
	gs, _ := dumpGoroutines()
	for _, g := range gs {
		if g.id == st.goid && g.state == st.state {
			return st
		}
	}
	s.stuckMu.Lock()
	if s.stuck == st {
		s.stuck = nil
	}
	s.stuckMu.Unlock()
	return nil
}

// holder returns the task found holding the loop, for good (stuckNow) or
// for now (in a compiled call, or running interpreted code that does not
// await) while the loop has not turned since.
func (s *Session) holder() *stuckLoop {
	s.stuckMu.Lock()
	st := s.stuck
	s.stuckMu.Unlock()
	if st != nil && st.passing {
		if s.watch != nil && !s.watch.turning() {
			return st
		}
		return nil
	}
	return s.stuckNow()
}

// unreachable returns the task holding the loop where no request gets to
// it and no interrupt stops it (blocked for good, or in a compiled call),
// nil if there is none.
func (s *Session) unreachable() *stuckLoop {
	if st := s.holder(); st != nil && !st.interruptible {
		return st
	}
	return nil
}

// noLoop is the error of a request the loop did not get to: naming the
// task that holds it, where one does, and how to stop it.
func (s *Session) noLoop() error {
	if st := s.unreachable(); st != nil {
		return &Error{Msg: st.again()}
	}
	if t := s.stepping(); t != nil {
		return &Error{Msg: fmt.Sprintf("repl: the event loop does not respond: Task(<%s>) holds it, running without awaiting (:cancel %s, or Ctrl-C at the prompt, stops it)", t.Name(), t.Name())}
	}
	return errNoLoop
}

// loopPatience is how long onLoop waits for the loop, in nanoseconds.
var loopPatience atomic.Int64

func init() { loopPatience.Store(int64(5 * time.Second)) }

// onLoop runs f on the loop goroutine and waits for it. If the loop does
// not get to f within loopPatience (a callback blocks it), f never runs and
// onLoop reports false, which its caller reports (errNoLoop): whatever f
// would have written stays as it was.
func (s *Session) onLoop(f func()) bool {
	return s.onLoopWithin(time.Duration(loopPatience.Load()), f)
}

// onLoopWithin is onLoop, waiting for the loop at most patience.
func (s *Session) onLoopWithin(patience time.Duration, f func()) bool {
	if s.unreachable() != nil {
		return false // it will not get to f
	}
	const (
		queued int32 = iota
		running
		abandoned
	)
	var state atomic.Int32
	done := make(chan struct{})
	s.loop.CallSoonThreadsafe(func() {
		if !state.CompareAndSwap(queued, running) {
			return
		}
		defer close(done)
		f()
	})
	select {
	case <-done:
		return true
	case <-time.After(patience):
		if !state.CompareAndSwap(queued, abandoned) {
			<-done // it started meanwhile
			return true
		}
		return false
	}
}

// compilePlan compiles a lowered segment for the interpreter
// (prepareAndCompile), then records what the interpreter now has of it as
// the session's: FrontEnd.Record, the one writer of the session's facts,
// which keeps the imports made even when the code then failed to compile.
// prog is nil for a segment of imports alone: there is nothing to run.
func (s *Session) compilePlan(hard context.Context, p *frontend.Plan) (*interp.Program, *frontend.Recorded, error) {
	prog, imported, err := s.prepareAndCompile(hard, p)
	rec := s.fe.Record(p, imported, prog != nil)
	// The checks of fmt's calls compiled before see the named basic
	// types held since.
	hostrt.SetHeldBasics(s.fe.HeldBasics())
	return prog, rec, err
}

// prepareAndCompile makes what a lowered segment's code needs, then
// compiles it: the imports it makes or uses (makeImports, which returns
// those made), the prelude's stand-ins and the interface copies it calls,
// and copies of the values of the variables it declares again (to put
// back if it fails).
func (s *Session) prepareAndCompile(hard context.Context, p *frontend.Plan) (prog *interp.Program, imported map[string]string, err error) {
	imported, err = s.makeImports(p)
	if err != nil || p.Seg.Imports && p.Src.Interactive() {
		return nil, imported, err
	}
	s.runningOps.Store(nil)
	if err := s.declarePrelude(hard, p); err != nil {
		return nil, imported, err
	}
	if err := s.declareIfaceCopies(hard, p); err != nil {
		return nil, imported, err
	}
	if err := s.keepPrev(hard, p.Prev, false); err != nil {
		return nil, imported, err
	}
	prog, err = s.compileLowered(p)
	if err != nil {
		s.keepPrev(hard, p.Prev, true) //nolint:errcheck // best effort: the input's error is the one to report
		return nil, imported, s.compileError(p, err)
	}
	return prog, imported, nil
}

// makeImports makes in the interpreter the imports a segment needs: those
// of interactive input (importAll) and the packages it uses without
// importing them. It returns those it made, by name, up to any error.
func (s *Session) makeImports(p *frontend.Plan) (map[string]string, error) {
	made := map[string]string{}
	if p.Seg.Kind == gosrc.SegFile && p.Src.Interactive() {
		if err := s.importAll(p, made); err != nil {
			return made, err
		}
	}
	for name, path := range p.AutoImports {
		if s.fe.Imports[name] == "" && made[name] == "" {
			if _, err := s.compile(gosrc.InputFile, "package main\nimport "+name+" "+strconv.Quote(path), false); err != nil {
				return made, gosrc.InterpError(err)
			}
			made[name] = path
		}
	}
	return made, nil
}

// compileLowered compiles a segment's lowered code or, where the
// interpreter fails on it, the plan's fallbacks: the code with every
// unproven range made a range over an integer (RangeRetry), and a final
// expression that fails to compile as a value compiled as a statement (a
// call with no results; Bare, which drops the plan's Result), but not a
// constant one: 1<<70 overflows int.
func (s *Session) compileLowered(p *frontend.Plan) (*interp.Program, error) {
	block := p.Seg.Kind == gosrc.SegStmt
	prog, err := s.compile(p.Src.Abs, p.Code, block)
	if err != nil && p.RangeRetry != "" {
		if _, isPanic := err.(*compilePanic); isPanic {
			if prog2, err2 := s.compile(p.Src.Abs, p.RangeRetry, block); err2 == nil {
				prog, err = prog2, nil
			}
		}
	}
	if err != nil && p.Bare != "" && (p.Result == nil || !p.Result.Constant) {
		if prog2, err2 := s.compile(p.Src.Abs, p.Bare, block); err2 == nil {
			prog, err, p.Result = prog2, nil, nil
		}
	}
	return prog, err
}

// runPlan runs a compiled segment's program (execute), its warnings said
// first, and describes the errors of running it (runError). A segment
// that fails leaves the session's variables it declared again as they
// were, values and facts (rec), unless a hard stop ended it.
func (s *Session) runPlan(hard context.Context, p *frontend.Plan, prog *interp.Program, rec *frontend.Recorded) error {
	ops := resolved(p.Ops, p.Result != nil)
	s.runningOps.Store(&ops)
	for _, w := range p.Warnings {
		s.errorf("%v", w)
	}
	s.help.Reset()
	s.trace.Take()
	err := s.execute(hard, prog)
	s.syncStderr()
	if err == nil {
		return nil
	}
	setup := isSetupPanic(err)
	err = s.runError(err)
	if len(p.Prev) > 0 && hard.Err() == nil {
		s.keepPrev(hard, p.Prev, true) //nolint:errcheck // as in prepareAndCompile
		rec.Failed()
	}
	s.forgot = rec.Forget(setup) // a failed segment ends its input
	return err
}

// execute runs an input's program. The interpreter runs it on a goroutine
// of its own and takes that goroutine's end for the program's return: a
// call of runtime.Goexit in the input's own code (helpers.goexit) is an
// error here, not a silent end.
func (s *Session) execute(hard context.Context, prog *interp.Program) error {
	s.help.InputGoexit.Store(false)
	s.help.InputExit.Store(nil)
	_, err := s.in.ExecuteWithContext(hard, prog)
	if e := s.help.Safepoints.Overflowed(s.help.InputTask.Load()); err == nil && e != nil {
		return interp.Panic{Value: e}
	}
	if exit := s.help.InputExit.Swap(nil); err == nil && exit != nil {
		s.help.InputGoexit.Store(false)
		if *exit == nil {
			return &Error{Msg: "loop.ExitTask(nil) ended the input, whose rest did not run (in a task it ends the task as if its function returned)"}
		}
		return &Error{Msg: "loop.ExitTask ended the input, whose rest did not run, with the error: " + (*exit).Error()}
	}
	if err == nil && s.help.InputGoexit.Swap(false) {
		return &Error{Msg: "runtime.Goexit called in the input's own code (t.FailNow and t.SkipNow call it): " +
			"it ended the input, whose rest did not run; in a task it ends the task with an error, in a goroutine the goroutine"}
	}
	return err
}

// keepPrev copies each of the session's variables named in names to prevPrefix+name
// before an input that declares them again runs, or, with back, restores
// them from those copies after it failed: a failed input leaves the
// session's variables as they were.
func (s *Session) keepPrev(hard context.Context, names []string, back bool) error {
	if len(names) == 0 {
		return nil
	}
	var b strings.Builder
	b.WriteString("package main\nfunc _() {\n")
	for _, n := range names {
		if back {
			fmt.Fprintf(&b, "%s := %s%s\n", n, frontend.PrevPrefix, n)
		} else {
			fmt.Fprintf(&b, "%s%s := %s\n", frontend.PrevPrefix, n, n)
		}
	}
	b.WriteString("}")
	prog, err := s.compile(gosrc.InputFile, b.String(), true)
	if err == nil {
		_, err = s.in.ExecuteWithContext(hard, prog)
	}
	if err != nil {
		return fmt.Errorf("repl: cannot keep the values of %s: %v", strings.Join(names, ", "), gosrc.InterpError(err))
	}
	return nil
}

// importAll handles the imports of interactive input: one already made is
// accepted again, one whose name is taken by another package is an error.
// Those it makes are added to made.
func (s *Session) importAll(p *frontend.Plan, made map[string]string) error {
	for _, imp := range p.ImportSpecs {
		have := s.fe.Imports[imp.Name]
		if have == "" {
			have = made[imp.Name]
		}
		if have == imp.Path {
			continue
		} else if have != "" {
			return &Error{Pos: p.Src.Position(imp.Off), Msg: fmt.Sprintf("%s already refers to %q in this session; import %q under another name", imp.Name, have, imp.Path)}
		}
		code := "package main\n" + p.Src.Directive(imp.Off) + "import " + imp.Name + " " + strconv.Quote(imp.Path)
		if _, err := s.compile(gosrc.InputFile, code, false); err != nil {
			if strings.Contains(err.Error(), "unable to find source related to") {
				return &Error{Pos: p.Src.Position(imp.Off), Msg: fmt.Sprintf("package %q is not available: %s", imp.Path, stdlibUnavailable(imp.Path))}
			}
			return gosrc.InterpError(err)
		}
		made[imp.Name] = imp.Path
	}
	return nil
}

var (
	noSymbol = regexp.MustCompile(`^package (\w+) "([^"]+)" has no symbol (\w+)$`)
	undefSel = regexp.MustCompile(`^undefined (?:selector|method):? (?:([\w./-]+)\.)?(\w+)$`)
)

// selectorError rewords the interpreter's errors about a selector that names
// nothing: it points at the selector, not the start of the expression, and
// says what the interpreter's standard library lacks when the package is a
// standard one.
func (s *Session) selectorError(e *Error, p *frontend.Plan) *Error {
	src := p.Src
	var pkg, path, sel string
	if m := noSymbol.FindStringSubmatch(e.Msg); m != nil {
		pkg, path, sel = m[1], m[2], m[3]
	} else if m := undefSel.FindStringSubmatch(e.Msg); m != nil {
		pkg, sel = m[1], m[2]
		path = s.fe.Imports[pkg]
		if strings.Contains(pkg, "/") { // yaegi names the package by its path
			path, pkg = pkg, frontend.ImportName(pkg)
		}
	} else {
		return e
	}
	x := ""
	if off, ok := src.OffsetOf(e.Pos); ok {
		if i := selectorAt(src.Text, off, sel); i >= 0 {
			x = strings.TrimSpace(src.Text[off:i])
			e.Pos = src.Position(i + 1)
		}
	}
	switch {
	case pkg != "":
		e.Msg = "undefined: " + pkg + "." + sel
		if near := frontend.Nearest(sel, s.Members(pkg)); near != "" && !stdlibLacks(path, sel) {
			e.Msg += " (did you mean " + pkg + "." + near + "?)"
		} else if path != "" && !strings.Contains(strings.Split(path, "/")[0], ".") {
			// The type checker found the member in Go's: the interpreter
			// lacks it.
			e.Msg += " (" + stdlibMissing(path, sel) + ")"
		}
	case isIdent(x) && s.laterGenericMethod(x, sel) != "":
		// The type checker found the method: yaegi gives a generic
		// type's method declared after an instance was made to the
		// instances made after it only.
		inst := s.laterGenericMethod(x, sel)
		e.Msg = fmt.Sprintf("%s.%s undefined in the interpreter: it made %s before method %s was declared, and cannot give it a method declared after that; declare a generic type's methods before the inputs that use it with type arguments (values of instances first made from now on have it; :reset for a fresh session)", x, sel, inst, sel)
	case isIdent(x):
		e.Msg = fmt.Sprintf("%s.%s undefined (no field or method %s)", x, sel, sel)
	default:
		e.Msg = "undefined field or method: " + sel
	}
	return e
}

// laterGenericMethod returns the instance of a generic type (Stack[int])
// that the session's variable x holds, or points to, when the type
// checker finds method sel on it: the interpreter lacks sel there only
// because the instance was made before sel was declared. It returns ""
// otherwise.
func (s *Session) laterGenericMethod(x, sel string) string {
	v, ok := s.fe.Types.Objs[x].(*types.Var)
	if !ok {
		return ""
	}
	t := v.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.TypeArgs().Len() == 0 {
		return ""
	}
	// The type as the session has it now: the variable's may be the one
	// checked before the method was declared.
	tn, ok := s.fe.Types.Objs[named.Obj().Name()].(*types.TypeName)
	if !ok {
		return ""
	}
	now, ok := types.Unalias(tn.Type()).(*types.Named)
	if !ok {
		return ""
	}
	for i := range now.NumMethods() {
		if now.Method(i).Name() == sel {
			return frontend.TypeText(named)
		}
	}
	return ""
}

// selectorAt returns the offset of the dot of the first ".sel" in text from
// off on, -1 if there is none.
func selectorAt(text string, off int, sel string) int {
	for i := off; i < len(text); {
		j := strings.Index(text[i:], "."+sel)
		if j < 0 {
			return -1
		}
		k := i + j + 1 + len(sel)
		if k == len(text) || !isIdentByte(text[k]) {
			return i + j
		}
		i = k
	}
	return -1
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isIdent(s string) bool {
	if s == "" || s[0] >= '0' && s[0] <= '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isIdentByte(s[i]) {
			return false
		}
	}
	return true
}

func (s *Session) compileError(p *frontend.Plan, err error) error {
	if cp, ok := err.(*compilePanic); ok {
		msg := fmt.Sprint(cp.value)
		if p.FirstRange >= 0 && strings.Contains(msg, "nil type") {
			return &Error{Pos: p.Src.Position(p.FirstRange), Msg: "the interpreter cannot compile this range loop: range over a function is not supported, nor range over an integer it cannot tell is one (write for i := 0; i < n; i++, or call the iterator with a yield function)"}
		}
		if msg == "nil type" || msg == "nil reflect type" {
			msg = "it cannot compile this (a known gap of the interpreter's: split the input, or put the code in a function)"
		}
		return &Error{Pos: p.Src.Position(p.Seg.From), Msg: "the interpreter failed on this input: " + gosrc.DecodePositions(msg)}
	}
	if re, ok := err.(*rewriteError); ok {
		e := gosrc.InterpError(re.err)
		e.Msg = "repl: internal error: the shell's rewriting of this input does not parse (" + e.Msg + "); nothing of it ran (please report it, with the input)"
		return e
	}
	e := gosrc.InterpError(err)
	if m := undefinedMember.FindStringSubmatch(e.Msg); m != nil {
		// The same, failing on a method's own selector (once an
		// instance was a generic function's type argument).
		for _, gm := range p.GenericMethods() {
			if gm[1] == m[1] {
				return &Error{Pos: p.Src.Position(p.Seg.From), Msg: lateGenericMethod(gm[0], gm[1], m[0])}
			}
		}
	}
	if m := loggerMismatch.FindStringSubmatch(e.Msg); m != nil {
		// The std table's log.New and log.Logger are the shell's (their
		// Fatal exits the program, not the session's process): a
		// compiled *log.Logger and the shell's do not mix.
		if m[1] == "*std.logLogger" {
			e.Msg = "a *log.Logger of log.New cannot go where a compiled package holds one (http.Server's ErrorLog, say): the shell's log.New makes a logger of its own, so that its Fatal ends the program rather than the session (give compiled code slog.NewLogLogger(handler, level) or log.Default(), which are compiled ones)"
		} else {
			e.Msg = "a *log.Logger a compiled package made (log.Default(), slog.NewLogLogger, a server's ErrorLog) cannot be held where the program's code holds one: the shell's log.Logger is a logger of its own, so that its Fatal ends the program rather than the session (make the logger with log.New)"
		}
		return e
	}
	if m := undefinedTypeFor.FindStringSubmatch(e.Msg); m != nil {
		if ms := p.GenericMethods(); len(ms) > 0 {
			// yaegi gives a generic type's method declared later to the
			// instances it has made, and fails on those that generic
			// code made (Some[T] returning Opt[T], once called): it has
			// not their type arguments.
			e.Msg = lateGenericMethod(ms[0][0], ms[0][1], m[0])
			return e
		}
	}
	return s.selectorError(e, p)
}

// loggerMismatch is yaegi's report of a compiled *log.Logger and the
// shell's (std's logLogger) given for one another.
var loggerMismatch = regexp.MustCompile(`^cannot use type (\*std\.logLogger|\*log\.Logger) as type (?:\*log\.Logger|\*std\.logLogger)`)

// undefinedTypeFor is yaegi's report of a generic declaration compiled
// without the type arguments of its type parameter.
var undefinedTypeFor = regexp.MustCompile(`^undefined type for \w+$`)

// lateGenericMethod is the refusal of method of the generic type typ,
// declared after generic code made instances of typ, which the
// interpreter failed to compile in its words.
func lateGenericMethod(typ, method, words string) string {
	return fmt.Sprintf("the interpreter cannot add method %s to generic type %s now (its words: %s): a call of generic code made instances of %s, and it cannot give them a method declared after that; declare the type's methods before calling generic code that uses the type (:reset for a fresh session)",
		method, typ, words, typ)
}

// undefinedMember is yaegi's report of a selector it finds no field or
// method for.
var undefinedMember = regexp.MustCompile(`^undefined (?:selector|field or method): (\w+)$`)

// runError describes an error of running interpreted code.
func (s *Session) runError(err error) error {
	if errors.Is(err, context.Canceled) {
		return err
	}
	var p interp.Panic
	if !errors.As(err, &p) {
		return gosrc.InterpError(err)
	}
	if setupPanic(p.Stack) {
		s.trace.TakeFrames()
		return &Error{Msg: fmt.Sprintf("repl: the interpreter failed to set up the compiled code to run (in its words: %v), so none of it ran, and the session keeps none of the functions it declares (one it declares again is undefined now: the interpreter's new one would return zero values); it fails so on some generic functions that call other generic functions with a type of yours as type argument (slices.Sorted(maps.Keys(m)) in a generic function called with a map[Color]int): write that code for the concrete type, or without the inner generic call", hostrt.PanicValue(p.Value))}
	}
	hostrt.ReportedRefusal(p.Value)
	trace, notes := s.callersNoted(s.trace.TakeFrames())
	if x, ok := hostrt.PanicValue(p.Value).(*hostrt.ExitPanic); ok {
		e := &ExitError{Code: x.Code}
		if len(trace) > 0 {
			e.Pos = trace[0]
		}
		return e
	}
	if e := s.safepointError(p.Value, trace); e != nil {
		return e
	}
	if x, ok := hostrt.PanicValue(p.Value).(*hostrt.FatalError); ok {
		return &Error{Pos: gosrc.DecodePositions(x.Pos), Msg: x.Error()}
	}
	e := s.notImplemented(p.Value)
	if e == nil {
		at, text := s.help.TakePanic(p.Value)
		v := hostrt.InGoWords(p.Value, at != "")
		if at == "" {
			text = hostrt.PanicText(v)
		}
		e = &Error{Msg: gosrc.DecodePositions("panic: " + text), Pos: at}
		if at == "" && len(trace) > 0 {
			// Where the interpreter's trace says is the function's
			// start: find the line.
			var note string
			e.Pos, note = s.runtimePanic(v, []hostrt.TraceFrame{{Pos: trace[0]}})
			e.Msg += note
		}
	}
	// The session's own wrappers around an input are calls at the same
	// place as the code they wrap: one mention is enough.
	type frame struct{ pos, note string }
	var frames []frame
	for i, pos := range trace {
		frames = append(frames, frame{pos, notes[i]})
	}
	frames = slices.CompactFunc(slices.DeleteFunc(frames, func(f frame) bool { return len(s.inText([]string{f.pos})) == 0 }),
		func(a, b frame) bool { return a.pos == b.pos })
	if len(frames) > 0 {
		if e.Pos == "" {
			e.Pos = frames[0].pos
		}
		var noted []string
		for _, f := range frames[1:] {
			noted = append(noted, f.pos+f.note)
		}
		e.Msg += traceSuffix(noted)
	}
	return e
}

// setupPanic reports whether stack, of a panic the interpreter recovered
// in Execute, is of its code generation before the code ran (genRun), not
// of the code: yaegi v0.16.1 fails so on some generic code, and the panic
// was reported as the program's (a bare "panic: runtime error: invalid
// memory address", status 2, with nothing printed).
func setupPanic(stack []byte) bool {
	gen := bytes.Index(stack, []byte("interp.genRun("))
	exec := bytes.Index(stack, []byte("interp.(*Interpreter).Execute("))
	return gen >= 0 && exec > gen && !bytes.Contains(stack[gen:exec], []byte("interp.runCfg("))
}

// isSetupPanic reports whether err, of running an input, is the
// interpreter's failure to set its code up (see setupPanic).
func isSetupPanic(err error) bool {
	var p interp.Panic
	return errors.As(err, &p) && setupPanic(p.Stack)
}

// missingMethod matches yaegi's run-time report of a value converted to a
// compiled interface it does not implement (it does not check that when
// it compiles a call of compiled code), and reflect's for the variadic
// arguments of such a call.
var (
	missingMethod = regexp.MustCompile(`^method not found: (\w+)$`)
	badCallArg    = regexp.MustCompile(`^reflect: cannot use (.+) as type (\S+) in Call$`)
)

// notImplemented turns the panic yaegi raises for a value that does not
// implement the compiled interface it is passed as into the compile error
// Go would have given, naming the interface when the method tells which
// (loop.Await(5): loop.Awaitable, missing method ToFuture); nil for any
// other panic.
func (s *Session) notImplemented(v any) *Error {
	msg := hostrt.PanicText(v)
	if m := badCallArg.FindStringSubmatch(msg); m != nil && s.isInterface(m[2]) {
		return &Error{Msg: fmt.Sprintf("cannot use %s as %s value in argument: %s does not implement %s", m[1], m[2], m[1], m[2])}
	}
	msg = gosrc.DecodePositions(msg)
	pos := gosrc.LeadingPos.FindStringSubmatch(msg)
	if pos == nil {
		return nil
	}
	m := missingMethod.FindStringSubmatch(msg[len(pos[0]):])
	if m == nil {
		return nil
	}
	var ifaces []string
	for _, path := range slices.Sorted(maps.Keys(s.symbols)) {
		for _, name := range slices.Sorted(maps.Keys(s.symbols[path])) {
			t := s.symbols[path][name].Type()
			if t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Interface || name != t.Elem().Name() {
				continue
			}
			if _, ok := t.Elem().MethodByName(m[1]); ok {
				ifaces = append(ifaces, t.Elem().String())
			}
		}
	}
	if len(ifaces) == 1 {
		return &Error{Pos: pos[1], Msg: fmt.Sprintf("value does not implement %s (missing method %s)", ifaces[0], m[1])}
	}
	return &Error{Pos: pos[1], Msg: fmt.Sprintf("value does not implement the interface it is used as (missing method %s)", m[1])}
}

// isInterface reports whether name ("loop.Awaitable") is an interface
// type of a compiled package the session knows.
func (s *Session) isInterface(name string) bool {
	pkg, typ, ok := strings.Cut(name, ".")
	if !ok {
		return false
	}
	for path, syms := range s.symbols {
		if frontend.ImportName(path) != pkg {
			continue
		}
		if v, ok := syms[typ]; ok && v.IsValid() && v.Type().Kind() == reflect.Pointer && v.Type().Elem().Kind() == reflect.Interface {
			return true
		}
	}
	return false
}

// exceptionHandler is the session loop's: a callback's panic says where in
// the user's code it panicked (raised_at), as a task's does.
func (s *Session) exceptionHandler(l *loop.Loop, ctx loop.ExceptionContext) {
	if e := (*hostrt.Interrupted)(nil); errors.As(ctx.Err, &e) {
		// Stopped at a safe point on the user's request (Ctrl-C): said
		// as the tasks stopped so are.
		s.syncStderr() // the interpreter's trace of the panic
		s.trace.Take()
		what := strings.TrimPrefix(ctx.Message, "Exception in ")
		s.errorf("%s %s at %s: the rest of it does not run; the loop runs on", what, e.Why, gosrc.DecodePositions(e.Pos))
		return
	}
	if ge := (*loop.GoexitError)(nil); errors.As(ctx.Err, &ge) {
		// Ended at a stack overflow (safepoints.endOverflowed), which
		// the code at the bottom of the loop's goroutine claims here.
		if e := s.help.Safepoints.Overflowed(nil); e != nil {
			s.syncStderr()
			s.trace.Take()
			what := strings.TrimPrefix(ctx.Message, "Exception in ")
			s.errorf("%s: panic: %s at %s: the rest of it does not run; the loop runs on", what, e.Msg(), gosrc.DecodePositions(e.Pos))
			return
		}
	}
	if pe, ok := ctx.Err.(*loop.PanicError); ok && ctx.Fields["raised_at"] == nil {
		s.syncStderr() // the interpreter's trace of the panic
		trace := s.trace.Take()
		ctx.Err = s.help.Translated(pe) // before panicAt forgets an explicit panic's value
		at := s.help.PanicAt(pe.Value)
		if at == "" && len(trace) > 0 {
			var note string
			at, note = s.runtimePanic(ctx.Err.(*loop.PanicError).Value, []hostrt.TraceFrame{{Pos: trace[0]}})
			at += note
		}
		if at != "" {
			fields := map[string]any{"raised_at": gosrc.DecodePositions(at)}
			for k, v := range ctx.Fields {
				fields[k] = v
			}
			ctx.Fields = fields
		}
	}
	l.DefaultExceptionHandler(ctx)
}

// machinery matches the functions of a Go stack that belong to the
// interpreter and the session, not to the user's code: the user's
// interpreted functions never appear in one.
var machinery = regexp.MustCompile(`^(created by )?(runtime|runtime/debug|reflect|iter|internal/\S+|sync|github\.com/traefik/yaegi/\S+|github\.com/asyncrepl/asyncrepl/\S+|loop|repl|hostrt|main)\.|^panic\(|^goroutine \d+ \[`)

// userFrames returns the frames of a Go stack left when the machinery's
// are taken out ("" when none are left).
func userFrames(stack string) string {
	var b strings.Builder
	keep := false
	for _, line := range strings.Split(strings.TrimRight(stack, "\n"), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		if !strings.HasPrefix(line, "\t") {
			keep = !machinery.MatchString(line)
		}
		if keep {
			b.WriteString(line + "\n")
		}
	}
	return b.String()
}

// goPanicMsg describes a panic in a goroutine started at pos, whose value
// Go prints as text.
func goPanicMsg(pos string, text string, at string, trace []string) string {
	if at == "" && len(trace) > 0 {
		at = trace[0]
	}
	if at == "" {
		at = pos
	}
	return gosrc.DecodePositions(fmt.Sprintf("%s: panic: %s (in a goroutine started at %s)", at, text, pos))
}

func traceSuffix(trace []string) string {
	var b strings.Builder
	for _, t := range trace {
		b.WriteString("\n\tcalled from " + t)
	}
	return b.String()
}

// ExitError reports a call of os.Exit by interpreted code. A session keeps
// running after one; a script ends with its code.
type ExitError struct {
	Code int
	Pos  string
}

func (e *ExitError) Error() string {
	msg := fmt.Sprintf("os.Exit(%d) called: the session keeps running (:quit leaves)", e.Code)
	if e.Pos != "" {
		return e.Pos + ": " + msg
	}
	return msg
}

// describe returns the items of a segment that ran, as the user reads
// them: what it declared and the values of its final expression, with
// their static types (and the dynamic one where that is an interface),
// none for a file. The dynamic types of the variables it declared go to
// its record (rec).
func (s *Session) describe(hard context.Context, p *frontend.Plan, rec *frontend.Recorded) []Item {
	results, decls := s.help.Taken()
	shown := s.help.TakeShown()
	var items []Item
	for _, d := range p.Decls {
		switch {
		case d.Big != "":
			items = append(items, Item{Name: d.Name, Type: d.Info.Typ, Value: d.Big})
		case d.Value:
			v := decls[d.Name]
			typ := d.Info.Typ
			if typ == "" {
				typ = s.typeName(v, d.Static)
			}
			if typ == "" {
				typ = "nil"
			}
			if v != nil {
				rec.Shown(d.Name, typ)
			}
			it := Item{Name: d.Name, Type: typ, Value: formatValue(v, s.fieldNames)}
			if t := p.Checked.DeclType(d.Name); t != nil {
				it.Type = frontend.TypeText(t)
				it.Value = formatValue(v, frontend.FieldNamer(s.fieldNames, t))
				if types.IsInterface(t) && v != nil {
					it.Dynamic = s.dynamicName(v, t)
				}
			}
			if text, ok := shown[d.Name]; ok {
				it.Value = text
			}
			items = append(items, it)
		case d.Info.Kind == frontend.KindType:
			s.registerType(hard, d.Name, d.Node)
			items = append(items, Item{Value: d.Text})
		case d.Text != "" && p.Src.Interactive():
			items = append(items, Item{Value: d.Text})
		}
	}
	allNil := true
	for _, v := range results {
		allNil = allNil && v == nil
	}
	statics := p.Checked.ResultTypes()
	// What the lowered code showed of each value, as fmt shows it (under
	// its index where the expression has several).
	several := len(results) > 1
	shownResult := func(i int) (string, bool) {
		key := ""
		if several {
			key = frontend.ResultKey(i)
		}
		text, ok := shown[key]
		return text, ok
	}
	// A trailing nil error says nothing: loop.Await(f) shows f's result.
	if n := len(results); p.Result != nil && n > 1 && results[n-1] == nil && n <= len(p.Result.Types) && p.Result.Types[n-1] == "error" {
		results = results[:n-1]
	} else if n > 1 && results[n-1] == nil && len(statics) == n && frontend.TypeText(statics[n-1]) == "error" {
		results = results[:n-1]
	}
	// A nil result prints as nil, a call's (f() returning a nil error) as
	// any other's, but for the loop's calls, whose nil results, as
	// asyncio's None, say nothing (fut.SetResult(3), loop.Await of a
	// sleep).
	if p.Result != nil && (!allNil || len(statics) == len(results) && len(results) > 0 && !p.Checked.ResultCallsLoop()) {
		for i, v := range results {
			if len(statics) == len(results) || len(statics) == len(results)+1 {
				t := statics[i]
				it := Item{Type: frontend.TypeText(t), Value: formatValue(v, frontend.FieldNamer(s.fieldNames, t))}
				if types.IsInterface(t) && v != nil {
					it.Dynamic = s.dynamicName(v, t)
				}
				if text, ok := shownResult(i); ok {
					it.Value = text
				}
				items = append(items, it)
				continue
			}
			static := ""
			if i < len(p.Result.Types) {
				static = p.Result.Types[i]
			}
			if len(results) == 1 && p.Result.Hint != "" {
				static = p.Result.Hint
			}
			typ := s.typeName(v, "")
			if static != "" && (v == nil || !isIfaceName(static) || static == "error" && !exportedType(typ)) {
				// An error of an unexported type (*fmt.wrapError) reads
				// better as the error it is used as.
				typ = static
			}
			if v == nil && typ == "" {
				typ = "nil"
			}
			items = append(items, Item{Type: typ, Value: formatValue(v, s.fieldNames)})
		}
	}
	if !p.Src.Interactive() {
		return nil
	}
	return items
}

// exportedType reports whether a type name such as *loop.PanicError names
// an exported type.
func exportedType(t string) bool {
	t = strings.TrimLeft(t, "*[]")
	if i := strings.LastIndex(t, "."); i >= 0 {
		t = t[i+1:]
	}
	return t != "" && unicode.IsUpper(rune(t[0]))
}

func isIfaceName(t string) bool {
	return t == "error" || t == "any" || strings.HasPrefix(t, "interface")
}

// goTypeName names the dynamic type of v as %T does ("*main.E"), or
// returns "" when the session cannot tell it (see dynamicName).
func (s *Session) goTypeName(v any) string {
	if v == nil || hostrt.Wrapped(v) == nil {
		// A nil interface of the program's, as an earlier input held it.
		return "<nil>"
	}
	if n := hostrt.StandInTypeName(hostrt.Wrapped(v)); n != "" {
		return n
	}
	if rs := reflect.TypeOf(hostrt.Wrapped(v)).String(); !strings.Contains(rs, "struct {") && !hostrt.IsWrapper(v) {
		return rs // a compiled type, or one of the interpreter's made of them
	}
	name := s.dynamicName(v, nil)
	if name == "" || strings.Contains(name, " or ") {
		return ""
	}
	// The session's types are package main's.
	return sessionTypeRef.ReplaceAllStringFunc(name, func(m string) string {
		prefix, id := "", m
		if c := m[0]; c != '_' && !unicode.IsLetter(rune(c)) {
			prefix, id = m[:1], m[1:]
		}
		if tn, ok := s.fe.Types.Objs[id].(*types.TypeName); ok && tn.Pkg() != nil && tn.Pkg().Path() == "main" {
			return prefix + "main." + id
		}
		return m
	})
}

// sessionTypeRef matches an identifier not qualified by a package.
var sessionTypeRef = regexp.MustCompile(`(^|[^.\w])[A-Za-z_]\w*`)

// dynamicName names the dynamic type of v, a value held in an interface
// of static type static (nil: not known), or returns "" when the
// interpreter's representation does not tell it: a value of the program's
// type that passed through compiled code arrives in a wrapper that holds
// it in a form of the interpreter's own (a struct of one field as that
// field), and an unnamed struct is what the interpreter makes of a struct
// type whose name it cannot give. Where the interpreter holds several of
// the program's types alike (type Named int, held as an int), the name it
// kept with the value tells which, else only those that implement static
// are named ("int or Named" in an any, Named in an interface{ Foo() }
// that only Named implements).
func (s *Session) dynamicName(v any, static types.Type) string {
	if v == nil {
		return ""
	}
	if n := hostrt.StandInTypeName(hostrt.Wrapped(v)); n != "" {
		return n
	}
	all := s.typeName(v, "")
	if hostrt.HeldErrorName(v) != "" {
		return all // named exactly by the box, or the prelude's type, holding it
	}
	name := s.narrowAlike(v, all, static)
	if hostrt.IsWrapper(v) {
		if hostrt.IsIfaceWrapper(v) && s.heldName(v) == "" && s.lastFieldLike(reflect.TypeOf(hostrt.Wrapped(v)), static) {
			// What the wrapper keeps of a struct value, maybe: its last
			// field (a Pt{1, 2} held as a fmt.Stringer was named Level,
			// an int of the session's).
			return ""
		}
		if name != all && !strings.Contains(name, " or ") {
			return name // told by the name the interpreter kept, or by static
		}
		t, star := reflect.TypeOf(hostrt.Wrapped(v)), ""
		if t != nil && t.Kind() == reflect.Pointer {
			t, star = t.Elem(), "*"
		}
		n, ok := s.types[t]
		if !ok && hostrt.IsIfaceWrapper(v) {
			// A compiled interface's wrapper holds only values of the
			// session's types (compiled ones implement it themselves):
			// of a representation one type of the session has, that one
			// (all names the representation first: not two of the
			// session's types narrowed, "Ts or U", of which it named U).
			if alike := strings.Split(all, " or "); len(alike) == 2 {
				return alike[1]
			}
		}
		if !ok || strings.Contains(name, " or ") {
			return ""
		}
		if hostrt.IsIfaceWrapper(v) && !s.implements(star+n, static) {
			// The last field of a struct the wrapper cannot hold
			// whole (a P of a Box[P] held as a fmt.Stringer, see the
			// front end's lower_errbox.go): not its type.
			return ""
		}
		return star + n
	}
	if strings.HasPrefix(strings.TrimLeft(name, "*[]"), "struct {") {
		return ""
	}
	return name
}

// lastFieldLike reports whether a compiled interface's wrapper holding a
// value of type held may hold it as the last field of a struct value of
// the session's implementing static (the interpreter keeps that only).
// (An error is boxed instead: see the front end's lower_errbox.go.)
func (s *Session) lastFieldLike(held reflect.Type, static types.Type) bool {
	if static != nil && types.Identical(static, types.Universe.Lookup("error").Type()) {
		return false
	}
	for t, name := range s.types {
		if t.Kind() == reflect.Struct && t.NumField() > 0 && t.Field(t.NumField()-1).Type == held && s.implements(name, static) {
			return true
		}
	}
	return false
}

// heldName returns the name of the session's type that the interpreter
// keeps with v, an interpreter's interface value holding a value of a
// type with methods (Named, *User), or "".
func (s *Session) heldName(v any) string {
	held, star := hostrt.HeldTypeName(v), ""
	if rest, ok := strings.CutPrefix(held, "*"); ok {
		held, star = rest, "*"
	}
	if name, ok := strings.CutPrefix(held, "main."); ok {
		return star + name
	}
	return ""
}

// narrowAlike narrows name, the types v may be of as typeName names them
// ("int or Named or Plain"), to the one the interpreter kept the name of
// with v, or else to those that implement static, an interface with
// methods: the representation by its compiled methods, the program's
// types by their method sets.
func (s *Session) narrowAlike(v any, name string, static types.Type) string {
	alike := strings.Split(name, " or ")
	if len(alike) < 2 {
		return name
	}
	if held := s.heldName(v); held != "" && slices.Contains(alike[1:], held) {
		return held
	}
	var iface *types.Interface
	if static != nil {
		iface, _ = static.Underlying().(*types.Interface)
	}
	if iface == nil || iface.NumMethods() == 0 {
		return name
	}
	var kept []string
	// The first is the representation, a compiled type: by its methods
	// (a wrapper holds a value of the program's, never one).
	if rt := reflect.TypeOf(hostrt.Wrapped(v)); rt != nil && !hostrt.IsWrapper(v) && compiledImplements(rt, iface) {
		kept = append(kept, alike[0])
	}
	for _, a := range alike[1:] {
		// (A slice or map of the program's types has no methods.)
		if t := s.sessionType(a); t != nil && types.Implements(t, iface) {
			kept = append(kept, a)
		}
	}
	if len(kept) == 0 {
		return name
	}
	return strings.Join(kept, " or ")
}

// implements reports whether the session's type named name (*T for a
// pointer) has the methods of static, an interface with methods; true
// where it cannot tell.
func (s *Session) implements(name string, static types.Type) bool {
	if static == nil {
		return true
	}
	iface, ok := static.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return true
	}
	t := s.sessionType(name)
	return t == nil || types.Implements(t, iface)
}

// sessionType returns the session's type named name (*T: a pointer to
// T), nil where it has none.
func (s *Session) sessionType(name string) types.Type {
	base, star := strings.CutPrefix(name, "*")
	tn, ok := s.fe.Types.Objs[base].(*types.TypeName)
	if !ok {
		return nil
	}
	if star {
		return types.NewPointer(tn.Type())
	}
	return tn.Type()
}

// compiledImplements reports whether the compiled type rt has the methods
// of iface, by name.
func compiledImplements(rt reflect.Type, iface *types.Interface) bool {
	for m := range iface.Methods() {
		if _, ok := rt.MethodByName(m.Name()); !ok {
			return false
		}
	}
	return true
}

// typeName names the dynamic type of v, using the names of the session's
// types where the interpreter only knows their structure.
func (s *Session) typeName(v any, fallback string) string {
	if v == nil {
		return fallback
	}
	if name := hostrt.HeldErrorName(v); name != "" {
		// See lower_errbox.go, lower_typednil.go; the session's types
		// by their own names, as elsewhere (E, *E).
		star := ""
		if strings.HasPrefix(name, "*") {
			star, name = "*", name[1:]
		}
		return star + strings.TrimPrefix(name, "main.")
	}
	v = hostrt.Wrapped(v) // an interpreted value in an interface of compiled code
	if v == nil {
		return fallback // a nil interface of the program's, held so
	}
	t := reflect.TypeOf(v)
	name, ok := s.typeText(t, true)
	if !ok {
		name = frontend.TypeString(t)
	}
	// The interpreter holds a value of type W int as an int: a dynamic
	// type it cannot tell is named with each type it may be.
	var twins []string
	for _, key := range slices.Sorted(maps.Keys(s.fe.Types.Objs)) {
		if tn, ok := s.fe.Types.Objs[key].(*types.TypeName); ok && !types.IsInterface(tn.Type()) {
			if _, isStruct := tn.Type().Underlying().(*types.Struct); !isStruct && frontend.ReprKey(tn.Type()) == name {
				twins = append(twins, tn.Name())
			} else if !isStruct && frontend.ReprKey(types.NewPointer(tn.Type())) == name {
				twins = append(twins, "*"+tn.Name()) // held as a pointer to its representation
			}
		}
	}
	// A slice or map of such a type, put in an interface by an input.
	twins = append(twins, s.fe.HeldAlike(name)...)
	if len(twins) > 0 {
		return name + " or " + strings.Join(twins, " or ")
	}
	return name
}

// elemType returns, as Go source, the element type of the map or channel
// expr holds, by evaluating expr.
func (s *Session) elemType(expr string) (string, bool) {
	code := "package main\nfunc _() {\n" + frontend.HelperPkg + ".Decl(\"\", " + expr + ")\n}"
	prog, err := s.compile(gosrc.InputFile, code, true)
	if err != nil {
		return "", false
	}
	s.help.Reset()
	if _, err := s.in.ExecuteWithContext(context.Background(), prog); err != nil {
		return "", false
	}
	_, decls := s.help.Taken()
	v := decls[""]
	if v == nil {
		return "", false
	}
	t := reflect.TypeOf(v)
	if t.Kind() != reflect.Map && t.Kind() != reflect.Chan {
		return "", false
	}
	return s.typeSource(t.Elem())
}

// typeSource writes t as Go source the session can compile, using the names
// of the session's types.
func (s *Session) typeSource(t reflect.Type) (string, bool) { return s.typeText(t, false) }

// typeText is typeSource, naming struct types of the program's the session
// did not register (a script's, or one the interpreter built again) by
// their tags: as Go names them (main.R) where shown, else as the session
// names them (R).
func (s *Session) typeText(t reflect.Type, shown bool) (string, bool) {
	if n, ok := s.types[t]; ok {
		return n, true
	}
	switch {
	case t.Kind() == reflect.Interface && t.NumMethod() == 0 && t.Name() == "":
		return "any", true
	case t.Name() == "error" && t.PkgPath() == "":
		return "error", true
	case t.Name() != "" && t.PkgPath() == "":
		return t.Name(), true
	case t.Name() != "":
		name := frontend.ImportName(t.PkgPath())
		if s.fe.Imports[name] != t.PkgPath() {
			return "", false
		}
		return name + "." + t.Name(), true
	}
	elem := func(prefix string) (string, bool) {
		e, ok := s.typeText(t.Elem(), shown)
		return prefix + e, ok
	}
	switch t.Kind() {
	case reflect.Pointer:
		return elem("*")
	case reflect.Slice:
		return elem("[]")
	case reflect.Array:
		return elem(fmt.Sprintf("[%d]", t.Len()))
	case reflect.Map:
		k, ok := s.typeText(t.Key(), shown)
		if !ok {
			return "", false
		}
		return elem("map[" + k + "]")
	case reflect.Chan:
		return elem(map[reflect.ChanDir]string{reflect.BothDir: "chan ", reflect.RecvDir: "<-chan ", reflect.SendDir: "chan<- "}[t.ChanDir()])
	case reflect.Struct:
		// A struct type of the program's the session did not register
		// (a script's, one the interpreter built again), by its tag.
		if n := hostrt.TaggedName(t); n != "" {
			if !shown {
				n = strings.TrimPrefix(n, "main.")
			}
			return n, true
		}
	case reflect.Func:
		var in, out []string
		for i := range t.NumIn() {
			p, dots := t.In(i), ""
			if t.IsVariadic() && i == t.NumIn()-1 {
				p, dots = p.Elem(), "..."
			}
			ps, ok := s.typeText(p, shown)
			if !ok {
				return "", false
			}
			in = append(in, dots+ps)
		}
		for i := range t.NumOut() {
			rs, ok := s.typeText(t.Out(i), shown)
			if !ok {
				return "", false
			}
			out = append(out, rs)
		}
		return hostrt.FuncText(in, out), true
	}
	return "", false
}

// registerType records the reflect type the interpreter made for a struct
// type the session declared, to print its name.
func (s *Session) registerType(hard context.Context, name string, node ast.Node) {
	if s.fe.Names[name] == nil {
		return
	}
	code := "package main\nfunc _() {\n" + frontend.HelperPkg + ".Decl(\"\", (*" + name + ")(nil))\n}"
	prog, err := s.compile(gosrc.InputFile, code, true)
	if err != nil {
		return // generic types and the like
	}
	s.help.Reset()
	if _, err := s.in.ExecuteWithContext(hard, prog); err != nil {
		return
	}
	_, decls := s.help.Taken()
	if v := decls[""]; v != nil {
		t := reflect.TypeOf(v).Elem()
		if t.Kind() != reflect.Struct {
			return
		}
		if ts, ok := node.(*ast.TypeSpec); ok {
			s.addFields(t, ts.Type)
		}
		for other, n := range s.types {
			if other == t && n != name {
				delete(s.types, other) // two names for one structure: show neither
				return
			}
		}
		s.types[t] = name
	}
}

// addFields records the field names of t, a struct type the interpreter
// built for the type expression x, and those of the anonymous struct
// types of its fields. The interpreter builds one type for structures
// that differ only in a field's name being n or Xn: such a type gets no
// names (an empty list), and prints as %+v prints it.
func (s *Session) addFields(t reflect.Type, x ast.Expr) {
	st, ok := x.(*ast.StructType)
	if !ok || t.Kind() != reflect.Struct {
		return
	}
	var names []string
	var types []ast.Expr
	for _, f := range st.Fields.List {
		for _, id := range f.Names {
			names = append(names, id.Name)
			types = append(types, f.Type)
		}
		if f.Names == nil {
			typ := f.Type
			if star, ok := typ.(*ast.StarExpr); ok {
				typ = star.X
			}
			if ix, ok := typ.(*ast.IndexExpr); ok {
				typ = ix.X
			}
			if sel, ok := typ.(*ast.SelectorExpr); ok {
				typ = sel.Sel
			}
			id, _ := typ.(*ast.Ident)
			if id == nil {
				return
			}
			names = append(names, id.Name)
			types = append(types, f.Type)
		}
	}
	if len(names) != t.NumField() {
		return
	}
	if known, ok := s.fields[t]; ok && !slices.Equal(known, names) {
		names = []string{}
	}
	s.fields[t] = names
	for i, x := range types {
		s.addFields(t.Field(i).Type, x)
	}
}

// fieldNames returns the declared names of the fields of t, one of the
// session's struct types (an instance of a generic one by its tag), or
// nil.
func (s *Session) fieldNames(t reflect.Type) []string {
	if names, ok := s.fields[t]; ok {
		return names
	}
	return hostrt.TaggedFieldNames(t) // an instance of a generic type, say
}
