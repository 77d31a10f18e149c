// Package verify_test runs every example of the scripts directory both ways,
// compiled with the Go toolchain and interpreted by the repl package, and
// checks each run against the example's own // Output: and // Stderr: blocks.
// It lives apart from package scripts so that the fuzz target there is not
// linked with the interpreter.
package verify_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testenv"

	"github.com/asyncrepl/asyncrepl/scripts"
)

// cleanEnv is the environment the example programs run in: this process's,
// without the variables that change the loop's behaviour, plus extra.
func cleanEnv(extra ...string) []string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "ASYNCREPL_") {
			continue
		}
		env = append(env, kv)
	}
	return append(env, extra...)
}

// builds holds the examples compiled once per test binary run.
var builds struct {
	once sync.Once
	dir  string
	errs map[string]error
}

// buildExamples compiles every example (go build, as go run would) into a
// temporary directory, two at a time, and returns the directory and the build
// error of each example that failed.
func buildExamples(t *testing.T) (string, map[string]error) {
	goTool := testenv.GoToolPath(t)
	builds.once.Do(func() {
		dir, err := os.MkdirTemp("", "asyncrepl-examples-")
		if err != nil {
			t.Fatal(err)
		}
		builds.dir = dir
		builds.errs = map[string]error{}
		var mu sync.Mutex
		sem := make(chan struct{}, 2)
		var wg sync.WaitGroup
		for _, e := range scripts.List() {
			wg.Add(1)
			go func() {
				defer wg.Done()
				sem <- struct{}{}
				defer func() { <-sem }()
				cmd := exec.Command(goTool, "build", "-o", filepath.Join(dir, e.Name), filepath.Join("..", e.File))
				cmd.Env = cleanEnv()
				if out, err := cmd.CombinedOutput(); err != nil {
					mu.Lock()
					builds.errs[e.Name] = &buildError{err: err, out: out}
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
	})
	return builds.dir, builds.errs
}

type buildError struct {
	err error
	out []byte
}

func (e *buildError) Error() string { return "go build: " + e.err.Error() + "\n" + string(e.out) }

func TestMain(m *testing.M) {
	code := m.Run()
	if builds.dir != "" {
		os.RemoveAll(builds.dir)
	}
	os.Exit(code)
}

// runCompiled runs a compiled example with the given clock and returns its
// standard output and standard error.
func runCompiled(t *testing.T, bin, clock string) (stdout, stderr []byte) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin)
	cmd.Env = cleanEnv("ASYNCREPL_CLOCK=" + clock)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Errorf("%s (clock %s): %v\nstderr:\n%s", filepath.Base(bin), clock, err, errOut.Bytes())
	}
	return out.Bytes(), errOut.Bytes()
}

// TestCompiled builds every example with the Go toolchain and checks its
// output against the example's own blocks, under the virtual clock.
func TestCompiled(t *testing.T) {
	dir, errs := buildExamples(t)
	for _, e := range scripts.List() {
		t.Run(e.Name, func(t *testing.T) {
			t.Parallel()
			if err := errs[e.Name]; err != nil {
				t.Fatal(err)
			}
			want := expectations(t, e)
			start := time.Now()
			stdout, stderr := runCompiled(t, filepath.Join(dir, e.Name), "virtual")
			if err := want.Check(stdout, stderr); err != nil {
				t.Errorf("go run %s:\n%v", e.File, err)
			}
			// A sleepy example under the virtual clock takes no longer than
			// the blocking call some of them make on purpose (one second).
			if d := time.Since(start); d > 20*time.Second {
				t.Errorf("go run %s took %v under the virtual clock", e.File, d)
			}
		})
	}
}

// TestCompiledRealClock runs the compiled examples under the real clock:
// the same output, in real time. They mostly sleep, so they all run at once.
func TestCompiledRealClock(t *testing.T) {
	if testing.Short() {
		t.Skip("sleeps for real; skipped with -short")
	}
	dir, errs := buildExamples(t)
	var wg sync.WaitGroup
	for _, e := range scripts.List() {
		if errs[e.Name] != nil {
			continue // TestCompiled reports it
		}
		want := expectations(t, e)
		wg.Add(1)
		go func() {
			defer wg.Done()
			stdout, stderr := runCompiled(t, filepath.Join(dir, e.Name), "real")
			if err := want.Check(stdout, stderr); err != nil {
				t.Errorf("go run %s (real clock):\n%v", e.File, err)
			}
		}()
	}
	wg.Wait()
}

func expectations(t *testing.T, e scripts.Example) scripts.Expect {
	t.Helper()
	src, err := scripts.Source(e.Name)
	if err != nil {
		t.Fatal(err)
	}
	want, err := scripts.ParseExpectations(src)
	if err != nil {
		t.Fatalf("%s: %v", e.File, err)
	}
	return want
}

// TestConventions checks what every example promises its readers: it is a
// stand-alone program that go build skips, its header says which trap it
// shows and how to run it both ways, and it declares its output.
func TestConventions(t *testing.T) {
	list := scripts.List()
	if len(list) < 12 {
		t.Errorf("%d examples; the asyncio page needs at least 12", len(list))
	}
	for _, e := range list {
		src, err := os.ReadFile(filepath.Join("..", e.File))
		if err != nil {
			t.Fatal(err)
		}
		embedded, err := scripts.Source(e.Name)
		if err != nil || !bytes.Equal(src, embedded) {
			t.Errorf("%s: embedded copy differs from the file (err %v)", e.File, err)
		}
		if !bytes.HasPrefix(src, []byte("//go:build ignore\n\n")) {
			t.Errorf("%s: does not start with //go:build ignore and a blank line", e.File)
		}
		if !regexp.MustCompile(`(?m)^func main\(\) \{$`).Match(src) {
			t.Errorf("%s: no func main", e.File)
		}
		if e.Summary == "" || !strings.HasSuffix(e.Summary, ".") || len(e.Summary) > 80 {
			t.Errorf("%s: summary %q: want one sentence of at most 80 bytes", e.File, e.Summary)
		}
		for _, run := range []string{"asyncrepl scripts/" + e.File, "go run scripts/" + e.File} {
			if !bytes.Contains(src, []byte("//\t"+run+"\n")) {
				t.Errorf("%s: header does not show how to run it: %q", e.File, run)
			}
		}
		want, err := scripts.ParseExpectations(src)
		if err != nil {
			t.Errorf("%s: %v", e.File, err)
			continue
		}
		if want.Output == "" {
			t.Errorf("%s: empty // Output: block", e.File)
		}
		// The blocks come last: nothing but comments after the Output header.
		last := want.OutputLine
		if want.StderrLine > last {
			last = want.StderrLine
		}
		rest := strings.Split(string(src), "\n")[last:]
		for i, l := range rest {
			if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "//") {
				t.Errorf("%s:%d: code after the expectation blocks", e.File, last+i+1)
				break
			}
		}
	}
}
