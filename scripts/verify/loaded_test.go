package verify_test

import (
	"context"
	"os"
	"testing"

	"github.com/asyncrepl/asyncrepl/repl"
	"github.com/asyncrepl/asyncrepl/scripts"
)

// TestLoaded loads every example into a shell session, as `:load NAME` does
// (the session's loop already runs: the example's own runs of it are nested),
// and checks its output against the example's own blocks: the same as the
// program's own run. (The session's loop outlives the program: a task the
// program leaves pending when it closes the loop is destroyed there, as
// it would be by the program's own Close, not left to the session.)
func TestLoaded(t *testing.T) {
	eachExample(t, func(ctx context.Context, t *testing.T, e scripts.Example, want scripts.Expect, src []byte) {
		stdout, stderr, _ := capture(t, func(stdout, stderr *os.File) int {
			s, err := repl.NewSession(repl.Config{Stdout: stdout, Stderr: stderr, Clock: "virtual", Env: cleanEnv()})
			if err != nil {
				t.Error(err)
				return 1
			}
			if err := s.Load(ctx, "scripts/"+e.File, src); err != nil {
				t.Errorf(":load %s: %v", e.Name, err)
			}
			if err := s.Close(); err != nil {
				t.Errorf("closing the session: %v", err)
			}
			return 0
		})
		if err := want.Check(stdout, stderr); err != nil {
			t.Errorf(":load %s:\n%v", e.Name, err)
		}
	})
}
