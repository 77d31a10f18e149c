package main

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// A side is one contender of the comparison: ours, a peer, or the Go
// limit. run runs one case once, at N n (scale is the peer scripts'
// --scale for that N).
type side struct {
	name   string
	about  string // what it is, for the report's header ("CPython 3.11.7")
	absent string // why it does not run, said once; "" when it runs
	run    func(c peerCase, n int, scale float64) (obs, error)
}

// obs is what one run of one case on one side measured.
type obs struct {
	ns      float64 // ns/op (sleepers: wall time per task)
	ops     int     // the N the side ran, when it says
	bTask   float64 // sleepers: Go heap + stacks growth per task; NaN if not reported
	rssTask float64 // sleepers: peak RSS per task, bytes; NaN if not reported
}

// errNoCase is the error of a side that does not have the case: it ran,
// and printed nothing (node_peer.js has no queue_pingpong).
var errNoCase = errors.New("no such case")

// Peer names, in the report's order.
const (
	cpythonName = "CPython"
	uvloopName  = "uvloop"
	nodeName    = "Node.js"
	oursName    = "ours"
	limitName   = "Go limit"
)

// peerNames are the peers -peers can name, as it names them.
var peerNames = map[string]string{"cpython": cpythonName, "uvloop": uvloopName, "node": nodeName}

// peers probes the peers: CPython's asyncio, uvloop and Node.js, each
// running when its interpreter and script are there (and asked for by
// -peers).
func peers(cfg config) []*side {
	asked := func(name string) bool {
		for _, p := range cfg.peers {
			if peerNames[p] == name {
				return true
			}
		}
		return false
	}
	var ps []*side
	cp := &side{name: cpythonName}
	switch {
	case !asked(cpythonName):
		cp.absent = "not asked for (-peers)"
	case !fileExists(cfg.peer):
		cp.absent = fmt.Sprintf("script %s not found (-peer)", cfg.peer)
	default:
		if v, err := output(cfg.python, "-c", "import sys; print(sys.version.split()[0])"); err != nil {
			cp.absent = fmt.Sprintf("%s does not run (-python): %v", cfg.python, err)
		} else {
			cp.about = "CPython " + v + " asyncio"
			cp.run = peerRun(cfg.python, cfg.peer)
		}
	}
	ps = append(ps, cp)

	uv := &side{name: uvloopName}
	switch {
	case !asked(uvloopName):
		uv.absent = "not asked for (-peers)"
	case !fileExists(cfg.peer):
		uv.absent = fmt.Sprintf("script %s not found (-peer)", cfg.peer)
	default:
		cands := cfg.uvloopPythons()
		for _, py := range cands {
			v, err := output(py, "-c", "import sys, uvloop; print(uvloop.__version__, sys.version.split()[0])")
			if f := strings.Fields(v); err == nil && len(f) == 2 {
				uv.about = fmt.Sprintf("uvloop %s on CPython %s (%s)", f[0], f[1], py)
				uv.run = peerRun(py, cfg.peer, "--uvloop")
				break
			}
		}
		if uv.run == nil {
			uv.absent = fmt.Sprintf("no Python that can import uvloop among %s (-uvloop-python)", strings.Join(cands, ", "))
		}
	}
	ps = append(ps, uv)

	nd := &side{name: nodeName}
	switch {
	case !asked(nodeName):
		nd.absent = "not asked for (-peers)"
	case !fileExists(cfg.nodePeer):
		nd.absent = fmt.Sprintf("script %s not found (-node-peer)", cfg.nodePeer)
	default:
		if v, err := output(cfg.node, "--version"); err != nil {
			nd.absent = fmt.Sprintf("%s does not run (-node): %v", cfg.node, err)
		} else {
			nd.about = "Node.js " + v
			nd.run = peerRun(cfg.node, cfg.nodePeer)
		}
	}
	return append(ps, nd)
}

