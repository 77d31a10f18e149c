//go:build unix

package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
)

// term is the other end of a pseudo-terminal running the shell.
type term struct {
	t    testing.TB
	f    *os.File
	mu   sync.Mutex
	buf  bytes.Buffer
	mark int // output before mark has been matched already
	more chan struct{}
	eof  chan struct{} // closed when the terminal is closed
}

func (tm *term) read() {
	b := make([]byte, 4096)
	for {
		n, err := tm.f.Read(b)
		tm.mu.Lock()
		tm.buf.Write(b[:n])
		tm.mu.Unlock()
		select {
		case tm.more <- struct{}{}:
		default:
		}
		if err != nil {
			close(tm.more)
			close(tm.eof)
			return
		}
	}
}

// expect waits until the output after the last match matches re, and moves
// past it.
// expectWait is how long expect waits for its text: long enough for a
// loaded machine (a restart of the session's process, built with the race
// detector, takes seconds there); it only bounds a hang.
func expectWait() time.Duration {
	if raceEnabled {
		return 90 * time.Second
	}
	return 30 * time.Second
}

func (tm *term) expect(re string) string {
	tm.t.Helper()
	rx := regexp.MustCompile(re)
	deadline := time.After(expectWait())
	for {
		tm.mu.Lock()
		out := tm.buf.String()[tm.mark:]
		if loc := rx.FindStringIndex(out); loc != nil {
			tm.mark += loc[1]
			tm.mu.Unlock()
			return out[loc[0]:loc[1]]
		}
		tm.mu.Unlock()
		select {
		case _, ok := <-tm.more:
			if !ok {
				tm.mu.Lock()
				defer tm.mu.Unlock()
				if loc := rx.FindStringIndex(tm.buf.String()[tm.mark:]); loc != nil {
					tm.mark += loc[1]
					return ""
				}
				tm.t.Fatalf("terminal closed before %q; output since the last match:\n%s", re, tm.buf.String()[tm.mark:])
			}
		case <-deadline:
			tm.mu.Lock()
			defer tm.mu.Unlock()
			tm.t.Fatalf("no %q on the terminal; output since the last match:\n%s", re, tm.buf.String()[tm.mark:])
		}
	}
}

func (tm *term) send(s string) {
	tm.t.Helper()
	if _, err := tm.f.WriteString(s); err != nil {
		tm.t.Fatal(err)
	}
}

// shell is the shell running in a pseudo-terminal, for a test.
type shell struct {
	*term
	cmd      *exec.Cmd
	done     chan error // the shell's exit
	state    string     // its XDG_STATE_HOME
	raceLogs string
}

// startShell starts the shell in a pseudo-terminal with its state (history)
// in state, and waits for its first prompt. The test fails, showing the
// transcript, if it is still running at the end.
func startShell(t testing.TB, state string, env ...string) *shell {
	t.Helper()
	return startShellSized(t, state, 200, env...)
}

// startShellSized is startShell in a terminal cols columns wide (0: one
// that does not say).
func startShellSized(t testing.TB, state string, cols uint16, env ...string) *shell {
	t.Helper()
	if testing.Short() {
		t.Skip("runs the shell in a pseudo-terminal")
	}
	raceLogs := t.TempDir()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "ASYNCREPL_TEST_MAIN=1", "XDG_STATE_HOME="+state, "TERM=xterm", "NO_COLOR=1", "ASYNCREPL_CLOCK=real",
		// Under -race, the child's race reports go to files shown on failure.
		"GORACE=log_path="+filepath.Join(raceLogs, "race")+" halt_on_error=0")
	cmd.Env = append(cmd.Env, env...)
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 50, Cols: cols})
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	tm := &term{t: t, f: f, more: make(chan struct{}, 1), eof: make(chan struct{})}
	go tm.read()
	sh := &shell{term: tm, cmd: cmd, done: make(chan error, 1), state: state, raceLogs: raceLogs}
	go func() { sh.done <- cmd.Wait() }()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
		}
		if !t.Failed() {
			return
		}
		select {
		case <-tm.eof:
		case <-time.After(2 * time.Second):
		}
		tm.mu.Lock()
		t.Logf("terminal transcript:\n%s", tm.buf.String())
		tm.mu.Unlock()
		logs, _ := filepath.Glob(filepath.Join(raceLogs, "race*"))
		for _, l := range logs {
			b, _ := os.ReadFile(l)
			t.Logf("race report of the shell (%s):\n%s", filepath.Base(l), b)
		}
	})
	tm.expect(`asyncrepl .*: Go, with an event loop running in the background\. :help for help, Ctrl-D to leave\.`)
	tm.expect(`>>> `)
	return sh
}

