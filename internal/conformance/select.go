package main

import (
	"errors"
	"fmt"
	"go/build"
	"go/build/constraint"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
)

// testDirs are the directories of $GOROOT/test that Go's own runner
// (cmd/internal/testdir) walks, in its order.
var testDirs = []string{".", "ken", "chan", "interface", "internal/runtime/sys", "syntax", "dwarf", "fixedbugs", "codegen", "abi", "typeparam", "typeparam/mdempsky", "arenas", "simd"}

// program is one `// run` test.
type program struct {
	File string   // path relative to the test directory, slash-separated
	Args []string // the program's arguments
	Env  []string // environment additions (GODEBUG from -godebug)
	Want []byte   // expected combined output: the .out file, or nothing
	Out  bool     // Want came from a .out file
}

// exclusion is a `// run` test that is not run, and why.
type exclusion struct {
	File, Why string
}

// target describes the platform the tests are selected for, as testdir's
// build-constraint context does.
type target struct {
	GOOS, GOARCH string
	CgoEnabled   bool
	ReleaseTags  []string // go1.1 ... go1.N
	ToolTags     []string // goexperiment.* tags on by default
}

// match reports whether a build tag holds for t. It is testdir's
// context.match with GO_GCFLAGS unset.
func (t target) match(name string) bool {
	if name == "" {
		return false
	}
	for _, c := range name {
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '_' && c != '.' {
			return false
		}
	}
	switch {
	case slices.Contains(t.ReleaseTags, name):
		return true
	case strings.HasPrefix(name, "goexperiment."):
		return slices.Contains(t.ToolTags, name)
	case name == "cgo":
		return t.CgoEnabled
	case name == t.GOOS, name == t.GOARCH, name == "gc", name == "test_run":
		return true
	}
	return false
}

// hostTarget is the platform this program runs on.
func hostTarget() target {
	return target{
		GOOS:        build.Default.GOOS,
		GOARCH:      build.Default.GOARCH,
		CgoEnabled:  build.Default.CgoEnabled,
		ReleaseTags: build.Default.ReleaseTags,
		ToolTags:    build.Default.ToolTags,
	}
}

// action returns a test file's recipe: the first non-empty line that is not
// a build constraint, without its "//", as testdir reads it.
func action(src string) string {
	for rest := src; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if constraint.IsGoBuild(line) || constraint.IsPlusBuild(line) {
			continue
		}
		if a := strings.TrimSpace(strings.TrimPrefix(line, "//")); a != "" {
			return a
		}
	}
	return ""
}

// buildOK reports whether the build constraints in the header of src (the
// text before "package") hold for t, and the failing line if not.
func buildOK(src string, t target) (bool, string) {
	header, _, ok := strings.Cut(src, "\npackage")
	if !ok {
		header = action(src)
	}
	for _, line := range strings.Split(header, "\n") {
		if strings.HasPrefix(line, "package ") {
			break
		}
		if expr, err := constraint.Parse(line); err == nil && !expr.Eval(t.match) {
			return false, line
		}
	}
	return true, ""
}

// parseRun reads the recipe of a `// run` test into p. It follows testdir:
// leading words starting with "-" are the runner's flags, the rest are
// arguments of `go run FILE ARGS`. It returns a reason when the test cannot
// be run by an interpreter of one file:
//   - -goexperiment: the experiment changes the compiler and runtime;
//   - a further .go file among the arguments: go run builds a program of
//     several files.
//
// Compiler and build flags (-gcflags, -race, -tags, -l, ...) change how the
// program is compiled, not what it must print, so the program runs without
// them; -godebug sets GODEBUG, as for the compiled program; -t (a timeout)
// is left to the command's own.
func parseRun(recipe string, p *program) (why string, err error) {
	f, err := splitQuoted(recipe)
	if err != nil {
		return "", err
	}
	if len(f) == 0 || f[0] != "run" {
		return "", fmt.Errorf("not a run test: %q", recipe)
	}
	args := f[1:]
	for len(args) > 0 && strings.HasPrefix(args[0], "-") {
		switch args[0] {
		case "-goexperiment":
			return "needs GOEXPERIMENT=" + argAt(args, 1), nil
		case "-godebug":
			p.Env = append(p.Env, "GODEBUG="+argAt(args, 1))
			args = args[1:]
		case "-t", "-gomodversion":
			args = args[1:]
		}
		args = args[1:]
	}
	for _, a := range args {
		if strings.HasSuffix(a, ".go") {
			return "a program of several files (" + a + ")", nil
		}
	}
	p.Args = args
	return "", nil
}

func argAt(args []string, i int) string {
	if i < len(args) {
		return args[i]
	}
	return ""
}

// selectTests lists the `// run` tests of the test directory root for t:
// every .go file (not starting with ".") of testDirs whose recipe's first
// word is "run" and whose build constraints hold, minus the exclusions
// parseRun names.
func selectTests(root string, t target) (run []program, excluded []exclusion, err error) {
	for _, dir := range testDirs {
		entries, err := os.ReadDir(filepath.Join(root, dir))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, nil, err
		}
		for _, e := range entries {
			name := e.Name()
			if e.IsDir() || strings.HasPrefix(name, ".") || !strings.HasSuffix(name, ".go") {
				continue
			}
			file := path.Join(dir, name)
			src, err := os.ReadFile(filepath.Join(root, file))
			if err != nil {
				return nil, nil, err
			}
			recipe := action(string(src))
			if word, _, _ := strings.Cut(recipe, " "); word != "run" {
				continue
			}
			if ok, _ := buildOK(string(src), t); !ok {
				continue
			}
			p := program{File: file}
			why, err := parseRun(recipe, &p)
			if err != nil {
				return nil, nil, fmt.Errorf("%s: %v", file, err)
			}
			if why != "" {
				excluded = append(excluded, exclusion{File: file, Why: why})
				continue
			}
			out := strings.TrimSuffix(file, ".go") + ".out"
			p.Want, err = os.ReadFile(filepath.Join(root, out))
			switch {
			case err == nil:
				p.Out = true
			case errors.Is(err, fs.ErrNotExist):
				p.Want = nil
			default:
				return nil, nil, err
			}
			run = append(run, p)
		}
	}
	return run, excluded, nil
}

// splitQuoted splits s at spaces, keeping quoted ('…' or "…") runs
// together, as testdir's splitQuoted does.
func splitQuoted(s string) ([]string, error) {
	var f []string
	var cur strings.Builder
	var quote rune
	inField := false
	for _, r := range s {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case r == '\'' || r == '"':
			quote = r
			inField = true
		case unicode.IsSpace(r):
			if inField {
				f = append(f, cur.String())
				cur.Reset()
				inField = false
			}
		default:
			cur.WriteRune(r)
			inField = true
		}
	}
	if quote != 0 {
		return nil, errors.New("unterminated quote")
	}
	if inField {
		f = append(f, cur.String())
	}
	return f, nil
}
