package repl

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/asyncrepl/asyncrepl/internal/frontend"
	"github.com/asyncrepl/asyncrepl/loop"
	"github.com/asyncrepl/asyncrepl/stdlib_bindings/std"
)

// ChildEnv, set in a process's environment, makes it the process that runs
// a supervising shell's session (see ShellConfig.Child): the command's main
// calls ServeChild when it is set, before anything else.
const ChildEnv = std.ChildEnv

// IsChild reports whether this process was started to run a supervising
// shell's session.
func IsChild() bool { return os.Getenv(ChildEnv) == "1" }

// ServeChild runs the session of the shell that started this process, on
// the file descriptors the shell set up, until the shell closes it or goes
// away, and returns the process's exit status. It takes the process over,
// as a main function does: it limits its memory and clears ChildEnv.
func ServeChild() int {
	os.Unsetenv(ChildEnv) // not for the programs the session starts
	req, msgs := os.NewFile(3, "requests"), os.NewFile(4, "messages")
	if req == nil || msgs == nil {
		fmt.Fprintln(os.Stderr, "repl: ServeChild: no requests and messages descriptors: the process was not started by a shell")
		return 2
	}
	return serveChild(req, msgs)
}

// child is the session's side of a supervised shell: a Shell with no
// terminal whose inputs and meta-commands come from the supervising shell.
type child struct {
	sh *Shell
	fw *frameWriter

	// intr delivers the shell's interrupts for the input running, cur.
	mu   sync.Mutex
	cur  uint64
	intr chan os.Signal

	// replayClock is the clock the session had when a replay began (the
	// replay runs on the virtual clock); "" when no replay runs.
	replayClock string
}

func serveChild(in io.Reader, out io.Writer) int {
	fw := &frameWriter{w: out}
	var stdout io.Writer = streamWriter{fw, msgStdout}
	if fw.takeStdio() {
		stdout = os.Stdout // the pipe the pump reads (see frameWriter)
	}
	r := bufio.NewReader(in)
	kind, payload, err := readFrame(r)
	var first message
	if err != nil || kind != reqConfig || decodeMsg(payload, &first) != nil || first.Config == nil {
		fmt.Fprintln(os.Stderr, "repl: ServeChild: the shell sent no configuration")
		return 2
	}
	cc := *first.Config
	limitMemory(cc.MemoryLimit)
	sh := &Shell{color: cc.Color}
	sh.cfg.Session = Config{Debug: cc.Debug, Clock: cc.Clock, StopGrace: cc.StopGrace, restartable: true}
	sh.lines = &plainLines{out: &lineWriter{w: stdout}, err: &lineWriter{w: streamWriter{fw, msgStderr}}}
	sh.out, sh.errw = sh.lines.Stdout(), sh.lines.Stderr()
	if err := sh.newSession(); err != nil {
		fw.sendMsg(msgReady, message{Err: err.Error()}) //nolint:errcheck // leaving anyway
		return 1
	}
	if err := fw.sendMsg(msgReady, message{}); err != nil {
		return 1
	}
	c := &child{sh: sh, fw: fw, intr: make(chan os.Signal, 2)}

	// Interrupts are taken as they come; everything else in turn.
	type request struct {
		kind byte
		m    message
	}
	reqs := make(chan request)
	go func() {
		defer close(reqs)
		for {
			kind, payload, err := readFrame(r)
			if err != nil {
				return // the shell is gone
			}
			var m message
			if err := decodeMsg(payload, &m); err != nil {
				return
			}
			if kind == reqInterrupt {
				c.interrupt(m.ID)
				continue
			}
			reqs <- request{kind, m}
		}
	}()
	ctx := context.Background()
	for rq := range reqs {
		kind, m := rq.kind, rq.m
		switch kind {
		case reqInput:
			c.input(ctx, m)
		case reqComplete:
			cands, n := complete(sh.s, m.Src)
			res := message{ID: m.ID, Len: n}
			for _, cand := range cands {
				res.Cands = append(res.Cands, string(cand))
			}
			fw.sendMsg(msgComplete, res) //nolint:errcheck // the shell is gone
		case reqRestored:
			c.restored(m)
		case reqTasks:
			fw.sendMsg(msgTasks, message{ID: m.ID, N: sh.s.n, Tasks: c.pendingTasks(100 * time.Millisecond), Jobs: c.sh.s.jobInputs()}) //nolint:errcheck // the shell is gone
		case reqClose:
			if err := sh.s.Close(); err != nil {
				fmt.Fprintf(sh.errw, "asyncrepl: %v\n", err)
			}
			fw.sendMsg(msgClosed, message{GoPanics: sh.s.goPanics.Load()}) //nolint:errcheck // leaving anyway
			return 0
		}
	}
	// The shell is gone: nobody is left to see what closing would say.
	return 0
}

