package repl

import (
	"bufio"
	"errors"
	"fmt"
	"hash"
	"hash/fnv"
	"io"
	"os"
	"os/exec"
	"regexp"
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
	// failed are the Go inputs that failed since the last restart: not
	// run again, what they changed before they failed is lost then.
	failed []replayInput
	lastN  int // the session's input count after the last input
	// background counts the deaths in work left running (not in an
	// input's own code) since an input last succeeded.
	background int
	// suspect counts the deaths in inputs that start no work of their
	// own, where earlier inputs started work (a timer's callback may
	// have ended them), since work-starting inputs were last dropped.
	suspect  int
	dropWork bool                    // the next restart runs no input that starts work again
	tasks    atomic.Pointer[message] // the tasks pending after input N
	nextID   atomic.Uint64
	// goPanicked: the session reported a goroutine's or callback's panic
	// (the piped shell's exit status says so, as a failed input's does).
	goPanicked bool
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
		if decodeMsg(payload, &m) != nil {
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
			// Addresses aside: run again in a new process, a channel or
			// a pointer made again prints another, which is no
			// difference of the session's state (a :restart's "may
			// differ"). One cut by a read prints as it is.
			p.printed.Write(address.ReplaceAll(b, []byte("0x")))
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

// address matches an address as the session prints a pointer, a channel
// or a function: 9 to 12 hex digits (0xb95be92db10, 0x3984c6c52150, the
// heap's addresses in a 47-bit address space, 0xc000123456 where the heap
// starts at 0xc000000000); not a longer hex number (an id printed with
// %#x of a uint64 differs for good).
var address = regexp.MustCompile(`\b0x[0-9a-f]{9,12}\b`)

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
	if msg := extraArg(src); msg != "" {
		fmt.Fprintln(k.sh.errw, msg)
		return false, true
	}
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

// interruptStalled passes Ctrl-C at the prompt on to the child, where it
// stops the task or callback that holds the loop, if one does.
func (k *kernel) interruptStalled() {
	if p := k.p; p != nil {
		p.fw.sendMsg(reqInterrupt, message{}) //nolint:errcheck // then it has exited
	}
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
			k.goPanicked = k.goPanicked || r.m.GoPanics > 0
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
		giveUp := time.After(k.conf.StopGrace + time.Duration(loopPatience.Load()) + 5*time.Second)
	wait:
		for {
			select {
			case r := <-p.resp:
				// A goroutine's panic reported as the session closed
				// (after the last input) counts too.
				k.goPanicked = k.goPanicked || r.kind == msgClosed && r.m.GoPanics > 0
			case <-p.exited:
				break wait
			case <-giveUp:
				p.kill()
				<-p.exited
				break wait
			}
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
