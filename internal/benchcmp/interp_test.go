package main

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

func TestParseScriptOutput(t *testing.T) {
	for _, tc := range []struct {
		out, name string
		ns        float64
		ops       int
		rss       float64
		err       bool
	}{
		{out: "sleep0_switch            1000000 ops    4.918 s     4918.0 ns/op\n", name: "sleep0_switch", ns: 4918, ops: 1000000},
		{out: "sleepers                  200000 ops   12.000 s    60000.5 ns/op\nsleepers_peak_rss      2186 MiB\n", name: "sleepers", ns: 60000.5, ops: 200000, rss: 2186},
		// The interpreted program prints "?" when it cannot read its RSS.
		{out: "sleepers 10 ops 0.500 s 50000000.0 ns/op\nsleepers_peak_rss ? MiB\n", name: "sleepers", ns: 5e7, ops: 10},
		// A warning on stderr (combined output) around the line is ignored.
		{out: "WARNING: something\ncall_soon 5 ops 0.000 s 12.5 ns/op\n", name: "call_soon", ns: 12.5, ops: 5},
		{out: "call_soon 5 ops 0.000 s 12.5 ns/op\n", name: "call_later", err: true}, // another case's line
		{out: "panic: boom\n", name: "call_soon", err: true},
		{out: "call_soon x ops 0.000 s 12.5 ns/op\n", name: "call_soon", err: true},
		{out: "sleepers 1 ops 0.5 s 1.0 ns/op\nsleepers_peak_rss lots MiB\n", name: "sleepers", err: true},
	} {
		ns, ops, rss, err := parseScriptOutput(tc.out, tc.name)
		if (err != nil) != tc.err {
			t.Errorf("%q: error %v, want error %v", tc.out, err, tc.err)
			continue
		}
		if !tc.err && (ns != tc.ns || ops != tc.ops || rss != tc.rss) {
			t.Errorf("%q: got %v ns/op, %d ops, %v MiB; want %v, %d, %v", tc.out, ns, ops, rss, tc.ns, tc.ops, tc.rss)
		}
	}
}

func TestInterpRender(t *testing.T) {
	rep := &interpReport{machine: machine{date: "2026-01-02", cpus: 2, count: 3, python: true,
		goVersion: "go1.26", pyVersion: "Python 3.11.7", command: "go run ./internal/benchcmp -interp"}, startupRuns: 10,
		results: []*interpResult{
			{name: "call_soon", n: 100, pyOps: 100, arNs: []float64{100, 110, 90}, pyNs: []float64{400, 400, 400}},
			{name: "sleep0_switch", n: 100, pyOps: 100, arNs: []float64{200}, pyNs: []float64{100}},
			{name: "sleepers", n: 10, pyOps: 10, arNs: []float64{10}, pyNs: []float64{30}, arRss: []float64{300}, pyRss: []float64{100},
				errs: []string{"asyncrepl: exit status 1"}},
		},
		startup: &interpResult{name: "start-up", arNs: []float64{20e6, 30e6, 25e6}, pyNs: []float64{200e6}},
	}
	var b bytes.Buffer
	rep.render(&b)
	out := b.String()
	for _, want := range []string{
		"| call_soon | 100 | 100 | 400 | 4.00× | yes | ±10% / ±0% |",
		"| sleep0_switch | 100 | 200 | 100 | 0.50× | **no** |",
		"Median ratio over 3 cases: 3.00× (target ≥3×: yes)",
		"sleepers, peak RSS of the process (N = 10): asyncrepl 300 MiB, CPython 100 MiB (3.0× CPython's)",
		"| `asyncrepl repl/testdata/startup/hello.go` | 25.0 | ±20% |",
		"| `python3 -c 'import asyncio'` | 200.0 | ±0% |",
		"asyncrepl starts 8.00× as fast (faster: yes)",
		"- sleepers: asyncrepl: exit status 1",
		"CPython 3.11.7",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("render lacks %q:\n%s", want, out)
		}
	}
	if r := (&interpResult{arNs: []float64{1}}).ratio(); !math.IsNaN(r) {
		t.Errorf("ratio without a CPython side = %v, want NaN", r)
	}
}
