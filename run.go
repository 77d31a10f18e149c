// Command asyncrepl is an interactive Go shell for asynchronous programming
// with an asyncio-style event loop running in the background, and a runner
// for Go scripts that use it. Run asyncrepl -h for its usage.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"unicode"

	"github.com/asyncrepl/asyncrepl/loop"
	"github.com/asyncrepl/asyncrepl/repl"
)

const usage = `usage:
  asyncrepl [flags]                   interactive shell
  asyncrepl [flags] -e CODE           evaluate CODE (inputs separated by newlines) and exit
  asyncrepl [flags] FILE.go [args]    run a Go program, interpreted
  asyncrepl examples                  list the example programs
  asyncrepl example NAME              show an example program
  asyncrepl test [FILES|DIRS]         run programs and check their // Output: blocks
  asyncrepl vet [PACKAGES|FILES]      report dropped loop.Await errors (exit 1 if any)

flags:
`

const examplesHelp = `
examples:
  asyncrepl                                  start the shell; try :help
  echo 'loop.Await(loop.Sleep(time.Second))' | asyncrepl
  asyncrepl -e 'strings.ToUpper("hi")'
  asyncrepl -clock=virtual scripts/chain_bug.go
  asyncrepl -debug scripts/never_scheduled.go
  asyncrepl -clock=virtual -trace trace.json scripts/chain_bug.go   (open trace.json in ui.perfetto.dev)

exit status:
  0  success; for the interactive shell, always (errors were shown as they happened)
  1  input read from a pipe or given with -e: some input failed, or a
     goroutine it started panicked (every input still runs; the errors are
     on stderr, each naming its input); -e: a compile error, a panic (in a
     goroutine too) or a task exception nobody retrieved; FILE.go: a compile
     error or a task exception nobody retrieved
  2  bad flags or arguments; FILE.go, as a Go program: a panic nobody
     recovered (in a goroutine too), or its goroutines all blocked (a
     deadlock)
  N  FILE.go, or CODE of -e, called os.Exit(N) (for -e, the inputs after it
     do not run)

environment:
  ASYNCREPL_DEBUG=1        same as -debug
  ASYNCREPL_CLOCK=virtual  same as -clock=virtual
  NO_COLOR                 no colours even on a terminal
  XDG_STATE_HOME           where the shell keeps its history (asyncrepl/history)
`

// run is the asyncrepl command: it parses args and dispatches to the shell,
// the script runner or a sub-command, and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (status int) {
	if repl.IsChild() {
		// This process runs the session of a shell that started it.
		return repl.ServeChild()
	}
	fs := flag.NewFlagSet("asyncrepl", flag.ContinueOnError)
	fs.SetOutput(stderr)
	debugMode := fs.Bool("debug", envOn("ASYNCREPL_DEBUG"), "the event loop's debug mode: warnings about slow callbacks and calls from the wrong goroutine, and where each coroutine never awaited was made, with stacks")
	clock := fs.String("clock", envOr("ASYNCREPL_CLOCK", "real"), "the event loop's clock: real, or virtual (time jumps over sleeps)")
	code := fs.String("e", "", "evaluate `CODE` and exit")
	traceFile := fs.String("trace", "", "record what the event loops' tasks do to `FILE`, as Chrome trace JSON for ui.perfetto.dev (with FILE.go or -e)")
	version := fs.Bool("version", false, "print the version and exit")
	memLimit := byteSize(repl.DefaultMemoryLimit())
	fs.Var(&memLimit, "memlimit", "the memory the shell's session may use (`SIZE`: 512MiB, 4GiB; 0 for no limit); past it, the shell reports the allocation and restores the session in a new process")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
		fmt.Fprint(fs.Output(), examplesHelp)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *clock != "real" && *clock != "virtual" {
		fmt.Fprintf(stderr, "asyncrepl: -clock=%s: want real or virtual\n", *clock)
		return 2
	}
	if *version {
		fmt.Fprintln(stdout, versionString())
		return 0
	}
	// Loops that programs make themselves read these.
	if *debugMode {
		os.Setenv("ASYNCREPL_DEBUG", "1")
	}
	if _, set := os.LookupEnv("ASYNCREPL_CLOCK"); set || *clock != "real" {
		// (Not otherwise: a program's environment is its own, and the
		// loop's clock is real without it.)
		os.Setenv("ASYNCREPL_CLOCK", *clock)
	}
	// yaegi logs some of its internal compile panics ("nil type") to the
	// standard logger as well; the session reports them as errors.
	log.SetOutput(dropLines{w: log.Writer(), drop: map[string]bool{"nil type": true, "nil reflect type": true}})

	// ASYNCREPL_CPUPROFILE=FILE writes a CPU profile of the whole run (for
	// go tool pprof); deliberately not in -h.
	if path := os.Getenv("ASYNCREPL_CPUPROFILE"); path != "" {
		stopProfile, err := startCPUProfile(path)
		if err != nil {
			fmt.Fprintf(stderr, "asyncrepl: %v\n", err)
			return 2
		}
		defer stopProfile()
	}

	cfg := repl.Config{Debug: *debugMode, Clock: *clock, Color: repl.ColorWanted(stdout)}
	ctx := context.Background()
	rest := fs.Args()
	if *traceFile != "" {
		if *code == "" && (len(rest) == 0 || subcommands[rest[0]]) {
			fmt.Fprintln(stderr, "asyncrepl: -trace records a program's run (FILE.go or -e); in the shell, :trace on and :trace save FILE")
			return 2
		}
		defer traced(*traceFile, stderr, &status)()
	}
	if *code != "" {
		if len(rest) > 0 {
			fmt.Fprintln(stderr, "asyncrepl: -e takes no other arguments")
			return 2
		}
		return evalCode(ctx, *code, stdout, stderr, cfg)
	}
	if len(rest) > 0 {
		switch rest[0] {
		case "examples":
			return cmdExamples(rest[1:], stdout, stderr)
		case "example":
			return cmdExample(rest[1:], stdout, stderr)
		case "test":
			return cmdTest(rest[1:], stdout, stderr)
		case "vet":
			return cmdVet(rest[1:], stdout, stderr)
		}
		if !strings.HasSuffix(rest[0], ".go") {
			if _, err := os.Stat(rest[0]); err != nil {
				fmt.Fprintf(stderr, "asyncrepl: %s: not a Go file nor a command (see asyncrepl -h)\n", rest[0])
				return 2
			}
		}
		cfg.Stdin, cfg.Stdout, cfg.Stderr = stdin, stdout, stderr
		cfg.Color = repl.ColorWanted(stderr)
		return repl.RunFile(ctx, rest[0], rest[1:], cfg)
	}
	// The session runs in a process of its own, this command again, so that
	// what no Go program survives (a stack overflow, concurrent map
	// writes, running out of memory) ends that process and not the shell.
	// Scripts and -e are programs: such an error ends them, as in go run.
	sh, err := repl.NewShell(repl.ShellConfig{Session: cfg, Stdin: stdin, Stdout: stdout, Stderr: stderr,
		Banner:      versionString() + ": Go, with an event loop running in the background. :help for help, Ctrl-D to leave.",
		Child:       childCommand,
		MemoryLimit: int64(memLimit)})
	if err != nil {
		fmt.Fprintf(stderr, "asyncrepl: %v\n", err)
		return 1
	}
	return sh.Run(ctx)
}