// uvloopPythons are the Pythons to try for uvloop: -uvloop-python alone
// when given, else -python, every python3 on PATH, and Debian's system
// Python (python3-uvloop is installed for it, and a python3 earlier on
// PATH may be another build).
func (cfg config) uvloopPythons() []string {
	if cfg.uvloopPython != "" {
		return []string{cfg.uvloopPython}
	}
	var cands []string
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			cands = append(cands, p)
		}
	}
	add(cfg.python)
	for _, dir := range filepath.SplitList(os.Getenv("PATH")) {
		if p := filepath.Join(dir, "python3"); fileExists(p) {
			add(p)
		}
	}
	add("/usr/bin/python3")
	return cands
}

func fileExists(path string) bool {
	st, err := os.Stat(path)
	return err == nil && !st.IsDir()
}

// output runs a command and returns its standard output, trimmed.
func output(name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("%v: %s", err, lastLines(stderr.Bytes(), 2))
	}
	return strings.TrimSpace(string(out)), nil
}

// peerRun runs one case of a peer script: interp script <case> --scale S
// [extra...], and reads the case's line from its standard output. A run
// that prints nothing has no such case.
func peerRun(interp, script string, extra ...string) func(peerCase, int, float64) (obs, error) {
	return func(c peerCase, _ int, scale float64) (obs, error) {
		args := append([]string{script, c.name, "--scale", strconv.FormatFloat(scale, 'g', -1, 64)}, extra...)
		cmd := exec.Command(interp, args...)
		cmd.Env = cleanEnv()
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			return obs{}, fmt.Errorf("%v: %s", err, lastLines(append(stdout.Bytes(), stderr.Bytes()...), 3))
		}
		if strings.TrimSpace(stdout.String()) == "" {
			return obs{}, errNoCase
		}
		prs, err := parsePeer(stdout.String())
		if err != nil {
			return obs{}, err
		}
		for _, p := range prs {
			if p.name == c.name {
				o := obs{ns: p.nsOp, ops: p.ops, bTask: math.NaN(), rssTask: math.NaN()}
				if p.rssMB > 0 {
					o.rssTask = p.rssMB * (1 << 20) / float64(p.ops)
				}
				return o, nil
			}
		}
		return obs{}, fmt.Errorf("no %s line in %q", c.name, lastLines(stdout.Bytes(), 3))
	}
}

// goBenchRun runs one case's benchmark in a test binary built with go
// test -c (the loop's or the Go limit's), in dir, with -benchtime Nx; the
// sleepers case runs once with -sleepers N.
func goBenchRun(bin, dir string, verbose func([]byte)) func(peerCase, int, float64) (obs, error) {
	return func(c peerCase, n int, _ float64) (obs, error) {
		args := []string{"-test.run", "^$", "-test.bench", "^Benchmark" + goName(c.name) + "$",
			"-test.benchtime", strconv.Itoa(n) + "x", "-test.timeout", "30m"}
		if c.name == "sleepers" {
			args[5] = "1x"
			args = append(args, "-sleepers", strconv.Itoa(n))
		}
		cmd := exec.Command(bin, args...)
		cmd.Dir = dir
		cmd.Env = cleanEnv()
		out, err := cmd.CombinedOutput()
		verbose(out)
		if err != nil {
			return obs{}, fmt.Errorf("%v: %s", err, lastLines(out, 5))
		}
		g := findGo(parseGoBench(string(out)), goName(c.name))
		if g == nil {
			return obs{}, fmt.Errorf("no Benchmark%s result in %q", goName(c.name), lastLines(out, 3))
		}
		o := obs{ns: g.metrics["ns/op"], ops: n, bTask: math.NaN(), rssTask: math.NaN()}
		if v, ok := g.metrics["B/task"]; ok {
			o.bTask = v
		}
		if v, ok := g.metrics["rss-B/task"]; ok {
			o.rssTask = v
		}
		return o, nil
	}
}