// exit waits for the shell to end and returns its exit status (-1 for a
// signal's end); races inside chzyer/readline alone count as success.
func (sh *shell) exit() int {
	sh.t.Helper()
	select {
	case err := <-sh.done:
		if err != nil && onlyReadlineRaces(sh.t, sh.raceLogs, err) {
			return 0
		}
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode()
		}
		if err != nil {
			sh.t.Fatalf("shell: %v", err)
		}
		return 0
	case <-time.After(expectWait()):
		sh.t.Fatal("the shell did not exit")
		return 0
	}
}

// history returns the shell's history file.
func (sh *shell) history() string {
	sh.t.Helper()
	b, err := os.ReadFile(filepath.Join(sh.state, "asyncrepl", "history"))
	if err != nil {
		sh.t.Fatalf("history: %v", err)
	}
	return string(b)
}

// TestShellTerminal drives the interactive shell through a pseudo-terminal:
// the prompt, an input, Ctrl-C cancelling a sleeping input while a
// background task keeps printing, and the history file.
func TestShellTerminal(t *testing.T) {
	sh := startShell(t, t.TempDir())
	tm := sh.term
	tm.send("6 * 7\r")
	tm.expect(`42  // int`)
	tm.expect(`>>> `)

	// Output left without a newline is not drawn over by the prompt.
	tm.send(`fmt.Print("no newline")` + "\r")
	tm.expect(`no newline\r?\n`)
	tm.expect(`>>> `)

	// A background task that prints until it is cancelled.
	tm.send(`bg := loop.CreateTask(loop.Async(func() { for i := 0; ; i++ { fmt.Println("bg", i); if _, err := loop.Await(loop.Sleep(20 * time.Millisecond)); err != nil { return } } }))` + "\r")
	tm.expect(`Task\(<input3.func1>\)<PENDING>`)
	tm.expect(`>>> `)

	// An input that sleeps for an hour; Ctrl-C cancels it, not bg.
	tm.send("loop.Await(loop.Sleep(time.Hour))\r")
	tm.expect(`bg \d+`)
	tm.expect(`bg \d+`)
	tm.send("\x03")
	if out := tm.expect(`(?s).*cancelled: input 4`); strings.Contains(out, "// any") {
		t.Errorf("the cancelled input printed values:\n%s", out)
	}
	tm.expect(`>>> `)
	tm.expect(`bg \d+`) // still running after the cancellation

	// Ctrl-C at the prompt clears the line.
	tm.send("this is not evaluated\x03")
	tm.expect(`>>> `)

	// Multi-line input continues on a "..." prompt.
	tm.send("func add(a, b int) int {\r")
	tm.expect(`\.\.\. `)
	tm.send("return a + b\r}\r")
	tm.expect(`func add\(a, b int\) int`)
	tm.send("add(1, 2)\r")
	tm.expect(`3  // int`)

	tm.send(":tasks\r")
	tm.expect(`1  Task\(<input3.func1>\)<PENDING>  defined at input 3:\d+  awaiting sleep`)

	// Ctrl-D at a continuation prompt drops the unfinished input.
	tm.send("func unfinished() {\r")
	tm.expect(`\.\.\. `)
	tm.send("\x04")
	tm.expect(`unfinished input dropped`)
	tm.expect(`>>> `)

	// Ctrl-D typed while an input runs leaves once it is done.
	tm.send("fmt.Println(\"waiting\"); loop.Await(loop.Sleep(300 * time.Millisecond))\r")
	tm.expect(`waiting\r?\n`)
	tm.send("\x04")
	tm.expect(`cancelling 1 pending task\(s\):`)
	if status := sh.exit(); status != 0 {
		t.Fatalf("shell exited with status %d", status)
	}
	hist := sh.history()
	for _, want := range []string{"6 * 7", "loop.Await(loop.Sleep(time.Hour))", "add(1, 2)", ":tasks", `loop.Await(loop.Sleep(300 * time.Millisecond))`} {
		if !strings.Contains(string(hist), want+"\n") {
			t.Errorf("history lacks %q:\n%s", want, hist)
		}
	}
	if strings.Contains(string(hist), "this is not evaluated") {
		t.Errorf("history has the line cleared with Ctrl-C:\n%s", hist)
	}
}

