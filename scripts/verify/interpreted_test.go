package verify_test

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/repl"
	"github.com/asyncrepl/asyncrepl/scripts"
)

// TestInterpreted runs every example through the interpreter, as
// `asyncrepl scripts/NAME.go -clock=virtual` does, and checks its output
// against the example's own blocks. The runs take turns: a script run points
// logrus's standard logger and the default loop at itself.
func TestInterpreted(t *testing.T) {
	eachExample(t, func(ctx context.Context, t *testing.T, e scripts.Example, want scripts.Expect, src []byte) {
		start := time.Now()
		stdout, stderr, code := capture(t, func(stdout, stderr *os.File) int {
			return repl.RunSource(ctx, "scripts/"+e.File, src, nil, repl.Config{
				Stdout: stdout,
				Stderr: stderr,
				Clock:  "virtual",
				Env:    cleanEnv(),
			})
		})
		if err := want.Check(stdout, stderr); err != nil {
			t.Errorf("asyncrepl scripts/%s:\n%v", e.File, err)
		}
		// A program whose task exception nobody retrieved exits with
		// status 1 when interpreted; every other example exits 0.
		wantCode := 0
		if strings.Contains(string(src), "\n// Task exception was never retrieved") {
			wantCode = 1
		}
		if code != wantCode {
			t.Errorf("asyncrepl scripts/%s: exit status %d, want %d; stderr:\n%s", e.File, code, wantCode, stderr)
		}
		if d := time.Since(start); d > 20*time.Second {
			t.Errorf("asyncrepl scripts/%s took %v under the virtual clock", e.File, d)
		}
	})
}

// eachExample runs test on every example, in a subtest of its own, with the
// example's expectations and source and a context that ends after a minute.
func eachExample(t *testing.T, test func(ctx context.Context, t *testing.T, e scripts.Example, want scripts.Expect, src []byte)) {
	for _, e := range scripts.List() {
		t.Run(e.Name, func(t *testing.T) {
			want := expectations(t, e)
			src, err := scripts.Source(e.Name)
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			test(ctx, t, e, want, src)
		})
	}
}

// capture is scripts.Capture in a test, which it fails if the pipes cannot
// be made.
func capture(t *testing.T, run func(stdout, stderr *os.File) int) (stdout, stderr []byte, code int) {
	t.Helper()
	stdout, stderr, code, err := scripts.Capture(run)
	if err != nil {
		t.Fatal(err)
	}
	return stdout, stderr, code
}
