package main

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// A peer script's run, through a fake script run by sh: its figures read,
// its RSS per task from the MiB line, a case it does not have, a failure,
// output that is not a result.
func TestPeerRun(t *testing.T) {
	script := filepath.Join(t.TempDir(), "peer.sh")
	if err := os.WriteFile(script, []byte(`case "$1" in
call_soon) echo "call_soon                   1000 ops    0.001 s       12.5 ns/op" ;;
call_soon_chain) [ "$2 $3 $4" = "--scale 0.5 --uvloop" ] && echo "call_soon_chain 1 ops 0.000 s 7.0 ns/op" ;;
sleepers) echo "sleepers 1024 ops 0.500 s 488281.2 ns/op"; echo "sleepers_peak_rss 2 MiB" ;;
sleep0_switch) echo "sleep0_switch 1000 ops 0.001 s 1.0 ns/op" ;;
call_later) echo "ImportError: uvloop" >&2; exit 3 ;;
task_spawn_gather) echo "Segmentation fault" ;;
esac
`), 0o644); err != nil {
		t.Fatal(err)
	}
	run := peerRun("sh", script, "--uvloop")
	for _, tc := range []struct {
		c       string
		ns      float64
		rssTask float64 // NaN: none
		err     string  // a part of the error; "none": errNoCase
	}{
		{c: "call_soon", ns: 12.5, rssTask: math.NaN()},
		{c: "call_soon_chain", ns: 7, rssTask: math.NaN()},
		{c: "sleepers", ns: 488281.2, rssTask: 2048},
		{c: "queue_pingpong", err: "none"},
		{c: "call_later", err: "ImportError: uvloop"},
		{c: "task_spawn_gather", err: `unexpected line "Segmentation fault"`},
		{c: "future_pingpong", err: "none"},
	} {
		o, err := run(peerCase{name: tc.c}, 1, 0.5)
		switch {
		case tc.err == "none":
			if !errors.Is(err, errNoCase) {
				t.Errorf("%s: error %v, want errNoCase", tc.c, err)
			}
		case tc.err != "":
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s: error %v, want one with %q", tc.c, err, tc.err)
			}
		case err != nil:
			t.Errorf("%s: %v", tc.c, err)
		case o.ns != tc.ns || !sameFloat(o.rssTask, tc.rssTask) || !math.IsNaN(o.bTask):
			t.Errorf("%s: got %+v, want %v ns/op, %v B/task RSS", tc.c, o, tc.ns, tc.rssTask)
		}
	}
	// A line of another case only: an error, not a figure of this one.
	if _, err := run(peerCase{name: "call_soon_threadsafe"}, 1, 1); !errors.Is(err, errNoCase) {
		t.Errorf("call_soon_threadsafe: %v", err)
	}
}

func sameFloat(a, b float64) bool { return a == b || math.IsNaN(a) && math.IsNaN(b) }

// runAll interleaves the sides case by case, round after round, and runs
// a side no more on a case it failed or does not have; absent sides are
// not run.
func TestRunAll(t *testing.T) {
	var calls []string
	mk := func(name string, fail map[string]error) *side {
		return &side{name: name, run: func(c peerCase, n int, _ float64) (obs, error) {
			calls = append(calls, name+":"+c.name)
			if err := fail[c.name]; err != nil {
				return obs{}, err
			}
			return obs{ns: float64(len(calls)), ops: n, bTask: math.NaN(), rssTask: math.NaN()}, nil
		}}
	}
	sides := []*side{
		mk("a", nil),
		mk("b", map[string]error{"x": errors.New("boom")}),
		mk("c", map[string]error{"y": errNoCase}),
		{name: "d", absent: "not installed"},
	}
	cfg := config{count: 2, scale: 1, cases: []peerCase{{"x", 10}, {"y", 20}}}
	res := runAll(cfg, sides, &strings.Builder{})
	want := []string{"a:x", "b:x", "c:x", "a:y", "b:y", "c:y", "a:x", "c:x", "a:y", "b:y"}
	if !slices.Equal(calls, want) {
		t.Errorf("calls %v, want %v", calls, want)
	}
	x, y := res[0], res[1]
	if got := x.side("a").ns; !slices.Equal(got, []float64{1, 7}) {
		t.Errorf("a on x: %v", got)
	}
	if s := x.side("b"); s.err != "boom" || !math.IsNaN(s.figure()) {
		t.Errorf("b on x: %+v, figure %v", s, s.figure())
	}
	if s := y.side("c"); !s.noCase || !math.IsNaN(s.figure()) {
		t.Errorf("c on y: %+v", s)
	}
	if s := y.side("b"); s.figure() != 7.5 || s.ops != 20 {
		t.Errorf("b on y: %+v, figure %v", s, s.figure())
	}
	if _, ok := x.sides["d"]; ok {
		t.Error("absent side d has runs")
	}
}

// The Pythons tried for uvloop: -uvloop-python alone, else -python, the
// python3s on PATH, and Debian's system Python, each once.
func TestUvloopPythons(t *testing.T) {
	dir := t.TempDir()
	py := filepath.Join(dir, "python3")
	if err := os.WriteFile(py, nil, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir+string(filepath.ListSeparator)+dir)
	if got := (config{python: "python3"}).uvloopPythons(); !slices.Equal(got, []string{"python3", py, "/usr/bin/python3"}) {
		t.Errorf("probed %v", got)
	}
	if got := (config{python: "python3", uvloopPython: "/opt/py"}).uvloopPythons(); !slices.Equal(got, []string{"/opt/py"}) {
		t.Errorf("with -uvloop-python: %v", got)
	}
}

// The peer scripts and the limit programs have the cases of the table
// (node_peer.js all but queue_pingpong), and the interpreted programs
// exist for each.
func TestScriptsHaveTheCases(t *testing.T) {
	read := func(path string) string {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	py, js, lim := read("asyncio_peer.py"), read("node_peer.js"), read("limit/bench_test.go")
	for _, c := range cases {
		if !regexp.MustCompile(`(?m)^def ` + c.name + `\(\):`).MatchString(py) {
			t.Errorf("asyncio_peer.py has no case %s", c.name)
		}
		if has := regexp.MustCompile(`(?m)^  ` + c.name + `: `).MatchString(js); has != (c.name != "queue_pingpong") {
			t.Errorf("node_peer.js has case %s: %v", c.name, has)
		}
		if !strings.Contains(lim, "func Benchmark"+goName(c.name)+"(") {
			t.Errorf("limit has no Benchmark%s", goName(c.name))
		}
		if _, err := os.Stat(filepath.Join("..", "..", interpScriptDir, c.name+".go")); err != nil {
			t.Errorf("no interpreted program: %v", err)
		}
	}
}
