// Command benchcmp runs the loop package's benchmarks side by side with
// the same cases done by its peers and by bare Go, at the same N, and
// prints a markdown table of the figures and the loop's targets:
//
//	go run ./internal/benchcmp                 # 3 runs of each side, medians
//	go run ./internal/benchcmp -count 5 -cases call_soon,sleepers
//	go run ./internal/benchcmp -peers cpython,node
//	go run ./internal/benchcmp -interp         # the interpreted path (see interp.go)
//
// The sides of a case:
//
//   - ours: the case's benchmark in loop/bench_test.go, from the loop's
//     test binary (built once with go test -c);
//   - the peers, each when present: CPython's asyncio (asyncio_peer.py,
//     next to this file, run by -python), uvloop (the same script with
//     --uvloop, run by the first Python that can import uvloop: -python,
//     the python3s on PATH, then /usr/bin/python3, or -uvloop-python), and
//     Node.js (node_peer.js, next to this file, run by -node);
//   - the Go limit: the case's benchmark in ./internal/benchcmp/limit,
//     the same work done by bare Go (its own test binary).
//
// Go benchmarks run with -test.benchtime=<N>x, N being the scripts' N for
// the case at -scale; sleepers runs its fixed shape of -sleepers tasks
// (the scripts with --scale -sleepers/200000). Runs are interleaved, case
// by case and side by side, so that a noisy machine weighs on all sides
// alike, and medians are reported. A peer that is absent is said once; a
// case a peer does not have, or a run that fails, shows as "—" (with the
// error under the table), never as a number.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

type config struct {
	count        int
	peer         string // asyncio_peer.py
	nodePeer     string // node_peer.js
	python       string
	uvloopPython string // "" probes
	node         string
	peers        []string // -peers: which peers to run
	goCmd        string
	scale        float64
	sleepers     int
	cases        []peerCase
	verbose      bool
	// -interp: the interpreted programs run by asyncrepl, and how many
	// start-up runs of each side.
	interp      bool
	startupRuns int
}

func main() {
	var cfg config
	var caseList, peerList string
	flag.IntVar(&cfg.count, "count", 3, "runs of each side per case (medians are reported)")
	flag.StringVar(&cfg.peer, "peer", "", "path of asyncio_peer.py (default: the copy in internal/benchcmp)")
	flag.StringVar(&cfg.nodePeer, "node-peer", "", "path of node_peer.js (default: the copy in internal/benchcmp)")
	flag.StringVar(&cfg.python, "python", "python3", "Python interpreter of the CPython asyncio peer")
	flag.StringVar(&cfg.uvloopPython, "uvloop-python", "", "Python interpreter of the uvloop peer (default: the first of -python, the python3s on PATH and /usr/bin/python3 that can import uvloop)")
	flag.StringVar(&cfg.node, "node", "node", "Node.js interpreter of the Node.js peer")
	flag.StringVar(&peerList, "peers", "cpython,uvloop,node", "comma-separated peers to run (cpython, uvloop, node; empty: none)")
	flag.StringVar(&cfg.goCmd, "go", "go", "go command")
	flag.Float64Var(&cfg.scale, "scale", 1, "scale of N for every case but sleepers (the scripts' --scale)")
	flag.IntVar(&cfg.sleepers, "sleepers", 1_000_000, "sleepers: tasks asleep at once")
	flag.StringVar(&caseList, "cases", "", "comma-separated cases to run (default: all)")
	flag.BoolVar(&cfg.verbose, "v", false, "echo the Go benchmarks' output to stderr")
	flag.BoolVar(&cfg.interp, "interp", false, "compare the interpreted path instead: repl/testdata/bench/<case>.go run by a built asyncrepl (sleepers at -scale too), and start-up times")
	flag.IntVar(&cfg.startupRuns, "startup", 10, "-interp: start-up runs of each side (0: none)")
	flag.Parse()
	var err error
	if cfg.cases, err = selectCases(caseList); err != nil {
		fatal(err)
	}
	if cfg.peers, err = selectPeers(peerList); err != nil {
		fatal(err)
	}
	if cfg.count < 1 {
		fatal(errors.New("-count must be at least 1"))
	}
	root, err := repoRoot()
	if err != nil {
		fatal(err)
	}
	if cfg.peer == "" {
		cfg.peer = filepath.Join(root, "internal", "benchcmp", "asyncio_peer.py")
	}
	if cfg.nodePeer == "" {
		cfg.nodePeer = filepath.Join(root, "internal", "benchcmp", "node_peer.js")
	}
	command := "go run ./internal/benchcmp " + strings.Join(os.Args[1:], " ")
	if cfg.interp {
		rep, err := runInterp(cfg, root, os.Stderr)
		if err != nil {
			fatal(err)
		}
		rep.command = command
		rep.render(os.Stdout)
		return
	}
	rep, err := run(cfg, root, os.Stderr)
	if err != nil {
		fatal(err)
	}
	rep.command = command
	rep.render(os.Stdout)
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "benchcmp:", err)
	os.Exit(1)
}

func selectCases(list string) ([]peerCase, error) {
	if list == "" {
		return cases, nil
	}
	var sel []peerCase
	for _, name := range strings.Split(list, ",") {
		name = strings.TrimSpace(name)
		found := false
		for _, c := range cases {
			if c.name == name {
				sel, found = append(sel, c), true
			}
		}
		if !found {
			return nil, fmt.Errorf("unknown case %q", name)
		}
	}
	return sel, nil
}

