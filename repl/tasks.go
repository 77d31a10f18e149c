package repl

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"go/token"
	"go/types"
	"io"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/asyncrepl/asyncrepl/internal/frontend"
	"github.com/asyncrepl/asyncrepl/internal/gosrc"
	"github.com/asyncrepl/asyncrepl/loop"
)

// Load evaluates a Go program into the session (its declarations become the
// session's) and then runs its main, if it has one, as an input would. name
// is used in positions ("chain_bug.go:12:3").
func (s *Session) Load(ctx context.Context, name string, src []byte) error {
	if s.closed {
		return fmt.Errorf("repl: session closed")
	}
	defer s.running()() // up to the flush of its warnings
	src = bytes.TrimPrefix(src, gosrc.UTF8BOM)
	source := s.loadSource(name, src)
	s.remember(source)
	_, err := s.inTask(ctx, "load", source.File, func(hard context.Context) ([]Item, error) {
		p, err := s.fe.Analyse(source, gosrc.Segment{Kind: gosrc.SegFile, From: 0, To: len(src), Last: true}, frontend.ModeLoad)
		if err != nil || p == nil {
			return nil, err
		}
		prog, rec, err := s.compilePlan(hard, p)
		if err != nil {
			return nil, err
		}
		if err := s.runPlan(hard, p, prog, rec); err != nil {
			return nil, err
		}
		s.describe(hard, p, rec)
		if !p.DeclsMain {
			return nil, nil
		}
		callMain, err := s.compile(gosrc.InputFile, "package main\nfunc _() {\n"+frontend.MainName+"()\n}", true)
		if err != nil {
			return nil, gosrc.InterpError(err)
		}
		var before map[*loop.Task]bool
		if closesLoop(p.Checked) {
			before = map[*loop.Task]bool{}
			for _, t := range loop.AllTasks(s.loop) {
				before[t] = true
			}
		}
		err = s.execute(hard, callMain)
		s.syncStderr()
		if before != nil {
			s.destroyLeftovers(before)
		}
		if err != nil {
			return nil, s.runError(err)
		}
		return nil, nil
	})
	s.flushWarnings() // the example's warnings come with it
	return err
}

// loopPkgPath is the loop package's import path.
const loopPkgPath = "github.com/asyncrepl/asyncrepl/loop"

// closesLoop reports whether a loaded program calls a loop's Close: in a
// session, where the loop is the session's, the call does nothing (see
// loop.SetHost).
func closesLoop(c *frontend.Checked) bool {
	if c == nil || c.Info == nil {
		return false
	}
	for _, sel := range c.Info.Selections {
		fn, ok := sel.Obj().(*types.Func)
		if !ok || fn.Name() != "Close" || fn.Pkg() == nil || fn.Pkg().Path() != loopPkgPath {
			continue
		}
		if recv := fn.Signature().Recv(); recv != nil && strings.HasSuffix(recv.Type().String(), ".Loop") {
			return true
		}
	}
	return false
}

// destroyLeftovers ends the tasks a loaded program that closes its loop
// (closesLoop) started and left pending, as the loop's Close ends them in
// the program run on its own: reported destroyed while pending, and
// cancelled, rather than left running in the session, where their output
// would come at the prompt after the program's (chain_bug's create, whose
// lesson is that it never prints). Tasks the session had before the
// program are left alone. Loop goroutine only.
func (s *Session) destroyLeftovers(before map[*loop.Task]bool) {
	self := loop.CurrentTask()
	for _, t := range loop.AllTasks(s.loop) {
		if t.Done() || before[t] || t == self {
			continue
		}
		f := logrus.Fields{"task": t.String(), "coroutine": t.Name()}
		if o := t.Origin(); o != "" {
			f["defined_at"] = o
		}
		if a := t.Awaiting(); a != "" {
			f["awaiting"] = a
		}
		s.loop.Logger().WithFields(f).Error("Task was destroyed but it is pending!")
		t.Cancel("the program closed its loop")
	}
}

