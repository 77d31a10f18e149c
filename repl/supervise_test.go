package repl_test

import (
	"context"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/repl"
)

// TestMain lets the test binary run a supervised shell's session.
func TestMain(m *testing.M) {
	if repl.IsChild() {
		os.Exit(repl.ServeChild())
	}
	os.Exit(m.Run())
}

// childCommand starts this test binary as a supervised session's process.
func childCommand() *exec.Cmd {
	path, err := os.Executable()
	if err != nil {
		path = os.Args[0]
	}
	return exec.Command(path)
}

// supervisedShell is a supervised shell reading plain lines from a pipe.
type supervisedShell struct {
	typing         io.WriteCloser
	stdout, stderr *watchedBuffer
	status         chan int
}

// startSupervised starts a supervised shell; the test ends it (Ctrl-D)
// and waits for it.
func startSupervised(t *testing.T, memLimit int64) *supervisedShell {
	t.Helper()
	stdin, typing := io.Pipe()
	s := &supervisedShell{typing: typing, stdout: newWatchedBuffer(), stderr: newWatchedBuffer(), status: make(chan int, 1)}
	f := false
	sh, err := repl.NewShell(repl.ShellConfig{Stdin: stdin, Stdout: s.stdout, Stderr: s.stderr, Terminal: &f,
		Session: repl.Config{Clock: "virtual", StopGrace: 100 * time.Millisecond}, Child: childCommand, MemoryLimit: memLimit})
	if err != nil {
		t.Fatal(err)
	}
	go func() { s.status <- sh.Run(context.Background()) }()
	t.Cleanup(func() {
		typing.Close()
		select {
		case <-s.status:
		case <-time.After(30 * time.Second):
			t.Errorf("the shell did not leave; stderr:\n%s", s.stderr.String())
		}
	})
	return s
}

func (s *supervisedShell) typeLines(lines ...string) {
	for _, l := range lines {
		io.WriteString(s.typing, l+"\n")
	}
}

// TestSupervisedFatal: what ends a Go program for good, in an input, ends
// the session's process, not the shell: the shell names the error and the
// input, restores the session in a new process (the variable of input 1
// is there) and runs the next input, numbered as it would have been.
func TestSupervisedFatal(t *testing.T) {
	tests := []struct {
		name, input string
		report      []string
		race        bool // runs under the race detector
	}{
		// Interpreted recursion is stopped at the session's limit
		// (recursion.txtar); a compiled function's is not.
		{"stack overflow", `_, err := parser.ParseExpr(strings.Repeat("(", 99000) + "1" + strings.Repeat(")", 99000))`,
			[]string{"the session's process died: fatal error: stack overflow (a goroutine's stack exceeds 64 MiB)",
				"(a compiled function that recursed too deep, go/parser.(*parser)."}, true},
		{"huge allocation", "b := make([]byte, 1<<40)",
			[]string{"fatal error: out of memory (cannot allocate 1 TiB)", "the session may use 256 MiB: asyncrepl -memlimit sets it"}, false},
		{"memory growing without end", `var s []string; for { s = append(s, strings.Repeat("x", 1<<20)) }`,
			[]string{"fatal error: out of memory"}, false},
		{"concurrent map writes", "m := map[int]int{}; for i := range 4 { go func() { for j := 0; ; j++ { m[j] = i } }() }; time.Sleep(time.Second)",
			[]string{"fatal error: concurrent map", "goroutines used a map at the same time"}, false},
		// As in Go (below 4 KiB, a panic: TestUnsafe).
		{"a read through a bad pointer", "fmt.Println(*(*int)(unsafe.Pointer(uintptr(0x12345678))))",
			[]string{"the session's process died: fatal error: fault"}, false},
		{"a runtime throw", "var mu sync.Mutex; mu.Unlock()",
			[]string{"fatal error: sync: unlock of unlocked mutex", "(a mutex unlocked that was not locked"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if raceEnabled && !tt.race {
				t.Skip("the race detector reports the race before the runtime's fatal error, and its shadow memory needs an address space no cap allows")
			}
			s := startSupervised(t, 256<<20)
			s.typeLines("x := 41", tt.input, "x + 1", "nosuch")
			s.stdout.waitFor(t, "42  // int")
			s.stderr.waitFor(t, "input 4:1: undefined: nosuch")
			out := s.stderr.String()
			want := append(tt.report, " input 2 ran: "+tt.input[:min(len(tt.input), 40)],
				"asyncrepl: new session process; 1 input(s) run again, output not shown", "  restored: x")
			stderrHas(t, out, want...)
		})
	}
}

// TestSupervisedBackground: a goroutine that kills the process between
// inputs is reported at once, and the session is back for the next input.
func TestSupervisedBackground(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector reports the race before the runtime's fatal error")
	}
	s := startSupervised(t, 256<<20)
	s.typeLines("x := 41", "m := map[int]int{}; go func() { time.Sleep(100 * time.Millisecond); for i := range 4 { go func() { for j := 0; ; j++ { m[j] = i } }() } }()")
	s.stderr.waitFor(t, "restored: ")
	s.typeLines("x + 1")
	s.stdout.waitFor(t, "42  // int")
	stderrHas(t, s.stderr.String(), "the session's process died: fatal error: concurrent map", "  after input 2, in a task or goroutine left running",
		"  lost: input 2 (m := map[int]int{}; go func() { time.Sleep(100 * time.Millis ...): not run again: the process died in work an input left running")
}

