package main

import (
	"flag"
	"fmt"
	"os"
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