// loadSource makes the source of a file loaded as name (the path as the
// user gave it), named for the interpreter so that it is the one file the
// name stands for. The interpreter scopes a file's imports by the base name
// of its file name, and refuses the same import twice in one scope: two
// files loaded with one base name (c/main.go, d/main.go), or one file
// under two spellings (/abs/dir/mine.go, mine.go), would share a scope
// whose imports the front end keeps apart (it keys them by name). Each name
// gets a base name of its own (main.go, then main~2.go), kept for its
// reloads; messages show name.
func (s *Session) loadSource(name string, src []byte) *gosrc.Source {
	abs, err := filepath.Abs(name)
	if err != nil {
		abs = name
	}
	shown, wasShown := shownPaths.Load(abs)
	source := gosrc.NewSource(name, 0, string(src))
	if s.loadNames == nil {
		s.loadNames = map[string]string{}
		// Interactive input has the interpreter's file inputFile.
		s.loadBases = map[string]bool{gosrc.InputFile: true}
	}
	interp, ok := s.loadNames[name]
	if !ok {
		dir, base := filepath.Split(source.Abs)
		ext := filepath.Ext(base)
		interp = source.Abs
		for i := 2; s.loadBases[filepath.Base(interp)]; i++ {
			interp = filepath.Join(dir, fmt.Sprintf("%s~%d%s", strings.TrimSuffix(base, ext), i, ext))
		}
		s.loadBases[filepath.Base(interp)] = true
		s.loadNames[name] = interp
	}
	if interp != source.Abs {
		// The file's own path stays shown as it was for the name that
		// has it.
		if wasShown {
			shownPaths.Store(abs, shown)
		} else if abs != name {
			shownPaths.Delete(abs)
		}
		source.Abs = interp
		shownPaths.Store(interp, name)
	}
	return source
}

// TaskInfo describes a pending task of the session's loop.
type TaskInfo struct {
	Index    int    // its number in the session: 1 for the first task listed, kept while it is pending
	Name     string // the coroutine's name
	State    string // asyncio's form: Task(<name>)<PENDING>
	Created  string // where its coroutine was made (the call of the coroutine function), if known
	Origin   string // where its coroutine function is defined
	Awaiting string // what it waits for
}

func (t TaskInfo) String() string {
	s := fmt.Sprintf("%d  %s", t.Index, t.State)
	switch {
	case t.Created != "":
		s += "  created at " + t.Created
	case t.Origin != "":
		s += "  defined at " + t.Origin
	}
	if t.Awaiting != "" {
		s += "  awaiting " + t.Awaiting
	}
	return s
}

// taskInfo describes task t, numbered i. Loop goroutine only.
func taskInfo(i int, t *loop.Task) TaskInfo {
	return TaskInfo{Index: i, Name: t.Name(), State: t.String(),
		Created: t.Coroutine().Created(), Origin: t.Origin(), Awaiting: t.Awaiting()}
}

// pending returns the pending tasks of the session's loop in creation
// order and calls each with its number: a task keeps the number it was
// first given until it is done, and numbers are not reused. Loop
// goroutine only.
func (s *Session) pending(each func(n int, t *loop.Task)) {
	type numbered struct {
		n int
		t *loop.Task
	}
	var tasks []numbered
	s.numMu.Lock()
	live := make(map[*loop.Task]int, len(s.taskNums))
	for _, t := range loop.AllTasks(s.loop) {
		if t.Done() {
			continue
		}
		n, ok := s.taskNums[t]
		if !ok {
			s.lastTaskNum++
			n = s.lastTaskNum
		}
		live[t] = n
		tasks = append(tasks, numbered{n, t})
	}
	s.taskNums = live
	s.numMu.Unlock()
	for _, nt := range tasks {
		each(nt.n, nt.t)
	}
}

// taskNum returns t's number in :tasks, 0 if it has none yet. Safe from
// any goroutine.
func (s *Session) taskNum(t *loop.Task) int {
	s.numMu.Lock()
	defer s.numMu.Unlock()
	return s.taskNums[t]
}

// errNoLoop is what a request to a blocked loop ends with.
var errNoLoop = errors.New("repl: the event loop does not respond: a task or callback is blocking it")

