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

// The -interp mode: the interpreted path. Each case of asyncio_peer.py also
// exists as a Go program in repl/testdata/bench/<case>.go, run by a built
// asyncrepl binary (asyncrepl <case>.go <scale>) against the Python case at
// the same N; and asyncrepl's start-up (running a hello-world program)
// against `python3 -c 'import asyncio'`. Targets of the shell: every case
// faster than CPython, the median case at least 3× faster, start-up faster.

const (
	interpMedianTarget = 3.0
	interpScriptDir    = "repl/testdata/bench"
	startupScript      = "repl/testdata/startup/hello.go"
)

// interpResult gathers the runs of one case, or of the start-up.
type interpResult struct {
	name         string
	n, pyOps     int
	arNs, pyNs   []float64 // ns/op (start-up: ns per run)
	arRss, pyRss []float64 // sleepers: peak RSS, MiB
	errs         []string
}

type interpReport struct {
	machine
	startupRuns int
	results     []*interpResult
	startup     *interpResult
}

// parseScriptOutput reads the result line of one interpreted case (the
// format of asyncio_peer.py, which the programs copy) and the sleepers'
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
			if err1 != nil || err2 != nil {
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

func runInterp(cfg config, root string, log io.Writer) (*interpReport, error) {
	rep := &interpReport{machine: probe(cfg, "asyncrepl", log), startupRuns: cfg.startupRuns}
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
	env := cleanEnv()
	scale := strconv.FormatFloat(cfg.scale, 'g', -1, 64)
	for _, c := range cfg.cases {
		rep.results = append(rep.results, &interpResult{name: c.name, n: max(1, int(float64(c.baseN)*cfg.scale))})
	}
	runOut := func(dir string, name string, args ...string) ([]byte, error) {
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.CombinedOutput()
		if cfg.verbose {
			log.Write(out)
		}
		return out, err
	}
	for i := range cfg.count {
		for _, r := range rep.results {
			fmt.Fprintf(log, "benchcmp: run %d/%d %s (N=%d)\n", i+1, cfg.count, r.name, r.n)
			script := filepath.Join(root, interpScriptDir, r.name+".go")
			out, err := runOut(root, bin, script, scale)
			if err != nil {
				r.errs = append(r.errs, fmt.Sprintf("asyncrepl: %v: %s", err, lastLines(out, 5)))
			} else if ns, _, rss, err := parseScriptOutput(string(out), r.name); err != nil {
				r.errs = append(r.errs, "asyncrepl: "+err.Error())
			} else {
				r.arNs = append(r.arNs, ns)
				if rss > 0 {
					r.arRss = append(r.arRss, rss)
				}
			}
			if !rep.python {
				continue
			}
			out, err = runOut(root, cfg.python, cfg.peer, r.name, "--scale", scale)
			if err != nil {
				r.errs = append(r.errs, fmt.Sprintf("python: %v: %s", err, lastLines(out, 5)))
			} else if ns, ops, rss, err := parseScriptOutput(string(out), r.name); err != nil {
				r.errs = append(r.errs, "python: "+err.Error())
			} else {
				r.pyNs, r.pyOps = append(r.pyNs, ns), ops
				if rss > 0 {
					r.pyRss = append(r.pyRss, rss)
				}
			}
		}
	}
	if cfg.startupRuns > 0 {
		st := &interpResult{name: "start-up", n: 1}
		rep.startup = st
		fmt.Fprintf(log, "benchcmp: start-up, %d runs of each\n", cfg.startupRuns)
		hello := filepath.Join(root, startupScript)
		timeRun := func(name string, args ...string) (float64, error) {
			cmd := exec.Command(name, args...)
			cmd.Dir, cmd.Env = root, env
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
			if rep.python {
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

// ratio is CPython's median over asyncrepl's (NaN when either is missing).
func (r *interpResult) ratio() float64 {
	a, p := median(r.arNs), median(r.pyNs)
	if math.IsNaN(a) || math.IsNaN(p) || a <= 0 {
		return math.NaN()
	}
	return p / a
}

func fmtRatio(x float64) string {
	if math.IsNaN(x) {
		return "—"
	}
	return strconv.FormatFloat(x, 'f', 2, 64) + "×"
}

func (rep *interpReport) render(w io.Writer) {
	var b bytes.Buffer
	rep.header(&b)
	b.WriteString("\n| case | N | asyncrepl ns/op | CPython ns/op | ratio CPython/asyncrepl | faster? | spread asyncrepl / CPython |\n")
	b.WriteString("|---|---:|---:|---:|---:|:---:|---:|\n")
	var errs []string
	var ratios []float64
	for _, r := range rep.results {
		x := r.ratio()
		met := "—"
		if !math.IsNaN(x) {
			ratios = append(ratios, x)
			met = yesNo(x > 1)
		}
		n := strconv.Itoa(r.n)
		if rep.python && r.pyOps != 0 && r.pyOps != r.n {
			n += fmt.Sprintf(" (CPython %d)", r.pyOps)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | ±%.0f%% / ±%.0f%% |\n",
			r.name, n, fmtNs(median(r.arNs)), fmtNs(median(r.pyNs)), fmtRatio(x), met, spread(r.arNs)/2, spread(r.pyNs)/2)
		for _, e := range r.errs {
			errs = append(errs, r.name+": "+e)
		}
	}
	if len(ratios) > 0 {
		sort.Float64s(ratios)
		m := median(ratios)
		fmt.Fprintf(&b, "\nMedian ratio over %d cases: %s (target ≥%g×: %s).\n", len(ratios), fmtRatio(m), interpMedianTarget, yesNo(m >= interpMedianTarget))
	}
	for _, r := range rep.results {
		if len(r.arRss) == 0 && len(r.pyRss) == 0 {
			continue
		}
		a, p := median(r.arRss), median(r.pyRss)
		fmt.Fprintf(&b, "\n%s, peak RSS of the process (N = %d): asyncrepl %s MiB, CPython %s MiB", r.name, r.n, fmtNs(a), fmtNs(p))
		if !math.IsNaN(a) && !math.IsNaN(p) && p > 0 {
			fmt.Fprintf(&b, " (%.1f× CPython's)", a/p)
		}
		b.WriteString(".\n")
	}
	if st := rep.startup; st != nil {
		fmt.Fprintf(&b, "\nStart-up, wall time per run, median of %d runs each, interleaved:\n\n", rep.startupRuns)
		b.WriteString("| command | median ms | spread |\n|---|---:|---:|\n")
		fmt.Fprintf(&b, "| `asyncrepl %s` | %.1f | ±%.0f%% |\n", startupScript, median(st.arNs)/1e6, spread(st.arNs)/2)
		if rep.python {
			fmt.Fprintf(&b, "| `python3 -c 'import asyncio'` | %.1f | ±%.0f%% |\n", median(st.pyNs)/1e6, spread(st.pyNs)/2)
			if x := st.ratio(); !math.IsNaN(x) {
				fmt.Fprintf(&b, "\nasyncrepl starts %s as fast (faster: %s).\n", fmtRatio(x), yesNo(x > 1))
			}
		}
		for _, e := range st.errs {
			errs = append(errs, "start-up: "+e)
		}
	}
	if len(errs) > 0 {
		b.WriteString("\nErrors:\n")
		for _, e := range errs {
			fmt.Fprintf(&b, "- %s\n", e)
		}
	}
	w.Write(b.Bytes())
}
