package repl_test

import (
	"context"
	"regexp"
	"testing"

	"github.com/asyncrepl/asyncrepl/repl"
)

// TestDroppedAwaitWarning checks the shell's warning for an input that
// drops loop.Await's error: at the call, in the user's text, once per input
// (naming the other calls), and the input still runs. Each case runs its
// inputs in a fresh session; the last one's stderr must match want ("" for
// none), and its stdout must be out.
func TestDroppedAwaitWarning(t *testing.T) {
	const warn = `warning: loop\.Await's error dropped `
	const why = `: a task that drops it swallows its cancellation \(asyncio's CancelledError\) and runs on; check the error and return it`
	tests := []struct {
		name   string
		inputs []string
		out    string
		want   string // regexp for the last input's stderr; "" for none
	}{
		{"a statement at the top level", []string{`loop.Await(loop.Sleep(0)); fmt.Println("ran")`}, "ran\n",
			`^input 1:1: ` + warn + `as a statement` + why + `\n$`},
		{"in a task's function, over several lines", []string{"func eternity() *loop.Coroutine {\n\treturn loop.Async(func() {\n\t\tloop.Await(loop.Sleep(time.Hour))\n\t\tfmt.Println(\"yay!\")\n\t})\n}"},
			"func eternity() *loop.Coroutine\n", `^input 1, line 3:3: ` + warn + `as a statement` + why + `\n$`},
		{"to _", []string{`v, _ := loop.Await(loop.Sleep(0))`}, "v any = nil\n", `^input 1:9: ` + warn + `to _`},
		{"in a go statement", []string{`func g() { go loop.Await(loop.Sleep(0)) }`}, "func g()\n", `^input 1:15: ` + warn + `in a go statement`},
		{"in a defer statement", []string{`func g() { defer loop.Await(loop.Sleep(0)) }`}, "func g()\n", `^input 1:18: ` + warn + `in a defer statement`},
		{"loop.Run", []string{`func g() { loop.Run(loop.Sleep(0)) }`}, "func g()\n",
			`^input 1:12: warning: loop\.Run's error dropped as a statement: it is the coroutine's error, or its cancellation; check the error and return it\n$`},
		{"once per input, naming the others", []string{"func g() {\n\tloop.Await(loop.Sleep(0))\n\t_, _ = loop.Await(loop.Sleep(0))\n}"}, "func g()\n",
			`^input 1, line 2:2: ` + warn + `as a statement` + why + ` \(also at input 1, line 3:9\)\n$`},
		{"the loop package imported under another name", []string{`import l "github.com/asyncrepl/asyncrepl/loop"`, `l.Await(l.Sleep(0)); 1`}, "1  // int\n",
			`^input 2:1: ` + warn + `as a statement`},
		{"a later input of a session that imported it so", []string{`import l "github.com/asyncrepl/asyncrepl/loop"`, `func g() { l.Await(l.Sleep(0)) }`}, "func g()\n",
			`^input 2:12: ` + warn},

		// Nothing to say.
		{"the input's result prints the error", []string{`loop.Await(loop.Sleep(0))`}, "", ""},
		{"the error checked", []string{`if _, err := loop.Await(loop.Sleep(0)); err != nil { fmt.Println(err) }; 1`}, "1  // int\n", ""},
		{"the error returned", []string{`func g() *loop.Coroutine { return loop.Async(func() (any, error) { return loop.Await(loop.Sleep(0)) }) }`}, "func g() *loop.Coroutine\n", ""},
		{"a variable named loop", []string{`type awaiter struct{}`, `func (awaiter) Await(x any) (any, error) { return x, nil }`, `loop := awaiter{}`, `loop.Await(1); 2`}, "2  // int\n", ""},
		{"a local variable named loop", []string{`func g() { loop := struct{ Await func() error }{}; loop.Await() }`}, "func g()\n", ""},
		{"another function called Await", []string{`type awaiter struct{}`, `func (awaiter) Await(x any) (any, error) { return x, nil }`, `a := awaiter{}`, `a.Await(1); 2`}, "2  // int\n", ""},
		{"functions that return a coroutine", []string{`func g() { loop.Sleep(0); loop.CreateTask(loop.Sleep(0)) }`}, "func g()\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, out, errs := newSession(t, repl.Config{})
			for i, in := range tt.inputs {
				out.Reset()
				errs.Reset()
				if err := s.Run(context.Background(), in); err != nil {
					t.Fatalf("%q: %v", in, err)
				}
				if i < len(tt.inputs)-1 && errs.String() != "" {
					t.Fatalf("%q: stderr %s", in, errs)
				}
			}
			if got := out.String(); got != tt.out {
				t.Errorf("stdout %q, want %q (the input runs)", got, tt.out)
			}
			got := errs.String()
			if tt.want == "" && got != "" {
				t.Errorf("unexpected stderr:\n%s", got)
			}
			if tt.want != "" && !regexp.MustCompile(tt.want).MatchString(got) {
				t.Errorf("stderr\n%s\ndoes not match %s", got, tt.want)
			}
		})
	}
}
