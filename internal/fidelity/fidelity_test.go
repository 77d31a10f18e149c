package fidelity_test

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"text/tabwriter"
	"time"

	"github.com/asyncrepl/asyncrepl/repl"
)

var (
	update   = flag.Bool("update", false, "rewrite the recorded outcomes (with -compiled: the .out and .exit files) instead of comparing")
	compiled = flag.Bool("compiled", false, "also build and run every program compiled, checking its .out and .exit files (minutes)")
	timeout  = flag.Duration("program-timeout", 20*time.Second, "how long an interpreted program may run")
)

// runFileEnv names the program a child process of this test binary runs
// interpreted, in place of the tests.
const runFileEnv = "FIDELITY_INTERPRET"

func TestMain(m *testing.M) {
	if file := os.Getenv(runFileEnv); file != "" {
		os.Exit(interpret(file))
	}
	os.Exit(m.Run())
}

// interpret runs file as `asyncrepl FILE` does, under the virtual clock.
func interpret(file string) int {
	// yaegi logs some internal compile panics to the standard logger; the
	// session reports them itself.
	log.SetOutput(io.Discard)
	os.Setenv("ASYNCREPL_CLOCK", "virtual")
	return repl.RunFile(context.Background(), file, nil, repl.Config{
		Clock:  "virtual",
		Stdin:  os.Stdin,
		Stdout: os.Stdout,
		Stderr: os.Stderr,
	})
}

// A program of the suite.
type program struct {
	Name     string // CATEGORY/NAME
	Category string
	Path     string // testdata/CATEGORY/NAME.go
	Want     []byte // compiled standard output (NAME.out)
	WantExit int    // compiled exit status (NAME.exit, else 0)
}

func (p program) base() string { return strings.TrimSuffix(p.Path, ".go") }

// programs lists the suite, sorted by name.
func programs(t *testing.T) []program {
	t.Helper()
	files, err := filepath.Glob("testdata/*/*.go")
	if err != nil {
		t.Fatal(err)
	}
	var list []program
	for _, f := range files {
		cat := filepath.Base(filepath.Dir(f))
		p := program{Name: cat + "/" + strings.TrimSuffix(filepath.Base(f), ".go"), Category: cat, Path: f}
		p.Want, err = os.ReadFile(p.base() + ".out")
		if err != nil && !(*update && *compiled) {
			t.Fatalf("%s: no compiled output recorded (go test -run TestCompiled -compiled -update): %v", f, err)
		}
		if b, err := os.ReadFile(p.base() + ".exit"); err == nil {
			p.WantExit, err = strconv.Atoi(strings.TrimSpace(string(b)))
			if err != nil {
				t.Fatalf("%s.exit: %v", p.base(), err)
			}
		}
		list = append(list, p)
	}
	return list
}

// Outcomes, best first.
const (
	exact   = "exact"
	refused = "refused"
	crash   = "crash"
	hang    = "hang"
	wrong   = "wrong"
)

var outcomeOrder = []string{exact, refused, crash, hang, wrong}

// rank orders outcomes for a user: a silently wrong answer is the worst.
func rank(outcome string) int {
	switch outcome {
	case exact:
		return 0
	case refused:
		return 1
	case crash, hang:
		return 2
	}
	return 3
}

// run is one interpreted run.
type run struct {
	stdout, stderr []byte
	exit           int  // -1 for a signal
	timedOut       bool // killed after the timeout
}

// positioned is an error of the interpreter naming a position: FILE:L:C: msg.
var positioned = regexp.MustCompile(`(?m)^\S+\.go:\d+:\d+: (.*)$`)

// classify gives an interpreted run's outcome against the compiled one.
func classify(r run, want []byte, wantExit int) string {
	exitOK := r.exit == wantExit
	switch {
	case r.timedOut:
		return hang
	case r.exit < 0:
		return crash
	case exitOK && bytes.Equal(r.stdout, want):
		return exact
	case r.exit != 0 && len(r.stdout) == 0 && isRefusal(r.stderr):
		return refused
	case !exitOK && r.exit != 0:
		return crash
	}
	return wrong
}

// isRefusal reports whether an interpreter's standard error is an error
// naming a position, not a panic of the program.
func isRefusal(stderr []byte) bool {
	m := positioned.FindSubmatch(stderr)
	return m != nil && !bytes.HasPrefix(m[1], []byte("panic")) && !bytes.Contains(stderr, []byte("\ngoroutine "))
}

// interpretChild runs a program in a child process of this test binary.
func interpretChild(t *testing.T, path string) run {
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, exe)
	cmd.Env = append(cleanEnv(), runFileEnv+"="+path)
	cmd.WaitDelay = 5 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	r := run{stdout: stdout.Bytes(), stderr: stderr.Bytes()}
	var ee *exec.ExitError
	switch {
	case ctx.Err() == context.DeadlineExceeded:
		r.timedOut = true
	case err == nil:
	case errors.As(err, &ee):
		r.exit = ee.ExitCode()
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			r.exit = -1
		}
	default:
		t.Fatalf("%s: %v", path, err)
	}
	return r
}