// TestSupervisedRestart: :restart restores what the inputs declared, says
// which running tasks are lost, which input failed when run again (with
// the names it left as that run did), which printed another value, and
// what an input that failed may have changed.
func TestSupervisedRestart(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/f.txt"
	if err := os.WriteFile(path, []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := startSupervised(t, 256<<20)
	s.typeLines(
		"x := 40",
		"type T struct{ A int }",
		`fmt.Println("printed once")`,
		"t := loop.CreateTask(loop.Async(func() error { _, err := loop.Await(loop.Sleep(time.Hour)); return err }))",
		`data, err := os.ReadFile("`+path+`"); if err != nil { panic(err) }`,
		`os.Remove("`+path+`")`,
		"now := time.Now().UnixNano()",
		"ch := make(chan int, 1)", // its address differs, and nothing else
		`x = 1000; x++; fmt.Println(len(data)); panic("half done")`,
		":restart",
		"T{x + 2}",
		"t.Cancelled()",
	)
	s.stdout.waitFor(t, "true  // bool")
	out, errs := s.stdout.String(), s.stderr.String()
	if got := strings.Count(out, "printed once"); got != 1 {
		t.Errorf("the replayed input printed: %d times in:\n%s", got, out)
	}
	if !strings.Contains(out, "{A:42}  // T") {
		t.Errorf("stdout lacks the restored type and variable:\n%s", out)
	}
	stderrHas(t, errs,
		"asyncrepl: new session process; 7 input(s) run again, output not shown",
		"  restored: T, ch, now, t, x\n",
		"  may differ: now (input 7 printed something else when run again)\n",
		"  lost: the tasks pending after input 9 (Task(<input4.func1>)<PENDING>): a task's progress cannot be restored",
		"  lost: input 5 (data, err := os.ReadFile(",
		"it failed when run again: input 5:",
		"    data, err: not as before (as that run left them)",
		`  may differ: x (input 9, x = 1000; x++; fmt.Println(len(data)); panic("half done"), failed: not run again, what it changed before it failed is lost)`,
	)
	if strings.Contains(errs, "died") {
		t.Errorf("a restart on demand reported a death:\n%s", errs)
	}
	if strings.Contains(errs, "may differ: ch") {
		t.Errorf("a channel's new address was reported as a difference:\n%s", errs)
	}
}

// TestSupervisedRestartEndsJobs: :restart, which :tasks offers to end an
// executor job that never returns, does not run again the inputs that
// started one still running (directly or by a task), or the job would run
// on in the new process.
func TestSupervisedRestartEndsJobs(t *testing.T) {
	s := startSupervised(t, 256<<20)
	s.typeLines(
		"var spins atomic.Int64",
		"f := loop.Get().RunInExecutor(func() { for { spins.Add(1) } })",
		"keep := 7",
		"t := loop.CreateTask(loop.Async(func() { _, _ = loop.Await(loop.Get().RunInExecutor(func() { for { spins.Add(1) } })) }))",
		"done := loop.Get().RunInExecutor(func() {}); _, _ = loop.Await(done)", // returned before the restart
		":restart",
		":tasks",
		"keep",
	)
	s.stdout.waitFor(t, "7  // int")
	out, errs := s.stdout.String(), s.stderr.String()
	stderrHas(t, errs,
		"  lost: input 2 (f := loop.Get().RunInExecutor(",
		"  lost: input 4 (t := loop.CreateTask(",
		"not run again: an executor job it started was still running, and would run again",
	)
	if strings.Contains(errs, "lost: input 5") {
		t.Errorf("an input whose job returned was not run again:\n%s", errs)
	}
	if strings.Contains(out, "executor job") {
		t.Errorf("a job runs on after :restart:\n%s", out)
	}
}

// TestSupervisedInvalidUTF8: an input that is not valid UTF-8 reaches the
// session's process as it was typed (JSON would have made the byte a
// U+FFFD, and the input run with a string Go refuses), and is refused as
// Go refuses it.
func TestSupervisedInvalidUTF8(t *testing.T) {
	s := startSupervised(t, 256<<20)
	s.typeLines("x := \"\xff\"", `len("é")`)
	s.stdout.waitFor(t, "2  // int")
	if errs := s.stderr.String(); !strings.Contains(errs, "input 1:7: syntax error: illegal UTF-8 encoding") {
		t.Errorf("stderr lacks the refusal:\n%s", errs)
	}
	if out := s.stdout.String(); strings.Contains(out, "x string") {
		t.Errorf("the input ran:\n%s", out)
	}
}

// stderrHas fails t for each of wants that the shell's standard error errs
// lacks.
func stderrHas(t *testing.T, errs string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(errs, w) {
			t.Errorf("stderr lacks %q:\n%s", w, errs)
		}
	}
}