// Tasks lists the pending tasks of the session's loop. It fails with an
// error, listing nothing, when the loop does not get to the request (a
// task or callback blocks it): then nobody can tell which tasks are
// pending.
func (s *Session) Tasks() ([]TaskInfo, error) {
	var infos []TaskInfo
	if !s.onLoop(func() {
		s.pending(func(n int, t *loop.Task) { infos = append(infos, taskInfo(n, t)) })
	}) {
		return nil, s.noLoop()
	}
	return infos, nil
}

// Cancel cancels the pending tasks that spec names: an index from Tasks, a
// task's or coroutine's name, a session variable holding a *loop.Task, or
// "all". A name several tasks have cancels none: the error lists them.
//
// A cancellation reaches a task at its next await. A task that holds the
// loop, computing without awaiting, would never see it: it is stopped at
// its next safe point instead (see lower_safepoints.go), and ends
// cancelled; so is a cancelled task that goes on computing without
// awaiting (its code dropped the cancellation). A name the task holding
// the loop has names that task alone, as the watchdog's report did.
//
// It returns what it cancelled and, of those, the ones still running a
// moment later, each with why (their code dropped the cancellation Await
// returned, or waits in a compiled call no interrupt reaches). When the
// loop does not respond it fails, with what it had cancelled by then, if
// anything.
func (s *Session) Cancel(spec string) (cancelled, running []string, err error) {
	match, err := s.taskMatcher(spec)
	if err != nil {
		return nil, nil, err
	}
	_, numErr := strconv.Atoi(spec)
	byName := spec != "all" && numErr != nil && s.taskVar(spec) == nil
	var tasks []*loop.Task
	interrupted := map[*loop.Task]bool{}
	var several []string
	cancel := func() {
		var more []*loop.Task
		s.pending(func(i int, t *loop.Task) {
			if match(i, t) && !interrupted[t] {
				more = append(more, t)
				several = append(several, "  "+taskInfo(i, t).String())
			}
		})
		if byName && len(more) > 1 {
			return
		}
		several = nil
		for _, t := range more {
			cancelled = append(cancelled, t.String())
			t.Cancel("cancelled from the shell")
		}
		tasks = append(tasks, more...)
	}
	for deadline := time.Now().Add(time.Duration(loopPatience.Load())); ; {
		if s.onLoopWithin(50*time.Millisecond, cancel) {
			break
		}
		// The loop did not get to the request: the task stepping now
		// holds it, and it cannot get there until that stops. (Asked
		// before the loop had its chance, a task that awaits often would
		// be caught between two awaits, and interrupted or not by luck.)
		if h := s.stepping(); h != nil && !interrupted[h] && match(s.taskNum(h), h) {
			s.help.Safepoints.InterruptTask(h, "interrupted by :cancel")
			// And cancelled, as asyncio's loop.call_soon_threadsafe(
			// task.cancel) would: where no safe point comes before the
			// task awaits, the cancellation meets it at that await. (The
			// request cancel made is abandoned once its patience ran
			// out.)
			s.loop.CallSoonThreadsafe(func() { h.Cancel("cancelled from the shell") })
			interrupted[h] = true
			tasks = append(tasks, h)
			cancelled = append(cancelled, "Task(<"+h.Name()+">)<PENDING>")
			if spec != "all" {
				return cancelled, s.awaitCancelled(tasks, interrupted), nil
			}
		}
		if time.Now().After(deadline) {
			return cancelled, nil, s.noLoop()
		}
	}
	if len(several) > 0 {
		return nil, nil, fmt.Errorf("repl: %d pending tasks are named %s; cancel each by its number in :tasks:\n%s",
			len(several), spec, strings.Join(several, "\n"))
	}
	if len(cancelled) == 0 && spec == "all" {
		return nil, nil, fmt.Errorf("repl: no pending tasks")
	}
	if len(cancelled) == 0 {
		if t := s.taskVar(spec); t != nil {
			var done bool
			var text string
			if s.onLoop(func() { done, text = t.Done(), t.String() }) && done {
				return nil, nil, fmt.Errorf("repl: %s is done, nothing to cancel: %s", spec, text)
			}
		}
		return nil, nil, fmt.Errorf("repl: no pending task %q: name one by its number in :tasks, a variable holding it, its name, or all", spec)
	}
	return cancelled, s.awaitCancelled(tasks, interrupted), nil
}

