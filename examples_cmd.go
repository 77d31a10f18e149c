package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"go/parser"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/asyncrepl/asyncrepl/repl"
	"github.com/asyncrepl/asyncrepl/scripts"
)

// cmdExamples implements `asyncrepl examples`: the embedded examples, one
// line each.
func cmdExamples(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("examples", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: asyncrepl examples\n\nLists the example programs built into asyncrepl, one per trap of\nasynchronous programming (and its fix).\n")
	}
	if err := fs.Parse(args); err != nil {
		return exitStatus(err)
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	tw := tabwriter.NewWriter(stdout, 0, 8, 2, ' ', 0)
	for _, e := range scripts.List() {
		fmt.Fprintf(tw, "%s\t%s\n", e.Name, e.Summary)
	}
	tw.Flush()
	fmt.Fprintf(stdout, "\nasyncrepl example NAME shows one and runs it; asyncrepl test runs them all.\n")
	return 0
}

// cmdExample implements `asyncrepl example NAME`: print the example's
// source, then run it, interpreted.
func cmdExample(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("example", flag.ContinueOnError)
	fs.SetOutput(stderr)
	clock := fs.String("clock", "", "the loop's clock: real or virtual (default: real, or $ASYNCREPL_CLOCK)")
	debug := fs.Bool("debug", false, "turn on the loop's debug mode")
	quiet := fs.Bool("q", false, "run it without printing the source first")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: asyncrepl example [-clock=real|virtual] [-debug] [-q] NAME\n\nPrints the example program NAME (see asyncrepl examples), then runs it.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitStatus(err)
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	if err := checkClock(*clock); err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	e, ok := scripts.Lookup(fs.Arg(0))
	if !ok {
		fmt.Fprintf(stderr, "asyncrepl example: no example named %q; asyncrepl examples lists them\n", fs.Arg(0))
		return 1
	}
	src, err := scripts.Source(e.Name)
	if err != nil {
		fmt.Fprintf(stderr, "asyncrepl example: %v\n", err)
		return 1
	}
	path := "scripts/" + e.File
	if *clock != "" {
		defer setenv("ASYNCREPL_CLOCK", *clock)()
	}
	if !*quiet {
		fmt.Fprintf(stdout, "==> %s\n%s", path, src)
		fmt.Fprintf(stdout, "==> asyncrepl %s\n", path)
	}
	return repl.RunSource(context.Background(), path, src, nil, repl.Config{
		Stdout: stdout,
		Stderr: stderr,
		Clock:  *clock,
		Debug:  *debug,
		Color:  repl.ColorWanted(stderr),
	})
}

// testTarget is one script `asyncrepl test` runs.
type testTarget struct {
	name    string // what the report calls it
	path    string // the name the script runs under (os.Args[0], positions)
	src     []byte
	inDir   bool  // found by listing a directory, not named
	loadErr error // reading it failed
}

// cmdTest implements `asyncrepl test [FILES or DIRS]`: run each script,
// interpreted, and check its output against its // Output: block and its
// standard error against its // Stderr: patterns.
func cmdTest(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.SetOutput(stderr)
	clock := fs.String("clock", "virtual", "the loop's clock: virtual (sleeps take no time) or real")
	run := fs.String("run", "", "run only the scripts whose name matches this regular expression")
	verbose := fs.Bool("v", false, "print the output of every script, not only of those that fail")
	timeout := fs.Duration("timeout", time.Minute, "fail a script still running after this long")
	fs.Usage = func() {
		fmt.Fprintf(stderr, `usage: asyncrepl test [-clock=virtual|real] [-run REGEXP] [-v] [-timeout D] [FILES or DIRS]

Runs Go scripts, interpreted, and checks each against the comment blocks it
ends with, as go test checks an Example:

	// Output:
	// the exact standard output

	// Stderr:
	// a regular expression per line, each matching a line of standard
	// error, in order (other lines may come between)

A script without a Stderr block must write nothing to standard error.
A directory stands for its package main .go files; with no arguments, the
examples built into asyncrepl (asyncrepl examples) are tested.
Exit status 0 if every script passes, 1 if one fails, 2 on bad usage.

`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitStatus(err)
	}
	if err := checkClock(*clock); err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	var filter *regexp.Regexp
	if *run != "" {
		re, err := regexp.Compile(*run)
		if err != nil {
			fmt.Fprintf(stderr, "asyncrepl test: -run: %v\n", err)
			return 2
		}
		filter = re
	}
	targets, err := testTargets(fs.Args())
	if err != nil {
		fmt.Fprintf(stderr, "asyncrepl test: %v\n", err)
		return 2
	}

	// The clock of the loops scripts make with loop.New, not only of the
	// default loop.
	defer setenv("ASYNCREPL_CLOCK", *clock)()
	start := time.Now()
	passed, failed, skipped := 0, 0, 0
	for _, tg := range targets {
		if filter != nil && !filter.MatchString(tg.name) {
			continue
		}
		res := testOne(tg, *clock, *timeout)
		switch {
		case res.skip != "":
			skipped++
			fmt.Fprintf(stdout, "?    %s [%s]\n", tg.name, res.skip)
		case res.err != nil:
			failed++
			fmt.Fprintf(stdout, "FAIL %s (%.2fs)\n%s\n", tg.name, res.took.Seconds(), indentText(res.err.Error()))
		default:
			passed++
			fmt.Fprintf(stdout, "ok   %s (%.2fs)\n", tg.name, res.took.Seconds())
			if *verbose {
				fmt.Fprint(stdout, indentText(strings.TrimRight(string(res.stdout), "\n"))+"\n")
				if len(bytes.TrimSpace(res.stderr)) > 0 {
					fmt.Fprint(stdout, indentText("stderr:\n"+strings.TrimRight(string(res.stderr), "\n"))+"\n")
				}
			}
		}
	}
	took := time.Since(start).Seconds()
	note := ""
	if skipped > 0 {
		note = fmt.Sprintf(", %d without an // Output: block", skipped)
	}
	switch {
	case failed > 0:
		fmt.Fprintf(stdout, "FAIL: %d of %d scripts failed%s (%.2fs)\n", failed, failed+passed, note, took)
		return 1
	case passed == 0:
		fmt.Fprintf(stdout, "no scripts tested%s\n", note)
		return 1
	}
	fmt.Fprintf(stdout, "PASS: %d scripts%s (%.2fs)\n", passed, note, took)
	return 0
}

// exitStatus turns a flag parsing error into an exit status: 0 for -h.
func exitStatus(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return 2
}

// setenv sets an environment variable and returns a function that puts
// back its previous state.
func setenv(key, value string) (restore func()) {
	old, had := os.LookupEnv(key)
	os.Setenv(key, value)
	return func() {
		if had {
			os.Setenv(key, old)
		} else {
			os.Unsetenv(key)
		}
	}
}

func checkClock(name string) error {
	switch name {
	case "", "real", "virtual":
		return nil
	}
	return fmt.Errorf("asyncrepl: unknown clock %q (want real or virtual)", name)
}

// testTargets resolves the arguments of `asyncrepl test`: files are taken
// as they are, directories for their package main .go files (sorted), and
// no arguments mean the embedded examples.
func testTargets(args []string) ([]testTarget, error) {
	if len(args) == 0 {
		var targets []testTarget
		for _, e := range scripts.List() {
			src, err := scripts.Source(e.Name)
			targets = append(targets, testTarget{name: e.Name, path: "scripts/" + e.File, src: src, loadErr: err})
		}
		return targets, nil
	}
	var targets []testTarget
	for _, arg := range args {
		fi, err := os.Stat(arg)
		if err != nil {
			return nil, err
		}
		if !fi.IsDir() {
			src, err := os.ReadFile(arg)
			targets = append(targets, testTarget{name: arg, path: arg, src: src, loadErr: err})
			continue
		}
		entries, err := os.ReadDir(arg)
		if err != nil {
			return nil, err
		}
		var found []testTarget
		for _, de := range entries {
			name := de.Name()
			if de.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
				continue
			}
			path := filepath.Join(arg, name)
			src, err := os.ReadFile(path)
			if err == nil && !isMainPackage(path, src) {
				continue
			}
			found = append(found, testTarget{name: path, path: path, src: src, inDir: true, loadErr: err})
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("%s: no package main .go files", arg)
		}
		sort.Slice(found, func(i, j int) bool { return found[i].name < found[j].name })
		targets = append(targets, found...)
	}
	return targets, nil
}

func isMainPackage(path string, src []byte) bool {
	f, err := parser.ParseFile(token.NewFileSet(), path, src, parser.PackageClauseOnly)
	// A file that does not even parse is a script with a bug: run it, so
	// that the failure is reported.
	return err != nil || f.Name.Name == "main"
}

type testResult struct {
	stdout, stderr []byte
	took           time.Duration
	err            error  // why it failed
	skip           string // why it was not run
}

// testOne runs one script and checks it.
func testOne(tg testTarget, clock string, timeout time.Duration) testResult {
	if tg.loadErr != nil {
		return testResult{err: tg.loadErr}
	}
	want, err := scripts.ParseExpectations(tg.src)
	if errors.Is(err, scripts.ErrNoOutput) && tg.inDir {
		return testResult{skip: "no // Output: block"}
	}
	if err != nil {
		return testResult{err: fmt.Errorf("%s: %w", tg.path, err)}
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	start := time.Now()
	stdout, stderr, code, err := scripts.Capture(func(stdout, stderr *os.File) int {
		return repl.RunSource(ctx, tg.path, tg.src, nil, repl.Config{
			Stdout: stdout,
			Stderr: stderr,
			Clock:  clock,
		})
	})
	res := testResult{stdout: stdout, stderr: stderr, took: time.Since(start)}
	if err != nil {
		res.err = fmt.Errorf("asyncrepl test: %v", err)
		return res
	}
	if ctx.Err() == context.DeadlineExceeded { // RunSource stopped it
		res.err = fmt.Errorf("asyncrepl test: still running after %v (-timeout); output so far:\n%s%s", timeout, stdout, stderr)
		return res
	}
	if err := want.Check(res.stdout, res.stderr); err != nil {
		if code != 0 {
			err = fmt.Errorf("%w\n(exit status %d)", err, code)
		}
		res.err = err
	}
	return res
}

func indentText(s string) string {
	return "    " + strings.ReplaceAll(s, "\n", "\n    ")
}
