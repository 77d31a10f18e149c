package main

import (
	"bytes"
	"strings"
	"testing"
)

func runs(ns ...float64) *sideRuns { return &sideRuns{ns: ns} }

// The compiled report: every side's median, the best peer, the ratios and
// the targets; a peer absent (said once, its column all "—"), a case a
// peer does not have, a peer failing (its figure "—", the error said once
// with every case it hit), a peer reporting no RSS.
func TestRender(t *testing.T) {
	rep := &report{
		machine: machine{date: "2026-01-02", cpus: 2, count: 3, goVersion: "go1.26 linux/amd64", command: "go run ./internal/benchcmp"},
		ours:    oursName,
		limit:   true,
		peers: []*side{
			{name: cpythonName, about: "CPython 3.11.7 asyncio"},
			{name: uvloopName, absent: "no Python that can import uvloop among python3 (-uvloop-python)"},
			{name: nodeName, about: "Node.js v20.20.2"},
		},
	}
	sleepOurs := &sideRuns{ns: []float64{4882}, bTask: []float64{3365}, rssTask: []float64{3400}}
	sleepPy := &sideRuns{ns: []float64{19817}, rssTask: []float64{1690}}
	sleepLimit := &sideRuns{ns: []float64{4000}, bTask: []float64{2400}, rssTask: []float64{3008}}
	rep.results = []*caseResult{
		{c: cases[0], n: 1000000, sides: map[string]*sideRuns{
			oursName: runs(50, 60, 55), cpythonName: {ns: []float64{2750}, ops: 999999}, nodeName: runs(212), limitName: runs(20)}},
		{c: cases[3], n: 200000, sides: map[string]*sideRuns{
			oursName: runs(531), cpythonName: {ns: []float64{8000}, err: "exit status 1: boom"}, nodeName: runs(266), limitName: runs(130)}},
		{c: cases[5], n: 200000, sides: map[string]*sideRuns{
			oursName: runs(700), cpythonName: runs(10000), nodeName: {noCase: true}, limitName: runs(500)}},
		{c: cases[7], n: 300000, sides: map[string]*sideRuns{
			oursName: runs(489), cpythonName: {err: "exit status 1: boom"}, nodeName: runs(680), limitName: runs(400)}},
		{c: cases[9], n: 1000000, sides: map[string]*sideRuns{
			oursName: sleepOurs, cpythonName: sleepPy, nodeName: runs(3742), limitName: sleepLimit}},
	}
	var b bytes.Buffer
	rep.render(&b)
	out := b.String()
	for _, want := range []string{
		"go1.26 linux/amd64; peers: CPython 3.11.7 asyncio, Node.js v20.20.2. Each case run 3× on each side",
		"- uvloop did not run: no Python that can import uvloop among python3 (-uvloop-python).\n",
		"- Node.js has no queue_pingpong case.\n",
		"| case | N | ours | CPython | uvloop | Node.js | Go limit | best peer | best peer / ours | ours / limit | ahead? | ≤1.5× limit? | spread ours / limit |",
		"| call_soon | 1000000 (CPython 999999) | 55.0 | 2750 | — | 212 | 20.0 | Node.js | 3.85× | 2.75× | yes | **no** | ±9% / ±0% |",
		"| task_spawn_gather | 200000 | 531 | — | — | 266 | 130 | Node.js | 0.50× | 4.08× | **no** | **no** |",
		"| queue_pingpong | 200000 | 700 | 10000 | — | — | 500 | CPython | 14.29× | 1.40× | yes | yes |",
		"| call_later | 300000 | 489 | — | — | 680 | 400 | Node.js | 1.39× | 1.22× | yes | yes |",
		"| sleepers (per task) | 1000000 | 4882 | 19817 | — | 3742 | 4000 | Node.js | 0.77× | 1.22× | **no** | yes |",
		"Targets: ahead of the best peer on 3 of 5 cases (not: task_spawn_gather, sleepers); within 1.5× of the Go limit on 3 of 5 (not: call_soon, task_spawn_gather); a sleeping task in 3365 B (the Go limit's: 2400 B; target ≤2560 B, 2.5 KiB): **no**.",
		"| Go heap in use + goroutine stacks, growth / N, B | 3365 | — | — | — | 2400 | ≤2560 | **no** |",
		"| peak RSS / N (ru_maxrss), B | 3400 | 1690 | — | — | 3008 | | |",
		"- CPython, task_spawn_gather, call_later: exit status 1: boom\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("render lacks %q:\n%s", want, out)
		}
	}
	if n := strings.Count(out, "boom"); n != 1 {
		t.Errorf("the error is said %d times:\n%s", n, out)
	}
}

// Without a peer at all, the ratios to the best peer are "—", and the
// targets count only what could be compared.
func TestRenderNoPeer(t *testing.T) {
	rep := &report{machine: machine{date: "2026-01-02", cpus: 2, count: 1}, ours: oursName, limit: true,
		peers:   []*side{{name: cpythonName, absent: "not asked for (-peers)"}},
		results: []*caseResult{{c: cases[1], n: 10, sides: map[string]*sideRuns{oursName: runs(30), limitName: runs(10)}}}}
	var b bytes.Buffer
	rep.render(&b)
	out := b.String()
	for _, want := range []string{
		"- CPython did not run: not asked for (-peers).",
		"| call_soon_chain | 10 | 30.0 | — | 10.0 | — | — | 3.00× | — | **no** | ±0% / ±0% |",
		"Targets: ahead of the best peer on 0 of 0 cases; within 1.5× of the Go limit on 0 of 1 (not: call_soon_chain).",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("render lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Sleepers, memory") || strings.Contains(out, "Errors:") {
		t.Errorf("render has a sleepers table or errors:\n%s", out)
	}
}
