package main

import (
	"bytes"
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestGoName(t *testing.T) {
	for peer, want := range map[string]string{
		"call_soon":            "CallSoon",
		"call_soon_threadsafe": "CallSoonThreadsafe",
		"sleep0_switch":        "Sleep0Switch",
		"task_spawn_gather":    "TaskSpawnGather",
		"sleepers":             "Sleepers",
	} {
		if got := goName(peer); got != want {
			t.Errorf("goName(%q) = %q, want %q", peer, got, want)
		}
	}
}

func TestParseGoBench(t *testing.T) {
	for _, tc := range []struct {
		line string
		want []goResult
	}{
		{"BenchmarkCallSoon-2   \t  100000\t       123.0 ns/op",
			[]goResult{{name: "CallSoon", procs: 2, iters: 100000, metrics: map[string]float64{"ns/op": 123}}}},
		{"BenchmarkSleepers-2   \t       1\t      5735 ns/op\t      5015 B/task\t      5652 rss-B/task\t    200000 tasks",
			[]goResult{{name: "Sleepers", procs: 2, iters: 1, metrics: map[string]float64{
				"ns/op": 5735, "B/task": 5015, "rss-B/task": 5652, "tasks": 200000}}}},
		{"BenchmarkSleep0Switch \t 1000000\t 1124 ns/op\t 48 B/op\t 1 allocs/op", // no -P suffix, -benchmem
			[]goResult{{name: "Sleep0Switch", procs: 1, iters: 1000000, metrics: map[string]float64{
				"ns/op": 1124, "B/op": 48, "allocs/op": 1}}}},
		{"BenchmarkCallSoon", nil},                     // -v header line
		{"BenchmarkCallSoon-2 \t --- FAIL: boom", nil}, // not a result
		{"goos: linux", nil},
		{"PASS", nil},
		{"ok  \tgithub.com/asyncrepl/asyncrepl/loop\t1.2s", nil},
	} {
		got := parseGoBench(tc.line)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("parseGoBench(%q) = %+v, want %+v", tc.line, got, tc.want)
		}
	}
}

func TestParsePeer(t *testing.T) {
	out := `call_soon                1000000 ops    2.736 s     2736.5 ns/op
call_soon_threadsafe      300000 ops    3.583 s    11944.1 ns/op
submit_roundtrip           20000 ops    4.486 s   224294.6 ns/op
sleepers                  200000 ops    8.240 s    41202.1 ns/op
sleepers_peak_rss      360 MiB
`
	got, err := parsePeer(out)
	if err != nil {
		t.Fatal(err)
	}
	want := []peerResult{
		{name: "call_soon", ops: 1000000, secs: 2.736, nsOp: 2736.5},
		{name: "call_soon_threadsafe", ops: 300000, secs: 3.583, nsOp: 11944.1},
		{name: "submit_roundtrip", ops: 20000, secs: 4.486, nsOp: 224294.6},
		{name: "sleepers", ops: 200000, secs: 8.24, nsOp: 41202.1, rssMB: 360},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parsePeer:\n got %+v\nwant %+v", got, want)
	}
	for _, bad := range []string{
		"Traceback (most recent call last):",
		"call_soon 1000000 ops x s 1 ns/op",
		"sleepers_peak_rss lots MiB",
	} {
		if _, err := parsePeer(bad); err == nil {
			t.Errorf("parsePeer(%q): no error", bad)
		}
	}
}

func TestMedianSpread(t *testing.T) {
	if m := median([]float64{3, 1, 2}); m != 2 {
		t.Errorf("median odd = %v", m)
	}
	if m := median([]float64{4, 1, 3, 2}); m != 2.5 {
		t.Errorf("median even = %v", m)
	}
	if !math.IsNaN(median(nil)) {
		t.Error("median(nil) is not NaN")
	}
	if s := spread([]float64{90, 100, 110}); s != 20 {
		t.Errorf("spread = %v, want 20", s)
	}
}

func TestCaseN(t *testing.T) {
	cfg := config{scale: 0.5, sleepers: 1_000_000}
	for _, c := range cases {
		n, scale := cfg.caseN(c)
		switch c.name {
		case "sleepers":
			if n != 1_000_000 || scale != 5 {
				t.Errorf("sleepers: N=%d scale=%v", n, scale)
			}
		case "submit_roundtrip":
			if n != 10_000 || scale != 0.5 {
				t.Errorf("submit_roundtrip: N=%d scale=%v", n, scale)
			}
		}
	}
}

func TestRender(t *testing.T) {
	rep := &report{machine: machine{date: "2026-01-02", cpus: 2, count: 3, goVersion: "go1.26 linux/amd64",
		pyVersion: "Python 3.11.7", python: true, command: "go run ./internal/benchcmp"}}
	rep.results = []*caseResult{
		{c: cases[0], n: 1000000, pyOps: 1000000, goNs: []float64{50, 60, 55}, pyNs: []float64{2750, 2700, 2800}},
		{c: cases[5], n: 200000, pyOps: 200000, goNs: []float64{1000}, pyNs: []float64{10000}},
		{c: cases[8], n: 1000000, pyOps: 1000000, goNs: []float64{2000}, pyNs: []float64{40000},
			goRssTask: []float64{3000}, pyRssTask: []float64{2000}, goBTask: []float64{2800}},
	}
	var b bytes.Buffer
	rep.render(&b)
	out := b.String()
	for _, want := range []string{
		"| call_soon | 1000000 | 55.0 | 2750 | 50.0× | ≥50× | yes |",
		"| queue_pingpong | 200000 | 1000 | 10000 | 10.0× | ≥20× | **no** (50% of it) |",
		"| sleepers (per task) | 1000000 | 2000 | 40000 | 20.0× | ≥10× | yes |",
		"| peak RSS / N (ru_maxrss) | 3000 B | 2000 B | 1.50× | ≤2× | yes |",
		"CPython 3.11.7",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("render lacks %q:\n%s", want, out)
		}
	}
}
