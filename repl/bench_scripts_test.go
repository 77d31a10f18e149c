package repl_test

import (
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/internal/syncbuf"
	"github.com/asyncrepl/asyncrepl/repl"
)

// TestBenchScripts runs the interpreted benchmark programs at a tiny scale:
// they must work, and print the line format the peer benchmark prints.
func TestBenchScripts(t *testing.T) {
	files, err := filepath.Glob("testdata/bench/*.go")
	if err != nil || len(files) != 10 {
		t.Fatalf("benchmark programs: %v %v", files, err)
	}
	line := regexp.MustCompile(`^\w+ +\d+ ops +\d+\.\d{3} s +\d+\.\d ns/op$`)
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".go"), func(t *testing.T) {
			var out, errs syncbuf.Buffer
			code := repl.RunFile(context.Background(), f, []string{"0.0005"}, repl.Config{Stdout: &out, Stderr: &errs})
			if code != 0 {
				t.Fatalf("exit %d\n%s", code, errs.String())
			}
			lines := strings.Split(strings.TrimSpace(out.String()), "\n")
			if !line.MatchString(lines[0]) {
				t.Errorf("output %q does not match %s", lines[0], line)
			}
			if name := strings.Fields(lines[0])[0]; name+".go" != filepath.Base(f) {
				t.Errorf("case %s printed by %s", name, f)
			}
		})
	}
}
