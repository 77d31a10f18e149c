package repl

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"hash/fnv"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// A supervised shell runs its session in a child process, as a notebook
// runs its kernel: the shell keeps the terminal, line editing, history,
// :quit and :restart; every other input and meta-command is forwarded as
// text to the child, whose own Shell runs it, and the child's output comes
// back as it is written (protocol.go). When the child dies of what no Go
// program recovers from (a fatal stack overflow, concurrent map writes,
// running out of memory, a runtime throw, a signal), the shell says what
// happened, starts a new child and restores the session by running again,
// output hidden, the inputs that succeeded: declarations, imports and the
// variables those inputs made come back; running tasks, and whatever an
// input did outside the session, do not.

// kernel is the shell's side of a supervised session.
type kernel struct {
	sh    *Shell
	start func() *exec.Cmd
	conf  childConfig

	// mu is held while an input runs and while the child is restarted:
	// a child that dies at the prompt is restarted by watch.
	mu     sync.Mutex
	p      *proc
	inputs []replayInput // the inputs that rebuild the session, in order
	lastN  int           // the session's input count after the last input
	// background counts the deaths in work left running (not in an
	// input's own code) since an input last succeeded.
	background int
	dropWork   bool                    // the next restart runs no input that starts work again
	tasks      atomic.Pointer[message] // the tasks pending after input N
	nextID     atomic.Uint64
}

// replayInput is an input that succeeded, and the number it had.
type replayInput struct {
	src string
	n   int
	out uint64 // a hash of what it printed on standard output
}

// proc is one child process.
type proc struct {
	cmd     *exec.Cmd
	fw      *frameWriter
	req     *os.File
	resp    chan response
	exited  chan struct{} // closed once it has exited and its output is read
	waitErr error
	stderr  crashWatch

	closing atomic.Bool // the shell ended it: no report
	killed  atomic.Bool // the shell killed it (Ctrl-C three times, :restart)

	// quiet hides its output (a replay); what it writes on standard error
	// then is kept in captured.
	quiet atomic.Bool

	// printed hashes what the input running prints on standard output.
	recMu    sync.Mutex
	printed  hash.Hash64
	capMu    sync.Mutex
	captured strings.Builder
}

type response struct {
	kind byte
	m    message
}

// lostInput is an input that did not succeed when run again, and the names
// it declared then.
type lostInput struct {
	what  string
	names []string
}

// replayBudget is how long a replayed input may run before it is
// interrupted, and dropped.
const replayBudget = 5 * time.Second

func newKernel(sh *Shell, start func() *exec.Cmd) (*kernel, error) {
	c := sh.cfg.Session
	k := &kernel{sh: sh, start: start, conf: childConfig{Debug: c.Debug, Clock: c.Clock, Color: sh.color, StopGrace: c.StopGrace, MemoryLimit: sh.cfg.MemoryLimit}}
	p, err := k.spawn()
	if err != nil {
		return nil, err
	}
	k.p = p
	return k, nil
}

// spawn starts a child and waits for its session to be ready.
func (k *kernel) spawn() (*proc, error) {
	cmd := k.start()
	var files []*os.File
	pipe := func() (r, w *os.File) {
		r, w, err := os.Pipe()
		if err != nil {
			return nil, nil
		}
		files = append(files, r, w)
		return r, w
	}
	reqR, reqW := pipe()
	msgR, msgW := pipe()
	outR, outW := pipe()
	errR, errW := pipe()
	if len(files) != 8 {
		for _, f := range files {
			f.Close()
		}
		return nil, errors.New("repl: no pipes for the session's process")
	}
	cmd.Stdin = nil
	cmd.Stdout, cmd.Stderr = outW, errW
	cmd.ExtraFiles = []*os.File{reqR, msgW}
	if cmd.Env == nil {
		cmd.Env = os.Environ()
	}
	cmd.Env = append(cmd.Env, ChildEnv+"=1")
	cmd.SysProcAttr = childAttr()
	if err := cmd.Start(); err != nil {
		for _, f := range files {
			f.Close()
		}
		return nil, fmt.Errorf("repl: starting the session's process: %w", err)
	}
	reqR.Close()
	msgW.Close()
	outW.Close()
	errW.Close()
	p := &proc{cmd: cmd, fw: &frameWriter{w: reqW}, req: reqW, resp: make(chan response, 64), exited: make(chan struct{})}
	p.stderr.init(k.sh.errw, p)
	var readers sync.WaitGroup
	readers.Add(3)
	go func() { defer readers.Done(); k.readMessages(p, msgR) }()
	go func() { defer readers.Done(); p.relay(outR, k.sh.out) }()
	go func() { defer readers.Done(); p.stderr.read(errR) }()
	go func() {
		p.waitErr = cmd.Wait()
		// A process the child started may hold the pipes open.
		deadline := time.Now().Add(300 * time.Millisecond)
		for _, f := range []*os.File{msgR, outR, errR} {
			f.SetReadDeadline(deadline) //nolint:errcheck // then they are read to their end
		}
		readers.Wait()
		msgR.Close()
		outR.Close()
		errR.Close()
		reqW.Close()
		close(p.exited)
	}()
	why := ""
	if err := p.fw.sendMsg(reqConfig, message{Config: &k.conf}); err == nil {
		select {
		case r := <-p.resp:
			if r.kind == msgReady && r.m.Err == "" {
				go k.watch(p)
				return p, nil
			}
			why = r.m.Err
		case <-p.exited:
		}
	}
	p.closing.Store(true)
	p.kill()
	<-p.exited
	if why != "" {
		return nil, fmt.Errorf("repl: the session's process did not start: %s", why)
	}
	if d := p.death(k.conf.MemoryLimit); d.msg != "" {
		return nil, fmt.Errorf("repl: the session's process did not start: %s", d.msg)
	}
	return nil, errors.New("repl: the session's process did not start")
}