// onlyReadlineRaces reports whether the shell's failure err is the race
// detector's exit status for races that are all chzyer/readline's own: its
// line buffer is reset by its reading goroutine without the lock that a
// write to its Stdout from another goroutine (a background task printing)
// takes to redraw the prompt. Any other race fails the test.
func onlyReadlineRaces(t testing.TB, dir string, err error) bool {
	var exit *exec.ExitError
	if !raceEnabled || !errors.As(err, &exit) || exit.ExitCode() != 66 {
		return false
	}
	logs, _ := filepath.Glob(filepath.Join(dir, "race*"))
	n := 0
	for _, l := range logs {
		b, _ := os.ReadFile(l)
		for _, report := range strings.Split(string(b), "WARNING: DATA RACE")[1:] {
			if !strings.Contains(report, "github.com/chzyer/readline.(*RuneBuffer)") ||
				!strings.Contains(report, "github.com/chzyer/readline.(*Operation).ioloop") {
				return false
			}
			n++
		}
	}
	if n > 0 {
		t.Logf("%d race(s) inside chzyer/readline, known and left to it", n)
	}
	return n > 0
}

// pastes are inputs of about 20 KB, as pasted into the shell (lines end
// in a carriage return), each with a pattern of the first line of its
// output, and an input that checks the paste arrived whole with the
// pattern of its output.
func pastes(n int) []struct{ name, in, echo, check, want string } {
	var fn strings.Builder
	fn.WriteString("func big() int {\r\tx := 0\r")
	sum := 0
	for i := 0; fn.Len() < n; i++ {
		fmt.Fprintf(&fn, "\tx += %d // a comment to make the line longer\r", i)
		sum += i
	}
	fn.WriteString("\treturn x\r}\r")
	var line strings.Builder
	line.WriteString("xs := []int{")
	count := 0
	for ; line.Len() < n; count++ {
		fmt.Fprintf(&line, "%d, ", count)
	}
	line.WriteString("}\r")
	return []struct{ name, in, echo, check, want string }{
		{"indented lines", fn.String(), `func big\(\) int\r?\n`, "big()\r", fmt.Sprintf(`%d  // int`, sum)},
		{"one line", line.String(), `xs \[\]int = \[0 1 2`, "len(xs)\r", fmt.Sprintf(`%d  // int`, count)},
		{"a tab in a string", "tabbed := \"ab\tc\"\r", `tabbed string = `, "len(tabbed)\r", `4  // int`},
	}
}

// TestShellPaste pastes inputs of 20 KB into the terminal at once, a
// function indented with tabs and a single line: each arrives whole (no
// tab is taken for a completion request) and runs.
func TestShellPaste(t *testing.T) {
	sh := startShell(t, t.TempDir())
	for _, p := range pastes(20 << 10) {
		start := time.Now()
		sh.send(p.in)
		sh.expect(p.echo)
		sh.expect(`>>> `)
		t.Logf("%s: %d bytes pasted in %v", p.name, len(p.in), time.Since(start))
		sh.send(p.check)
		sh.expect(p.want)
		sh.expect(`>>> `)
	}
	sh.send("\x04")
	if status := sh.exit(); status != 0 {
		t.Fatalf("shell exited with status %d", status)
	}
}

