package repl_test

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/repl"
)

// Warnings name positions in the user's text: where a dropped coroutine
// was made, the line that returned or set an error nobody retrieved, the
// line that panicked.
func TestWarningPositions(t *testing.T) {
	tests := []struct {
		name   string
		inputs []string
		want   []string // regexps, each matching a line of stderr
		not    string   // a text stderr must not hold
	}{
		{"a dropped loop.Sleep", []string{"loop.Sleep(time.Second)"},
			[]string{`^WARNING: Coroutine 'sleep' was never awaited .*created_at=input 1:1\b`}, ""},
		{"a dropped loop.WaitFor", []string{"f := func() *loop.Coroutine { return loop.Async(func() {}) }", "c := loop.WaitFor(f(), time.Second)"},
			[]string{`^WARNING: Coroutine 'WaitFor' was never awaited .*created_at=input 2:6\b`}, "combinators.go"},
		{"a dropped q.Get() of a queue of the session's", []string{"q := loop.NewQueue(0)", "q.Get()"},
			[]string{`^WARNING: Coroutine 'Queue.Get' was never awaited .*created_at=input 2:1\b`}, ""},
		{"a q.Get() of a queue made in a function", []string{"f := func() {\n    q := loop.NewQueue(0)\n    q.Get()\n}", "f()"},
			[]string{`^WARNING: Coroutine 'Queue.Get' was never awaited .*created_at=input 1, line 3:5\b`}, "hostrt"},
		{"a coroutine in a dropped Timeout", []string{"loop.Timeout(time.Second, loop.Sleep(time.Second))"},
			[]string{`^WARNING: Coroutine 'sleep' was never awaited .*created_at=input 1:27\b`,
				`^WARNING: Coroutine 'Timeout' was never awaited .*created_at=input 1:1\b`}, "hostrt"},
		{"awaited on the spot: nothing to say", []string{"loop.Await(loop.WaitFor(loop.Sleep(1), time.Second))", "loop.CreateTask(loop.Sleep(1))"},
			nil, "never awaited"},
		{"the line that returned the error", []string{
			"g := func(fail bool) *loop.Coroutine { return loop.Async(func() (any, error) {\n" +
				"    if fail {\n" +
				"        return nil, errors.New(\"boom\")\n" +
				"    }\n" +
				"    return 1, nil\n" +
				"}) }",
			"loop.CreateTask(g(true))",
			"loop.Await(loop.Sleep(time.Second))"},
			[]string{`^ERROR: Task exception was never retrieved .*error=boom .*raised_at=input 1, line 3:9\b`}, ""},
		{"an error passed on: the line of the task's own return", []string{
			"inner := func() *loop.Coroutine { return loop.Async(func() error { return errors.New(\"deep\") }) }",
			"outer := func() *loop.Coroutine { return loop.Async(func() error {\n" +
				"    _, err := loop.Await(inner())\n" +
				"    return err\n" +
				"}) }",
			"loop.CreateTask(outer())",
			"loop.Await(loop.Sleep(time.Second))"},
			[]string{`raised_at=input 2, line 3:5\b`}, ""},
		{"a panic", []string{"loop.CreateTask(loop.Async(func() {\n    x := 1\n    panic(x)\n}))", "loop.Await(loop.Sleep(time.Second))"},
			[]string{`^ERROR: Task exception was never retrieved .*error=panic: 1 .*raised_at=input 1, line 3:5\b`}, ""},
		{"SetException", []string{"fu := loop.Get().CreateFuture()", "fu.SetException(errors.New(\"set\"))"},
			[]string{`^ERROR: Future exception was never retrieved .*raised_at=input 2:1\b`}, ".go:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, _, errs := newSession(t, repl.Config{})
			for _, in := range tc.inputs {
				s.Run(context.Background(), in)
			}
			s.Close() // reports what the collector has not
			got := errs.String()
			for _, w := range tc.want {
				if !regexp.MustCompile(`(?m)` + w).MatchString(got) {
					t.Errorf("stderr:\n%s\nwant a line matching %s", got, w)
				}
			}
			if tc.not != "" && strings.Contains(got, tc.not) {
				t.Errorf("stderr:\n%s\nholds %q", got, tc.not)
			}
		})
	}
}

// A method of the user's called SetException is not taken for the loop's.
func TestUserSetException(t *testing.T) {
	s, out, errs := newSession(t, repl.Config{})
	for _, in := range []string{
		"type T struct{}; func (T) SetException(n int) int { return n * 2 }",
		"T{}.SetException(3)",
	} {
		if err := s.Run(context.Background(), in); err != nil {
			t.Fatalf("%s: %v\n%s", in, err, errs.String())
		}
	}
	if got := out.String(); !strings.HasSuffix(got, "6  // int\n") {
		t.Errorf("stdout:\n%s", got)
	}
}
