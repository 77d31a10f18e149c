package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// A peerCase is one case of the peer scripts: its name there and its N at
// --scale 1.
type peerCase struct {
	name  string
	baseN int
}

// cases lists the peer scripts' cases in their order.
var cases = []peerCase{
	{"call_soon", 1_000_000},
	{"call_soon_chain", 1_000_000},
	{"call_soon_threadsafe", 300_000},
	{"task_spawn_gather", 200_000},
	{"sleep0_switch", 1_000_000},
	{"queue_pingpong", 200_000},
	{"future_pingpong", 200_000},
	{"call_later", 300_000},
	{"submit_roundtrip", 20_000},
	{"sleepers", 200_000},
}

// goName turns a peer case name into its Go benchmark's name:
// call_soon_threadsafe -> CallSoonThreadsafe, sleep0_switch -> Sleep0Switch.
func goName(peer string) string {
	var b strings.Builder
	for _, part := range strings.Split(peer, "_") {
		if part == "" {
			continue
		}
		r := []rune(part)
		r[0] = unicode.ToUpper(r[0])
		b.WriteString(string(r))
	}
	return b.String()
}

// goResult is one line of `go test -bench` output.
type goResult struct {
	name    string // without "Benchmark" and the -GOMAXPROCS suffix
	procs   int
	iters   int
	metrics map[string]float64 // unit -> value: "ns/op", "B/task", ...
}

// parseGoBench reads the result lines of `go test -bench` output
// ("BenchmarkCallSoon-2   100000   123.0 ns/op   5 B/task") and ignores the
// rest (goos:, PASS, ok, logs).
func parseGoBench(out string) []goResult {
	var res []goResult
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") || len(f)%2 != 0 {
			continue
		}
		iters, err := strconv.Atoi(f[1])
		if err != nil {
			continue
		}
		r := goResult{name: strings.TrimPrefix(f[0], "Benchmark"), procs: 1, iters: iters, metrics: map[string]float64{}}
		if i := strings.LastIndexByte(r.name, '-'); i > 0 {
			if p, err := strconv.Atoi(r.name[i+1:]); err == nil {
				r.name, r.procs = r.name[:i], p
			}
		}
		ok := true
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				ok = false
				break
			}
			r.metrics[f[i+1]] = v
		}
		if ok && r.name != "" {
			res = append(res, r)
		}
	}
	return res
}

// peerResult is one case line of a peer script's output.
type peerResult struct {
	name  string
	ops   int
	secs  float64
	nsOp  float64
	rssMB float64 // sleepers_peak_rss, in MiB; 0 if absent
}

// parsePeer reads a peer script's standard output (asyncio_peer.py's and
// node_peer.js's are alike):
//
//	call_soon                1000000 ops    2.736 s     2736.5 ns/op
//	sleepers_peak_rss      360 MiB
//
// The peak RSS line is attached to the sleepers result. Any other line is
// an error: the scripts print nothing else there.
func parsePeer(out string) ([]peerResult, error) {
	var res []peerResult
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		switch {
		case len(f) == 0:
			continue
		case len(f) == 7 && f[2] == "ops" && f[4] == "s" && f[6] == "ns/op":
			ops, err1 := strconv.Atoi(f[1])
			secs, err2 := strconv.ParseFloat(f[3], 64)
			ns, err3 := strconv.ParseFloat(f[5], 64)
			if err1 != nil || err2 != nil || err3 != nil || ops <= 0 {
				return nil, fmt.Errorf("bad line %q", line)
			}
			res = append(res, peerResult{name: f[0], ops: ops, secs: secs, nsOp: ns})
		case len(f) == 3 && f[0] == "sleepers_peak_rss" && f[2] == "MiB":
			mb, err := strconv.ParseFloat(f[1], 64)
			if err != nil {
				return nil, fmt.Errorf("bad line %q", line)
			}
			for i := len(res) - 1; i >= 0; i-- {
				if res[i].name == "sleepers" {
					res[i].rssMB = mb
					break
				}
			}
		default:
			return nil, fmt.Errorf("unexpected line %q", line)
		}
	}
	return res, nil
}

// median of xs (NaN when empty).
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// spread is (max-min)/median, in percent.
func spread(xs []float64) float64 {
	if len(xs) < 2 {
		return 0
	}
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		lo, hi = math.Min(lo, x), math.Max(hi, x)
	}
	return (hi - lo) / median(xs) * 100
}