// readMessages passes the child's output on and its responses to resp.
func (k *kernel) readMessages(p *proc, r io.Reader) {
	br := bufio.NewReaderSize(r, 64<<10)
	for {
		kind, payload, err := readFrame(br)
		if err != nil {
			return
		}
		switch kind {
		case msgStdout:
			p.write(k.sh.out, payload, false)
			continue
		case msgStderr:
			p.write(k.sh.errw, payload, true)
			continue
		}
		var m message
		if json.Unmarshal(payload, &m) != nil {
			continue
		}
		if kind == msgTasks {
			k.tasks.Store(&m)
			continue
		}
		select {
		case p.resp <- response{kind, m}:
		default: // a response nobody waits for any more
		}
	}
}

// write writes output of the child to w, unless it is quiet.
func (p *proc) write(w io.Writer, b []byte, stderr bool) {
	if !stderr {
		p.recMu.Lock()
		if p.printed != nil {
			p.printed.Write(b)
		}
		p.recMu.Unlock()
	}
	if !p.quiet.Load() {
		w.Write(b) //nolint:errcheck // as the shell's own output
		return
	}
	if stderr {
		p.capMu.Lock()
		if p.captured.Len() < 4096 {
			p.captured.Write(b)
		}
		p.capMu.Unlock()
	}
}

// record starts hashing what the child prints on standard output.
func (p *proc) record() {
	p.recMu.Lock()
	p.printed = fnv.New64a()
	p.recMu.Unlock()
}

// recorded returns the hash of what the child printed since record.
func (p *proc) recorded() uint64 {
	p.recMu.Lock()
	defer p.recMu.Unlock()
	if p.printed == nil {
		return 0
	}
	sum := p.printed.Sum64()
	p.printed = nil
	return sum
}

// relay copies what the child writes on its standard output to w.
func (p *proc) relay(r io.Reader, w io.Writer) {
	b := make([]byte, 32<<10)
	for {
		n, err := r.Read(b)
		if n > 0 {
			p.write(w, b[:n], false)
		}
		if err != nil {
			return
		}
	}
}

func (p *proc) kill() {
	if p.cmd.Process != nil {
		p.cmd.Process.Kill() //nolint:errcheck // it may be gone already
	}
}

func (p *proc) alive() bool {
	select {
	case <-p.exited:
		return false
	default:
		return true
	}
}

// watch reports and restarts a child that dies between inputs (a task or
// goroutine of the session ended it).
func (k *kernel) watch(p *proc) {
	<-p.exited
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.p != p || p.closing.Load() {
		return
	}
	endLine(k.sh.out)
	k.died(p, "")
}

