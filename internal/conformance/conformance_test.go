package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestAction(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"// run\n\npackage main\n", "run"},
		{"//go:build linux\n\n// run\n\npackage main\n", "run"},
		{"// +build !windows\n// run arg1 arg2\npackage main\n", "run arg1 arg2"},
		{"\n\n//   runoutput  \npackage main\n", "runoutput"},
		{"// errorcheck\n\n// Copyright\npackage p\n", "errorcheck"},
	} {
		if got := action(tc.src); got != tc.want {
			t.Errorf("action(%q) = %q, want %q", tc.src, got, tc.want)
		}
	}
}

func TestBuildOK(t *testing.T) {
	linux := target{GOOS: "linux", GOARCH: "amd64", ReleaseTags: []string{"go1.1", "go1.26"}, ToolTags: []string{"goexperiment.swissmap"}}
	for _, tc := range []struct {
		src string
		ok  bool
	}{
		{"// run\n\npackage main", true},
		{"//go:build linux && amd64\n\n// run\n\npackage main", true},
		{"//go:build windows\n\n// run\n\npackage main", false},
		{"//go:build !cgo\n\n// run\n\npackage main", true},
		{"//go:build cgo\n\n// run\n\npackage main", false},
		{"//go:build gc && test_run && go1.26\n// run\npackage main", true},
		{"//go:build go1.27\n// run\npackage main", false},
		{"//go:build goexperiment.swissmap\n// run\npackage main", true},
		{"//go:build goexperiment.arenas\n// run\npackage main", false},
		{"// +build arm 386\n\n// run\n\npackage main", false},
		// Constraints after the package clause do not count.
		{"// run\n\npackage main\n//go:build windows\n", true},
	} {
		if ok, _ := buildOK(tc.src, linux); ok != tc.ok {
			t.Errorf("buildOK(%q) = %v, want %v", tc.src, ok, tc.ok)
		}
	}
}

func TestParseRun(t *testing.T) {
	for _, tc := range []struct {
		recipe string
		args   []string
		env    []string
		why    string
	}{
		{recipe: "run"},
		{recipe: "run arg1 arg2", args: []string{"arg1", "arg2"}},
		{recipe: "run -gcflags=-l=4", args: nil},
		{recipe: `run -gcflags="-d=checkptr"`},
		{recipe: "run -race -gcflags=all=-d=checkptr=0"},
		{recipe: "run -t 10 arg", args: []string{"arg"}},
		{recipe: "run -godebug x=1 a", args: []string{"a"}, env: []string{"GODEBUG=x=1"}},
		{recipe: "run -goexperiment fieldtrack", why: "needs GOEXPERIMENT=fieldtrack"},
		{recipe: "run cmplxdivide1.go", why: "a program of several files (cmplxdivide1.go)"},
	} {
		var p program
		why, err := parseRun(tc.recipe, &p)
		if err != nil {
			t.Errorf("%q: %v", tc.recipe, err)
			continue
		}
		if why != tc.why || !slices.Equal(p.Args, tc.args) || !slices.Equal(p.Env, tc.env) {
			t.Errorf("%q: args %q env %q why %q; want %q %q %q", tc.recipe, p.Args, p.Env, why, tc.args, tc.env, tc.why)
		}
	}
}

// TestSelect selects from a small test tree: run tests of the walked
// directories whose constraints hold, with their .out files.
func TestSelect(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{
		"a.go":                 "// run\n\npackage main\n",
		"a.out":                "hello\n",
		"b.go":                 "// compile\n\npackage main\n",
		"c.go":                 "//go:build plan9\n\n// run\n\npackage main\n",
		"d.go":                 "// run -goexperiment fieldtrack\n\npackage main\n",
		"fixedbugs/e.go":       "// run x y\n\npackage main\n",
		"notwalked/f.go":       "// run\n\npackage main\n",
		".hidden.go":           "// run\n\npackage main\n",
		"fixedbugs/g.dir/h.go": "// run\n\npackage main\n",
	}
	for name, src := range files {
		path := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run, excluded, err := selectTests(root, target{GOOS: "linux", GOARCH: "amd64"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range run {
		got = append(got, p.File+" "+strings.Join(p.Args, ",")+" "+string(p.Want))
	}
	want := []string{"a.go  hello\n", "fixedbugs/e.go x,y "}
	if !slices.Equal(got, want) {
		t.Errorf("selected %q, want %q", got, want)
	}
	if len(excluded) != 1 || excluded[0].File != "d.go" {
		t.Errorf("excluded %v, want d.go", excluded)
	}
}

func TestJudge(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    result
		want string
		kind string
		cls  string
	}{
		{name: "pass", r: result{Combined: []byte("ok\n")}, want: "ok\n", kind: pass},
		{name: "pass, empty", r: result{}, kind: pass},
		{name: "CRLF", r: result{Combined: []byte("ok\r\n")}, want: "ok\n", kind: pass},
		{name: "wrong", r: result{Combined: []byte("ko\n")}, want: "ok\n", kind: wrong, cls: "wrong output (exit status 0)"},
		{name: "timeout", r: result{TimedOut: true}, kind: timeout, cls: timeout},
		{name: "signal", r: result{Exit: -1, Signal: "killed"}, kind: crash, cls: "crash: signal killed"},
		{name: "refused",
			r:    result{Combined: []byte("x.go:3:5: undefined: foo\n"), Stderr: []byte("x.go:3:5: undefined: foo\n"), Exit: 1},
			kind: refused, cls: "refused: undefined: …"},
		{name: "missing import",
			r:    result{Stderr: []byte(`x.go:3:8: import "unsafe" error: unable to find source related to: "unsafe". Either`), Exit: 1},
			kind: refused, cls: `refused: import "unsafe": package not available to the interpreter`},
		{name: "panic after output",
			r:    result{Combined: []byte("partial\nx.go:9:2: panic: index 3\n"), Stderr: []byte("x.go:9:2: panic: index 3\n"), Exit: 1},
			kind: failed, cls: "error: panic: index N"},
		{name: "fatal",
			r:    result{Stderr: []byte("fatal error: stack overflow\n\ngoroutine 1:\n"), Exit: 2},
			kind: crash, cls: "crash: fatal error: stack overflow"},
		{name: "go panic",
			r:    result{Stderr: []byte("panic: boom [recovered]\n\ngoroutine 7 [running]:\n"), Exit: 2},
			kind: crash, cls: "crash: panic: boom [recovered]"},
		{name: "silent exit", r: result{Exit: 3}, kind: failed, cls: "error: exit status 3, no message"},
	} {
		v := judge(tc.r, []byte(tc.want))
		if v.Kind != tc.kind || v.Class != tc.cls {
			t.Errorf("%s: got %s %q, want %s %q", tc.name, v.Kind, v.Class, tc.kind, tc.cls)
		}
	}
}

func TestSameLines(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"A\nB\n\n", "A\n\nB\n", true},
		{"A\r\nB\r\n", "B\nA\n", true},
		{"A\nB\n", "A\nC\n", false},
		{"A\n", "A\nA\n", false},
	} {
		if got := sameLines([]byte(tc.a), []byte(tc.b)); got != tc.want {
			t.Errorf("sameLines(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
