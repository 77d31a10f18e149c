// Command benchcmp runs the loop package's benchmarks and CPython
// asyncio's peer script (asyncio_peer.py, next to this file) side by side,
// with the same N per case, and prints a markdown table of the ratios
// against the loop package's speed targets:
//
//	go run ./internal/benchcmp                 # 3 runs of each side, medians
//	go run ./internal/benchcmp -count 5 -cases call_soon,sleepers
//	go run ./internal/benchcmp -interp         # the interpreted path (see interp.go)
//
// The Go side is the test binary of ./loop (built once with go test -c),
// run per case with -test.benchtime=<N>x, N being the script's N for that
// case at the same -scale; sleepers runs its fixed shape of -sleepers
// tasks (the script with --scale -sleepers/200000). Runs of the two sides
// are interleaved, case by case, so that a noisy machine weighs on both
// alike. Without python3 or the script it says so and prints the Go side.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"
)

type config struct {
	count    int
	peer     string
	python   string
	goCmd    string
	scale    float64
	sleepers int
	cases    []peerCase
	verbose  bool
	// -interp: the interpreted programs run by asyncrepl, and how many
	// start-up runs of each side.
	interp      bool
	startupRuns int
}

func main() {
	var cfg config
	var caseList string
	flag.IntVar(&cfg.count, "count", 3, "runs of each side per case (medians are reported)")
	flag.StringVar(&cfg.peer, "peer", "", "path of asyncio_peer.py (default: the copy in internal/benchcmp)")
	flag.StringVar(&cfg.python, "python", "python3", "Python interpreter")
	flag.StringVar(&cfg.goCmd, "go", "go", "go command")
	flag.Float64Var(&cfg.scale, "scale", 1, "scale of N for every case but sleepers (the script's --scale)")
	flag.IntVar(&cfg.sleepers, "sleepers", 1_000_000, "sleepers: tasks asleep at once")
	flag.StringVar(&caseList, "cases", "", "comma-separated cases to run (default: all)")
	flag.BoolVar(&cfg.verbose, "v", false, "echo every raw result line to stderr")
	flag.BoolVar(&cfg.interp, "interp", false, "compare the interpreted path instead: repl/testdata/bench/<case>.go run by a built asyncrepl (sleepers at -scale too), and start-up times")
	flag.IntVar(&cfg.startupRuns, "startup", 10, "-interp: start-up runs of each side (0: none)")
	flag.Parse()
	var err error
	if cfg.cases, err = selectCases(caseList); err != nil {
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
	if cfg.interp {
		rep, err := runInterp(cfg, root, os.Stderr)
		if err != nil {
			fatal(err)
		}
		rep.command = "go run ./internal/benchcmp " + strings.Join(os.Args[1:], " ")
		rep.render(os.Stdout)
		return
	}
	rep, err := run(cfg, root, os.Stderr)
	if err != nil {
		fatal(err)
	}
	rep.command = "go run ./internal/benchcmp " + strings.Join(os.Args[1:], " ")
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

// caseN is the case's N at the given scale, computed as the script does
// (max(1, int(base*scale))), and the --scale to give the script.
func (cfg config) caseN(c peerCase) (n int, scale float64) {
	scale = cfg.scale
	if c.name == "sleepers" {
		scale = float64(cfg.sleepers) / float64(c.baseN)
	}
	return max(1, int(float64(c.baseN)*scale)), scale
}

// caseResult gathers the runs of one case.
type caseResult struct {
	c         peerCase
	n         int
	goNs      []float64
	pyNs      []float64
	pyOps     int
	goBTask   []float64 // sleepers: runtime heap+stacks growth per task
	goRssTask []float64 // sleepers: peak RSS per task
	pyRssTask []float64 // sleepers: peak RSS per task
	errs      []string
}

// machine is what a report says of where it was measured.
type machine struct {
	date, goVersion, pyVersion, command, note string
	cpus, count                               int
	python                                    bool // CPython's side runs too
}

// probe reads the machine and the toolchains; ours names our side in the
// note said when CPython's side cannot run.
func probe(cfg config, ours string, log io.Writer) machine {
	m := machine{date: time.Now().Format("2006-01-02"), cpus: runtime.NumCPU(), count: cfg.count}
	if out, err := exec.Command(cfg.goCmd, "version").Output(); err == nil {
		m.goVersion = strings.TrimSpace(strings.TrimPrefix(string(out), "go version "))
	}
	if _, err := exec.LookPath(cfg.python); err != nil {
		m.note = fmt.Sprintf("%s not found: %s side only.", cfg.python, ours)
	} else if _, err := os.Stat(cfg.peer); err != nil {
		m.note = fmt.Sprintf("peer script %s not found (-peer): %s side only.", cfg.peer, ours)
	} else {
		m.python = true
		out, _ := exec.Command(cfg.python, "--version").CombinedOutput()
		m.pyVersion = strings.TrimSpace(string(out))
	}
	if m.note != "" {
		fmt.Fprintln(log, "benchcmp:", m.note)
	}
	return m
}

type report struct {
	machine
	results []*caseResult
}

func run(cfg config, root string, log io.Writer) (*report, error) {
	rep := &report{machine: probe(cfg, "Go", log)}

	tmp, err := os.MkdirTemp("", "benchcmp")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "loop.test")
	build := exec.Command(cfg.goCmd, "test", "-c", "-o", bin, "./loop/")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("go test -c ./loop/: %v\n%s", err, out)
	}

	env := cleanEnv()
	for _, c := range cfg.cases {
		n, _ := cfg.caseN(c)
		rep.results = append(rep.results, &caseResult{c: c, n: n})
	}
	for i := range cfg.count {
		for _, r := range rep.results {
			n, scale := cfg.caseN(r.c)
			fmt.Fprintf(log, "benchcmp: run %d/%d %s (N=%d)\n", i+1, cfg.count, r.c.name, n)
			args := []string{"-test.run", "^$", "-test.bench", "^Benchmark" + goName(r.c.name) + "$",
				"-test.benchtime", strconv.Itoa(n) + "x", "-test.timeout", "30m"}
			if r.c.name == "sleepers" {
				args[5] = "1x"
				args = append(args, "-sleepers", strconv.Itoa(n))
			}
			cmd := exec.Command(bin, args...)
			cmd.Dir = filepath.Join(root, "loop")
			cmd.Env = env
			out, err := cmd.CombinedOutput()
			if cfg.verbose {
				log.Write(out)
			}
			if err != nil {
				r.errs = append(r.errs, fmt.Sprintf("go: %v: %s", err, lastLines(out, 5)))
			} else if g := findGo(parseGoBench(string(out)), goName(r.c.name)); g == nil {
				r.errs = append(r.errs, "go: no result line")
			} else {
				r.goNs = append(r.goNs, g.metrics["ns/op"])
				if v, ok := g.metrics["B/task"]; ok {
					r.goBTask = append(r.goBTask, v)
				}
				if v, ok := g.metrics["rss-B/task"]; ok {
					r.goRssTask = append(r.goRssTask, v)
				}
			}

			if !rep.python {
				continue
			}
			cmd = exec.Command(cfg.python, cfg.peer, r.c.name, "--scale", strconv.FormatFloat(scale, 'g', -1, 64))
			out, err = cmd.CombinedOutput()
			if cfg.verbose {
				log.Write(out)
			}
			if err != nil {
				r.errs = append(r.errs, fmt.Sprintf("python: %v: %s", err, lastLines(out, 5)))
				continue
			}
			prs, err := parsePeer(string(out))
			if err != nil {
				r.errs = append(r.errs, err.Error())
				continue
			}
			for _, p := range prs {
				if p.name != r.c.name {
					continue
				}
				r.pyNs = append(r.pyNs, p.nsOp)
				r.pyOps = p.ops
				if p.rssMB > 0 {
					r.pyRssTask = append(r.pyRssTask, p.rssMB*(1<<20)/float64(p.ops))
				}
			}
		}
	}
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

func fmtNs(v float64) string {
	switch {
	case math.IsNaN(v):
		return "—"
	case v >= 100:
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	return strconv.FormatFloat(v, 'f', 1, 64)
}

// header writes what a report says before its table: when, where, how.
func (m machine) header(b *bytes.Buffer) {
	fmt.Fprintf(b, "Measured %s on %d cores (nproc), %s", m.date, m.cpus, m.goVersion)
	if m.python {
		fmt.Fprintf(b, ", CPython %s", strings.TrimPrefix(m.pyVersion, "Python "))
	}
	fmt.Fprintf(b, "; each case run %d times on each side, interleaved; medians, same N on both sides.\n", m.count)
	if m.command != "" {
		fmt.Fprintf(b, "Command: `%s`\n", strings.TrimSpace(m.command))
	}
	if m.note != "" {
		fmt.Fprintf(b, "\n**%s**\n", m.note)
	}
}

func (rep *report) render(w io.Writer) {
	var b bytes.Buffer
	rep.header(&b)
	b.WriteString("\n| case | N | Go ns/op | CPython ns/op | ratio CPython/Go | target | met? | spread Go / CPython |\n")
	b.WriteString("|---|---:|---:|---:|---:|---:|:---:|---:|\n")
	var errs []string
	for _, r := range rep.results {
		g, p := median(r.goNs), median(r.pyNs)
		ratio, met := "—", "—"
		if !math.IsNaN(g) && !math.IsNaN(p) && g > 0 {
			x := p / g
			ratio = strconv.FormatFloat(x, 'f', 1, 64) + "×"
			met = yesNo(x >= r.c.target)
			if x < r.c.target {
				met += fmt.Sprintf(" (%.0f%% of it)", x/r.c.target*100)
			}
		}
		name := r.c.name
		if name == "sleepers" {
			name = "sleepers (per task)"
		}
		n := strconv.Itoa(r.n)
		if rep.python && r.pyOps != 0 && r.pyOps != r.n {
			n += fmt.Sprintf(" (CPython %d)", r.pyOps)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | ≥%g× | %s | ±%.0f%% / ±%.0f%% |\n",
			name, n, fmtNs(g), fmtNs(p), ratio, r.c.target, met, spread(r.goNs)/2, spread(r.pyNs)/2)
		for _, e := range r.errs {
			errs = append(errs, r.c.name+": "+e)
		}
	}
	for _, r := range rep.results {
		if r.c.name != "sleepers" {
			continue
		}
		fmt.Fprintf(&b, "\nSleepers, peak memory per task (N = %d, each case alone in its process):\n\n", r.n)
		b.WriteString("| measure | Go | CPython | ratio Go/CPython | target | met? |\n")
		b.WriteString("|---|---:|---:|---:|---:|:---:|\n")
		g, p := median(r.goRssTask), median(r.pyRssTask)
		ratio, met := "—", "—"
		if !math.IsNaN(g) && !math.IsNaN(p) && p > 0 {
			ratio = strconv.FormatFloat(g/p, 'f', 2, 64) + "×"
			met = yesNo(g/p <= sleepersMemTarget)
		}
		fmt.Fprintf(&b, "| peak RSS / N (ru_maxrss) | %s B | %s B | %s | ≤%g× | %s |\n", fmtNs(g), fmtNs(p), ratio, sleepersMemTarget, met)
		fmt.Fprintf(&b, "| Go heap in use + goroutine stacks, growth / N | %s B | — | | | |\n", fmtNs(median(r.goBTask)))
	}
	if len(errs) > 0 {
		b.WriteString("\nErrors:\n")
		for _, e := range errs {
			fmt.Fprintf(&b, "- %s\n", e)
		}
	}
	w.Write(b.Bytes())
}

func yesNo(ok bool) string {
	if ok {
		return "yes"
	}
	return "**no**"
}
