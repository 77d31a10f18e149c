// Command conformance runs Go's own test programs through asyncrepl's script
// mode and reports how many pass, and how the others fail.
//
//	go run ./internal/conformance [-asyncrepl BIN] [-j N] [-timeout D] [-run RE] [-v] [-list FILE]
//
// The programs are those Go's runner (cmd/internal/testdir) runs with the
// "run" recipe: every .go file of $(go env GOROOT)/test and of the
// subdirectories testdir walks (ken, chan, interface, fixedbugs, typeparam,
// ...) whose first non-empty line that is not a build constraint starts
// with "// run", and whose build constraints hold for this GOOS/GOARCH (with
// testdir's tags: gc, test_run, cgo when enabled, the release tags and the
// default experiments). A test passes, as in testdir, when the program exits
// with status 0 and its standard output and error together are exactly its
// .out file, or empty when there is none.
//
// A recipe's flags are handled as testdir's: -godebug sets GODEBUG; compiler
// and build flags (-gcflags, -race, -tags) only change how the compiled
// program is made, so the program runs without them; arguments are passed to
// the program. Excluded, and listed with -v: -goexperiment tests (the
// experiment changes the compiler and runtime) and programs of several files
// (asyncrepl runs one).
//
// Each program runs as `asyncrepl FILE ARGS` in the test directory, at most
// -j at a time, at a lower scheduling priority (nice 10), and is killed after
// -timeout. Without -asyncrepl, the command builds asyncrepl from the module
// it runs in first. It takes several minutes, so go test ./... does not run
// it; its selection and judging have tests of their own.
//
// The report gives the pass count of the selected programs and the failures
// by kind and class, most common first, with an example of each:
// refused (an error naming a position before the program printed
// anything), error (a panic or error after it ran, where Go's program exits
// cleanly), wrong (exit status 0 and a different output: silently wrong),
// crash (the process died: a signal, a fatal error, a Go panic with its
// goroutines) and timeout.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/asyncrepl/asyncrepl/internal/syncbuf"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("conformance", flag.ContinueOnError)
	fs.SetOutput(stderr)
	bin := fs.String("asyncrepl", "", "the asyncrepl binary to test (default: build it from this module)")
	jobs := fs.Int("j", runtime.NumCPU(), "programs run at once")
	timeout := fs.Duration("timeout", 20*time.Second, "kill a program still running after this long")
	filter := fs.String("run", "", "run only the tests whose path matches this regular expression")
	verbose := fs.Bool("v", false, "list every test's outcome and the exclusions")
	list := fs.String("list", "", "write every test's outcome, one line each, to this file")
	root := fs.String("dir", "", "the test directory (default: $(go env GOROOT)/test)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *root == "" {
		goroot, err := goEnv("GOROOT")
		if err != nil {
			fmt.Fprintf(stderr, "conformance: %v\n", err)
			return 1
		}
		*root = filepath.Join(goroot, "test")
	}
	var re *regexp.Regexp
	if *filter != "" {
		var err error
		if re, err = regexp.Compile(*filter); err != nil {
			fmt.Fprintf(stderr, "conformance: -run: %v\n", err)
			return 2
		}
	}
	progs, excluded, err := selectTests(*root, hostTarget())
	if err != nil {
		fmt.Fprintf(stderr, "conformance: %v\n", err)
		return 1
	}
	if re != nil {
		progs = filterPrograms(progs, re)
	}
	if *bin == "" {
		dir, err := os.MkdirTemp("", "conformance-")
		if err != nil {
			fmt.Fprintf(stderr, "conformance: %v\n", err)
			return 1
		}
		defer os.RemoveAll(dir)
		*bin = filepath.Join(dir, "asyncrepl")
		fmt.Fprintf(stderr, "building asyncrepl...\n")
		cmd := exec.Command("go", "build", "-o", *bin, "github.com/asyncrepl/asyncrepl")
		cmd.Stdout, cmd.Stderr = stderr, stderr
		if err := cmd.Run(); err != nil {
			fmt.Fprintf(stderr, "conformance: go build: %v\n", err)
			return 1
		}
	} else if abs, err := filepath.Abs(*bin); err == nil {
		*bin = abs
	}
	lowerPriority()

	start := time.Now()
	verdicts := make([]verdict, len(progs))
	sem := make(chan struct{}, max(*jobs, 1))
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for i, p := range progs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			verdicts[i] = judgeRun(*bin, *root, p, *timeout)
			mu.Lock()
			done++
			if done%100 == 0 {
				fmt.Fprintf(stderr, "%d of %d run (%.0fs)\n", done, len(progs), time.Since(start).Seconds())
			}
			mu.Unlock()
		}()
	}
	wg.Wait()

	if *list != "" {
		var b strings.Builder
		for i, p := range progs {
			v := verdicts[i]
			fmt.Fprintf(&b, "%s\t%s\t%s\n", p.File, v.Kind, v.Class)
		}
		if err := os.WriteFile(*list, []byte(b.String()), 0o644); err != nil {
			fmt.Fprintf(stderr, "conformance: %v\n", err)
			return 1
		}
	}
	if *verbose {
		for i, p := range progs {
			fmt.Fprintf(stdout, "%-8s %s  %s\n", verdicts[i].Kind, p.File, verdicts[i].Class)
		}
		for _, e := range excluded {
			fmt.Fprintf(stdout, "excluded %s: %s\n", e.File, e.Why)
		}
		fmt.Fprintln(stdout)
	}
	report(stdout, progs, verdicts, excluded, time.Since(start))
	return 0
}