// BenchmarkShellPaste pastes each of the inputs of TestShellPaste, of 20 KB
// and of 200 KB, into the shell in a terminal and waits for its result:
// the time is linear in the size.
func BenchmarkShellPaste(b *testing.B) {
	for _, size := range []int{20 << 10, 200 << 10} {
		for _, p := range pastes(size)[:2] {
			b.Run(fmt.Sprintf("%s/%dKB", strings.ReplaceAll(p.name, " ", "_"), size>>10), func(b *testing.B) {
				sh := startShell(b, b.TempDir())
				for b.Loop() {
					sh.send(p.in)
					sh.expect(p.echo)
					sh.expect(`>>> `)
				}
				sh.send("\x04")
				sh.exit()
			})
		}
	}
}

// TestShellKeysWithText: keys that change the line editor's mode (Ctrl-R,
// Tab for the completion menu) or move the cursor (arrows, Home, End),
// sent in one write with text, as tmux send-keys does: each key acts as
// it does typed alone, and the text after it goes where the key put the
// editor (into the search, after the cursor), nothing lost.
func TestShellKeysWithText(t *testing.T) {
	sh := startShell(t, t.TempDir())
	sh.send("func add(a, b int) int { return a + b }\r")
	sh.expect(`func add\(a, b int\) int\r?\n`)
	sh.expect(`>>> `)
	sh.send("add(1, 2)\r")
	sh.expect(`3  // int`)
	sh.expect(`>>> `)
	type step struct{ send, expect string }
	tests := []struct {
		name  string
		steps []step
	}{
		{"Ctrl-R with text", []step{{"\x12add(1\r", `3  // int`}}},
		{"Ctrl-R, then text in one write", []step{{"\x12", `bck-i-search: `}, {"add(1\r", `3  // int`}}},
		{"Ctrl-R with text, then text", []step{{"\x12ad", `bck-i-search: ad`}, {"d(1, 2)\r", `3  // int`}}},
		{"arrows, Home and End with text", []step{{"\"ac\"\x1b[D\x1b[Db\x1bOHx := \x1b[F + \"!\"\r", `x string = "abc!"`}}},
		{"Home and End as tmux sends them, with text", []step{{"\"de\"\x1b[1~z := \x1b[4~ + \"!\"\r", `z string = "de!"`}}},
		{"an arrow key over two writes", []step{{"y := 12\x1b", ""}, {"[D3\r", `y int = 132`}}},
		{"the completion menu, then text", []step{{"fmt.Sprint", `fmt\.Sprint`}, {"\t", `Sprintf`}, {"f(\"%d\", 7)\r", `"7"  // string`}}},
		{"Ctrl-C in the completion menu clears the line", []step{{"fmt.Sprint", `fmt\.Sprint`}, {"\t", `Sprintf`}, {"\x03", `\^C`}, {"1+1\r", `\n2  // int`}}},
		{"Ctrl-C choosing in the completion menu clears the line", []step{{"fmt.Sprint", `fmt\.Sprint`}, {"\t", `Sprintf`}, {"\t", ``}, {"\x03", `\^C`}, {"2+2\r", `\n4  // int`}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sh.t = t
			defer func() { sh.t = t }()
			for _, st := range tt.steps {
				sh.send(st.send)
				if st.expect != "" {
					sh.expect(st.expect)
				}
			}
			sh.expect(`>>> `)
		})
	}
	sh.t = t
	sh.send("\x04")
	if status := sh.exit(); status != 0 {
		t.Fatalf("shell exited with status %d", status)
	}
}

