package repl

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"runtime/debug"
	"strings"
	"sync"
	"syscall"
	"time"
)

// crashWatch reads the standard error of a session's process. What code
// writes there goes on to the shell's; what the Go runtime writes as the
// process dies (a fatal error, an unrecovered panic, a signal, with every
// goroutine's stack) is held back and read for the report instead.
type crashWatch struct {
	w io.Writer
	p *proc

	mu       sync.Mutex
	held     []string // the lines since a crash began
	heldSize int
	crashing bool
	since    time.Time
}

// crashStart matches the first line the runtime writes as a process dies.
var crashStart = regexp.MustCompile(`^(fatal error: |runtime: |panic: |fatal: |unexpected fault address|SIG[A-Z]+: |runtime/cgo: )`)

// crashHold is how long lines that look like a crash are held back while
// the process keeps running; then they were only output. A dying process
// on a loaded machine can take seconds to write its goroutines' stacks.
const crashHold = 10 * time.Second

func (c *crashWatch) init(w io.Writer, p *proc) { c.w, c.p = w, p }

func (c *crashWatch) read(r io.Reader) {
	br := bufio.NewReaderSize(r, 64<<10)
	for {
		line, err := br.ReadString('\n')
		if line != "" {
			c.line(line)
		}
		if err != nil {
			return
		}
	}
}

func (c *crashWatch) line(line string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.crashing && time.Since(c.since) > crashHold && c.p.alive() {
		c.release()
	}
	if !c.crashing && crashStart.MatchString(line) {
		c.crashing, c.since = true, time.Now()
		time.AfterFunc(crashHold, func() {
			c.mu.Lock()
			defer c.mu.Unlock()
			if c.crashing && c.p.alive() {
				c.release()
			}
		})
	}
	if c.crashing {
		if c.heldSize < 1<<20 {
			c.held = append(c.held, line)
			c.heldSize += len(line)
		}
		return
	}
	c.p.write(c.w, []byte(line), true)
}

// release writes what was held back: the process lived on.
func (c *crashWatch) release() {
	for _, l := range c.held {
		c.p.write(c.w, []byte(l), true)
	}
	c.held, c.heldSize, c.crashing = nil, 0, false
}

func (c *crashWatch) text() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return strings.Join(c.held, "")
}

// death is what ended a session's process, in the user's terms.
type death struct {
	msg  string // the runtime's message: "fatal error: stack overflow"
	hint string // what usually causes it
	// inGo: the goroutine that failed was started by a go statement of
	// interpreted code, not the input's own.
	inGo bool
}

var (
	stackLimitLine = regexp.MustCompile(`^runtime: goroutine stack exceeds (\d+)-byte limit`)
	oomBlock       = regexp.MustCompile(`^runtime: out of memory: cannot allocate (\d+)-byte block`)
)

// death reads why the process ended from what it wrote as it died and from
// its exit status; memLimit is the limit it ran with.
func (p *proc) death(memLimit int64) death {
	var d death
	var detail string
	for _, line := range strings.Split(p.stderr.text(), "\n") {
		line = strings.TrimRight(line, "\r")
		switch {
		case d.msg == "" && (strings.HasPrefix(line, "fatal error: ") || strings.HasPrefix(line, "panic: ") || strings.HasPrefix(line, "fatal: ")):
			d.msg = line
		case d.msg == "" && strings.HasPrefix(line, "SIG") && strings.Contains(line, ": "):
			d.msg = line
		case detail == "" && stackLimitLine.MatchString(line):
			detail = "a goroutine's stack exceeds " + bytesString(atoi64(stackLimitLine.FindStringSubmatch(line)[1]))
		case detail == "" && oomBlock.MatchString(line):
			detail = "cannot allocate " + bytesString(atoi64(oomBlock.FindStringSubmatch(line)[1]))
		}
	}
	d.inGo = startedByGo(p.stderr.text())
	if detail != "" && d.msg != "" {
		d.msg += " (" + detail + ")"
	}
	switch {
	case strings.Contains(d.msg, "stack overflow"):
		d.hint = "(a function that calls itself without end, or printing a value that contains itself)"
		if f := compiledRecursion(p.stderr.text()); f != "" {
			d.hint = "(a compiled function that recursed too deep, " + f + ": the session stops interpreted recursion at its limit, a compiled function's it cannot)"
		}
	case strings.Contains(d.msg, "out of memory"):
		d.hint = "(an allocation too large, or memory growing without end"
		if memLimit > 0 {
			d.hint += fmt.Sprintf("; the session may use %s: asyncrepl -memlimit sets it", bytesString(memLimit))
		}
		d.hint += ")"
	case strings.Contains(d.msg, "of unlocked mutex") || strings.Contains(d.msg, "of unlocked RWMutex"):
		d.hint = "(a mutex unlocked that was not locked: each Unlock goes with a Lock before it)"
	case strings.Contains(d.msg, "concurrent map"):
		d.hint = "(goroutines used a map at the same time: guard it with a sync.Mutex, or use sync.Map)"
	}
	if d.msg == "" && p.cmd.ProcessState != nil && !p.killed.Load() && !p.closing.Load() {
		st := p.cmd.ProcessState
		if ws, ok := st.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			d.msg = "killed by signal " + ws.Signal().String()
			if ws.Signal() == syscall.SIGKILL {
				d.hint = "(by another process: the system's out-of-memory killer, say)"
			}
		} else if st.ExitCode() >= 0 {
			d.msg = fmt.Sprintf("it exited with status %d", st.ExitCode())
		}
	}
	return d
}