// awaitCancelled gives the tasks just cancelled a moment to end (the
// cancellation is delivered as soon as the loop runs them), stopping at
// its next safe point any of them that holds the loop meanwhile. It
// returns the ones still running, each with why.
func (s *Session) awaitCancelled(tasks []*loop.Task, interrupted map[*loop.Task]bool) (running []string) {
	patience := 200 * time.Millisecond
	if len(interrupted) > 0 {
		patience = s.cfg.StopGrace // a safe point comes at once, unless in a compiled call
	}
	var left []*loop.Task
	for deadline := time.Now().Add(patience); ; time.Sleep(10 * time.Millisecond) {
		left = left[:0]
		if s.onLoopWithin(50*time.Millisecond, func() {
			for _, t := range tasks {
				if !t.Done() {
					left = append(left, t)
				}
			}
		}) {
			if len(left) == 0 {
				return nil
			}
		} else if h := s.loop.Stepping(); h != nil && slices.Contains(tasks, h) && !interrupted[h] {
			// Cancelled, it runs on without awaiting: it holds the loop.
			s.help.Safepoints.InterruptTask(h, "interrupted by :cancel")
			interrupted[h] = true
			deadline = time.Now().Add(s.cfg.StopGrace)
		}
		if time.Now().After(deadline) {
			break
		}
	}
	var holderWhy string
	if h := s.loop.Stepping(); h != nil && slices.Contains(tasks, h) {
		holderWhy = s.whyStillHolds(h)
		left = []*loop.Task{h} // the loop did not respond: the others are unknown
	}
	for _, t := range left {
		state := "Task(<" + t.Name() + ">)<PENDING>"
		switch {
		case t == s.loop.Stepping() && holderWhy != "":
			running = append(running, state+" still runs: "+holderWhy)
		default:
			running = append(running, state+" still runs: its code may drop the error loop.Await returns (check it and return it); :reset stops every task")
		}
	}
	return running
}

// taskVar returns the task a session variable named name holds, or nil.
func (s *Session) taskVar(name string) *loop.Task {
	task, _ := s.varValue(name).(*loop.Task)
	return task
}

// varValue returns the value of the session's variable name, or nil. Not
// while an input runs.
func (s *Session) varValue(name string) (value any) {
	if !token.IsIdentifier(name) || s.fe.Names[name] == nil {
		return nil
	}
	defer func() {
		if recover() != nil {
			value = nil
		}
	}()
	v, err := s.in.Eval(name)
	if err != nil || !v.IsValid() || !v.CanInterface() {
		return nil
	}
	return v.Interface()
}

// declares reports whether the session declared name (a variable, a
// function, a type or a constant). Not while an input runs.
func (s *Session) declares(name string) bool { return s.fe.Names[name] != nil }

// SetDebug turns the loop's debug mode on or off.
func (s *Session) SetDebug(on bool) { s.loop.SetDebug(on) }

// Debug reports whether the loop is in debug mode.
func (s *Session) Debug() bool { return s.loop.Debug() }

// SetClock switches the loop to the "real" or the "virtual" clock. Loop
// time keeps going forward across the switch: the new clock starts from
// the loop's current reading (a real clock from the process's running time
// when that is further on), so a deadline read before the switch
// (loop.Get().Time() + 1, for CallAt) keeps its meaning.
func (s *Session) SetClock(name string) error {
	if name != "real" && name != "virtual" {
		return fmt.Errorf("repl: unknown clock %q (want real or virtual)", name)
	}
	if !s.onLoop(func() { s.loop.SetClock(clockFrom(name, s.loop.Time())) }) {
		return s.noLoop()
	}
	return nil
}

// clockFrom returns a clock of kind name, "real" or "virtual", reading at
// least now.
func clockFrom(name string, now float64) loop.Clock {
	if name == "virtual" {
		vc := loop.NewVirtualClock()
		vc.Advance(time.Duration(now * float64(time.Second)))
		// Advance works in nanoseconds: make up what rounding lost.
		if d := now - vc.Now(); d > 0 {
			vc.Advance(time.Duration(math.Ceil(d * float64(time.Second))))
		}
		return vc
	}
	if rc := loop.RealClock(); rc.Now() >= now {
		return rc
	}
	return loop.RealClockAt(now)
}