// TestShellHistoryMultiline: an input of several lines is one history
// entry, recalled whole by Up, in the same session and after a restart.
// TestShellTabNoWidth: Tab completes in a terminal that reports 0 columns
// (a serial console, some containers' terminals), as in one that says its
// width; the line editor rang the bell instead.
func TestShellTabNoWidth(t *testing.T) {
	sh := startShellSized(t, t.TempDir(), 0)
	sh.send("fmt.Printl")
	sh.expect(`fmt\.Printl`)
	sh.send("\t")
	sh.expect(`fmt\.Println`)
	sh.send("(\"com\" + \"pleted\")\r")
	sh.expect(`\ncompleted\r?\n`)
	sh.send("\x04")
	if got := sh.exit(); got != 0 {
		t.Errorf("exit status %d", got)
	}
}

func TestShellHistoryMultiline(t *testing.T) {
	state := t.TempDir()
	sh := startShell(t, state)
	sh.send("func add(a, b int) int {\r")
	sh.expect(`\.\.\. `)
	sh.send("\treturn a + b\r")
	sh.expect(`\.\.\. `)
	sh.send("}\r")
	sh.expect(`func add\(a, b int\) int\r?\n`)
	sh.expect(`>>> `)
	sh.send("\x1b[A") // Up
	sh.expect(`func add\(a, b int\) int \{↵    return a \+ b↵\}`)
	// Edited and run again, it is the lines it was.
	sh.send("\x02\x02 * 10 // times ten") // Ctrl-B twice: before the last newline
	sh.expect(`b \* 10 // times ten↵\}`)
	sh.send("\r")
	sh.expect(`func add\(a, b int\) int\r?\n`)
	sh.send("add(2, 3)\r")
	sh.expect(`32  // int`)
	sh.send("\x04")
	if status := sh.exit(); status != 0 {
		t.Fatalf("shell exited with status %d", status)
	}
	if n := strings.Count(sh.history(), "\n"); n != 3 {
		t.Errorf("history has %d entries, want 3:\n%s", n, sh.history())
	}

	sh = startShell(t, state)
	sh.send("\x1b[A\x1b[A") // the second input from the end
	sh.expect(`func add\(a, b int\) int \{↵    return a \+ b \* 10 // times ten↵\}`)
	sh.send("\r")
	sh.expect(`func add\(a, b int\) int\r?\n`)
	sh.send("add(1, 2)\r")
	sh.expect(`21  // int`)
	sh.send("\x04")
	if status := sh.exit(); status != 0 {
		t.Fatalf("shell exited with status %d", status)
	}
}

