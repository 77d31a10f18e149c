package repl_test

import (
	"bytes"
	"context"
	"io"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/repl"
)

// watchedBuffer is a buffer that goroutines write to while a test waits
// for what they write.
type watchedBuffer struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	more chan struct{}
}

func newWatchedBuffer() *watchedBuffer { return &watchedBuffer{more: make(chan struct{}, 1)} }

func (w *watchedBuffer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	select {
	case w.more <- struct{}{}:
	default:
	}
	return w.buf.Write(p)
}

func (w *watchedBuffer) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// waitFor waits until the buffer holds s.
func (w *watchedBuffer) waitFor(t *testing.T, s string) {
	t.Helper()
	deadline := time.After(20 * time.Second)
	for !strings.Contains(w.String(), s) {
		select {
		case <-w.more:
		case <-deadline:
			t.Fatalf("no %q in:\n%s", s, w.String())
		}
	}
}

// TestShellTerminate: SIGTERM or SIGHUP, at the prompt or while an input
// runs, ends the shell as Ctrl-D does: the running input is cancelled, the
// pending tasks are listed and cancelled, the session closed.
func TestShellTerminate(t *testing.T) {
	tests := []struct {
		name    string
		sig     os.Signal
		inputs  string // typed before the signal
		waitFor string // on stdout, before the signal
		status  int
		stderr  []string
		hard    bool // the input is stopped hard (see raceEnabled)
	}{
		{"SIGTERM at the prompt", syscall.SIGTERM,
			"t := loop.CreateTask(loop.Async(func() { loop.Await(loop.Sleep(time.Hour)) }))\n",
			"t *loop.Task = Task(", 0,
			[]string{"(terminated: leaving)", "cancelling 1 pending task(s):", "1  Task(<input1.func1>)<PENDING>"}, false},
		{"SIGHUP while an input runs", syscall.SIGHUP,
			"t := loop.CreateTask(loop.Async(func() { loop.Await(loop.Sleep(time.Hour)) }))\nfmt.Println(\"running\"); loop.Await(loop.Sleep(time.Hour))\n",
			"running", 1,
			[]string{"(hangup: leaving)", "cancelled: input 2", "cancelling 1 pending task(s):", "1  Task(<input1.func1>)<PENDING>"}, false},
		{"SIGTERM while an input ignores cancellation", syscall.SIGTERM,
			"fmt.Println(\"running\"); for { loop.Await(loop.Sleep(time.Hour)) }\n",
			"running", 1,
			[]string{"(terminated: leaving)", "input 1 interrupted at input 1:25"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.hard && raceEnabled {
				t.Skip("a hard stop races inside the interpreter (see raceEnabled)")
			}
			stdin, typing := io.Pipe()
			defer typing.Close()
			stdout, stderr := newWatchedBuffer(), newWatchedBuffer()
			term := make(chan os.Signal, 1)
			f := false
			sh, err := repl.NewShell(repl.ShellConfig{Stdin: stdin, Stdout: stdout, Stderr: stderr, Terminal: &f, Terminate: term,
				Session: repl.Config{StopGrace: 100 * time.Millisecond}})
			if err != nil {
				t.Fatal(err)
			}
			status := make(chan int, 1)
			go func() { status <- sh.Run(context.Background()) }()
			go io.WriteString(typing, tt.inputs)
			stdout.waitFor(t, tt.waitFor)
			if tt.status == 0 {
				// At the prompt: an empty line, taken once the shell
				// reads again, so that the signal does not come while
				// the input's result is still being printed.
				io.WriteString(typing, "\n")
			}
			term <- tt.sig
			select {
			case got := <-status:
				if got != tt.status {
					t.Errorf("status %d, want %d", got, tt.status)
				}
			case <-time.After(20 * time.Second):
				t.Fatalf("the shell did not leave; stderr:\n%s", stderr.String())
			}
			for _, want := range tt.stderr {
				if !strings.Contains(stderr.String(), want) {
					t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
				}
			}
		})
	}
}

// TestInterruptLeavesExecutorJob: Ctrl-C stops an input that awaits an
// executor job, not the job: the shell says at once that it still runs,
// and :tasks lists it (it said no pending tasks).
func TestInterruptLeavesExecutorJob(t *testing.T) {
	stdin, typing := io.Pipe()
	defer typing.Close()
	stdout, stderr := newWatchedBuffer(), newWatchedBuffer()
	intr := make(chan os.Signal, 1)
	f := false
	sh, err := repl.NewShell(repl.ShellConfig{Stdin: stdin, Stdout: stdout, Stderr: stderr, Terminal: &f, Interrupts: intr,
		Session: repl.Config{StopGrace: 100 * time.Millisecond}})
	if err != nil {
		t.Fatal(err)
	}
	status := make(chan int, 1)
	go func() { status <- sh.Run(context.Background()) }()
	io.WriteString(typing, "block := make(chan int)\n")
	io.WriteString(typing, `loop.Await(loop.Get().RunInExecutor(func() { b := block; fmt.Println("running"); <-b }))`+"\n")
	stdout.waitFor(t, "running")
	intr <- os.Interrupt
	stderr.waitFor(t, "still running, as no interrupt stops them (:tasks lists them):\n  executor job func, started by input 2, running since ")
	io.WriteString(typing, ":tasks\n")
	stdout.waitFor(t, "no pending tasks\nexecutor job func, started by input 2, running since ")
	io.WriteString(typing, "close(block)\n")
	typing.Close()
	select {
	case <-status:
	case <-time.After(20 * time.Second):
		t.Fatalf("the shell did not leave; stderr:\n%s", stderr.String())
	}
}