// Names lists the session's own identifiers and imported packages, for
// completion.
func (s *Session) Names() []string {
	var names []string
	for n := range s.fe.Names {
		names = append(names, n)
	}
	for n := range s.fe.Imports {
		if n != frontend.HelperPkg {
			names = append(names, n)
		}
	}
	return names
}

// Packages lists the package names the session can import automatically.
func (s *Session) Packages() []string {
	var names []string
	for n := range s.fe.Importable {
		if n != "session" {
			names = append(names, n)
		}
	}
	return names
}

// Members lists the exported names of the package that pkg names in the
// session (imported, or importable automatically).
func (s *Session) Members(pkg string) []string {
	path := s.packagePath(pkg)
	var names []string
	for n := range s.symbols[path] {
		if !strings.HasPrefix(n, "_") {
			names = append(names, n)
		}
	}
	return names
}

// Close ends the session: it lists and cancels the pending tasks (waiting
// StopGrace for them to finish, then halting the interpreter), stops and
// closes the loop, which reports what is left, and flushes the loop's
// warnings.
func (s *Session) Close() error { return s.close(false) }

// close is Close. Quiet, it ends the session as os.Exit ends a program:
// the pending tasks are cancelled and the loop closed without a word about
// them, nor about what the loop finds left when it closes.
func (s *Session) close(quiet bool) error {
	if s.closed {
		return nil
	}
	s.closed = true
	if s.warnStop != nil {
		close(s.warnStop)
	}
	if s.heldLong() && s.unreachable() == nil {
		// A task or callback spinning on the loop (for {}) would keep
		// the listing of the pending tasks, and the loop's stop, waiting
		// for it (about ten seconds, in silence): it is stopped at its
		// next safe point, as Ctrl-C stops it.
		t := s.stepping()
		if s.interruptHolder() && !quiet {
			what := "the callback that holds the event loop"
			if t != nil {
				what = "Task(<" + t.Name() + ">), which holds the event loop"
			}
			fmt.Fprintf(s.cfg.Stderr, "stopping %s\n", what)
		}
	}
	if s.watch != nil {
		s.watch.close()
	}
	if quiet {
		s.cfg.Logger.SetOutput(io.Discard)
		if s.warn != nil {
			s.warn.drop()
		}
	}
	var pending []*loop.Task
	var lines []string
	s.onLoop(func() {
		s.pending(func(n int, t *loop.Task) {
			pending = append(pending, t)
			lines = append(lines, taskInfo(n, t).String())
		})
	})
	if len(pending) > 0 {
		if !quiet {
			fmt.Fprintf(s.cfg.Stderr, "cancelling %d pending task(s):\n", len(pending))
			for _, l := range lines {
				fmt.Fprintf(s.cfg.Stderr, "  %s\n", l)
			}
		}
		done := make(chan struct{})
		s.onLoop(func() {
			left := len(pending)
			for _, t := range pending {
				t.AddDoneCallback(func(*loop.Future) {
					left--
					if left == 0 {
						close(done)
					}
				})
				t.Cancel("session closed")
			}
		})
		select {
		case <-done:
		case <-time.After(s.cfg.StopGrace):
			s.halt()
			if !quiet {
				fmt.Fprintf(s.cfg.Stderr, "some tasks ignored the cancellation: interpreted code was halted\n")
			}
		}
	}
	s.release()
	s.ending.Store(true)
	s.loop.SetHost("") // the session ends it now
	s.loop.CallSoonThreadsafe(s.loop.Stop)
	stopped := make(chan struct{})
	go func() { s.loopWG.Wait(); close(stopped) }()
	patience := time.Duration(loopPatience.Load())
	stuck := s.unreachable() != nil
	if stuck {
		patience = 0 // it will not stop
	}
	select {
	case <-stopped:
	case <-time.After(patience):
		// A callback blocks the loop: it cannot be closed, only left.
		// Abandoned, it no longer counts as running, which would make
		// the next session's awaits look for their task among its
		// blocked step's.
		s.loop.Abandon()
		removeHook(s.cfg.Logger, s.unretrieved)
		if stuck {
			return nil // the user was told which task blocks it
		}
		return errNoLoop
	}
	err := s.loop.Close()
	s.flushWarnings()
	removeHook(s.cfg.Logger, s.unretrieved)
	if s.pipe != nil {
		s.pipe.close()
	}
	return err
}

