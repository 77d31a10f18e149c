//go:build unix

package main

import (
	"strings"
	"testing"
)

// TestShellSupervised: in a terminal, an input that ends the session's
// process (a fatal stack overflow) leaves the shell running: it says what
// happened, restores the session in a new process, and the prompt, the
// line editor and the history go on as before. A background task's output
// still comes above the prompt, and :restart works on demand.
func TestShellSupervised(t *testing.T) {
	sh := startShell(t, t.TempDir(), "ASYNCREPL_CLOCK=real")
	tm := sh.term
	tm.send("x := 41\r")
	tm.expect(`x int = 41`)
	tm.expect(`>>> `)
	tm.send("func f(n int) int { return f(n+1) + 1 }\r")
	tm.expect(`>>> `)
	// A mutex unlocked that was not locked: a throw of the runtime, which
	// no program recovers from.
	tm.send("var mu sync.Mutex; mu.Unlock()\r")
	tm.expect(`asyncrepl: the session's process died: fatal error: sync: unlock of unlocked mutex`)
	tm.expect(`while input 3 ran: var mu sync.Mutex; mu.Unlock\(\)`)
	tm.expect(`new session process; 2 input\(s\) run again, output not shown`)
	tm.expect(`restored: f, x`)
	tm.expect(`>>> `)
	tm.send("x + 1\r")
	tm.expect(`42  // int`)
	tm.expect(`>>> `)

	// History is the shell's: Up brings back the input before the crash.
	tm.send("\x1b[A\x1b[A\r")
	tm.expect(`asyncrepl: the session's process died: fatal error: sync: unlock of unlocked mutex`)
	tm.expect(`>>> `)

	// Background output through the new process, above the prompt.
	tm.send(`bg := loop.CreateTask(loop.Async(func() { for i := 0; ; i++ { fmt.Println("bg", i); if _, err := loop.Await(loop.Sleep(20 * time.Millisecond)); err != nil { return } } }))` + "\r")
	tm.expect(`bg \d+`)
	tm.expect(`bg \d+`)
	tm.send(":restart\r")
	tm.expect(`lost: the tasks pending after input 6 \(Task\(<input6.func1>\)<PENDING>\)`)
	tm.expect(`>>> `)
	tm.send("x\r")
	tm.expect(`41  // int`)
	tm.send("\x04")
	if status := sh.exit(); status != 0 {
		t.Fatalf("shell exited with status %d", status)
	}
	if hist := sh.history(); !strings.Contains(hist, "mu.Unlock()\n") {
		t.Errorf("history lacks the input that crashed:\n%s", hist)
	}
}
