package repl_test

import (
	"context"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/internal/syncbuf"
	"github.com/asyncrepl/asyncrepl/repl"
)

// workersSrc: 100 goroutines run the same select at once, each on a
// channel of its own and a shared quit channel (yaegi shared one list of
// cases per select among them, and they deadlocked).
const workersSrc = `const workers = 100
var wg sync.WaitGroup
sums := make([]int, workers)
ins := make([]chan int, workers)
for w := range workers {
	ins[w] = make(chan int)
}
quit := make(chan struct{})
for w := range workers {
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case v := <-ins[w]:
				sums[w] += v
			case <-quit:
				return
			}
		}
	}()
}
for range 200 {
	for w := range workers {
		ins[w] <- w
	}
}
close(quit)
wg.Wait()
total := 0
for _, s := range sums {
	total += s
}
fmt.Println(total, sums[99])
`

// TestSelectSharedByGoroutines runs workersSrc at the prompt and as a
// program. It runs under the race detector too: the selects share nothing
// (yaegi's wrote the list of cases they shared).
func TestSelectSharedByGoroutines(t *testing.T) {
	const want = "990000 19800\n"
	t.Run("prompt", func(t *testing.T) {
		s, out, errs := newSession(t, repl.Config{})
		if err := s.Run(context.Background(), "func() {\n"+workersSrc+"}()"); err != nil {
			t.Fatal(err, errs.String())
		}
		if out.String() != want {
			t.Errorf("stdout %q, want %q", out.String(), want)
		}
	})
	t.Run("program", func(t *testing.T) {
		var body strings.Builder
		for line := range strings.Lines(workersSrc) {
			body.WriteString("\t" + line)
		}
		src := "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n" + body.String() + "}\n"
		var out, errs syncbuf.Buffer
		code := repl.RunSource(context.Background(), "workers.go", []byte(src), nil, repl.Config{Stdout: &out, Stderr: &errs, Clock: "virtual"})
		if code != 0 || out.String() != want {
			t.Errorf("exit %d, stdout %q, want %q\n%s", code, out.String(), want, errs.String())
		}
	})
}

// TestSelectHardStop: Ctrl-C twice stops goroutines waiting in selects
// that nothing can end, as it stops the interpreter's own waits, and the
// selects of the next input wait again. (Their deadlock's report is
// testdata/script/select_goroutines.txtar's: the test's own goroutines
// could wake them.)
func TestSelectHardStop(t *testing.T) {
	if raceEnabled {
		t.Skip("a hard stop races inside yaegi (see raceEnabled)")
	}
	s, out, errs := newSession(t, repl.Config{Clock: "real"})
	waiting := func() int {
		buf := make([]byte, 1<<20)
		return strings.Count(string(buf[:runtime.Stack(buf, true)]), "hostrt.selectWait")
	}
	done := make(chan error)
	go func() {
		done <- s.Run(context.Background(), `ch := make(chan int); for range 3 { go func() { select { case <-ch: case v := <-ch: fmt.Println(v) }; fmt.Println("not reached") }() }; select { case <-ch: }`)
	}()
	for deadline := time.Now().Add(10 * time.Second); waiting() < 4; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the input's goroutines do not wait in their selects")
		}
	}
	for stopped := false; !stopped; {
		s.Interrupt()
		select {
		case <-done:
			stopped = true
		case <-time.After(50 * time.Millisecond):
		}
	}
	if !strings.Contains(errs.String(), "stopped input 1 hard") {
		t.Errorf("stderr %q, want the hard stop", errs.String())
	}
	for deadline := time.Now().Add(5 * time.Second); waiting() > 0; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d goroutines still wait in a select after the stop", waiting())
		}
	}
	if strings.Contains(out.String(), "not reached") {
		t.Errorf("stdout %q: a stopped goroutine went on", out.String())
	}
	out.Reset()
	errs.Reset()
	if err := s.Run(context.Background(), `func() int { c := make(chan int); go func() { time.Sleep(10 * time.Millisecond); c <- 4 }(); var got int; select { case got = <-c: }; return got }()`); err != nil {
		t.Fatal(err, errs.String())
	}
	if out.String() != "4  // int\n" {
		t.Errorf("after the stop: %q, want 4", out.String())
	}
}

// TestHardStopStaleClosures: a hard stop ends the functions interpreted
// code made before it, which would run nothing after it and return zero
// values: the variables that may hold one are named at the stop, and an
// input reading one is refused until it is assigned again.
func TestHardStopStaleClosures(t *testing.T) {
	if raceEnabled {
		t.Skip("a hard stop races inside yaegi (see raceEnabled)")
	}
	s, out, errs := newSession(t, repl.Config{Clock: "real"})
	run := func(in string) (string, error) {
		out.Reset()
		errs.Reset()
		err := s.Run(context.Background(), in)
		return out.String(), err
	}
	for _, in := range []string{`sq := func(x int) int { return x * x }`, `n := 3`, `type C struct{ k int }`, `func (c C) M() int { return c.k }`, `mv := C{4}.M`, `up := strings.ToUpper`, `var none func()`} {
		if _, err := run(in); err != nil {
			t.Fatal(in, err)
		}
	}
	done := make(chan error)
	go func() {
		_, err := run(`ch := make(chan int); <-ch`)
		done <- err
	}()
	var err error
	for stopped := false; !stopped; {
		s.Interrupt()
		select {
		case err = <-done:
			stopped = true
		case <-time.After(50 * time.Millisecond):
		}
	}
	if err == nil || !strings.Contains(err.Error(), "stopped input 8 hard") || !strings.Contains(err.Error(), "declared or assigned again: mv, sq") {
		t.Fatalf("the stop: %v", err)
	}
	for _, tt := range []struct{ in, out, err string }{
		{`sq(3)`, "", "input 9:1: sq may hold a function made before input 8's hard stop"},
		{`fmt.Println(mv())`, "", "input 10:13: mv may hold a function made before input 8's hard stop"},
		{`n + C{2}.M()`, "5  // int\n", ""},
		// A compiled package's function, and a nil one, run as before.
		{`up("a")`, "\"A\"  // string\n", ""},
		{`none == nil`, "true  // bool\n", ""},
		{`sq = func(x int) int { return x + 1 }`, "", ""},
		{`sq(3)`, "4  // int\n", ""},
	} {
		got, err := run(tt.in)
		if tt.err != "" {
			if err == nil || !strings.HasPrefix(err.Error(), tt.err) {
				t.Errorf("%s: error %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.out {
			t.Errorf("%s: %q, %v; want %q", tt.in, got, err, tt.out)
		}
	}
}