func selectPeers(list string) ([]string, error) {
	var sel []string
	for _, name := range strings.Split(list, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		if _, ok := peerNames[name]; !ok {
			return nil, fmt.Errorf("unknown peer %q (cpython, uvloop, node)", name)
		}
		sel = append(sel, name)
	}
	return sel, nil
}

// repoRoot is the nearest directory above the working directory with a
// go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory: run from the repository")
		}
		dir = parent
	}
}

// caseN is the case's N at the given scale, computed as the scripts do
// (max(1, int(base*scale))), and the --scale to give the scripts.
func (cfg config) caseN(c peerCase) (n int, scale float64) {
	scale = cfg.scale
	if c.name == "sleepers" {
		scale = float64(cfg.sleepers) / float64(c.baseN)
	}
	return max(1, int(float64(c.baseN)*scale)), scale
}

// machine is what a report says of where it was measured.
type machine struct {
	date, goVersion, command string
	cpus, count              int
}

func probeMachine(cfg config) machine {
	m := machine{date: time.Now().UTC().Format("2006-01-02"), cpus: runtime.NumCPU(), count: cfg.count}
	if v, err := output(cfg.goCmd, "version"); err == nil {
		m.goVersion = strings.TrimPrefix(v, "go version ")
	}
	return m
}

// sideRuns gathers the runs of one case on one side.
type sideRuns struct {
	ns, bTask, rssTask []float64
	ops                int    // the N the side reported
	err                string // the first failure: the side's figure is then "—"
	noCase             bool   // the side does not have the case
}

// caseResult gathers the runs of one case on every side, by side name.
type caseResult struct {
	c     peerCase
	n     int
	sides map[string]*sideRuns
}

func (r *caseResult) side(name string) *sideRuns {
	if s := r.sides[name]; s != nil {
		return s
	}
	return &sideRuns{}
}

// runAll runs each case count times on each side that is present,
// interleaved: every side of the first case, then of the next case, and
// so round count times. A side that fails a case, or does not have it,
// is not run on it again.
func runAll(cfg config, sides []*side, log io.Writer) []*caseResult {
	var results []*caseResult
	for _, c := range cfg.cases {
		n, _ := cfg.caseN(c)
		r := &caseResult{c: c, n: n, sides: map[string]*sideRuns{}}
		for _, s := range sides {
			if s.absent == "" {
				r.sides[s.name] = &sideRuns{}
			}
		}
		results = append(results, r)
	}
	for i := range cfg.count {
		for _, r := range results {
			n, scale := cfg.caseN(r.c)
			for _, s := range sides {
				sr := r.sides[s.name]
				if sr == nil || sr.err != "" || sr.noCase {
					continue
				}
				fmt.Fprintf(log, "benchcmp: run %d/%d %s (N=%d): %s\n", i+1, cfg.count, r.c.name, n, s.name)
				o, err := s.run(r.c, n, scale)
				switch {
				case errors.Is(err, errNoCase):
					sr.noCase = true
				case err != nil:
					sr.err = err.Error()
					fmt.Fprintf(log, "benchcmp: %s, %s: %v\n", r.c.name, s.name, err)
				default:
					sr.ns = append(sr.ns, o.ns)
					sr.ops = o.ops
					if !math.IsNaN(o.bTask) {
						sr.bTask = append(sr.bTask, o.bTask)
					}
					if !math.IsNaN(o.rssTask) {
						sr.rssTask = append(sr.rssTask, o.rssTask)
					}
				}
			}
		}
	}
	return results
}

func run(cfg config, root string, log io.Writer) (*report, error) {
	rep := &report{machine: probeMachine(cfg), ours: oursName, limit: true}
	tmp, err := os.MkdirTemp("", "benchcmp")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	verbose := func(out []byte) {
		if cfg.verbose {
			log.Write(out)
		}
	}
	var sides []*side
	for _, b := range []struct{ name, pkg string }{{oursName, "./loop/"}, {limitName, "./internal/benchcmp/limit/"}} {
		bin := filepath.Join(tmp, strings.ReplaceAll(b.name, " ", "")+".test")
		build := exec.Command(cfg.goCmd, "test", "-c", "-o", bin, b.pkg)
		build.Dir = root
		if out, err := build.CombinedOutput(); err != nil {
			return nil, fmt.Errorf("go test -c %s: %v\n%s", b.pkg, err, out)
		}
		sides = append(sides, &side{name: b.name, run: goBenchRun(bin, filepath.Join(root, b.pkg), verbose)})
	}
	ps := peers(cfg)
	for _, p := range ps {
		if p.absent != "" {
			fmt.Fprintf(log, "benchcmp: %s: %s\n", p.name, p.absent)
		}
	}
	rep.peers = ps
	// Ours first, then the peers, then the limit: the report's order.
	sides = append(append([]*side{sides[0]}, ps...), sides[1])
	rep.results = runAll(cfg, sides, log)
	return rep, nil
}

// cleanEnv is the environment without the loop's own switches, so that
// the benchmarks measure the default configuration (ASYNCREPL_DEBUG=1
// would make every coroutine record its stack).
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "ASYNCREPL_") {
			env = append(env, kv)
		}
	}
	return env
}

func findGo(rs []goResult, name string) *goResult {
	for i := range rs {
		if rs[i].name == name {
			return &rs[i]
		}
	}
	return nil
}

func lastLines(b []byte, n int) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, " | ")
}