// report prints the pass count and the failure classes.
func report(w io.Writer, progs []program, verdicts []verdict, excluded []exclusion, took time.Duration) {
	kinds := map[string]int{}
	type class struct {
		name    string
		n       int
		example string
	}
	classes := map[string]*class{}
	for i, v := range verdicts {
		kinds[v.Kind]++
		if v.Kind == pass {
			continue
		}
		c := classes[v.Class]
		if c == nil {
			c = &class{name: v.Class, example: progs[i].File}
			classes[v.Class] = c
		}
		c.n++
	}
	fmt.Fprintf(w, "%d of %d Go test/ run programs pass (%d excluded; %.0fs)\n", kinds[pass], len(progs), len(excluded), took.Seconds())
	for _, k := range []string{refused, failed, wrong, crash, timeout} {
		if kinds[k] > 0 {
			fmt.Fprintf(w, "  %-8s %d\n", k, kinds[k])
		}
	}
	var sorted []*class
	for _, c := range classes {
		sorted = append(sorted, c)
	}
	sort.Slice(sorted, func(i, j int) bool {
		if sorted[i].n != sorted[j].n {
			return sorted[i].n > sorted[j].n
		}
		return sorted[i].name < sorted[j].name
	})
	if len(sorted) == 0 {
		return
	}
	fmt.Fprintln(w, "\nfailures by class (count, class, an example):")
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	for _, c := range sorted {
		fmt.Fprintf(tw, "%d\t%s\t%s\n", c.n, c.name, c.example)
	}
	tw.Flush()
}

func filterPrograms(progs []program, re *regexp.Regexp) []program {
	var kept []program
	for _, p := range progs {
		if re.MatchString(p.File) {
			kept = append(kept, p)
		}
	}
	return kept
}

// judgeRun runs p and judges the run. A program whose output differs from
// the expected only in the order of its lines runs again with its standard
// output and error on one pipe, as Go's runner runs it: through two, the
// order of what it wrote to each (println's standard error between
// fmt.Println's lines) is lost on the way.
func judgeRun(bin, root string, p program, timeout time.Duration) verdict {
	r := runOne(bin, root, p, timeout, false)
	v := judge(r, p.Want)
	if v.Kind != wrong || !sameLines(r.Combined, p.Want) {
		return v
	}
	if v2 := judge(runOne(bin, root, p, timeout, true), p.Want); v2.Kind == pass {
		return v2
	}
	return v
}

// sameLines reports whether a and b hold the same lines, in any order.
func sameLines(a, b []byte) bool {
	la := strings.Split(string(bytes.ReplaceAll(a, []byte("\r\n"), []byte("\n"))), "\n")
	lb := strings.Split(string(b), "\n")
	slices.Sort(la)
	slices.Sort(lb)
	return slices.Equal(la, lb)
}

// runOne runs one program interpreted, in the test directory, as Go's runner
// runs the compiled one.
// does; with onePipe, its standard output and error share one pipe, and
// Stderr is left empty.
func runOne(bin, root string, p program, timeout time.Duration, onePipe bool) result {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append([]string{p.File}, p.Args...)...)
	cmd.Dir = root
	cmd.Env = append(cleanEnv(), "PWD="+root)
	cmd.Env = append(cmd.Env, p.Env...)
	cmd.WaitDelay = 5 * time.Second
	var combined syncbuf.Buffer // the process's stdout and stderr, which both write to it
	var errOut bytes.Buffer
	cmd.Stdout = &combined
	cmd.Stderr = io.MultiWriter(&combined, &errOut)
	if onePipe {
		cmd.Stderr = &combined // the same writer: exec makes one pipe
	}
	err := cmd.Run()
	r := result{Combined: []byte(combined.String()), Stderr: errOut.Bytes()}
	if ctx.Err() == context.DeadlineExceeded {
		r.TimedOut = true
		return r
	}
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		r.Exit = ee.ExitCode()
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			r.Signal = ws.Signal().String()
		}
	default:
		r.Exit = -1
		r.Signal = err.Error()
	}
	return r
}

// cleanEnv is this process's environment without asyncrepl's own settings
// and with Go's runner's GOENV and GOFLAGS.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "ASYNCREPL_") || strings.HasPrefix(kv, "GOFLAGS=") || strings.HasPrefix(kv, "GOENV=") {
			continue
		}
		env = append(env, kv)
	}
	return append(env, "GOENV=off", "GOFLAGS=")
}

func goEnv(name string) (string, error) {
	out, err := exec.Command("go", "env", name).Output()
	if err != nil {
		return "", fmt.Errorf("go env %s: %v", name, err)
	}
	return strings.TrimSpace(string(out)), nil
}
