package verify_test

import (
	"context"
	"os"
	"regexp"
	"testing"

	"github.com/asyncrepl/asyncrepl/repl"
	"github.com/asyncrepl/asyncrepl/scripts"
)

// destroyed matches the pattern of a Stderr block for a task destroyed
// pending, capturing the task's pattern.
var destroyed = regexp.MustCompile(`^Task was destroyed but it is pending!\.\*(.*)$`)

// TestLoaded loads every example into a shell session, as `:load NAME` does
// (the session's loop already runs: the example's own runs of it are nested),
// and checks its output against the example's own blocks. One thing differs,
// and must: the session's loop outlives the program, so a task the program
// leaves pending is not destroyed when it closes the loop, but listed and
// cancelled when the session ends.
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
		for i, p := range want.Stderr {
			if m := destroyed.FindStringSubmatch(p.Re.String()); m != nil {
				want.Stderr[i].Re = regexp.MustCompile(`^\s*\d+\s+` + m[1] + `<PENDING>`)
			}
		}
		if err := want.Check(stdout, stderr); err != nil {
			t.Errorf(":load %s:\n%v", e.Name, err)
		}
	})
}
