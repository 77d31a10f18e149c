package repl_test

import (
	"context"
	"regexp"
	"testing"

	"github.com/asyncrepl/asyncrepl/repl"
)

// Run-time panics are Go's runtime.Error, in Go's words, reported at the
// line that panicked; where the interpreter does not tell the line, the
// report says so.
func TestRuntimePanics(t *testing.T) {
	tests := []struct {
		name   string
		inputs []string
		out    string // regexp of stdout, when not empty
		errPat string // regexp of stderr
	}{
		{"recover sees a runtime.Error", []string{
			"func try(f func()) (r any) { defer func() { r = recover() }(); f(); return }",
			"var s []int",
			"e, ok := try(func() { _ = s[3] }).(runtime.Error)",
			"e.Error()",
		}, `(?s)ok bool = true\n.*"runtime error: index out of range \[3\] with length 0"  // string\n$`, `^$`},
		{"each kind in Go's words", []string{
			"func try(f func()) (r any) { defer func() { r = recover() }(); f(); return }",
			"var s []int; i := 5",
			"fmt.Println(try(func() { _ = s[1:i] }), try(func() { _ = make([]int, -i) }), try(func() { var p *struct{ X int }; p.X = 1 }))",
			"var x any = \"s\"; fmt.Println(try(func() { _ = x.(int) }))",
		}, `(?s)runtime error: slice bounds out of range \[:5\] with capacity 0 runtime error: makeslice: len out of range runtime error: invalid memory address or nil pointer dereference\n.*interface conversion: interface \{\} is string, not int\n`, `^$`},
		{"a channel and an array made from reflection's words", []string{
			"func try(f func()) (r any) { defer func() { r = recover() }(); f(); return }",
			"n := -1; s := []int{1, 2}",
			"fmt.Println(try(func() { _ = make(chan int, n) }).(runtime.Error), try(func() { _ = [3]int(s) }).(runtime.Error), try(func() { _ = (*[4]int)(s) }).(runtime.Error))",
		}, `(?s)makechan: size out of range runtime error: cannot convert slice with length 2 to array or pointer to array with length 3 runtime error: cannot convert slice with length 2 to array or pointer to array with length 4\n`, `^$`},
		{"the line of a function's index", []string{
			"var s []int",
			"func h() int {\n  y := 2\n  return s[y+1]\n}",
			"h()",
		}, "", `^input 2, line 3:10: panic: runtime error: index out of range \[3\] with length 0\n\tcalled from input 3:1\n$`},
		{"a main declared at the prompt: its call is placed, as another function's", []string{
			"var s []int",
			"func main() {\n  y := 2\n  fmt.Print(\"\")\n  _ = s[y+1]\n}",
			"main()",
		}, "", `^input 2, line 4:7: panic: runtime error: index out of range \[3\] with length 0\n(\tcalled from input 3:1\n)?$`}, // (under -race the interpreter's trace has no caller of a statement's call: no line, never the note)
		{"the line of a send on a closed channel", []string{
			"func send(c chan int) {\n  fmt.Print(\"\")\n  c <- 2\n}",
			"c := make(chan int); close(c)",
			"send(c)",
		}, "", `^input 1, line 3:3: panic: send on closed channel\n\tcalled from input 3:1\n$`},
		{"a panic in compiled code a statement after the first calls: its line, with no note", []string{
			"type Audit struct{ By string }",
			"func (a Audit) MarshalJSON() ([]byte, error) { return []byte(`1`), nil }",
			"type Wrapper struct {\n  *Audit\n  N int\n}",
			"func enc() {\n  fmt.Print(\"\")\n  json.Marshal(Wrapper{nil, 2})\n}",
			"enc()",
		}, "", `^input 4, line 3: panic: [^()]*\n\tcalled from input 5:1\n$`},
		{"a caller that calls twice: the report says it does not know which call", []string{
			"var s []int",
			"func top(n int) []int { return s[:n] }",
			"func twice() {\n  top(0)\n  top(5)\n}",
			"twice()",
		}, "", `^input 2:32: panic: runtime error: slice bounds out of range \[:5\] with capacity 0\n\tcalled from input 3, line 2:3 \(the function's first statement; the call is on one of lines 2, 3\)\n\tcalled from input 4:1\n$`},
		{"a task's panic: its error, and where", []string{
			"var s []int",
			"t := loop.CreateTask(loop.Async(func() int {\n  n := 4\n  return s[n]\n}))",
			"_, err := loop.Await(t)",
			"var rt runtime.Error; errors.As(err, &rt)",
			"loop.CreateTask(loop.Async(func() int {\n  n := 4\n  return s[n]\n}))",
		}, `(?s)err error = panic: runtime error: index out of range \[4\] with length 0 \(\*loop.PanicError\)\n.*true  // bool\n`,
			`^ERROR: Task exception was never retrieved  error=panic: runtime error: index out of range \[4\] with length 0  raised_at=input 5, line 3:10  `},
		{"two places: the report says it does not know which", []string{
			"var s []int",
			"func one() int { return 1 }",
			"func two() int {\n  a := s[one()]\n  b := s[one()+1]\n  return a + b\n}",
			"loop.CreateTask(loop.Async(func() { two() }))",
		}, "", `raised_at=input 3, line 2:\d+ \(the interpreter names the function, not the line: this is the function's first statement; the panic is on one of lines 2, 3\)`},
		{"an index checked by a statement before it: the report says its line", []string{
			"var s []int",
			"func two() int {\n  a := s[1]\n  b := s[2]\n  return a + b\n}",
			"loop.CreateTask(loop.Async(func() { two() }))",
		}, "", `error=panic: runtime error: index out of range \[1\] with length 0  raised_at=input 2, line 2:8  `},
		{"an executor's function's error: where it was returned", []string{
			"f := loop.Get().RunInExecutor(func() error {\n  return errors.New(\"exec oops\")\n})",
			"loop.Await(loop.Sleep(0))",
		}, "", `ERROR: Future exception was never retrieved  error=exec oops  future=<Future finished exception=exec oops>  raised_at=input 1, line 2:3`},
		{"an explicit panic stays as it is", []string{
			"func try(f func()) (r any) { defer func() { r = recover() }(); f(); return }",
			`fmt.Printf("%T %v\n", try(func() { panic("reflect: slice index out of range") }), 0)`,
		}, `string 0\n`, `^$`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, out, errs := newSession(t, repl.Config{})
			for _, in := range tc.inputs {
				s.Run(context.Background(), in)
			}
			s.Close() // reports the errors nobody retrieved
			if tc.out != "" && !regexp.MustCompile(tc.out).MatchString(out.String()) {
				t.Errorf("stdout:\n%s\nwant %s", out.String(), tc.out)
			}
			if got := errs.String(); !regexp.MustCompile(`(?m)` + tc.errPat).MatchString(got) {
				t.Errorf("stderr:\n%s\nwant %s", got, tc.errPat)
			}
		})
	}
}