// subcommands are the command's sub-commands, which take no -trace.
var subcommands = map[string]bool{"examples": true, "example": true, "test": true, "vet": true}

// traced traces every event loop made from now on, and returns the
// function that writes the trace to path, as the run ends (whatever its
// status: a failing program's trace is the one wanted); a failure to write
// it makes the status at least 1.
func traced(path string, stderr io.Writer, status *int) (write func()) {
	tr := loop.NewTrace()
	loop.SetDefaultTracer(tr)
	return func() {
		loop.SetDefaultTracer(nil)
		if err := repl.WriteTraceFile(tr, path); err != nil {
			fmt.Fprintf(stderr, "asyncrepl: %v\n", err)
			*status = max(*status, 1)
		}
	}
}

// evalCode evaluates the inputs of -e, one per line (a line that leaves a
// block open continues on the next), and closes the session.
func evalCode(ctx context.Context, code string, stdout, stderr io.Writer, cfg repl.Config) int {
	f := false
	sh, err := repl.NewShell(repl.ShellConfig{Session: cfg, Stdin: strings.NewReader(code), Stdout: stdout, Stderr: stderr, Terminal: &f, Program: true})
	if err != nil {
		fmt.Fprintf(stderr, "asyncrepl: %v\n", err)
		return 1
	}
	return sh.Run(ctx)
}

// childCommand is the command that runs a supervised shell's session: this
// executable again (under its own name, as the test binary dispatches on
// it), with the environment the shell has.
func childCommand() *exec.Cmd {
	path, err := os.Executable()
	if err != nil {
		path = os.Args[0]
	}
	cmd := exec.Command(path)
	cmd.Args = []string{os.Args[0]}
	return cmd
}

// byteSize is a flag's number of bytes, with an optional unit: B, KB, MB,
// GB, TB (powers of 1000) or KiB, MiB, GiB, TiB (powers of 1024).
type byteSize int64

func (b *byteSize) String() string {
	switch n := int64(*b); {
	case n != 0 && n%(1<<30) == 0:
		return strconv.FormatInt(n>>30, 10) + "GiB"
	case n != 0 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + "MiB"
	default:
		return strconv.FormatInt(n, 10)
	}
}

func (b *byteSize) Set(s string) error {
	s = strings.TrimSpace(s)
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' })
	num, unit := s, ""
	if i >= 0 {
		num, unit = s[:i], strings.TrimSpace(s[i:])
	}
	mult, ok := map[string]float64{"": 1, "B": 1, "KB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12,
		"KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30, "TiB": 1 << 40, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}[unit]
	v, err := strconv.ParseFloat(num, 64)
	if !ok || err != nil || v < 0 {
		return fmt.Errorf("want a size such as 512MiB or 4GiB")
	}
	*b = byteSize(v * mult)
	return nil
}

// dropLines writes to w all but the lines in drop (with a log timestamp or not).
type dropLines struct {
	w    io.Writer
	drop map[string]bool
}

func (d dropLines) Write(p []byte) (int, error) {
	line := strings.TrimSuffix(string(p), "\n")
	for drop := range d.drop {
		if line == drop || strings.HasSuffix(line, " "+drop) {
			return len(p), nil
		}
	}
	return d.w.Write(p)
}

// startCPUProfile starts writing a CPU profile to path and returns the
// function that stops it and closes the file.
func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

func envOn(name string) bool {
	v := os.Getenv(name)
	return v != "" && v != "0" && v != "false"
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

func versionString() string {
	v := "(devel)"
	yaegi := "?"
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" {
			v = bi.Main.Version
		}
		for _, d := range bi.Deps {
			if d.Path == "github.com/traefik/yaegi" {
				yaegi = d.Version
			}
		}
	}
	return fmt.Sprintf("asyncrepl %s (%s, yaegi %s)", v, runtime.Version(), yaegi)
}
