package repl

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/asyncrepl/asyncrepl/internal/frontend"
	"github.com/asyncrepl/asyncrepl/internal/gosrc"
	"github.com/asyncrepl/asyncrepl/internal/hostrt"
	"github.com/asyncrepl/asyncrepl/loop"
	stdsyms "github.com/asyncrepl/asyncrepl/stdlib_bindings/std"
)

// RunFile runs the Go program in the file path, interpreted, as `go run`
// would run it compiled: its main, with path and args as os.Args. It returns
// the exit status: 0; 1 after printing a compile error or a task exception
// nobody retrieved on cfg.Stderr; 2 after a panic nobody recovered, or when
// the program's goroutines all block, as a Go program; or the status given
// to os.Exit.
func RunFile(ctx context.Context, path string, args []string, cfg Config) int {
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(orStderr(cfg), "asyncrepl: %v\n", err)
		return 1
	}
	return RunSource(ctx, path, src, args, cfg)
}

func orStderr(cfg Config) interface{ Write([]byte) (int, error) } {
	if cfg.Stderr == nil {
		return os.Stderr
	}
	return cfg.Stderr
}

// RunSource is RunFile for a program already read; name is used in messages
// and as os.Args[0].
//
// Loops the program makes with loop.New or loop.Get log their warnings
// through logrus's standard logger unless told otherwise: while it runs,
// RunSource points that logger at cfg.Stderr (unless cfg.Logger is set, in
// which case that one is used for the default loop), and counts the
// warnings about exceptions never retrieved.
func RunSource(ctx context.Context, name string, src []byte, args []string, cfg Config) int {
	src = bytes.TrimPrefix(src, gosrc.UTF8BOM)
	cfg.processEnv = cfg.Env == nil // a program's environment is its process's
	std := logrus.StandardLogger()
	if cfg.Logger == nil {
		if cfg.Stderr == nil {
			cfg.Stderr = os.Stderr
		}
		restore := redirectStandardLogger(std, cfg.Stderr, cfg.Color, cfg.Debug)
		defer restore()
		cfg.Logger = std
	}
	cfg.defaults()
	unretrieved := &countHook{match: "never retrieved"}
	cfg.Logger.AddHook(unretrieved)
	if cfg.Logger != std {
		std.AddHook(unretrieved)
	}
	defer removeHook(cfg.Logger, unretrieved)
	defer removeHook(std, unretrieved)

	hard, stop := context.WithCancel(ctx)
	var exit atomic.Pointer[int] // the status os.Exit was called with
	exited := make(chan struct{})
	defer func() {
		if exit.Load() == nil {
			stop()
		}
		// else the interpreted code is left as it is, blocked: stopping it
		// would only let it run on (and race inside the interpreter) until
		// the process ends.
	}()
	s, err := newCore(cfg, append([]string{name}, args...), stop)
	if err != nil {
		(&Session{cfg: cfg}).errorf("%v", err)
		return 1
	}
	if s.pipe != nil {
		defer s.pipe.close()
	}
	s.help.PanicEnds = true
	stdsyms.ScriptProcess.Store(true) // the program's own process (os.FindProcess)
	defer stdsyms.ScriptProcess.Store(false)
	s.help.OnExit = func(code int) {
		if exit.CompareAndSwap(nil, &code) {
			close(exited)
		}
	}
	s.help.OnFatal = func(pos, text string) {
		s.syncStderr()
		s.errorf("%s: %s", gosrc.DecodePositions(pos), text)
	}
	l := s.loop
	loop.SetDefault(l)
	watch := startWatchdog(s.help.Safepoints, l, nil, nil, nil)
	defer watch.close()

	source := gosrc.NewSource(name, 0, string(src))
	s.remember(source)
	p, err := s.fe.Analyse(source, gosrc.Segment{Kind: gosrc.SegFile, From: 0, To: len(src), Last: true}, frontend.ModeScript)
	if err != nil {
		s.errorf("%v", err)
		return 1
	}
	if p == nil {
		s.errorf("%s: no Go code", name)
		return 1
	}
	prog, err := s.compile(source.Abs, p.Code, false)
	if _, isPanic := err.(*compilePanic); isPanic && p.RangeRetry != "" {
		// The failed compilation left the file's imports in the
		// interpreter: the second try gets a fresh one.
		if s.newInterp(append([]string{name}, args...)) == nil {
			if s.pipe != nil {
				defer s.pipe.close()
			}
			if prog2, err2 := s.compile(source.Abs, p.RangeRetry, false); err2 == nil {
				prog, err = prog2, nil
			}
		}
	}
	if err != nil {
		s.errorf("%v", s.compileError(p, err))
		return 1
	}
	code := 0
	ran := make(chan error, 1)
	go func() {
		_, err := s.in.ExecuteWithContext(hard, prog)
		ran <- err
	}()
	check := time.NewTicker(deadlockCheck)
	defer check.Stop()
	deadlock := deadlockProbe{w: &s.wake}
	stalls := time.NewTicker(stallCheck)
	defer stalls.Stop()
	stall := stallProbe{w: &s.wake}
	var manyIdle manyGoroutines
	var stopped <-chan struct{} // once main called runtime.Goexit: the program's stop
wait:
	for {
		select {
		case <-stalls.C:
			// The loop the program runs (loop.Run makes one of its own).
			l := stalledLoop(loop.Get())
			blocked, dead := stall.probe(l)
			if !dead {
				continue
			}
			var head, tasks string
			if onLoopOf(l, func() { head, tasks = stallHead(l), describeStall(l, nil, "", nil) }) {
				if len(blocked) > 0 {
					head += "; " + describeBlocked(blocked, "main", nil)
				}
				// As Go ends a program whose goroutines all block.
				s.syncStderr()
				s.errorf("fatal error: %s%s", head, tasks)
				return 2
			}
		case err = <-ran:
			if err == nil && s.help.MainGoexit.Load() {
				// As Go's, the program runs on until its other goroutines
				// end or block, or one ends it.
				ran, stopped = nil, hard.Done()
				continue
			}
			s.help.SettleGoroutines(func() bool { return s.goPanics.Load() > 0 })
			if e := s.help.Safepoints.AnyOverflow(); err == nil && e != nil {
				// main's stack overflowed: a fatal error in Go, status 2.
				s.syncStderr()
				s.errorf("%s: panic: %s", e.Pos, e.Msg())
				return 2
			}
			break wait
		case <-exited:
			break wait
		case <-stopped:
			err = hard.Err() // a goroutine's panic, say
			break wait
		case <-check.C:
			if stopped != nil && !s.wake.possible(time.Now()) && programGoroutines() == 1 { // this one
				s.syncStderr()
				s.errorf("fatal error: no goroutines (main called runtime.Goexit) - deadlock!")
				return 2
			}
			if msg := deadlock.probe("main"); msg != "" {
				// As Go ends a program whose goroutines all block, with its
				// status; the code is left as it is.
				s.syncStderr()
				s.errorf("fatal error: %s", msg)
				return 2
			}
			if idle := manyIdle.idle(); idle == manyIdleChecks {
				// Too many goroutines for the check to read, none of
				// them running for a while: a deadlock would go
				// unreported, and the program would wait silently.
				s.syncStderr()
				s.errorf("asyncrepl: the program has waited %v with %d goroutines, more than the shell's deadlock check reads: if they are all blocked, it is a deadlock the shell cannot report (Ctrl-C ends the program)", time.Duration(idle)*deadlockCheck, runtime.NumGoroutine())
			}
		}
	}
	s.syncStderr()
	if code := exit.Load(); code != nil {
		// os.Exit: the program ends there, with nothing more run or said.
		// A loop it was running may be blocked for good in the call: it
		// must not stay the loop loop.Get returns.
		if l := loop.Get(); l.IsRunning() {
			l.Abandon()
		}
		return *code
	}
	if hard.Err() != nil {
		// Its interpreted code was stopped (interrupted, out of time, a
		// goroutine's panic), but a loop it was running may still wait in
		// compiled code: it must not stay the loop loop.Get returns.
		stopRunningLoop()
	}
	if err != nil {
		var exit *ExitError
		switch err := s.runError(err); {
		case errors.As(err, &exit):
			return exit.Code
		case errors.Is(err, context.Canceled) && s.goPanics.Load() > 0:
			return 2
		case errors.Is(err, context.DeadlineExceeded):
			s.errorf("%s: stopped: still running when its time ran out", name)
			return 1
		case errors.Is(err, context.Canceled):
			s.errorf("%s: interrupted", name)
			return 1
		default:
			s.errorf("%v", err)
			code = 1
			if e := (*Error)(nil); errors.As(err, &e) && (strings.HasPrefix(e.Msg, "panic: ") || strings.HasPrefix(e.Msg, "fatal error: ")) {
				code = 2 // a panic nobody recovered, or a fatal error: Go's status
			}
		}
	}
	loop.FlushWarnings(flushGuard)
	if e := hostrt.TakeRefusal(); e != nil {
		// A refusal compiled code recovered: the program went on.
		msg := e.CaughtText()
		if e.Pos != "" {
			msg = e.Pos + ": " + msg
		}
		s.errorf("%s", msg)
		return 2
	}
	if s.goPanics.Load() > 0 {
		return 2 // a goroutine's panic ends a Go program so
	}
	if n := unretrieved.count.Load(); n > 0 && code == 0 {
		s.errorf("%s: %d exception(s) of tasks or futures never retrieved", filepath.Base(name), n)
		code = 1
	}
	return code
}

