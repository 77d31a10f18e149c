package main

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// The -interp mode: the interpreted path. Each case of the peer scripts
// also exists as a Go program in repl/testdata/bench/<case>.go, run by a
// built asyncrepl binary (asyncrepl <case>.go <scale>) against the peers
// at the same N (sleepers too at -scale); and asyncrepl's start-up
// (running a hello-world program) against `python3 -c 'import asyncio'`.
// Targets of the shell, against CPython: every case faster, the median
// case at least 3× faster, start-up faster.

const (
	interpMedianTarget = 3.0
	interpScriptDir    = "repl/testdata/bench"
	startupScript      = "repl/testdata/startup/hello.go"
	asyncreplName      = "asyncrepl"
)

// interpResult gathers the start-up runs.
type interpResult struct {
	arNs, pyNs []float64 // ns per run
	errs       []string
}

type interpReport struct {
	report
	startupRuns int
	startup     *interpResult
}

// parseScriptOutput reads the result line of one interpreted case (the
// format of the peer scripts, which the programs copy) and the sleepers'
// peak RSS line; a program that cannot read its peak RSS prints "?" there.
func parseScriptOutput(out, name string) (nsOp float64, ops int, rssMB float64, err error) {
	found := false
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		switch {
		case len(f) == 3 && f[0] == name+"_peak_rss" && f[2] == "MiB":
			if f[1] != "?" {
				if rssMB, err = strconv.ParseFloat(f[1], 64); err != nil {
					return 0, 0, 0, fmt.Errorf("%s: bad line %q", name, line)
				}
			}
		case len(f) == 7 && f[0] == name && f[2] == "ops" && f[4] == "s" && f[6] == "ns/op":
			var err1, err2 error
			ops, err1 = strconv.Atoi(f[1])
			nsOp, err2 = strconv.ParseFloat(f[5], 64)
			if err1 != nil || err2 != nil || ops <= 0 {
				return 0, 0, 0, fmt.Errorf("%s: bad line %q", name, line)
			}
			found = true
		}
	}
	if !found {
		return 0, 0, 0, fmt.Errorf("%s: no result line in %q", name, lastLines([]byte(out), 3))
	}
	return nsOp, ops, rssMB, nil
}

// scriptRun runs one case's interpreted program with the asyncrepl binary.
func scriptRun(bin, root string, verbose func([]byte)) func(peerCase, int, float64) (obs, error) {
	return func(c peerCase, _ int, scale float64) (obs, error) {
		cmd := exec.Command(bin, filepath.Join(root, interpScriptDir, c.name+".go"), strconv.FormatFloat(scale, 'g', -1, 64))
		cmd.Dir, cmd.Env = root, cleanEnv()
		out, err := cmd.CombinedOutput()
		verbose(out)
		if err != nil {
			return obs{}, fmt.Errorf("%v: %s", err, lastLines(out, 5))
		}
		ns, ops, rss, err := parseScriptOutput(string(out), c.name)
		if err != nil {
			return obs{}, err
		}
		o := obs{ns: ns, ops: ops, bTask: math.NaN(), rssTask: math.NaN()}
		if rss > 0 {
			o.rssTask = rss * (1 << 20) / float64(ops)
		}
		return o, nil
	}
}

func runInterp(cfg config, root string, log io.Writer) (*interpReport, error) {
	// Every case at -scale, sleepers included.
	cfg.sleepers = max(1, int(float64(200_000)*cfg.scale))
	rep := &interpReport{report: report{machine: probeMachine(cfg), ours: asyncreplName}, startupRuns: cfg.startupRuns}
	tmp, err := os.MkdirTemp("", "benchcmp")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "asyncrepl")
	build := exec.Command(cfg.goCmd, "build", "-o", bin, ".")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("go build: %v\n%s", err, out)
	}
	verbose := func(out []byte) {
		if cfg.verbose {
			log.Write(out)
		}
	}
	rep.peers = peers(cfg)
	for _, p := range rep.peers {
		if p.absent != "" {
			fmt.Fprintf(log, "benchcmp: %s: %s\n", p.name, p.absent)
		}
	}
	sides := append([]*side{{name: asyncreplName, run: scriptRun(bin, root, verbose)}}, rep.peers...)
	rep.results = runAll(cfg, sides, log)

	python := rep.peers[0].absent == "" // CPython's start-up is the comparison
	if cfg.startupRuns > 0 {
		st := &interpResult{}
		rep.startup = st
		fmt.Fprintf(log, "benchcmp: start-up, %d runs of each\n", cfg.startupRuns)
		hello := filepath.Join(root, startupScript)
		timeRun := func(name string, args ...string) (float64, error) {
			cmd := exec.Command(name, args...)
			cmd.Dir, cmd.Env = root, cleanEnv()
			t := time.Now()
			out, err := cmd.CombinedOutput()
			d := time.Since(t)
			if err != nil {
				return 0, fmt.Errorf("%s: %v: %s", name, err, lastLines(out, 3))
			}
			return float64(d.Nanoseconds()), nil
		}
		for range cfg.startupRuns {
			if ns, err := timeRun(bin, hello); err != nil {
				st.errs = append(st.errs, err.Error())
			} else {
				st.arNs = append(st.arNs, ns)
			}
			if python {
				if ns, err := timeRun(cfg.python, "-c", "import asyncio"); err != nil {
					st.errs = append(st.errs, err.Error())
				} else {
					st.pyNs = append(st.pyNs, ns)
				}
			}
		}
	}
	return rep, nil
}