// startedByGo reports whether the first goroutine of a crash's dump, the
// one that failed, was started by a go statement of interpreted code: the
// interpreter started it, to run a function it guards (helpers' Guard).
func startedByGo(dump string) bool {
	_, rest, ok := strings.Cut(dump, "\ngoroutine ")
	if !ok {
		return false
	}
	block, _, _ := strings.Cut(rest, "\n\n")
	return strings.Contains(block, "\ncreated by "+interpPkg) && strings.Contains(block, hostrtPkg+"(*Helpers)")
}

// compiledRecursion returns the function that recurs most among the
// compiled frames (a package not the interpreter's, the runtime's or
// reflect's) at the top of the goroutine that was running in dump; "" if
// its top frames are the interpreter's.
func compiledRecursion(dump string) string {
	_, rest, ok := strings.Cut(dump, "[running]:\n")
	if !ok {
		return ""
	}
	block, _, _ := strings.Cut(rest, "\n\n")
	count := map[string]int{}
	top := ""
	for _, line := range strings.Split(block, "\n") {
		if strings.HasPrefix(line, "...") || strings.HasPrefix(line, "created by ") {
			break // the frames past the first 50 are the goroutine's bottom
		}
		if line == "" || strings.HasPrefix(line, "\t") {
			continue
		}
		fn := line
		if i := strings.LastIndex(fn, "("); i > 0 {
			fn = fn[:i]
		}
		if strings.HasPrefix(fn, "runtime.") {
			continue
		}
		if strings.HasPrefix(fn, interpPkg) || strings.HasPrefix(fn, "reflect.") {
			break // the interpreter's frames: compiled code above them, if any, recurred
		}
		count[fn]++
		if count[fn] > count[top] {
			top = fn
		}
	}
	return top
}

func atoi64(s string) int64 {
	var n int64
	fmt.Sscan(s, &n) //nolint:errcheck // digits by the regexp
	return n
}

// bytesString formats n bytes in binary units: "4 GiB", "512 MiB".
func bytesString(n int64) string {
	units := []string{"bytes", "KiB", "MiB", "GiB", "TiB", "PiB"}
	v, i := float64(n), 0
	for v >= 1024 && i < len(units)-1 {
		v /= 1024
		i++
	}
	if v == float64(int64(v)) {
		return fmt.Sprintf("%d %s", int64(v), units[i])
	}
	return fmt.Sprintf("%.1f %s", v, units[i])
}

// maxStack is the most a goroutine's stack may grow to in a session's
// process (Go's default is 1 GiB), a quarter of the memory limit if that
// is less: past it Go ends the process. The watchdog stops runaway
// interpreted recursion well before, when a stack reaches stackLimit,
// at most half of it: the goroutine goes on growing its stack until its
// next safe point, and its deferred calls run on top of the deepest
// frame, so the limit the watchdog enforces must leave room for both
// (with the two limits equal, recursion through a compiled callback
// sometimes outran it).
const maxStack = 512 << 20

// setStackLimits sets the process's hard stack limit (debug.SetMaxStack)
// and the watchdog's stackLimit for a memory limit of limit bytes (0:
// none). Called once, before a session starts.
func setStackLimits(limit int64) {
	hard, soft := stackLimits(limit)
	debug.SetMaxStack(hard)
	stackLimit = soft
}

// stackLimits returns the hard stack limit and the watchdog's for a
// memory limit of limit bytes (0: none).
func stackLimits(limit int64) (hard int, soft uint64) {
	h := int64(maxStack)
	if limit > 0 {
		h = min(limit/4, h)
	}
	return int(h), uint64(min(defaultStackLimit, h/2))
}

// DefaultMemoryLimit is the memory a session's process may use unless told
// otherwise: a quarter of the machine's memory, at least 1 GiB and at most
// 8 GiB (4 GiB when the machine's memory is unknown).
func DefaultMemoryLimit() int64 {
	m := physicalMemory()
	if m <= 0 {
		return 4 << 30
	}
	return min(max(m/4, 1<<30), 8<<30) &^ (1<<20 - 1) // whole MiB
}
