package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the test binary act as the asyncrepl command: for testscript
// (through its command table) and for the pseudo-terminal test (through
// ASYNCREPL_TEST_MAIN).
func TestMain(m *testing.M) {
	if os.Getenv("ASYNCREPL_TEST_MAIN") == "1" {
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	testscript.Main(m, map[string]func(){
		"asyncrepl": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

var updateScripts = flag.Bool("update", false, "rewrite the files that cmp compares in testdata/script with the actual output")

// TestScript runs the command in the scripts of testdata/script: piped
// sessions, script runs, flags.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: *updateScripts,
		Setup: func(env *testscript.Env) error {
			env.Setenv("NO_COLOR", "1")
			env.Setenv("XDG_STATE_HOME", env.WorkDir+"/state")
			return goEnvForScripts(env)
		},
		Cmds:                map[string]func(ts *testscript.TestScript, neg bool, args []string){"usemodule": cmdUseModule},
		RequireExplicitExec: true,
		Condition: func(cond string) (bool, error) {
			if cond == "race" {
				return raceEnabled, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
	})
}

// TestStreamsInOrder: a script's standard output and standard error,
// sent to one file (2>&1), come out in the order the program wrote them,
// as a compiled program's do: fmt to os.Stdout and os.Stderr, log, and
// os.Stdout.WriteString, in a script and with -e.
func TestStreamsInOrder(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the command")
	}
	dir := t.TempDir()
	script := filepath.Join(dir, "order.go")
	const program = `package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	for i := range 3 {
		fmt.Println(i, "out")
		fmt.Fprintln(os.Stderr, i, "err")
		os.Stdout.WriteString("write\n")
		log.Print(i, " log")
	}
}
`
	if err := os.WriteFile(script, []byte(program), 0o644); err != nil {
		t.Fatal(err)
	}
	var want strings.Builder
	for i := range 3 {
		fmt.Fprintf(&want, "%d out\n%d err\nwrite\n%d log\n", i, i, i)
	}
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"script", []string{script}, want.String()},
		{"-e", []string{"-e", `fmt.Println("a"); fmt.Fprintln(os.Stderr, "b"); os.Stdout.WriteString("c\n"); fmt.Fprintln(os.Stderr, "d")`}, "a\nb\nc\nd\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for range 5 { // a pipe between them reordered them in most runs
				out, err := os.CreateTemp(dir, "out")
				if err != nil {
					t.Fatal(err)
				}
				cmd := exec.Command(os.Args[0], tt.args...)
				cmd.Env = append(os.Environ(), "ASYNCREPL_TEST_MAIN=1", "NO_COLOR=1")
				cmd.Stdout, cmd.Stderr = out, out
				if err := cmd.Run(); err != nil {
					t.Fatalf("%v: %v", tt.args, err)
				}
				out.Close()
				got, err := os.ReadFile(out.Name())
				if err != nil {
					t.Fatal(err)
				}
				if string(got) != tt.want {
					t.Fatalf("%v printed\n%s\nwant\n%s", tt.args, got, tt.want)
				}
			}
		})
	}
}