// interrupt passes the shell's Ctrl-C on to input id, if it still runs;
// id 0 is Ctrl-C at the prompt, for what holds the loop.
func (c *child) interrupt(id uint64) {
	if id == 0 {
		c.sh.s.interruptStalled()
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cur == id {
		select {
		case c.intr <- os.Interrupt:
		default:
		}
	}
}

// running sets the input whose interrupts count, dropping any left over.
func (c *child) running(id uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cur = id
	for len(c.intr) > 0 {
		<-c.intr
	}
}

// input runs an input or meta-command as the shell's handle does, then
// tells the shell which tasks are pending.
func (c *child) input(ctx context.Context, m message) {
	s := c.sh.s
	if m.Replay && c.replayClock == "" {
		// Sleeps of replayed inputs take no time.
		c.replayClock = c.sh.cfg.Session.Clock
		if c.replayClock == "" {
			c.replayClock = "real"
		}
		s.SetClock("virtual") //nolint:errcheck // a blocked loop: the replay stops on its own
	}
	if m.N > 0 {
		s.n = m.N - 1 // the number the input had before the restart
	}
	var before map[string]*frontend.NameInfo
	if m.Replay {
		before = maps.Clone(s.fe.Names)
		s.forgot = nil
	}
	c.running(m.ID)
	quit, failed := c.sh.handle(ctx, m.Src, c.intr)
	c.running(0)
	s = c.sh.s // :reset makes a new one
	done := message{ID: m.ID, Failed: failed, Quit: quit, N: s.n, GoPanics: s.goPanics.Load()}
	if m.Replay && !failed && !s.onLoopWithin(time.Second, func() {}) {
		// It left a callback or task that blocks the loop: the session
		// would be of no use with it.
		done.Stuck = true
	}
	if m.Replay {
		// What a replayed input declared, which is not what it was if
		// the input failed this time.
		for name, info := range s.fe.Names {
			if before[name] != info {
				done.Names = append(done.Names, name)
			}
		}
		if failed {
			// Undeclared by the failure (see failedNames).
			done.Names = append(done.Names, s.forgot...)
		}
		slices.Sort(done.Names)
		done.Names = slices.Compact(done.Names)
	}
	c.fw.sendMsg(msgDone, done) //nolint:errcheck // the shell is gone
	if !m.Replay {
		c.fw.sendMsg(msgTasks, message{N: s.n, Tasks: c.pendingTasks(100 * time.Millisecond), Jobs: c.sh.s.jobInputs()}) //nolint:errcheck // the shell is gone
	}
}

// pendingTasks names the session's pending tasks, or none when the loop
// does not get to the question within patience.
func (c *child) pendingTasks(patience time.Duration) []string {
	s := c.sh.s
	var names []string
	s.onLoopWithin(patience, func() {
		for _, t := range loop.AllTasks(s.loop) {
			if !t.Done() {
				names = append(names, t.String())
			}
		}
	})
	return names
}

// restored ends a replay: the clock is the user's again, the tasks the
// replayed inputs started are cancelled (the ones that ran before the
// restart are lost: their progress cannot be replayed), and the input
// count goes on from where it was.
func (c *child) restored(m message) {
	s := c.sh.s
	if c.replayClock != "" {
		s.SetClock(c.replayClock) //nolint:errcheck // reported by the next input
		c.replayClock = ""
	}
	var cancelled []string
	s.onLoopWithin(time.Second, func() {
		for _, t := range loop.AllTasks(s.loop) {
			if !t.Done() {
				cancelled = append(cancelled, t.String())
				t.Cancel("the session was restarted")
			}
		}
	})
	if m.N > 0 {
		s.n = m.N
	}
	var names []string
	for n := range s.fe.Names {
		names = append(names, n)
	}
	slices.Sort(names)
	c.fw.sendMsg(msgRestored, message{Names: names, Tasks: cancelled}) //nolint:errcheck // the shell is gone
}