// handle runs one input or meta-command in the child. :quit and :restart
// are the shell's own.
func (k *kernel) handle(src string, intr <-chan os.Signal) (quit, failed bool) {
	cmd, _, _ := strings.Cut(strings.TrimSpace(src), " ")
	switch cmd {
	case ":quit", ":q", ":exit":
		return true, false
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	if cmd == ":restart" {
		k.restart()
		return false, k.p == nil
	}
	if k.p == nil {
		// The last start failed: try again.
		k.restart()
		if k.p == nil {
			return false, true
		}
	}
	return k.eval(src, intr)
}

// eval runs src in the child and waits for it, passing interrupts on. The
// third Ctrl-C ends the child (an input that ignores the first two), which
// is then restarted as after a crash.
func (k *kernel) eval(src string, intr <-chan os.Signal) (quit, failed bool) {
	p := k.p
	id := k.nextID.Add(1)
	p.record()
	if err := p.fw.sendMsg(reqInput, message{ID: id, Src: src}); err != nil {
		<-p.exited
		k.died(p, src)
		return false, true
	}
	interrupts := 0
	var giveUp <-chan time.Time
	for {
		select {
		case r := <-p.resp:
			if r.kind != msgDone || r.m.ID != id {
				continue
			}
			k.lastN = r.m.N
			k.record(src, r.m, p.recorded())
			if !r.m.Failed {
				k.background = 0
			}
			return r.m.Quit, r.m.Failed
		case <-intr:
			interrupts++
			if interrupts >= 3 {
				fmt.Fprintln(k.sh.errw, "(Ctrl-C three times: ending the session's process)")
				p.killed.Store(true)
				p.kill()
				continue
			}
			p.fw.sendMsg(reqInterrupt, message{ID: id}) //nolint:errcheck // then it has exited
		case sig := <-k.sh.term:
			k.sh.terminate(sig)
			p.fw.sendMsg(reqInterrupt, message{ID: id}) //nolint:errcheck // then it has exited
			giveUp = time.After(k.conf.StopGrace + 3*time.Second)
		case <-giveUp:
			p.closing.Store(true)
			p.kill()
		case <-p.exited:
			if p.closing.Load() {
				k.p = nil
				return false, true
			}
			k.died(p, src)
			return false, true
		}
	}
}

// record keeps, after an input has run, what restores the session: the
// inputs that succeeded (Go code, :load, :time), the settings the next
// child starts with (:debug, :clock); :reset forgets the inputs.
func (k *kernel) record(src string, m message, printed uint64) {
	if m.Failed {
		return
	}
	src = strings.TrimSpace(src)
	if !strings.HasPrefix(src, ":") {
		k.inputs = append(k.inputs, replayInput{src: src, n: m.N, out: printed})
		return
	}
	cmd, arg, _ := strings.Cut(src, " ")
	arg = strings.TrimSpace(arg)
	switch cmd {
	case ":load", ":time":
		k.inputs = append(k.inputs, replayInput{src: src, n: m.N})
	case ":reset":
		k.inputs = nil
		k.tasks.Store(nil)
	case ":debug":
		if arg == "on" || arg == "off" {
			k.conf.Debug = arg == "on"
		}
	case ":clock":
		k.conf.Clock = arg
	}
}

// died reports the death of child p while src ran ("" between inputs),
// then restarts the session.
func (k *kernel) died(p *proc, src string) {
	d := p.death(k.conf.MemoryLimit)
	w := k.sh.errw
	switch {
	case p.killed.Load():
	case d.msg != "":
		fmt.Fprintf(w, "asyncrepl: the session's process died: %s\n", d.msg)
	default:
		fmt.Fprintln(w, "asyncrepl: the session's process died")
	}
	if src != "" {
		where := "while"
		if d.inGo {
			where = "in a goroutine started with go, while"
		}
		if strings.HasPrefix(strings.TrimSpace(src), ":") {
			fmt.Fprintf(w, "  %s %s ran\n", where, firstLine(src))
		} else {
			fmt.Fprintf(w, "  %s input %d ran: %s\n", where, k.lastN+1, firstLine(src))
			k.lastN++ // the input had its number
		}
	} else if k.lastN > 0 {
		fmt.Fprintf(w, "  after input %d, in a task or goroutine left running\n", k.lastN)
	}
	if d.hint != "" {
		fmt.Fprintf(w, "  %s\n", d.hint)
	}
	if src == "" || d.inGo {
		k.background++
		// Work an earlier input started ended the process, unless the
		// input running started it: those inputs are not run again.
		k.dropWork = !startsWork(src) || k.background >= 2
	}
	k.restart()
}

// restart ends the child, if it runs, starts a new one and replays the
// inputs into it, then says what was restored and what was lost.
func (k *kernel) restart() {
	if p := k.p; p != nil && p.alive() {
		k.pendingTasks(p)
		p.closing.Store(true)
		p.kill()
		<-p.exited
	}
	lostTasks := k.tasks.Swap(nil)
	var lost []lostInput
	spoilt := map[string]bool{} // declared by an input that failed when run again
	var changed []string        // names that may not be as before
	inputs := k.inputs
	k.inputs = nil
	if k.dropWork {
		inputs = k.dropStarters(inputs, &lost, "the process died in work an input left running, and this input starts such work")
		k.dropWork = false
	}
	for {
		p, err := k.spawn()
		if err != nil {
			k.p = nil
			fmt.Fprintf(k.sh.errw, "asyncrepl: %v (the next input tries again)\n", err)
			return
		}
		k.p = p
		changed = changed[:0]
		kept, dropped, crashed := k.replay(p, inputs, &changed)
		lost = append(lost, dropped...)
		for _, d := range dropped {
			for _, n := range d.names {
				spoilt[n] = true
			}
		}
		if crashed < 0 {
			k.inputs = kept
			break
		}
		if slices.ContainsFunc(kept, func(in replayInput) bool { return startsWork(in.src) }) {
			// What ended the process may be work an earlier input
			// started rather than the input it was running: run again
			// none of the inputs that start work.
			inputs = k.dropStarters(append(kept, inputs[crashed+1:]...), &lost, "the process died while the inputs were run again, and this input starts work that runs on")
			continue
		}
		inputs = append(kept, inputs[crashed+1:]...)
	}
	if !k.p.alive() {
		return
	}
	if err := k.p.fw.sendMsg(reqRestored, message{N: k.lastN}); err != nil {
		return
	}
	var res message
	timeout := time.After(5 * time.Second)
wait:
	for {
		select {
		case r := <-k.p.resp:
			if r.kind == msgRestored {
				res = r.m
				break wait
			}
		case <-k.p.exited:
			break wait
		case <-timeout:
			break wait
		}
	}
	w := k.sh.errw
	fmt.Fprintf(w, "asyncrepl: new session process; %d input(s) run again, output not shown\n", len(k.inputs))
	res.Names = slices.DeleteFunc(res.Names, func(n string) bool { return spoilt[n] })
	if len(res.Names) > 0 {
		fmt.Fprintf(w, "  restored: %s\n", strings.Join(res.Names, ", "))
	}
	switch {
	case lostTasks != nil && len(lostTasks.Tasks) > 0:
		when := "that were pending"
		if lostTasks.N > 0 {
			when = fmt.Sprintf("pending after input %d", lostTasks.N)
		}
		fmt.Fprintf(w, "  lost: the tasks %s (%s): a task's progress cannot be restored\n", when, strings.Join(lostTasks.Tasks, ", "))
	case len(res.Tasks) > 0:
		fmt.Fprintf(w, "  lost: the tasks the inputs started (%s): cancelled, as a task's progress cannot be restored\n", strings.Join(res.Tasks, ", "))
	}
	for _, c := range changed {
		fmt.Fprintf(w, "  may differ: %s\n", c)
	}
	for _, l := range lost {
		fmt.Fprintf(w, "  lost: %s\n", l.what)
		if len(l.names) > 0 {
			fmt.Fprintf(w, "    %s: not as before (as that run left them)\n", strings.Join(l.names, ", "))
		}
	}
}

// dropStarters returns inputs without those that start work that runs on
// after them (startsWork), which it adds to lost, saying why.
func (k *kernel) dropStarters(inputs []replayInput, lost *[]lostInput, why string) []replayInput {
	return slices.DeleteFunc(slices.Clone(inputs), func(in replayInput) bool {
		if !startsWork(in.src) {
			return false
		}
		*lost = append(*lost, lostInput{what: fmt.Sprintf("input %d (%s): not run again: %s", in.n, firstLine(in.src), why)})
		return true
	})
}

// pendingTasks asks child p which tasks are pending, for the report of
// what a restart loses, and waits a moment for the answer (k.tasks).
func (k *kernel) pendingTasks(p *proc) {
	id := k.nextID.Add(1)
	if p.fw.sendMsg(reqTasks, message{ID: id}) != nil {
		return
	}
	timeout := time.After(300 * time.Millisecond)
	for {
		if m := k.tasks.Load(); m != nil && m.ID == id {
			return
		}
		select {
		case <-p.exited:
			return
		case <-timeout:
			return
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// replay runs inputs in child p, output hidden. It returns the inputs that
// succeeded, a description of each that did not, and the index of the one
// that ended the child (-1 if none did).
func (k *kernel) replay(p *proc, inputs []replayInput, changed *[]string) (kept []replayInput, lost []lostInput, crashed int) {
	p.quiet.Store(true)
	defer p.quiet.Store(false)
	for i, in := range inputs {
		p.capMu.Lock()
		p.captured.Reset()
		p.capMu.Unlock()
		id := k.nextID.Add(1)
		p.record()
		if p.fw.sendMsg(reqInput, message{ID: id, Src: in.src, N: in.n, Replay: true}) != nil {
			<-p.exited
		}
		budget := time.NewTimer(replayBudget)
		var giveUp <-chan time.Time
		var failed, timedOut bool
		var names []string
	wait:
		for {
			select {
			case r := <-p.resp:
				if r.kind == msgDone && r.m.ID == id {
					failed, names = r.m.Failed, r.m.Names
					if r.m.Stuck {
						// Start again without it.
						budget.Stop()
						p.closing.Store(true)
						p.kill()
						<-p.exited
						what := fmt.Sprintf("input %d (%s): run again, it left the event loop blocked (a callback or task that never returns)", in.n, firstLine(in.src))
						return kept, append(lost, lostInput{what, names}), i
					}
					break wait
				}
			case <-budget.C:
				timedOut = true
				p.fw.sendMsg(reqInterrupt, message{ID: id}) //nolint:errcheck // then it has exited
				p.fw.sendMsg(reqInterrupt, message{ID: id}) //nolint:errcheck // then it has exited
				giveUp = time.After(k.conf.StopGrace + 3*time.Second)
			case <-giveUp:
				p.closing.Store(true)
				p.kill()
			case <-p.exited:
				budget.Stop()
				what := fmt.Sprintf("input %d (%s): it did not finish within %v when run again", in.n, firstLine(in.src), replayBudget)
				if !timedOut {
					d := p.death(k.conf.MemoryLimit)
					what = fmt.Sprintf("input %d (%s): run again, it ended the session's process (%s)", in.n, firstLine(in.src), d.msg)
				}
				return kept, append(lost, lostInput{what: what}), i
			}
		}
		budget.Stop()
		switch {
		case timedOut:
			lost = append(lost, lostInput{fmt.Sprintf("input %d (%s): it did not finish within %v when run again", in.n, firstLine(in.src), replayBudget), names})
		case failed:
			p.capMu.Lock()
			why := firstLine(p.captured.String())
			p.capMu.Unlock()
			lost = append(lost, lostInput{fmt.Sprintf("input %d (%s): it failed when run again: %s", in.n, firstLine(in.src), why), names})
		case p.recorded() != in.out && !strings.HasPrefix(in.src, ":"):
			// Its result or output differs: a value read from the clock,
			// at random or from outside, or output of another task.
			kept = append(kept, in)
			if len(names) > 0 {
				*changed = append(*changed, fmt.Sprintf("%s (input %d printed something else when run again)", strings.Join(names, ", "), in.n))
			}
		default:
			kept = append(kept, in)
		}
	}
	return kept, lost, -1
}

// complete asks the child for the completions of text, the line up to the
// cursor; none when it does not answer at once (it is being restarted).
func (k *kernel) complete(text string) ([][]rune, int) {
	if !k.mu.TryLock() {
		return nil, 0
	}
	defer k.mu.Unlock()
	p := k.p
	if p == nil {
		return nil, 0
	}
	id := k.nextID.Add(1)
	if p.fw.sendMsg(reqComplete, message{ID: id, Src: text}) != nil {
		return nil, 0
	}
	timeout := time.After(2 * time.Second)
	for {
		select {
		case r := <-p.resp:
			if r.kind != msgComplete || r.m.ID != id {
				continue
			}
			out := make([][]rune, len(r.m.Cands))
			for i, c := range r.m.Cands {
				out[i] = []rune(c)
			}
			return out, r.m.Len
		case <-timeout:
			return nil, 0
		case <-p.exited:
			return nil, 0
		}
	}
}

// close ends the session as Ctrl-D does: the child lists and cancels the
// pending tasks, closes the loop, flushes warnings, and exits.
func (k *kernel) close() {
	k.mu.Lock()
	defer k.mu.Unlock()
	p := k.p
	if p == nil {
		return
	}
	p.closing.Store(true)
	if p.fw.sendMsg(reqClose, message{}) == nil {
		select {
		case <-p.exited:
		case <-time.After(k.conf.StopGrace + time.Duration(loopPatience.Load()) + 5*time.Second):
			p.kill()
			<-p.exited
		}
	}
	p.kill()
	<-p.exited
	if d := p.death(k.conf.MemoryLimit); d.msg != "" {
		fmt.Fprintf(k.sh.errw, "asyncrepl: the session's process died as it closed: %s\n", d.msg)
	}
}

// firstLine returns the first line of s, trimmed and cut short, with an
// ellipsis if anything was left out.
func firstLine(s string) string {
	s = strings.TrimSpace(s)
	line, rest, more := strings.Cut(s, "\n")
	line = strings.TrimSpace(line)
	if r := []rune(line); len(r) > 60 {
		line, more = string(r[:60]), true
	}
	if more && strings.TrimSpace(rest) != "" || len([]rune(line)) == 60 && more {
		line += " ..."
	}
	return line
}