// ratio is b's median over a's (NaN when either is missing).
func ratio(a, b float64) float64 {
	if math.IsNaN(a) || math.IsNaN(b) || a <= 0 {
		return math.NaN()
	}
	return b / a
}

func (rep *interpReport) render(w io.Writer) {
	var b bytes.Buffer
	rep.header(&b)
	names := rep.sideNames()
	b.WriteString("\n| case | N |")
	for _, sn := range names {
		fmt.Fprintf(&b, " %s ns/op |", sn)
	}
	b.WriteString(" ratio CPython/asyncrepl | faster? | spread asyncrepl / CPython |\n|---|---:|")
	b.WriteString(strings.Repeat("---:|", len(names)))
	b.WriteString("---:|:---:|---:|\n")
	var ratios []float64
	for _, r := range rep.results {
		x := ratio(r.side(asyncreplName).figure(), r.side(cpythonName).figure())
		met := "—"
		if !math.IsNaN(x) {
			ratios = append(ratios, x)
			met = yesNo(x > 1)
		}
		n := strconv.Itoa(r.n)
		for _, sn := range names {
			if s := r.side(sn); s.ops != 0 && s.ops != r.n {
				n += fmt.Sprintf(" (%s %d)", sn, s.ops)
			}
		}
		fmt.Fprintf(&b, "| %s | %s |", r.c.name, n)
		for _, sn := range names {
			fmt.Fprintf(&b, " %s |", fmtNs(r.side(sn).figure()))
		}
		fmt.Fprintf(&b, " %s | %s | ±%.0f%% / ±%.0f%% |\n",
			fmtRatio(x), met, spread(r.side(asyncreplName).ns)/2, spread(r.side(cpythonName).ns)/2)
	}
	if len(ratios) > 0 {
		sort.Float64s(ratios)
		m := median(ratios)
		fmt.Fprintf(&b, "\nMedian ratio over %d cases: %s (target ≥%g×: %s).\n", len(ratios), fmtRatio(m), interpMedianTarget, yesNo(m >= interpMedianTarget))
	}
	for _, r := range rep.results {
		var parts []string
		for _, sn := range names {
			if v := median(r.side(sn).rssTask); !math.IsNaN(v) {
				parts = append(parts, fmt.Sprintf("%s %s MiB", sn, fmtNs(v*float64(r.n)/(1<<20))))
			}
		}
		if len(parts) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n%s, peak RSS of the process (N = %d): %s", r.c.name, r.n, strings.Join(parts, ", "))
		if x := ratio(median(r.side(cpythonName).rssTask), median(r.side(asyncreplName).rssTask)); !math.IsNaN(x) {
			fmt.Fprintf(&b, " (asyncrepl %.1f× CPython's)", x)
		}
		b.WriteString(".\n")
	}
	var errs []string
	if st := rep.startup; st != nil {
		fmt.Fprintf(&b, "\nStart-up, wall time per run, median of %d runs each, interleaved:\n\n", rep.startupRuns)
		b.WriteString("| command | median ms | spread |\n|---|---:|---:|\n")
		fmt.Fprintf(&b, "| `asyncrepl %s` | %.1f | ±%.0f%% |\n", startupScript, median(st.arNs)/1e6, spread(st.arNs)/2)
		if len(st.pyNs) > 0 {
			fmt.Fprintf(&b, "| `python3 -c 'import asyncio'` | %.1f | ±%.0f%% |\n", median(st.pyNs)/1e6, spread(st.pyNs)/2)
			if x := ratio(median(st.arNs), median(st.pyNs)); !math.IsNaN(x) {
				fmt.Fprintf(&b, "\nasyncrepl starts %s as fast (faster: %s).\n", fmtRatio(x), yesNo(x > 1))
			}
		}
		for _, e := range st.errs {
			errs = append(errs, "start-up: "+e)
		}
	}
	rep.renderErrors(&b, names, errs...)
	w.Write(b.Bytes())
}