// TestShellSignals: SIGTERM at the prompt and SIGHUP while an input runs
// end the shell as Ctrl-D does: the input is cancelled, pending tasks are
// listed and cancelled, the history is saved (an unfinished input and the
// line being typed too), the terminal is left as it was found, and the
// status is Ctrl-D's. On the screen, the line being typed ends, and the
// leaving message and what follows are written below it, with no prompt
// drawn again.
func TestShellSignals(t *testing.T) {
	tests := []struct {
		name    string
		sig     syscall.Signal
		typed   string   // typed before the signal
		running []string // the output to wait for before the signal
		output  []string
		history []string
	}{
		{"SIGTERM at the prompt", syscall.SIGTERM, "half typed", []string{`half typed`},
			[]string{`half typed\r?\n\(terminated: leaving\)`, `cancelling 1 pending task\(s\):`, `1  Task\(<input1.func1>\)<PENDING>`},
			[]string{"half typed"}},
		{"SIGTERM at a continuation prompt", syscall.SIGTERM, "func unfinished() {\r\tfmt.Println(1)\r\tfmt.Print", []string{`\.\.\. `, `Println\(1\)\r?\n`, `\.\.\. `, `fmt\.Print`},
			[]string{`fmt\.Print\r?\n\(terminated: leaving\)`, `cancelling 1 pending task\(s\):`, `1  Task\(<input1.func1>\)<PENDING>`},
			[]string{"func unfinished() {\uE00A\tfmt.Println(1)\uE00A\tfmt.Print"}},
		{"SIGTERM in a history search", syscall.SIGTERM, "\x12t :=", []string{`bck-i-search: t :=`},
			[]string{`\r?\n\(terminated: leaving\)`, `cancelling 1 pending task\(s\):`}, nil},
		{"SIGHUP while an input runs", syscall.SIGHUP, "fmt.Println(\"sleeping\"); loop.Await(loop.Sleep(time.Hour))\r", []string{`sleeping\r?\n`},
			[]string{`\(hangup: leaving\)`, `cancelled: input 2`, `cancelling 1 pending task\(s\):`},
			[]string{`fmt.Println("sleeping"); loop.Await(loop.Sleep(time.Hour))`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sh := startShell(t, t.TempDir())
			tty, ttyErr := openTerminal(sh.f)
			if ttyErr == nil {
				defer tty.Close()
				if raw, err := rawMode(tty); err != nil || !raw {
					t.Fatalf("at the prompt, the terminal is not in raw mode (%v): the test cannot tell it is restored", err)
				}
			}
			sh.send("t := loop.CreateTask(loop.Async(func() { loop.Await(loop.Sleep(time.Hour)) }))\r")
			sh.expect(`t \*loop\.Task = Task`)
			sh.expect(`>>> `)
			sh.send(tt.typed)
			for _, out := range tt.running {
				sh.expect(out)
			}
			sh.cmd.Process.Signal(tt.sig)
			for _, out := range tt.output {
				sh.expect(out)
			}
			if status := sh.exit(); status != 0 {
				t.Errorf("status %d, want 0 (as Ctrl-D's)", status)
			}
			if ttyErr == nil {
				if raw, err := rawMode(tty); err != nil || raw {
					t.Errorf("the terminal is left in raw mode (%v)", err)
				}
			}
			// As after Ctrl-D, the prompt is not drawn again after the
			// leaving message, and the shell leaves the cursor on a
			// fresh line.
			if ttyErr == nil {
				tty.Close() // for the terminal to close
			}
			select {
			case <-sh.eof:
			case <-time.After(expectWait()):
				t.Fatal("the terminal did not close")
			}
			sh.mu.Lock()
			out := sh.buf.String()
			sh.mu.Unlock()
			after := out[strings.LastIndex(out, ": leaving)"):]
			if strings.Contains(after, ">>> ") || strings.Contains(after, "... ") {
				t.Errorf("a prompt is drawn again after the leaving message:\n%q", after)
			}
			// (The line editor may clear the empty line it leaves the
			// cursor on as it closes.)
			if !strings.HasSuffix(regexp.MustCompile(`(\x1b\[J|\x1b\[2K|\r)*$`).ReplaceAllString(out, ""), "\n") {
				t.Errorf("the shell leaves the cursor after %q, not on a fresh line", out[max(0, len(out)-40):])
			}
			hist := sh.history()
			for _, want := range append([]string{"t := loop.CreateTask("}, tt.history...) {
				if !strings.Contains(hist, want) {
					t.Errorf("history lacks %q:\n%s", want, hist)
				}
			}
		})
	}
}

// TestShellQuitKey: Ctrl-\ (SIGQUIT while an input runs) does not end the
// shell, which says what does; at the prompt it puts nothing in the line.
// Ctrl-@ is Ctrl-D.
func TestShellQuitKey(t *testing.T) {
	sh := startShell(t, t.TempDir())
	sh.send("x := 42\r")
	sh.expect(`x int = 42`)
	sh.expect(`>>> `)
	sh.send("fmt.Println(\"waiting\"); loop.Await(loop.Sleep(time.Hour))\r")
	sh.expect(`waiting\r?\n`)
	sh.cmd.Process.Signal(syscall.SIGQUIT)
	sh.expect(`\(Ctrl-\\ does not end the shell: Ctrl-C stops the input`)
	sh.send("\x03")
	sh.expect(`interrupted|cancelled`)
	sh.expect(`>>> `)
	sh.send("\x1cx\r")
	sh.expect(`42  // int`)
	sh.expect(`>>> `)
	// A NUL (Ctrl-@, or a Ctrl-D typed while an input ran) is a Ctrl-D:
	// at a continuation prompt it drops the unfinished input (the line
	// editor took it for the end of its input, and answered nothing more).
	sh.send("func f() {\r")
	sh.expect(`\.\.\. `)
	sh.send("\x00")
	sh.expect(`unfinished input dropped`)
	sh.send("x + 1\r")
	sh.expect(`43  // int`)
	sh.expect(`>>> `)
	sh.send("\x04")
	if status := sh.exit(); status != 0 {
		t.Errorf("status %d, want 0", status)
	}
}

