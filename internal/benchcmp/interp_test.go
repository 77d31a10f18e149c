package main

import (
	"bytes"
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

// The interpreted report: asyncrepl against CPython (ratios, median,
// start-up), with the other peers' figures beside, "—" for a peer that
// did not run or has no such case.
func TestInterpRender(t *testing.T) {
	rep := &interpReport{report: report{machine: machine{date: "2026-01-02", cpus: 2, count: 3,
		goVersion: "go1.26", command: "go run ./internal/benchcmp -interp"}, ours: asyncreplName,
		peers: []*side{
			{name: cpythonName, about: "CPython 3.11.7 asyncio"},
			{name: uvloopName, about: "uvloop 0.17.0 on CPython 3.11.2 (python3)"},
			{name: nodeName, absent: "node does not run (-node)"},
		}}, startupRuns: 10}
	rep.results = []*caseResult{
		{c: cases[0], n: 100, sides: map[string]*sideRuns{asyncreplName: runs(100, 110, 90), cpythonName: runs(400, 400, 400), uvloopName: runs(150)}},
		{c: cases[4], n: 100, sides: map[string]*sideRuns{asyncreplName: runs(200), cpythonName: runs(100), uvloopName: {err: "exit status 1: boom"}}},
		{c: cases[9], n: 10, sides: map[string]*sideRuns{
			asyncreplName: {ns: []float64{10}, rssTask: []float64{300 * (1 << 20) / 10}},
			cpythonName:   {ns: []float64{30}, rssTask: []float64{100 * (1 << 20) / 10}},
			uvloopName:    runs(20)}},
	}
	rep.startup = &interpResult{arNs: []float64{20e6, 30e6, 25e6}, pyNs: []float64{200e6}}
	var b bytes.Buffer
	rep.render(&b)
	out := b.String()
	for _, want := range []string{
		"| case | N | asyncrepl ns/op | CPython ns/op | uvloop ns/op | Node.js ns/op | ratio CPython/asyncrepl | faster? | spread asyncrepl / CPython |",
		"| call_soon | 100 | 100 | 400 | 150 | — | 4.00× | yes | ±10% / ±0% |",
		"| sleep0_switch | 100 | 200 | 100 | — | — | 0.50× | **no** |",
		"Median ratio over 3 cases: 3.00× (target ≥3×: yes)",
		"sleepers, peak RSS of the process (N = 10): asyncrepl 300 MiB, CPython 100 MiB (asyncrepl 3.0× CPython's)",
		"| `asyncrepl repl/testdata/startup/hello.go` | 25.0 | ±20% |",
		"| `python3 -c 'import asyncio'` | 200.0 | ±0% |",
		"asyncrepl starts 8.00× as fast (faster: yes)",
		"- uvloop, sleep0_switch: exit status 1: boom",
		"- Node.js did not run: node does not run (-node).",
		"CPython 3.11.7",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("render lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Go limit") {
		t.Errorf("the interpreted report has a Go limit:\n%s", out)
	}
}
