package repl_test

import (
	"testing"

	"github.com/asyncrepl/asyncrepl/repl"
)

// TestFmtOfLaterTypes checks that fmt, called by a function an earlier
// input compiled, prints values of types declared after it as Go does (the
// interpreter handed fmt its own interface value, printed as pointers, and
// a []Color as its ints), and that where it cannot tell a value's type
// from another's of the same representation it says so at the call.
func TestFmtOfLaterTypes(t *testing.T) {
	tests := []struct {
		name  string
		steps []step
	}{
		{"a type with a String method, and what holds it", []step{
			{in: "func show(v any) { fmt.Println(v) }", out: "func show(v any)\n"},
			{in: "func str(v any) string { return fmt.Sprintf(\"%v|%+v|%d\", v, v, v) }", out: "func str(v any) string\n"},
			{in: "type Color int", out: "type Color int\n"},
			{in: "func (c Color) String() string { return [...]string{\"red\", \"green\"}[c] }", out: "func (c Color) String() string\n"},
			{in: "show(Color(1))", out: "green\n"},
			{in: "str(Color(0))", out: "\"red|red|0\"  // string\n"},
			{in: "show([]Color{0, 1})", out: "[red green]\n"},
			{in: "show(map[string]Color{\"a\": 1})", out: "map[a:green]\n"},
			{in: "show(struct{ C Color }{1})", out: "{green}\n"},
			{in: "show([]any{Color(1), []Color{0}})", out: "[green [red]]\n"},
		}},
		{"a type declared before the function, its String method after", []step{
			{in: "type Level int", out: "type Level int\n"},
			{in: "func show(v any) string { return fmt.Sprint(v) }", out: "func show(v any) string\n"},
			{in: "func (l Level) String() string { return \"HIGH\" }", out: "func (l Level) String() string\n"},
			{in: "show(Level(2))", out: "\"HIGH\"  // string\n"},
			{in: "show(3)", out: "\"3\"  // string\n"},
		}},
		{"a struct type: a pointer shows its fields as the argument only", []step{
			{in: "func str(v any) string { return fmt.Sprint(v) }", out: "func str(v any) string\n"},
			{in: "type P struct{ n int }", out: "type P struct{ n int }\n"},
			{in: "str(&P{1})", out: "\"&{1}\"  // string\n"},
			{in: "strings.HasPrefix(str([]any{&P{1}}), \"[0x\")", out: "true  // bool\n"},
		}},
		{"two types of one representation held: fmt says it cannot tell them", []step{
			{in: "func show(v any) { fmt.Println(v) }", out: "func show(v any)\n"},
			{in: "func nums() any { return []int{7} }", out: "func nums() any\n"},
			{in: "type Color int; func (c Color) String() string { return \"c\" }", out: "type Color int\nfunc (c Color) String() string\n"},
			{in: "show([]Color{0})", errPat: `^input 1:32: panic: repl: fmt of a value of type \[\]int or \[\]main.Color: the interpreter holds them alike in an interface \(as \[\]int\), so the shell cannot tell which this is.*\n\tcalled from input 4:1\n$`, wantErr: true},
			{in: "show(nums())", errPat: `^input 1:32: panic: repl: fmt of a value of type \[\]int or \[\]main.Color: .*\n\tcalled from input 5:1\n$`, wantErr: true},
			{in: "show(3)", out: "3\n"},
		}},
		{"a []Color held before []int: printed, then not told apart", []step{
			{in: "func show(v any) { fmt.Println(v) }", out: "func show(v any)\n"},
			{in: "type Color int; func (c Color) String() string { return \"c\" }", out: "type Color int\nfunc (c Color) String() string\n"},
			{in: "show([]Color{0})", out: "[c]\n"},
			{in: "show([]int{1})", errPat: `^input 1:32: panic: repl: fmt of a value of type \[\]int or \[\]main.Color`, wantErr: true},
		}},
		{"pointers to a struct with a value String method, printed by a function declared before", []step{
			{in: "func show(v any) { fmt.Println(v) }", out: "func show(v any)\n"},
			{in: "type T struct{ a int }", out: "type T struct{ a int }\n"},
			{in: "func (t T) String() string { return fmt.Sprint(\"T\", t.a) }", out: "func (t T) String() string\n"},
			{in: "show(&T{1})", out: "T1\n"},
			{in: "show([]*T{{2}})", out: "[T2]\n"},
			{in: "show(map[string]*T{\"k\": {3}})", out: "map[k:T3]\n"},
		}},
		{"assertions to an interface compiled before the types asserted", []step{
			{in: "type Shape interface{ Area() float64 }", out: "type Shape interface{ Area() float64 }\n"},
			{in: "func isShape(v any) bool { _, ok := v.(Shape); return ok }", out: "func isShape(v any) bool\n"},
			{in: "type R struct{}; func (R) Foo() {}", out: "type R struct{}\nfunc (R) Foo()\n"},
			{in: "isShape(R{})", out: "false  // bool\n"},
			{in: "type Sq struct{ s float64 }; func (q Sq) Area() float64 { return q.s * q.s }", out: "type Sq struct{ s float64 }\nfunc (q Sq) Area() float64\n"},
			{in: "isShape(Sq{2})", out: "true  // bool\n"},
			{in: "isShape(&Sq{2})", errPat: `^input 2:37: panic: repl: \*main.Sq is main.Shape, but the interpreter's assertion, compiled before the type was declared or given those methods, misses it; declare the function that asserts again`, wantErr: true},
			{in: "func isShape(v any) bool { _, ok := v.(Shape); return ok }", out: "func isShape(v any) bool\n"},
			{in: "isShape(&Sq{2})", out: "true  // bool\n"},
			{in: "isShape(R{})", out: "false  // bool\n"},
		}},
		{"assertions to an interface compiled before the methods asserted", []step{
			{in: "type Shape interface{ Area() float64 }", out: "type Shape interface{ Area() float64 }\n"},
			{in: "type Circ struct{ r float64 }; func (c Circ) Area() float64 { return 1 }", out: "type Circ struct{ r float64 }\nfunc (c Circ) Area() float64\n"},
			{in: "func perim(s Shape) bool { _, ok := s.(interface{ Perimeter() float64 }); return ok }", out: "func perim(s Shape) bool\n"},
			{in: "func per(s Shape) float64 { return s.(interface{ Perimeter() float64 }).Perimeter() }", out: "func per(s Shape) float64\n"},
			{in: "perim(Circ{2})", out: "false  // bool\n"},
			{in: "func (c Circ) Perimeter() float64 { return 6 * c.r }", out: "func (c Circ) Perimeter() float64\n"},
			{in: "perim(Circ{2})", out: "true  // bool\n"},
			{in: "per(Circ{2})", out: "12  // float64\n"},
			{in: "perim(&Circ{2})", out: "true  // bool\n"},
			{in: "type Coder interface{ Code() int }", out: "type Coder interface{ Code() int }\n"},
			{in: `type NF struct{ n int }; func (e NF) Error() string { return "nf" }`, out: "type NF struct{ n int }\nfunc (e NF) Error() string\n"},
			{in: "func code(err error) int { if c, ok := err.(Coder); ok { return c.Code() }; return -1 }", out: "func code(err error) int\n"},
			{in: "func asC(err error) int { var c Coder; if errors.As(err, &c) { return c.Code() }; return -1 }", out: "func asC(err error) int\n"},
			{in: "code(NF{1})", out: "-1  // int\n"},
			{in: "func (e NF) Code() int { return 404 + e.n }", out: "func (e NF) Code() int\n"},
			{in: "code(NF{1})", out: "405  // int\n"},
			{in: `asC(fmt.Errorf("w: %w", NF{2}))`, out: "406  // int\n"},
			// A type declared after the function: said so, not answered
			// false.
			{in: "func isC(err error) bool { _, ok := err.(Coder); return ok }", out: "func isC(err error) bool\n"},
			{in: `type Gone struct{}; func (Gone) Error() string { return "gone" }; func (Gone) Code() int { return 410 }`, out: "type Gone struct{}\nfunc (Gone) Error() string\nfunc (Gone) Code() int\n"},
			{in: "isC(Gone{})", errPat: `^input 18:37: panic: repl: main.Gone is main.Coder, but the interpreter's assertion, compiled before the type was declared or given those methods, misses it; declare the function that asserts again`, wantErr: true},
			{in: "func isC(err error) bool { _, ok := err.(Coder); return ok }", out: "func isC(err error) bool\n"},
			{in: "isC(Gone{})", out: "true  // bool\n"},
		}},
		{"a value that holds itself, printed by a function compiled before any type", []step{
			{in: "func show(v any) { fmt.Println(v) }", out: "func show(v any)\n"},
			{in: "m := map[string]any{}; m[\"self\"] = m; show(m)", errPat: `^input 1:20: panic: stack overflow: fmt.Println of a value that contains itself`, wantErr: true},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runSteps(t, repl.Config{}, tt.steps) })
	}
}