// TestShellDeadlock: in the terminal too, an input that blocks with
// nothing to wake it is reported as Go's deadlock and stopped, and the
// session carries on.
func TestShellDeadlock(t *testing.T) {
	if raceEnabled {
		t.Skip("stopping the input is a hard stop, which races inside yaegi")
	}
	sh := startShell(t, t.TempDir())
	sh.send("ch := make(chan int)\r")
	sh.expect(`>>> `)
	sh.send("<-ch\r")
	sh.expect(`all goroutines are asleep - deadlock! \(the input in a channel receive\); stopped input 2 hard \(deadlock\)`)
	sh.expect(`>>> `)
	sh.send("6 * 7\r")
	sh.expect(`42  // int`)
	sh.send("\x04")
	if status := sh.exit(); status != 0 {
		t.Fatalf("shell exited with status %d", status)
	}
}

// TestShellLiveWarnings: a task that fails in the background while the user
// types is reported above the prompt as soon as the loop finds it, and the
// line being typed is drawn again below it.
func TestShellLiveWarnings(t *testing.T) {
	sh := startShell(t, t.TempDir())
	tm := sh.term
	tm.send(`loop.CreateTask(loop.Async(func() error { if _, err := loop.Await(loop.Sleep(100 * time.Millisecond)); err != nil { return err }; return errors.New("late") }))` + "\r")
	tm.expect(`Task\(<input1.func1>\)<PENDING>`)
	tm.expect(`>>> `)
	tm.send("typing")
	tm.expect(`ERROR: Task exception was never retrieved  error=late  raised_at=input 1:\d+`)
	tm.expect(`>>> typing`)
	tm.send("\x03\x04")
	if status := sh.exit(); status != 0 {
		t.Fatalf("shell exited with status %d", status)
	}
}

// TestShellStallAtPrompt: a callback and then a task that take the loop
// while the shell waits at its prompt are reported live, and Ctrl-C at
// the prompt stops each at its next safe point, as the report offers; the
// session goes on with what it had.
func TestShellStallAtPrompt(t *testing.T) {
	sh := startShell(t, t.TempDir())
	tm := sh.term
	tm.send("x := 42\r")
	tm.expect(`x int = 42`)
	tm.send(`loop.Get().CallLater(50 * time.Millisecond, func() { n := 0; for { n++ } })` + "\r")
	tm.expect(`>>> `)
	tm.expect(`the event loop has not turned for [0-9.]+m?s: a callback holds it, running interpreted code at input 2:\d+ without awaiting; Ctrl-C stops it \(the loop runs on\)`)
	tm.send("\x03")
	tm.expect(`callback <.*> interrupted at input 2:\d+: the rest of it does not run; the loop runs on`)
	tm.send(`t := loop.CreateTask(loop.Async(func() error { if _, err := loop.Await(loop.Sleep(50 * time.Millisecond)); err != nil { return err }; for {} }))` + "\r")
	tm.expect(`>>> `)
	tm.expect(`the event loop has not turned for [0-9.]+m?s: Task\(<input3.func1>\) \(created at input 3:\d+\) holds it, running interpreted code at input 3:\d+ without awaiting; Ctrl-C stops it \(the other tasks run on\)`)
	tm.send("\x03")
	tm.expect(`Task\(<input3.func1>\) interrupted at input 3:\d+: it ends cancelled; the other tasks run on`)
	tm.send("x + 1\r")
	tm.expect(`43  // int`)
	tm.send("t.Cancelled()\r")
	tm.expect(`true  // bool`)
	tm.send("\x04")
	if status := sh.exit(); status != 0 {
		t.Fatalf("shell exited with status %d", status)
	}
}