// cleanEnv is this process's environment without asyncrepl's settings, with
// the virtual clock (for programs that use the loop).
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "ASYNCREPL_") && !strings.HasPrefix(kv, runFileEnv+"=") {
			env = append(env, kv)
		}
	}
	return append(env, "ASYNCREPL_CLOCK=virtual")
}

const outcomesFile = "testdata/outcomes.txt"

const outcomesHeader = `# The outcome of each program of the differential suite, run interpreted:
# exact, refused, crash, hang or wrong (see doc.go). Written by
#	go test ./internal/fidelity -run TestDifferential -update
`

func readOutcomes(t *testing.T) map[string]string {
	b, err := os.ReadFile(outcomesFile)
	if errors.Is(err, os.ErrNotExist) && *update {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for i, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 || !slices.Contains(outcomeOrder, f[1]) {
			t.Fatalf("%s:%d: want NAME OUTCOME, got %q", outcomesFile, i+1, line)
		}
		m[f[0]] = f[1]
	}
	return m
}

func writeOutcomes(t *testing.T, got map[string]string) {
	names := make([]string, 0, len(got))
	for n := range got {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString(outcomesHeader)
	tw := tabwriter.NewWriter(&b, 0, 8, 1, ' ', 0)
	for _, n := range names {
		fmt.Fprintf(tw, "%s\t%s\n", n, got[n])
	}
	tw.Flush()
	if err := os.WriteFile(outcomesFile, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestDifferential runs every program interpreted, in a child process, and
// checks its outcome against the recorded one.
func TestDifferential(t *testing.T) {
	if raceEnabled {
		t.Skip("the interpreter's own races would be reported as crashes of the programs")
	}
	if testing.Short() {
		t.Skip("runs hundreds of programs; skipped with -short")
	}
	list := programs(t)
	recorded := readOutcomes(t)
	got := map[string]string{}
	var mu sync.Mutex
	t.Run("program", func(t *testing.T) {
		for _, p := range list {
			t.Run(p.Name, func(t *testing.T) {
				t.Parallel()
				r := interpretChild(t, p.Path)
				outcome := classify(r, p.Want, p.WantExit)
				mu.Lock()
				got[p.Name] = outcome
				mu.Unlock()
				if *update {
					return
				}
				was, ok := recorded[p.Name]
				switch {
				case !ok:
					t.Errorf("%s: %s, not recorded in %s; record it with -update", p.Path, outcome, outcomesFile)
				case rank(outcome) > rank(was):
					t.Errorf("%s: %s, recorded %s: worse\n%s", p.Path, outcome, was, describe(r, p))
				case outcome != was:
					t.Errorf("%s: %s, recorded %s: better; record it with go test ./internal/fidelity -run TestDifferential -update", p.Path, outcome, was)
				}
				if outcome != exact && testing.Verbose() {
					t.Logf("%s: %s\n%s", p.Path, outcome, describe(r, p))
				}
			})
		}
	})
	exists := map[string]bool{}
	for _, p := range list {
		exists[p.Name] = true
	}
	for name, outcome := range recorded {
		if !exists[name] && !*update {
			t.Errorf("%s recorded in %s: no such program; record with -update", name, outcomesFile)
		}
		// With -run selecting some programs, -update keeps the others'.
		if _, ok := got[name]; !ok && exists[name] {
			got[name] = outcome
		}
	}
	if *update && !t.Failed() {
		writeOutcomes(t, got)
	}
	t.Log("\n" + summary(list, got))
}

// describe shows how an interpreted run differs from the compiled one.
func describe(r run, p program) string {
	return fmt.Sprintf("compiled (exit %d):\n%s\ninterpreted (exit %d):\n%s\nstderr:\n%s", p.WantExit, p.Want, r.exit, r.stdout, r.stderr)
}

// summary tabulates outcomes per category.
func summary(list []program, got map[string]string) string {
	counts := map[string]map[string]int{}
	var cats []string
	for _, p := range list {
		if counts[p.Category] == nil {
			counts[p.Category] = map[string]int{}
			cats = append(cats, p.Category)
		}
		counts[p.Category][got[p.Name]]++
	}
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "category\t%s\ttotal\t\n", strings.Join(outcomeOrder, "\t"))
	total := map[string]int{}
	for _, c := range cats {
		fmt.Fprintf(tw, "%s", c)
		n := 0
		for _, o := range outcomeOrder {
			fmt.Fprintf(tw, "\t%d", counts[c][o])
			total[o] += counts[c][o]
			n += counts[c][o]
		}
		fmt.Fprintf(tw, "\t%d\t\n", n)
	}
	fmt.Fprintf(tw, "all")
	for _, o := range outcomeOrder {
		fmt.Fprintf(tw, "\t%d", total[o])
	}
	fmt.Fprintf(tw, "\t%d\t\n", len(list))
	tw.Flush()
	if len(list) > 0 {
		fmt.Fprintf(&b, "exact: %.1f%% of %d programs\n", 100*float64(total[exact])/float64(len(list)), len(list))
	}
	return b.String()
}
