package repl_test

import (
	"testing"

	"github.com/asyncrepl/asyncrepl/repl"
)

// TestFmtHeldAtPrompt checks that, at the prompt, fmt prints values of the
// program's types held in interfaces as Go prints them: a reflect.Type held
// in an any names the program's type, a value held as error is printed by
// its Format and GoString methods, a flag.Value whose type has Error by
// Error, a fmt.Stringer whose type has a Format method of another
// signature by String, and a bad verb inside a slice names the program's
// type.
func TestFmtHeldAtPrompt(t *testing.T) {
	tests := []struct {
		name  string
		steps []step
	}{
		{"the result of a future or a task", []step{
			{in: "type U struct{ Name string }", out: "type U struct{ Name string }\n"},
			{in: "func (u U) String() string { return \"U(\" + u.Name + \")\" }", out: "func (u U) String() string\n"},
			{in: "t := loop.CreateTask(loop.Async(func() (U, error) { return U{\"e\"}, nil }))", out: "t *loop.Task = Task(<input3.func1>)<PENDING>\n"},
			{in: "_, err := loop.Await(t)", out: "err error = nil\n"},
			{in: "fmt.Println(t)", out: "Task(<input3.func1>)<FINISHED result=U(e)>\n"},
			{in: "f := loop.Get().CreateFuture()", out: "f *loop.Future = <Future pending>\n"},
			{in: "f.SetResult([]any{U{\"f\"}, 1})", out: ""},
			{in: "fmt.Println(f)", out: "<Future finished result=[U(f) 1]>\n"},
		}},
		{"a reflect.Type held in an any", []step{
			{in: "type P struct{ X int }", out: "type P struct{ X int }\n"},
			{in: "t := reflect.TypeOf(P{})", out: "t reflect.Type = main.P (*reflect.rtype)\n"},
			{in: "var a any = t", out: "a any = main.P (*reflect.rtype)\n"},
			{in: "fmt.Println(a)", out: "main.P\n"},
			{in: "fmt.Println([]any{t, 3})", out: "[main.P 3]\n"},
			{in: "m := map[string]any{\"t\": t}", out: "m map[string]any = map[t:main.P]\n"},
			{in: "fmt.Printf(\"%v %s\\n\", m, a)", out: "map[t:main.P] main.P\n"},
			{in: "a", out: "main.P  // any (*reflect.rtype)\n"},
		}},
		{"an error with Format and GoString methods", []step{
			{in: "type E struct{ Code int }", out: "type E struct{ Code int }\n"},
			{in: "func (e E) Error() string { return \"code\" }", out: "func (e E) Error() string\n"},
			{in: "func (e E) Format(f fmt.State, verb rune) { fmt.Fprintf(f, \"E%d\", e.Code) }", out: "func (e E) Format(f fmt.State, verb rune)\n"},
			{in: "func find() error { return E{42} }", out: "func find() error\n"},
			{in: "err := find()", out: "err error = E42 (E)\n"},
			{in: "fmt.Println(err, []error{err})", out: "E42 [E42]\n"},
			{in: "fmt.Println(fmt.Errorf(\"load: %w\", err))", out: "load: E42\n"},
			{in: "type G struct{ N int }", out: "type G struct{ N int }\n"},
			{in: "func (g *G) Error() string { return \"g\" }", out: "func (g *G) Error() string\n"},
			{in: "func (g *G) GoString() string { return \"G!\" }", out: "func (g *G) GoString() string\n"},
			{in: "var e2 error = &G{1}", out: "e2 error = g (*G)\n"},
			{in: "fmt.Printf(\"%#v %v\\n\", e2, e2)", out: "G! g\n"},
		}},
		{"a flag.Value whose type has Error", []step{
			{in: "type L []string", out: "type L []string\n"},
			{in: "func (l *L) String() string { return \"list\" }", out: "func (l *L) String() string\n"},
			{in: "func (l *L) Set(s string) error { *l = append(*l, s); return nil }", out: "func (l *L) Set(s string) error\n"},
			{in: "func (l *L) Error() string { return \"list error\" }", out: "func (l *L) Error() string\n"},
			{in: "var v flag.Value = &L{}", out: "v flag.Value = list error (*L)\n"},
			{in: "fmt.Println(v)", out: "list error\n"},
		}},
		{"a Format method that is not fmt's", []step{
			{in: "type D struct{ Y int }", out: "type D struct{ Y int }\n"},
			{in: "func (d D) Format(layout string) string { return layout + \"!\" }", out: "func (d D) Format(layout string) string\n"},
			{in: "func (d D) String() string { return d.Format(\"Y\") }", out: "func (d D) String() string\n"},
			{in: "var s fmt.Stringer = D{1}", out: "s fmt.Stringer = Y!\n"},
			{in: "fmt.Println(s, []fmt.Stringer{s})", out: "Y! [Y!]\n"},
		}},
		{"a bad verb inside a slice", []step{
			{in: "type Celsius float64", out: "type Celsius float64\n"},
			{in: "fmt.Printf(\"%d\\n\", []Celsius{3, 21.5})", out: "[%!d(main.Celsius=3) %!d(main.Celsius=21.5)]\n"},
			{in: "fmt.Printf(\"%d\\n\", map[string]Celsius{\"x\": 1})", out: "map[%!d(string=x):%!d(main.Celsius=1)]\n"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runSteps(t, repl.Config{}, tt.steps) })
	}
}