// leave ends the session for a program that called os.Exit: its warnings
// and watchdog stop and what its code wrote to standard error is passed
// on, but nothing is cancelled, stopped or waited for (the code that
// called os.Exit waits in the call, perhaps holding the loop; the process
// is ending). The loop is left, so that loop.Get no longer returns it.
func (s *Session) leave() {
	if s.closed {
		return
	}
	s.closed = true
	if s.warnStop != nil {
		close(s.warnStop)
	}
	if s.watch != nil {
		s.watch.close()
	}
	s.cfg.Logger.SetOutput(io.Discard)
	if s.warn != nil {
		s.warn.drop()
	}
	s.syncStderr()
	s.ending.Store(true)
	s.loop.SetHost("") // the session leaves it now
	if s.loop.IsRunning() {
		s.loop.Abandon()
	}
	removeHook(s.cfg.Logger, s.unretrieved)
}

// Unretrieved returns how many task or future exceptions the session
// reported as never retrieved so far.
func (s *Session) Unretrieved() int { return int(s.unretrieved.count.Load()) }

// halt stops every interpreted frame of the session, when no input is being
// evaluated: yaegi stops them only when an execution's context is cancelled,
// so it runs one that blocks, with its context cancelled.
func (s *Session) halt() {
	prog, err := s.compile(gosrc.InputFile, "package main\nfunc _() {\n"+frontend.HelperPkg+".Block()\n}", true)
	if err != nil {
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ch := make(chan struct{})
	s.help.Mu.Lock()
	s.help.Block = ch
	s.help.Mu.Unlock()
	_, _ = s.in.ExecuteWithContext(ctx, prog)
	close(ch)
}

// executorJobs describes the jobs of the session's loop's executor whose
// functions have not returned: Ctrl-C and :cancel stop the tasks awaiting
// them, not the jobs, which :tasks must not hide. Safe from any goroutine.
func (s *Session) executorJobs() []string {
	var out []string
	for _, j := range s.loop.ExecutorJobs() {
		state := "queued"
		if j.Running {
			state = "running"
		}
		by := ""
		switch t := j.Task; {
		case t == nil:
		case t.Name() == "input" || t.Name() == "load":
			by = ", started by " + t.Origin()
		default:
			by = ", started by Task(<" + t.Name() + ">)"
			if t.Origin() != "" {
				by += " defined at " + t.Origin()
			}
		}
		out = append(out, fmt.Sprintf("executor job %s%s, %s since %s (for %v)", j.Func, by, state,
			j.Since.Format("15:04:05"), time.Since(j.Since).Round(100*time.Millisecond)))
	}
	return out
}

// jobInputs returns the inputs that started executor jobs whose
// functions have not returned, themselves or by a task they defined, by
// number: run again, they would start the jobs again. Safe from any
// goroutine.
func (s *Session) jobInputs() []int {
	var ns []int
	for _, j := range s.loop.ExecutorJobs() {
		if j.Task == nil {
			continue
		}
		// An input's positions read "input N" or "input N:col" (a task's
		// origin: Session.parse, and where an input made a coroutine).
		var n int
		if _, err := fmt.Sscanf(j.Task.Origin(), "input %d", &n); err == nil && !slices.Contains(ns, n) {
			ns = append(ns, n)
		}
	}
	return ns
}

// executorJobsNote says what can be done about executor jobs still running.
func (s *Session) executorJobsNote() string {
	note := "  a job runs until its function returns, compiled or interpreted: Ctrl-C and :cancel stop the tasks awaiting it, not the job; "
	if s.cfg.restartable {
		return note + ":restart ends it with the session's process and starts a new one with your declarations and variables"
	}
	return note + "only leaving the shell ends it (:reset starts a new loop; the job runs on)"
}
