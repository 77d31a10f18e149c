package main

import (
	"math"
	"reflect"
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

// The peers' outputs: CPython's and uvloop's (asyncio_peer.py) and
// Node.js's (node_peer.js) print the same format; the RSS line goes with
// sleepers; anything else on standard output is an error.
func TestParsePeer(t *testing.T) {
	for _, tc := range []struct {
		name, out string
		want      []peerResult
		err       bool
	}{
		{name: "CPython", out: `call_soon                1000000 ops    2.736 s     2736.5 ns/op
call_soon_threadsafe      300000 ops    3.583 s    11944.1 ns/op
submit_roundtrip           20000 ops    4.486 s   224294.6 ns/op
sleepers                  200000 ops    8.240 s    41202.1 ns/op
sleepers_peak_rss      360 MiB
`, want: []peerResult{
			{name: "call_soon", ops: 1000000, secs: 2.736, nsOp: 2736.5},
			{name: "call_soon_threadsafe", ops: 300000, secs: 3.583, nsOp: 11944.1},
			{name: "submit_roundtrip", ops: 20000, secs: 4.486, nsOp: 224294.6},
			{name: "sleepers", ops: 200000, secs: 8.24, nsOp: 41202.1, rssMB: 360},
		}},
		{name: "uvloop", out: "future_pingpong           200000 ops    0.371 s     1857.0 ns/op\n",
			want: []peerResult{{name: "future_pingpong", ops: 200000, secs: 0.371, nsOp: 1857}}},
		{name: "Node.js", out: "sleepers                 1000000 ops    3.742 s     3742.0 ns/op\nsleepers_peak_rss      1190 MiB\n",
			want: []peerResult{{name: "sleepers", ops: 1000000, secs: 3.742, nsOp: 3742, rssMB: 1190}}},
		{name: "no RSS line", out: "sleepers 10 ops 0.5 s 50000000.0 ns/op\n",
			want: []peerResult{{name: "sleepers", ops: 10, secs: 0.5, nsOp: 5e7}}},
		{name: "empty", out: "", want: nil},
		{name: "traceback", out: "Traceback (most recent call last):", err: true},
		{name: "bad seconds", out: "call_soon 1000000 ops x s 1 ns/op", err: true},
		{name: "no ops", out: "call_soon 0 ops 0.000 s 0.0 ns/op", err: true},
		{name: "bad RSS", out: "sleepers 1 ops 0.5 s 1.0 ns/op\nsleepers_peak_rss lots MiB", err: true},
	} {
		got, err := parsePeer(tc.out)
		if (err != nil) != tc.err {
			t.Errorf("%s: error %v, want error %v", tc.name, err, tc.err)
			continue
		}
		if !tc.err && !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tc.name, got, tc.want)
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
