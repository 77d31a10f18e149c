package repl_test

import (
	"context"
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/internal/syncbuf"
	"github.com/asyncrepl/asyncrepl/loop"
	"github.com/asyncrepl/asyncrepl/repl"
	"github.com/asyncrepl/asyncrepl/scripts"
)

// waitFor waits until stderr matches pat, up to ten seconds (stderr comes
// from another goroutine), and returns it.
func waitFor(t *testing.T, errs *syncbuf.Buffer, pat string) string {
	t.Helper()
	re := regexp.MustCompile(pat)
	deadline := time.Now().Add(10 * time.Second)
	for !re.MatchString(errs.String()) && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond) // polling output, not timing the code under test
	}
	got := errs.String()
	if !re.MatchString(got) {
		t.Fatalf("stderr:\n%s\nwant a match for %s, with no input after", got, pat)
	}
	return got
}

// A task that fails in the background, between inputs, is reported as it
// is found, not with the next input.
func TestWarningBetweenInputs(t *testing.T) {
	s, _, errs := newSession(t, repl.Config{})
	if err := s.Run(context.Background(), "1"); err != nil {
		t.Fatal(err)
	}
	s.Loop().CallSoonThreadsafe(func() {
		loop.CreateTask(loop.Async(func() error { return errors.New("failed in the background") }).Named("bg", "bg.go:1"))
	})
	waitFor(t, errs, `(?m)^ERROR: Task exception was never retrieved .*error=failed in the background`)
}

// A loop the user makes at the prompt warns as the session's does, in the
// shell's format (not logrus's text with the interpreter's frames); one
// given a logger of its own uses that.
func TestUserLoopWarnings(t *testing.T) {
	s, _, errs := newSession(t, repl.Config{})
	for _, in := range []string{
		"l2 := loop.New()",
		`l2.CallSoon(func() { panic("boom in l2") })`,
		"l2.CallSoon(l2.Stop)",
		"l2.RunForever()",
	} {
		if err := s.Run(context.Background(), in); err != nil {
			t.Fatalf("%s: %v", in, err)
		}
	}
	got := waitFor(t, errs, `(?m)^ERROR: Exception in callback <Handle func\(\)>  error=panic: boom in l2$`)
	if strings.Contains(got, "level=") || strings.Contains(got, "yaegi") {
		t.Errorf("stderr in logrus's text format or with the interpreter's frames:\n%s", got)
	}
}

// The warnings of a loaded example come with it.
func TestWarningsAfterLoad(t *testing.T) {
	for _, name := range []string{"never_scheduled", "exception_never_retrieved"} {
		t.Run(name, func(t *testing.T) {
			s, _, errs := newSession(t, repl.Config{})
			src, err := scripts.Source(name)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Load(context.Background(), name+".go", src); err != nil {
				t.Fatal(err)
			}
			got := errs.String()
			if !strings.Contains(got, "never awaited") && !strings.Contains(got, "never retrieved") {
				t.Errorf("after :load, stderr:\n%s\nwant the example's warning", got)
			}
		})
	}
}

// Repeats collapse into one line with a count: the warnings of an input
// come together at its end, however long it takes (under load, longer than
// the second a burst may wait), and however many of the collector's cycles
// find them.
func TestWarningRepeatsCollapse(t *testing.T) {
	defer repl.SetWarnMax(time.Hour)()
	tests := []struct {
		name, in string
		want     []string // regexps of whole lines, in order
	}{
		{"50 dropped sleeps", "for i := 0; i < 50; i++ { loop.Sleep(time.Second) }",
			[]string{`WARNING: Coroutine 'sleep' was never awaited  coroutine=sleep  created_at=input 1:27  \(50 times\)`}},
		{"two places, each once", "loop.Sleep(time.Second); loop.Sleep(time.Second)",
			[]string{`WARNING: Coroutine 'sleep' was never awaited  coroutine=sleep  created_at=input 1:1`,
				`WARNING: Coroutine 'sleep' was never awaited  coroutine=sleep  created_at=input 1:26`}},
		{"failed tasks", "for i := 0; i < 3; i++ { loop.CreateTask(loop.Async(func() error { return errors.New(\"x\") })) }; loop.Await(loop.Sleep(0))",
			[]string{`ERROR: Task exception was never retrieved  error=x  raised_at=input 1:68  task=Task\(<input1.func1>\)<FINISHED exception=x>  \(3 times\)`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, _, errs := newSession(t, repl.Config{})
			s.Run(context.Background(), tc.in)
			s.Close()
			var lines []string
			for _, l := range strings.Split(strings.TrimSpace(errs.String()), "\n") {
				if strings.HasPrefix(l, "WARNING: ") || strings.HasPrefix(l, "ERROR: ") {
					lines = append(lines, l)
				}
			}
			if len(lines) != len(tc.want) {
				t.Fatalf("stderr:\n%s\nwant %d warning lines", errs.String(), len(tc.want))
			}
			for i, w := range tc.want {
				if !regexp.MustCompile("^" + w + "$").MatchString(lines[i]) {
					t.Errorf("line %d: %q\nwant %s", i+1, lines[i], w)
				}
			}
		})
	}
}
