package frontend_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/internal/frontend"
	"github.com/asyncrepl/asyncrepl/internal/syncbuf"
	"github.com/asyncrepl/asyncrepl/repl"
)

// TestLowerInterpreted runs each program of testdata/lower interpreted and
// compares what it prints with its // Output: block, which
// TestLowerCompiled checks is what go run prints.
func TestLowerInterpreted(t *testing.T) {
	for _, file := range frontend.LowerPrograms(t) {
		t.Run(strings.TrimSuffix(file[len("testdata/lower/"):], ".go"), func(t *testing.T) {
			text, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if raceDetector && (strings.Contains(string(text), "go func") || strings.Contains(string(text), "iter.Pull")) {
				t.Skip("starts interpreted goroutines, which race inside yaegi (see raceDetector)")
			}
			var out, errs syncbuf.Buffer
			code := repl.RunSource(context.Background(), file, text, nil, repl.Config{Stdout: &out, Stderr: &errs, Clock: "virtual"})
			if code != 0 || errs.String() != "" {
				t.Fatalf("exit %d\n%s", code, errs.String())
			}
			if got, want := frontend.TrimLines(out.String()), frontend.WantOutput(t, string(text)); got != want {
				t.Errorf("interpreted, it printed\n%s\nwant\n%s", got, want)
			}
		})
	}
}