// stopRunningLoop stops the loop a stopped script was running, so that it
// does not keep running (and stay the loop loop.Get returns) in the process.
func stopRunningLoop() {
	if l := loop.Get(); l.IsRunning() {
		l.CallSoonThreadsafe(l.Stop)
	}
}

// countHook counts log entries whose message contains match.
type countHook struct {
	match string
	count atomic.Int64
}

func (h *countHook) Levels() []logrus.Level { return logrus.AllLevels }

func (h *countHook) Fire(e *logrus.Entry) error {
	if strings.Contains(e.Message, h.match) {
		h.count.Add(1)
	}
	return nil
}

var hookMu sync.Mutex

func removeHook(lg *logrus.Logger, h logrus.Hook) {
	hookMu.Lock()
	defer hookMu.Unlock()
	hooks := logrus.LevelHooks{}
	for level, hs := range lg.Hooks {
		for _, x := range hs {
			if x != h {
				hooks[level] = append(hooks[level], x)
			}
		}
	}
	lg.ReplaceHooks(hooks)
}

// redirectStandardLogger points logrus's standard logger at w with the
// session's line format, and returns a function that undoes it.
func redirectStandardLogger(std *logrus.Logger, w interface{ Write([]byte) (int, error) }, color, debug bool) func() {
	out, formatter, level := std.Out, std.Formatter, std.GetLevel()
	std.SetOutput(w)
	std.SetFormatter(&lineFormatter{color: color, stacks: func() bool { return debug }})
	if level < logrus.InfoLevel {
		std.SetLevel(logrus.InfoLevel)
	}
	return func() {
		std.SetOutput(out)
		std.SetFormatter(formatter)
		std.SetLevel(level)
	}
}
