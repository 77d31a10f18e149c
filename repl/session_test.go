package repl_test

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/internal/syncbuf"
	"github.com/asyncrepl/asyncrepl/repl"
)

func newSession(t *testing.T, cfg repl.Config) (*repl.Session, *syncbuf.Buffer, *syncbuf.Buffer) {
	t.Helper()
	var out, errs syncbuf.Buffer
	cfg.Stdout, cfg.Stderr = &out, &errs
	if cfg.Clock == "" {
		cfg.Clock = "virtual"
	}
	s, err := repl.NewSession(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, &out, &errs
}

// TestSessionInputs runs sequences of inputs and checks what each printed:
// results on stdout, and errors, matched as regular expressions, on stderr.
func TestSessionInputs(t *testing.T) {
	tests := []struct {
		name  string
		steps []step
	}{
		{"expressions", []step{
			{in: "1 + 2", out: "3  // int\n"},
			{in: `"a" + "b"`, out: "\"ab\"  // string\n"},
			{in: "2.5 * 2", out: "5  // float64\n"},
			{in: "[]int{1, 2}", out: "[1 2]  // []int\n"},
			{in: "nil == nil", errPat: `^input 5:8: invalid operation: nil == nil \(operator == not defined on untyped nil\)\n$`, wantErr: true},
			{in: "strings.ToUpper", out: "strings.ToUpper  // func(s string) string\n"},
			{in: "loop.NewQueue(3)", out: "<Queue maxsize=3 qsize=0 unfinished=0>  // *loop.Queue\n"},
		}},
		{"variables of a call of several results, read by functions", []step{
			{in: "func two() (int, string) { return 1, \"one\" }", out: "func two() (int, string)\n"},
			{in: "a, b := two()", out: "a int = 1\nb string = \"one\"\n"},
			{in: "var n, err = strconv.Atoi(\"12\")", out: "n int = 12\nerr error = nil\n"},
			{in: "_, e2 := strconv.Atoi(\"x\")", out: "e2 error = strconv.Atoi: parsing \"x\": invalid syntax (*strconv.NumError)\n"},
			{in: "func get() (int, string, int, bool) { return a, b, n, e2 != nil }", out: "func get() (int, string, int, bool)\n"},
			{in: "get()", out: "1  // int\n\"one\"  // string\n12  // int\ntrue  // bool\n"},
			{in: "func set() { a, n = 7, 8 }; set(); a + n", out: "func set()\n15  // int\n"},
		}},
		{"a variable named as the package its value uses: refused, the package kept", []step{
			{in: "strings := strings.ToUpper(\"a\")", errPat: `^input 1:1: strings declared here hides the package strings its value uses: a variable of an input is the session's, declared before its value runs; name it otherwise\n$`, wantErr: true},
			{in: "strings.ToLower(\"B\")", out: "\"b\"  // string\n"},
			{in: "var big = big.NewInt(3)", errPat: `^input 3:5: big declared here hides the package math/big`, wantErr: true},
			{in: "s := strings.Repeat(\"a\", 2)", out: "s string = \"aa\"\n"},
		}},
		{"a value holding itself, shown in a session with a type", []step{
			{in: "type T int", out: "type T int\n"},
			{in: "m := map[string]any{}; m[\"self\"] = m; m", out: "m map[string]any = map[self:<cycle>]\nmap[self:<cycle>]  // map[string]any\n"},
			{in: "sl := []any{1}; sl[0] = sl; sl", out: "sl []any = [<cycle>]\n[<cycle>]  // []any\n"},
		}},
		{"a nil pointer inside a value shows its method's text, as fmt does", []step{
			{in: "type Meet struct{ Name string; Loc *time.Location }", out: "type Meet struct{ Name string; Loc *time.Location }\n"},
			{in: "Meet{Name: \"standup\"}", out: "{Name:standup Loc:UTC}  // Meet\n"},
			{in: "[]*time.Location{nil}", out: "[UTC]  // []*time.Location\n"},
		}},
		{"declarations then use", []step{
			{in: "x := 3", out: "x int = 3\n"},
			{in: "x * 2", out: "6  // int\n"},
			{in: "var y = x + 1; y++; y", out: "y int = 5\n5  // int\n"},
			{in: "const K = 7", out: "K untyped int = 7\n"},
			{in: "func double(n int) int {\n\treturn n * 2\n}", out: "func double(n int) int\n"},
			{in: "double(K)", out: "14  // int\n"},
			{in: "type P struct{ X, Y int }", out: "type P struct{ X, Y int }\n"},
			{in: "func (p P) Sum() int { return p.X + p.Y }", out: "func (p P) Sum() int\n"},
			{in: "p := P{1, 2}", out: "p P = {X:1 Y:2}\n"},
			{in: "p.Sum()", out: "3  // int\n"},
			{in: "p", out: "{X:1 Y:2}  // P\n"},
			{in: `x := "shadowed"`, out: "x string = \"shadowed\"\n"},
			{in: "x", out: "\"shadowed\"  // string\n"},
			// Unexported fields print with their own names (the interpreter
			// renames them Xn), an exported X-name stays as it is, nested and
			// embedded structs too.
			{in: "type inner struct{ n, Xm int }", out: "type inner struct{ n, Xm int }\n"},
			{in: "type outer struct { name string; in inner; *P; inner2 struct{ k int } }", out: "type outer struct { name string; in inner; *P; inner2 struct{ k int } }\n"},
			{in: `o := outer{name: "a", in: inner{1, 2}}`, out: "o outer = {name:a in:{n:1 Xm:2} P:<nil> inner2:{k:0}}\n"},
			{in: "&o.in", out: "&{n:1 Xm:2}  // *inner\n"},
			// One structure the interpreter cannot tell apart from inner's.
			{in: "type twin struct{ Xn, Xm int }", out: "type twin struct{ Xn, Xm int }\n"},
			{in: "twin{1, 2}", out: "{Xn:1 Xm:2}  // twin\n"},
			// Values of an interpreted interface type, in a slice, map or
			// field, print as fmt prints them in Go, not as the interpreter's
			// wrapper.
			{in: "type Animal interface{ Sound() string }", out: "type Animal interface{ Sound() string }\n"},
			{in: "type Dog struct{ Name string; age int }", out: "type Dog struct{ Name string; age int }\n"},
			{in: "func (g Dog) Sound() string { return g.Name }", out: "func (g Dog) Sound() string\n"},
			{in: `[]Animal{Dog{"a", 1}, nil}`, out: "[{a 1} <nil>]  // []Animal\n"},
			{in: "type Box struct{ A Animal; n int }", out: "type Box struct{ A Animal; n int }\n"},
			{in: `&Box{Dog{"z", 3}, 4}`, out: "&{A:{Name:z age:3} n:4}  // *Box\n"},
			{in: `map[string]Animal{"k": Dog{"c", 5}}`, out: "map[k:{c 5}]  // map[string]Animal\n"},
			{in: `map[int]Animal{10: Dog{"j", 1}, 2: Dog{"k", 2}, -5: nil}`, out: "map[-5:<nil> 2:{k 2} 10:{j 1}]  // map[int]Animal\n"},
			// A rune literal makes a rune variable, as in Go.
			{in: "u := 'x'", out: "u rune = 120\n"},
			{in: "var r rune = u; r", out: "r rune = 120\n120  // rune\n"},
			{in: "e2 := error(nil)", out: "e2 error = nil\n"},
			// A method of a compiled type: its trailing nil error says nothing.
			{in: "fu := loop.Get().CreateFuture(); fu.SetResult(3)", out: "fu *loop.Future = <Future finished result=3>\n"},
			{in: "fu.Result()", out: "3  // any (int)\n"},
			{in: "rv, rerr := fu.Result()", out: "rv any = 3 (int)\nrerr error = nil\n"},
		}},
		{"a variable declared again from its own value", []step{
			{in: "n := 10", out: "n int = 10\n"},
			{in: "n := n + 1", out: "n int = 11\n"},
			{in: "t := n + 1; n := t", out: "t int = 12\nn int = 12\n"},
			{in: "s := []int{1, 2}", out: "s []int = [1 2]\n"},
			{in: "s := append(s, 3)", out: "s []int = [1 2 3]\n"},
			{in: "k := 5", out: "k int = 5\n"},
			{in: "k, j := k*2, k*3", out: "k int = 10\nj int = 15\n"},
			{in: "type P struct{ n int }", out: "type P struct{ n int }\n"},
			{in: "p := P{n: 2}", out: "p P = {n:2}\n"},
			{in: "p := P{n: p.n + 1}", out: "p P = {n:3}\n"},
			// A failed input leaves the variables it declared again as they were.
			{in: `x := 7`, out: "x int = 7\n"},
			{in: `x := 1 + "s"`, errPat: `^input 12:6: invalid operation`, wantErr: true},
			{in: "x", out: "7  // int\n"},
			{in: "var x int = \"s\"", errPat: `^input 14:`, wantErr: true},
			{in: "x * 2", out: "14  // int\n"},
			{in: `func bad() string { panic("no") }`, out: "func bad() string\n"},
			{in: "x := bad()", errPat: `panic: no`, wantErr: true},
			{in: "x + 1", out: "8  // int\n"},
			// A function that uses a variable declared again is named.
			{in: "type withX struct{ x int }", out: "type withX struct{ x int }\n"},
			{in: "func field(w withX) withX { return withX{x: w.x} }", out: "func field(w withX) withX\n"},
			{in: "func get() int { return x }", out: "func get() int\n"},
			{in: "x := 10", out: "x int = 10\n", errPat: `^input \d+:1: warning: get still uses the x declared before: declare get again to use this one, or assign \(x = \.\.\.\) instead of declaring to change the one in use\n$`},
		}},
		{"a name declared again in the input that declared it is assigned", []step{
			// Go assigns x (one variable, shown once); the interpreter
			// declared a new x, which &x and a float64 a did not follow.
			{in: "x := 1; inc := func() { x++ }; x, y := 5, 3; inc(); x", out: "x int = 6\ninc func() = func\ny int = 3\n6  // int\n"},
			{in: "a := 1.5; a, b := 2, 3", out: "a float64 = 2\nb int = 3\n"},
			{in: `var e error; set := func() { e = nil }; n, e := strconv.Atoi("x"); set(); e == nil`, out: "e error = nil\nset func() = func\nn int = 0\ntrue  // bool\n"},
			{in: "{ k := 1; q := &k; k, j := 2, 3; fmt.Println(*q, j) }", out: "2 3\n"},
			// A comma-ok form whose map or channel the input made (the
			// interpreter failed on it: "nil type").
			{in: `mm := map[string]int{"a": 1}; v, found := mm["a"]`, out: "mm map[string]int = map[a:1]\nv int = 1\nfound bool = true\n"},
			{in: `var w any = 3; j := 0; get := func() int { return j }; j, ok := w.(int); get()`, out: "w any = 3 (int)\nj int = 3\nget func() int = func\nok bool = true\n3  // int\n"},
			// An earlier input's x is declared anew, as the README says.
			{in: `x, z := "s", 4`, out: "x string = \"s\"\nz int = 4\n", errPat: `^input 7:1: warning: inc still uses the x declared before`},
		}},
		{"a method using a variable declared again", []step{
			{in: `prefix := ">"`, out: "prefix string = \">\"\n"},
			{in: "type L struct{}", out: "type L struct{}\n"},
			{in: "func (L) Log(s string) string { return prefix + s }", out: "func (L) Log(s string) string\n"},
			// A method cannot be declared again: the warning does not say to.
			{in: `prefix := "#"`, out: "prefix string = \"#\"\n", errPat: `^input 4:1: warning: L.Log still uses the prefix declared before: a method cannot be declared again \(the interpreter cannot change one\): assign \(prefix = \.\.\.\) instead of declaring to change the one in use\n$`},
		}},
		{"a constant declared again: the functions and methods compiled with the old value are named", []step{
			{in: "type T int", out: "type T int\n"},
			{in: "const Lim T = 3", out: "Lim T = 3\n"},
			{in: "func (t T) Over() bool { return t > Lim }", out: "func (t T) Over() bool\n"},
			{in: "const N = 10", out: "N untyped int = 10\n"},
			{in: "func f() int { return N * 2 }", out: "func f() int\n"},
			{in: "const N = 20", out: "N untyped int = 20\n", errPat: `^input 6:7: warning: f still uses the constant N declared before \(its value is compiled into it\): declare f again to use this one\n$`},
			{in: "f()", out: "20  // int\n"},
			{in: "func f() int { return N * 2 }", out: "func f() int\n"},
			{in: "f()", out: "40  // int\n"},
			// The same declaration again (a file loaded again) changes nothing.
			{in: "const N = 20", out: "N untyped int = 20\n"},
			{in: "const Lim T = 100", out: "Lim T = 100\n", errPat: `^input 11:7: warning: T.Over still uses the constant Lim declared before \(its value is compiled into it\): a method cannot be declared again \(the interpreter cannot change one\): :reset for a fresh session\n$`},
			// A function declared again without it is not named (nor
			// one declared again without a call of a function).
			{in: "func useK() int { return N }", out: "func useK() int\n"},
			{in: "func useK() int { return 5 }", out: "func useK() int\n"},
			{in: "const N = 30", out: "N untyped int = 30\n", errPat: `^input 14:7: warning: f still uses the constant N`},
			{in: "func g() int { return f() }", out: "func g() int\n"},
			{in: "func g() int { return 7 }", out: "func g() int\n"},
			{in: "func f() int { return N }", out: "func f() int\n"},
		}},
		{"an await statement outside any task", []step{
			{in: "func outside() { done := make(chan bool); go func() { loop.Await(loop.Sleep(time.Second)); loop.Await(loop.Async(func() {})); done <- true }(); <-done }", out: "func outside()\n",
				errPat: `^input 1:55: warning: loop.Await's error dropped as a statement: .* \(also at input 1:92\)\n$`},
			// Said for each of the two awaits: one line, with a count.
			{in: "outside()", errPat: `(?s)^WARNING: loop.Await outside any task .* returned loop.ErrNoTask, .* \(2 times\)\n`},
		}},
		{"an error continued on a line of its own", []step{
			// The continuation, sorted apart, came alone, with its tab.
			{in: "func f(s string) (n int, err error) { if true { n, err := strconv.Atoi(s); _, _ = n, err; return }; return }", wantErr: true,
				errPat: `^input 1:91: result parameter n not in scope at return\n\tinput 1:49: inner declaration of var n int\n$`},
			// A type parameter of an earlier input is not placed in the
			// session's declarations as the check sees them.
			{in: "func Zero[T any]() T { var z T; return z }", out: "func Zero[T any]() T\n"},
			{in: "x := Zero()", wantErr: true, errPat: `^input 3:6: in call to Zero, cannot infer T\n$`},
			// a, b to see both: Go has no tuples to show.
			{in: "a, b := 1, 2", out: "a int = 1\nb int = 2\n"},
			{in: "a, b", wantErr: true, errPat: `^input 5:1: syntax error: expected 1 expression \(to see several values, print them: fmt.Println\(a, b\)\)\n$`},
			// go/parser's words for these, as the compiler says them.
			{in: "while a < 3 { a++ }", wantErr: true, errPat: `^input 6:7: syntax error: unexpected name a at end of statement \(Go's only loop is for: for x > 0 \{ ... \}\)\n$`},
			{in: "j := a++", wantErr: true, errPat: `^input 7:7: syntax error: unexpected \+\+ at end of statement\n$`},
			{in: "v := a > 1 ? 1 : 2", wantErr: true, errPat: `^input 8:12: invalid character U\+003F '\?'\n$`},
			// Python's habits, with the way Go writes them.
			{in: "if a > 5:", wantErr: true, errPat: `^input 9:9: syntax error: unexpected :, expected \{ \(a Go block is in braces, not after a colon: if x > 5 \{ \.\.\. \}\)\n$`},
			{in: `fmt.Println("a", sep="")`, wantErr: true, errPat: `^input 10:21: syntax error: unexpected = \(Go has no keyword arguments`},
			{in: "for n in []int{1} { }", wantErr: true, errPat: `^input 11:7: syntax error: unexpected name in, expected \{ \(Go ranges with for _, n := range nums`},
		}},
		{"an iterator of a generic instance made in an earlier input", []step{
			// After it := slices.Values(xs), the instance's result in a
			// later input panicked ("not assignable to type
			// interp.generic"), for the rest of the session.
			{in: "xs := []int{3, 1, 2}", out: "xs []int = [3 1 2]\n"},
			{in: "it := slices.Values(xs)", out: "it iter.Seq[int] = func\n"},
			{in: "slices.Sorted(slices.Values(xs))", out: "[1 2 3]  // []int\n"},
			{in: "slices.Sorted(it)", out: "[1 2 3]  // []int\n"},
			{in: "func() { v := slices.Values(xs); fmt.Println(slices.Sorted(v)) }()", out: "[1 2 3]\n"},
			{in: "slices.Sorted(slices.Values(xs))", out: "[1 2 3]  // []int\n"},
		}},
		{"a string's byte declared as a variable", []step{
			// "constant definition loop", and a nil dereference inside
			// the interpreter for d and z.
			{in: `s := "hello"; i := 1`, out: "s string = \"hello\"\ni int = 1\n"},
			{in: "ch := s[i]", out: "ch byte = 101\n"},
			{in: "d := s[1] - s[0]; z := s[0] == 'h'", out: "d byte = 253\nz bool = true\n"},
			{in: "ch", out: "101  // byte\n"},
		}},
		{"a method expression's call shows its result", []step{
			// The shell's capture of the result was dropped: nothing showed.
			{in: "type T int", out: "type T int\n"},
			{in: "func (t T) Double() T { return t * 2 }", out: "func (t T) Double() T\n"},
			{in: "T.Double(4)", out: "8  // T\n"},
			{in: "time.Duration.String(time.Second)", out: "\"1s\"  // string\n"},
		}},
		{"asyncio habits", []step{
			// asyncio's sleep(1) is a second; loop.Sleep(1) a nanosecond.
			{in: "loop.Await(loop.Sleep(1))", errPat: `^input 1:23: warning: 1 as loop.Sleep's time.Duration is 1ns \(a Duration counts nanoseconds, where asyncio counts seconds\); write 1 \* time.Second, or time.Millisecond, for that\n$`},
			{in: "x := 0; _ = loop.Sleep(0); _ = loop.Sleep(2 * time.Millisecond); _ = loop.Sleep(time.Duration(x))", out: "x int = 0\n"},
			{in: "func fetch() *loop.Coroutine { return loop.Async(func() (any, error) { return 1, nil }) }", out: "func fetch() *loop.Coroutine\n"},
			{in: "loop.Await(fetch)", wantErr: true, errPat: `^input 4:12: cannot use fetch .* \(did you mean fetch\(\)\? its call makes the coroutine to await\)\n$`},
			{in: "loop.Await(fetch())", out: "1  // any (int)\n"},
			{in: "func get(n int) *loop.Coroutine { return loop.Async(func() (any, error) { return n, nil }) }", out: "func get(n int) *loop.Coroutine\n"},
			{in: "loop.Await(loop.Sleep(0.5))", wantErr: true, errPat: `^input 7:23: cannot use 0\.5 .* \(truncated\) \(a time\.Duration counts nanoseconds, where asyncio counts seconds: for 0\.5 seconds write 500 \* time\.Millisecond\)\n$`},
			{in: "loop.Await(get)", wantErr: true, errPat: `^input 8:12: cannot use get .* \(did you mean get\(\.\.\.\)\? it takes n int; its call makes the coroutine to await\)\n$`},
		}},
		{"an import of a name the session declares", []step{
			// It was accepted, fmt staying the variable.
			{in: `fmt := "format"`, out: "fmt string = \"format\"\n"},
			{in: `import "fmt"`, wantErr: true, errPat: `^input 2:8: fmt redeclared: the session declares fmt, a variable; import the package under another name \(import f "fmt"\), or :reset for a fresh session\n$`},
			// Under another name, its printing shows no count.
			{in: `import f "fmt"`},
			{in: `f.Println("ok")`, out: "ok\n"},
			{in: "fmt", out: "\"format\"  // string\n"},
			// The name suggested is one the session does not use.
			{in: "s, strings := 1, 2", out: "s int = 1\nstrings int = 2\n"},
			{in: `import "strings"`, wantErr: true, errPat: `\(import stringspkg "strings"\)`},
		}},
		{"a predeclared name declared again", []step{
			{in: "print := 3", out: "print int = 3\n", errPat: `^warning: print now names the session's print, not Go's built-in print, in every later input \(:reset for a fresh session\)\n$`},
			{in: "print + 1", out: "4  // int\n"},
			// One the shell's rewriting uses is refused (xs[1] was "too
			// many arguments" after it).
			{in: "len := 3", wantErr: true, errPat: `^input 3:1: a variable named len at the top level of the prompt: the shell's rewriting of your code uses Go's len, which the name would hide there`},
			{in: "xs := []int{1, 2}; xs[1]", out: "xs []int = [1 2]\n2  // int\n"},
			{in: "error := 1", out: "error int = 1\n", errPat: `^warning: error now names`},
			{in: "y := error + 1", out: "y int = 2\n"},
		}},
		{"a deferred variadic call with no values of an earlier input's function", []step{
			// The variadic parameter is nil, as in Go (the interpreter
			// passed an empty slice where the function was declared in
			// an earlier input, whose body the pass did not read).
			{in: "func show(tag string, xs ...int) { fmt.Println(tag, xs == nil) }", out: "func show(tag string, xs ...int)\n"},
			{in: "type T struct{}", out: "type T struct{}\n"},
			{in: "func (T) Show(xs ...any) { fmt.Println(\"method\", xs == nil) }", out: "func (T) Show(xs ...any)\n"},
			{in: "func g() { defer show(\"deferred\"); defer T{}.Show(); defer T.Show(T{}) }", out: "func g()\n"},
			{in: "g()", out: "method true\nmethod true\ndeferred true\n"},
		}},
		{"a function without a body", []step{
			// It crashed the front end (an internal error with a trace).
			{in: "func f()", wantErr: true, errPat: `^input 1:6: missing function body\n$`},
			{in: "func f() int { return 2 }", out: "func f() int\n"},
			{in: "f()", out: "2  // int\n"},
		}},
		{"nil, iota or a predeclared type's name refused at the top level", []step{
			// The interpreter took nil for Go's (fmt.Println(nil) printed
			// <nil>), iota read 0, string := "s" broke every later use of
			// string, and int := "x" or true := 0 later inputs as plain
			// as y := 5 or b := 1 < 2. (error := 1 works, hiding the
			// type as Go's scopes do: see above.)
			{in: "nil := 1", wantErr: true, errPat: `^input 1:1: a variable named nil at the top level of the prompt: the interpreter takes the name for Go's nil there, and would answer wrongly or fail; name it otherwise \(inside a function the name works\)\n$`},
			{in: `string := "s"`, wantErr: true, errPat: `^input 2:1: a variable named string at the top level of the prompt: the interpreter takes the name for the type string there`},
			{in: "const int = 3", wantErr: true, errPat: `^input 3:7: a constant named int at the top level`},
			{in: `int := "x"`, wantErr: true, errPat: `^input 4:1: a variable named int at the top level`},
			{in: "iota := 7", wantErr: true, errPat: `^input 5:1: a variable named iota at the top level of the prompt: the interpreter takes the name for Go's iota there`},
			{in: "true := 0", wantErr: true, errPat: `^input 6:1: a variable named true at the top level`},
			{in: `var s string = "ok"`, out: "s string = \"ok\"\n"},
			{in: "x := 7", out: "x int = 7\n"},
			{in: "b := 1 < 2", out: "b bool = true\n"},
			{in: "func f() int { nil, int, iota := 4, 1, 2; return nil + int + iota }", out: "func f() int\n"},
			{in: "f() + x", out: "14  // int\n"},
		}},
		{"type switches on the session's types", []step{
			{in: "type P struct{ A int }", out: "type P struct{ A int }\n"},
			{in: "func kind(x any) string { switch x.(type) { case P: return \"P\"; case *P: return \"*P\" }; return \"other\" }", out: "func kind(x any) string\n"},
			{in: "kind(P{})", out: "\"P\"  // string\n"},
			{in: "kind(&P{})", out: "\"*P\"  // string\n"},
			{in: "kind(3)", out: "\"other\"  // string\n"},
			// Types with methods too, bound or not, several in a case, nil.
			{in: "type M struct{ n int }", out: "type M struct{ n int }\n"},
			{in: "func (m M) Get() int { return m.n }", out: "func (m M) Get() int\n"},
			{in: "func kind2(x any) string { switch v := x.(type) { case M: return fmt.Sprint(\"M\", v.n); case int, P: return \"int or P\"; case nil: return \"nil\" }; switch x.(type) { case *M: return \"*M\" }; return \"other\" }", out: "func kind2(x any) string\n"},
			{in: "kind2(M{4})", out: "\"M4\"  // string\n"},
			{in: "kind2(P{})", out: "\"int or P\"  // string\n"},
			{in: "kind2(nil)", out: "\"nil\"  // string\n"},
			{in: "kind2(&M{})", out: "\"*M\"  // string\n"},
		}},
		{"nil pointers and panicking String methods", []step{
			// A nil pointer prints as nil: its type's String or Error method,
			// which would dereference it, is not called.
			{in: "var t *loop.Task", out: "t *loop.Task = nil\n"},
			{in: "var f *loop.Future", out: "f *loop.Future = nil\n"},
			{in: "var c *loop.Coroutine", out: "c *loop.Coroutine = nil\n"},
			{in: "var pe *loop.PanicError", out: "pe *loop.PanicError = nil\n"},
			{in: "func find() *loop.Task { return nil }; find()", out: "func find() *loop.Task\nnil  // *loop.Task\n"},
			{in: "t", out: "nil  // *loop.Task\n"},
			// A String method that panics shows as fmt shows it.
			{in: "&loop.Task{}", out: "%!v(PANIC=String method: runtime error: invalid memory address or nil pointer dereference)  // *loop.Task\n"},
			{in: "1", out: "1  // int\n"},
		}},
		{"multi-value results", []step{
			{in: `strconv.Atoi("12")`, out: "12  // int\n"},
			{in: `strconv.Atoi("x")`, out: "0  // int\nstrconv.Atoi: parsing \"x\": invalid syntax  // error (*strconv.NumError)\n"},
			{in: "func two() (string, bool) { return \"a\", true }", out: "func two() (string, bool)\n"},
			{in: "two()", out: "\"a\"  // string\ntrue  // bool\n"},
			{in: "a, b := two()", out: "a string = \"a\"\nb bool = true\n"},
		}},
		{"no stale or meaningless values", []step{
			{in: "42", out: "42  // int\n"},
			{in: "x := 0; x++", out: "x int = 1\n"},
			{in: "for i := 0; i < 2; i++ {}", out: ""},
			{in: `fmt.Println("hi")`, out: "hi\n"},
			{in: "func noValue() {}", out: "func noValue()\n"},
			{in: "noValue()", out: ""},
			{in: "loop.Await(loop.Sleep(time.Millisecond))", out: ""},
		}},
		{"imports", []step{
			{in: `strings.ToUpper("a")`, out: "\"A\"  // string\n"},
			{in: `import "strings"`, out: ""},
			{in: "import \"unicode/utf8\"\nutf8.RuneLen('é')", out: "2  // int\n"},
			{in: `import m "math"; m.Sqrt(16)`, out: "4  // float64\n"},
			{in: "filepath.Base(\"/a/b.go\")", out: "\"b.go\"  // string\n"},
			{in: `rand.Intn(1)`, out: "0  // int\n"},
			{in: `import "crypto/rand"`, errPat: `^input 7:8: rand already refers to "math/rand" in this session`, wantErr: true},
			{in: `import crand "crypto/rand"; _ = crand.Reader`, out: ""},
		}},
		{"syntax the interpreter lacks", []step{
			{in: "n := 3", out: "n int = 3\n"},
			{in: "for i := range n { fmt.Print(i) }", out: "012"},
			{in: "for range 2 { fmt.Print(\"x\") }", out: "xx"},
			{in: "sum := 0; for i := range len(\"abcd\") { sum += i }; sum", out: "sum int = 6\n6  // int\n"},
			{in: "min(3, 1, 2)", out: "1  // int\n"},
			{in: "max(2.5, 1)", out: "2.5  // float64\n"},
			{in: "min(1, n)", out: "1  // int\n"},
			// Constants only: the type Go gives, typed or not.
			{in: "min(time.Second, 5)", out: "5ns  // time.Duration\n"},
			{in: "max(time.Second, 2*time.Second)", out: "2s  // time.Duration\n"},
			{in: "max(math.Pi, 3)", out: "3.141592653589793  // float64\n"},
			{in: "const small uint8 = 200; max(small, 100)", out: "small uint8 = 200\n200  // uint8\n"},
			{in: "const dd time.Duration = 7", out: "dd time.Duration = 7ns\n"},
			{in: "min(dd, 9)", out: "7ns  // time.Duration\n"},
			{in: `m := map[string]int{"a": 1}; clear(m); len(m)`, out: "m map[string]int = map[]\n0  // int\n"},
			{in: "func count(k int) int { c := 0; for range k { c++ }; return c }", out: "func count(k int) int\n"},
			{in: "count(4)", out: "4  // int\n"},
		}},
		{"rewrites inside rewritten text", []step{
			{in: "a := 5", out: "a int = 5\n"},
			{in: "min(3, max(a, 9))", out: "3  // int\n"},
			{in: "for i := range min(a, 2) { fmt.Print(i) }", out: "01"},
			{in: "func viaGo() int { done := make(chan int); go func(v int) { done <- v }(min(a, 1) + max(a, 0)); return <-done }", out: "func viaGo() int\n"},
			{in: "viaGo()", out: "6  // int\n"},
			{in: "m := map[int]int{2: 7}", out: "m map[int]int = map[2:7]\n"},
			{in: "v, ok := m[min(a, 2)]; v", out: "v int = 7\nok bool = true\n7  // int\n"},
			{in: "go fmt.Print(min(a, 2, undefinedName))", errPat: `^input 8:24: undefined: undefinedName\n$`, wantErr: true},
			{in: "min(4, max(a, 8), undefinedName)", errPat: `^input 9:19: undefined: undefinedName\n$`, wantErr: true},
		}},
		{"a package's name alone", []step{
			{in: "fmt", errPat: `^input 1:1: use of package fmt without selector\n$`, wantErr: true},
			{in: "x := strings", errPat: `^input 2:6: use of package strings without selector\n$`, wantErr: true},
			{in: "undefinedThing", errPat: `^input 3:1: undefined: undefinedThing\n$`, wantErr: true},
			// Called, the name of a package the session has not imported
			// is a function the user meant to declare.
			{in: "heap()", errPat: `^input 4:1: undefined: heap\n$`, wantErr: true},
			// A function calling one not declared yet (two that call each
			// other, typed one per input).
			{in: "func even(n int) bool { return n == 0 || odd(n-1) }", errPat: `^input 5:42: undefined: odd \(the prompt compiles each input on its own: declare odd first, or give functions that call each other in one input; a whole program pasted with its package clause, or :load FILE, is compiled as one\)\n$`, wantErr: true},
			// A type using one not declared yet (A Tour of Go's order).
			{in: "type List struct{ head *element }", errPat: `^input 6:25: undefined: element \(the prompt compiles each input on its own: declare element before the types that use it, or types that refer to each other in one input\)\n$`, wantErr: true},
			// A function calling a method of a type of the session's not
			// declared yet (a constructor typed before the methods).
			{in: "type Pool struct{ n int }", out: "type Pool struct{ n int }\n"},
			{in: "func NewPool() *Pool { p := &Pool{}; p.start(); return p }", errPat: `^input 8:40: p.start undefined \(type \*Pool has no field or method start\) \(the prompt compiles each input on its own: declare the method Pool.start first, or give a type's methods and the functions that call them in one input; a whole program pasted with its package clause, or :load FILE, is compiled as one\)\n$`, wantErr: true},
			{in: "p := Pool{}; p.strat()", errPat: `^input 9:16: p.strat undefined \(type Pool has no field or method strat\)\n$`, wantErr: true},
			// A field mistyped in a method: no method is called, and no
			// hint about declaring one.
			{in: "func (p Pool) Size() int { return p.m }", errPat: `^input 10:37: p.m undefined \(type Pool has no field or method m\)\n$`, wantErr: true},
			{in: "func (p Pool) First() int { return p.items[0] }", errPat: `^input 11:38: p.items undefined \(type Pool has no field or method items\)\n$`, wantErr: true},
		}},
		{"comma-ok forms and blank variables", []step{
			{in: `m := map[string]int{"k": 1}; v, ok := m["k"]; v, ok2 := m["z"]; fmt.Println(v, ok, ok2)`, out: "0 true false\nm map[string]int = map[k:1]\nv int = 0\nok bool = true\nok2 bool = false\n"},
			{in: "x := 5", out: "x int = 5\n"},
			{in: `x, ok = m["q"]; x`, out: "0  // int\n"},
			{in: `y := 4; y, _ = m["n"]; y`, out: "y int = 0\n0  // int\n"},
			{in: `for _, k := range []string{"k", "z"} { w, found := m[k]; fmt.Print(w, found, " ") }`, out: "1 true 0 false "},
			{in: `_, okc := <-func() chan string { c := make(chan string, 1); c <- "z"; return c }(); okc`, out: "okc bool = true\ntrue  // bool\n"},
			{in: "func blanks() int { var (_ int; q = 2); var _, y int; return q + y }", out: "func blanks() int\n"},
			{in: "blanks()", out: "2  // int\n"},
			{in: "func hdr(ch chan int) bool { var ok bool; if _, ok = <-ch; ok { return true }; return false }", errPat: `^input 9:46: comma-ok receive with the value blank \(_, ok = <-...\): the interpreter stores the value where ok is \(in a header`, wantErr: true},
		}},
		{"each loop iteration has its own variables", []step{
			{in: "var fns []func() int", out: "fns []func() int = []\n"},
			{in: "for i := 0; i < 3; i++ { fns = append(fns, func() int { return i }) }", out: ""},
			{in: "fmt.Println(fns[0](), fns[1](), fns[2]())", out: "0 1 2\n"},
			{in: "sum := 0", out: "sum int = 0\n"},
			{in: "for i := range 4 { loop.Get().CallSoon(func() { sum += i }) }; loop.Await(loop.Sleep(0)); sum", out: "6  // int\n", errPat: `^input 5:64: warning: loop.Await's error dropped as a statement`},
			{in: "var ps []*int", out: "ps []*int = []\n"},
			{in: "for _, v := range []int{1, 2} { ps = append(ps, &v) }; *ps[0] + *ps[1]*10", out: "21  // int\n"},
			{in: "func spawned() []int { ch := make(chan int, 6); for i := 0; i < 3; i++ { go func() { ch <- i }(); go func(v int) { ch <- v + 10 }(i) }; s := []int{<-ch, <-ch, <-ch, <-ch, <-ch, <-ch}; sort.Ints(s); return s }", out: "func spawned() []int\n"},
			{in: "spawned()", out: "[0 1 2 10 11 12]  // []int\n", racy: true},
			{in: "func tasks() any { var ts []loop.Awaitable; for i := range 3 { ts = append(ts, loop.Async(func() (any, error) { return i, nil })) }; r, _ := loop.Await(loop.Gather(ts...)); return r }", out: "func tasks() any\n", errPat: `^input 10:142: warning: loop.Await's error dropped to _`},
			{in: "tasks()", out: "[0 1 2]  // any ([]any)\n"},
			{in: "func stepped() (out []int) { for i := 0; i < 6; i++ { f := func() { out = append(out, i) }; f(); if i == 0 { i = 2; continue }; i++ }; return }", out: "func stepped() (out []int)\n"},
			{in: "stepped()", out: "[0 3 5]  // []int\n"},
			{in: "func shadowed() (out []int) { var fs []func() int; for i := 0; i < 3; i++ { i := i * 10; fs = append(fs, func() int { return i }) }; for _, f := range fs { out = append(out, f()) }; return }", out: "func shadowed() (out []int)\n"},
			{in: "shadowed()", out: "[0 10 20]  // []int\n"},
			{in: "func keyed() (out []map[int]int) { for i := 0; i < 2; i++ { f := func() map[int]int { return map[int]int{i: 1} }; out = append(out, f()) }; return }", out: "func keyed() (out []map[int]int)\n"},
			{in: "keyed()", out: "[map[0:1] map[1:1]]  // []map[int]int\n"},
			{in: "func bound() (c int) { m := 3; for i := range m { m = 10; c += i }; return }", out: "func bound() (c int)\n"},
			{in: "bound()", out: "3  // int\n"},
			// A closure then the address of another variable in one call.
			{in: "func both() int { var n int; var fs []func() int; add := func(f func() int, p *int) { fs = append(fs, f) }; for i := 0; i < 3; i++ { add(func() int { return i }, &n) }; return fs[0]() + fs[1]() + fs[2]() }", out: "func both() int\n"},
			{in: "both()", out: "3  // int\n"},
			// The body of a range over an int cannot change the count.
			{in: "for i := range 3 { i += 5; fmt.Print(i, \" \") }", out: "5 6 7 "},
			{in: "func ranged() (out []int) { for i := range 3 { i := i * 10; f := func() int { return i }; out = append(out, f()) }; return }", out: "func ranged() (out []int)\n"},
			{in: "ranged()", out: "[0 10 20]  // []int\n"},
			{in: "j := -1", out: "j int = -1\n"},
			{in: "for j = range 4 {}; j", out: "3  // int\n"},
			{in: "var w64 int64", out: "w64 int64 = 0\n"},
			{in: "for w64 = range 3 {}; w64", out: "2  // int64\n"},
		}},
		{"selectors that name nothing", []step{
			{in: "type Pt struct{ X int }", out: "type Pt struct{ X int }\n"},
			{in: "q := Pt{1}", out: "q Pt = {X:1}\n"},
			{in: "fmt.Println(q.Y)", errPat: `^input 3:15: q\.Y undefined \(type Pt has no field or method Y\)\n$`, wantErr: true},
			{in: "loop.Slep(0)", errPat: `^input 4:6: undefined: loop\.Slep \(did you mean loop\.Sleep\?\)\n$`, wantErr: true},
			{in: "x := strings.NoSuch", errPat: `^input 5:14: undefined: strings\.NoSuch \(strings is package "strings", imported for you: the session has no variable strings\)\n$`, wantErr: true},
			{in: "q.X", out: "1  // int\n"},
			// A name taken for a package only because nothing else has it.
			{in: "user.Name", errPat: `^input 7:6: undefined: user\.Name \(user is package "os/user", imported for you: the session has no variable user\)\n$`, wantErr: true},
			{in: "u := user.Name", errPat: `^input 8:11: undefined: user\.Name \(`, wantErr: true},
		}},
		{"a type declared again as it was, written out otherwise", []step{
			{in: "type P struct{ X, Y int }", out: "type P struct{ X, Y int }\n"},
			// It was refused: "cannot change a type".
			{in: "type P struct {\n\tX int\n\tY int\n}", out: "type P struct { X int; Y int }\n"},
			{in: "type Shape interface { Area() float64 }", out: "type Shape interface { Area() float64 }\n"},
			{in: "type Shape interface {\n\tArea() float64\n}", out: "type Shape interface { Area() float64 }\n"},
			{in: "type P struct{ X int; Y int `json:\"y\"` }", errPat: `^input 5:6: type P is already declared in this session, and the interpreter cannot change a type`, wantErr: true},
		}},
		{"redeclarations the interpreter cannot honour", []step{
			{in: "type Pair struct{ A int }", out: "type Pair struct{ A int }\n"},
			{in: "type Pair struct{ A, B string }", errPat: `^input 2:6: type Pair is already declared in this session, and the interpreter cannot change a type`, wantErr: true},
			{in: "type Pair struct {  A int }", out: "type Pair struct { A int }\n"},
			{in: "func (Pair) Show() string { return \"v1\" }", out: "func (Pair) Show() string\n"},
			{in: "func (Pair) Show() string { return \"v2\" }", errPat: `^input 5:13: method Pair.Show is already declared in this session`, wantErr: true},
			{in: "Pair{}.Show()", out: "\"v1\"  // string\n"},
			{in: "func inner() int { return 1 }", out: "func inner() int\n"},
			{in: "func outer() int { return inner() }", out: "func outer() int\n"},
			{in: "func inner() int { return 2 }", out: "func inner() int\n", errPat: `^input 9:6: warning: outer still calls the inner declared before .*declare outer again`},
			{in: "func outer() int { return inner() * 10 }", out: "func outer() int\n"},
			{in: "outer()", out: "20  // int\n"},
			// A function literal held by a variable is named too, with what
			// the literal uses, declared in its own input or an earlier one.
			{in: "viaLit := func() int { return inner() }", out: "viaLit func() int = func\n"},
			{in: "n := 1; incN := func() { n++ }", out: "n int = 1\nincN func() = func\n"},
			{in: "handlers := map[string]func() int{}", out: "handlers map[string]func() int = map[]\n"},
			{in: "handlers[\"a\"] = func() int { return inner() }", out: ""},
			{in: "func inner() int { return 3 }", out: "func inner() int\n", errPat: `^input 16:6: warning: outer, viaLit, handlers still call the inner declared before .*declare outer, viaLit, handlers again`},
			{in: "viaLit()", out: "2  // int\n"},
			{in: "n := 5", out: "n int = 5\n", errPat: `^input \d+:1: warning: incN still uses the n declared before: declare incN again`},
			// A variable given another value no longer holds the literal.
			{in: "viaLit := 0", out: "viaLit int = 0\n"},
			{in: "func inner() int { return 4 }", out: "func inner() int\n", errPat: `^input 20:6: warning: outer, handlers still call the inner declared before`},
			// A literal given to a call is the call's, not the variable's.
			{in: "fn := sync.OnceValue(func() int { return inner() })", out: "fn func() int = func\n"},
			{in: "func inner() int { return 5 }", out: "func inner() int\n", errPat: `^input 22:6: warning: outer, handlers still call the inner declared before`},
			// The same text of a type again, alone, would leave the type
			// checker a type without the methods the interpreter keeps;
			// with them (a file loaded again) it is fine.
			{in: "type Pair struct{ A int }", errPat: `^input 23:6: type Pair is already declared in this session, with methods \(Show\) that this input does not declare again: leave the declaration out`, wantErr: true},
			{in: "type Pair struct{ A int }; func (Pair) Show() string { return \"v1\" }", out: "type Pair struct{ A int }\nfunc (Pair) Show() string\n"},
			{in: "var _ interface{ Show() string } = Pair{}", out: ""},
		}},
		{"a generic function declared again", []step{
			// The interpreter kept the instances of the old body.
			{in: "func G[T any](x T) string { return \"old\" }", out: "func G[T any](x T) string\n"},
			{in: "G(1)", out: "\"old\"  // string\n"},
			{in: "func G[T any](x T) string { return \"new\" }", out: "func G[T any](x T) string\n"},
			{in: "G(1) + G(\"s\")", out: "\"newnew\"  // string\n"},
			{in: "G[int](2)", out: "\"new\"  // string\n"},
		}},
		{"an element asserted as the input's value", []step{
			{in: "type Rect struct{ W, H float64 }", out: "type Rect struct{ W, H float64 }\n"},
			{in: "ss := []any{Rect{1, 2}}", out: "ss []any = [{1 2}]\n"},
			{in: "ss[0].(Rect)", out: "{W:1 H:2}  // Rect\n"},
			{in: "ss[0].(Rect).W", out: "1  // float64\n"},
			{in: "ss[3].(Rect)", errPat: `^input 5:1: panic: runtime error: index out of range \[3\] with length 1`, wantErr: true},
		}},
		{"methods promoted from embedded compiled types, handed to compiled code", []step{
			{in: "type rev struct{ sort.Interface }", out: "type rev struct{ sort.Interface }\n"},
			{in: "func (r rev) Less(i, j int) bool { return r.Interface.Less(j, i) }", out: "func (r rev) Less(i, j int) bool\n"},
			{in: "xs := []int{1, 3, 2}; sort.Sort(rev{sort.IntSlice(xs)}); xs", out: "xs []int = [3 2 1]\n[3 2 1]  // []int\n"},
			{in: "type Doc struct{ *bytes.Buffer; Title string }", out: "type Doc struct{ *bytes.Buffer; Title string }\n"},
			{in: "d := Doc{&bytes.Buffer{}, \"t\"}; fmt.Fprintf(d, \"n=%d\", 3); d.String()", out: "d Doc = n=3\n\"n=3\"  // string\n"},
			{in: "func (d Doc) Len() int { return 99 }", errPat: `^input 6:14: method Doc.Len: the type promotes a method Len from an embedded field of a compiled type, which the shell wrote out as the type's own in an earlier input`, wantErr: true},
			{in: "type R struct{ io.Reader; n int }", out: "type R struct{ io.Reader; n int }\n"},
			{in: "b, _ := io.ReadAll(R{strings.NewReader(\"abc\"), 1}); string(b)", out: "b []byte = [97 98 99]\n\"abc\"  // string\n"},
		}},
		{"a first method of a type whose values an earlier input put in an interface", []step{
			{in: "type Money int", out: "type Money int\n"},
			{in: "type Dog struct{}", out: "type Dog struct{}\n"},
			{in: "type Cat struct{ name string }", out: "type Cat struct{ name string }\n"},
			{in: "var stash any = Money(5); pets := []any{Dog{}, Cat{}}", out: "stash any = 5 (int or Money)\npets []any = [{} {}]\n"},
			{in: "func (m Money) String() string { return fmt.Sprintf(\"$%d\", int(m)) }", out: "func (m Money) String() string\n",
				errPat: `^input 5:16: warning: values of Money that earlier inputs put in interfaces \(an any, a \[\]any, an error\) do not get Money's methods: .*make such values again \(Money\(\.\.\.\)\) once the methods are declared\n$`},
			{in: "func (Dog) Name() string { return \"dog\" }; func (Dog) Walk() {}", out: "func (Dog) Name() string\nfunc (Dog) Walk()\n",
				errPat: `^input 6:12: warning: values of Dog that .*\(Dog\{\.\.\.\}\) once the methods are declared\n$`},
			// A second method, a type with an unexported field, a type
			// held only after its first method: no warning.
			{in: "func (m Money) Cents() int { return int(m) * 100 }", out: "func (m Money) Cents() int\n"},
			{in: "func (c Cat) Name() string { return \"cat\" }", out: "func (c Cat) Name() string\n"},
			{in: "type Fresh int", out: "type Fresh int\n"},
			{in: "func (Fresh) A() {}", out: "func (Fresh) A()\n"},
			{in: "var f any = Fresh(1)", out: "f any = 1 (Fresh)\n"},
			{in: "func (Fresh) B() {}", out: "func (Fresh) B()\n"},
			// Values made again have the methods.
			{in: "var again any = Money(6); fmt.Println(again)", out: "$6\nagain any = $6 (Money)\n"},
		}},
		{"a slice or map of a type with methods, held in an any", []step{
			{in: "type Color int; func (c Color) String() string { return [...]string{\"red\", \"green\"}[c] }", out: "type Color int\nfunc (c Color) String() string\n"},
			{in: "var keep any = map[string]Color{\"k\": 1}; fmt.Println(keep)", out: "map[k:green]\nkeep any = map[k:green] (map[string]int or map[string]Color)\n"},
			{in: "fmt.Println(keep)", out: "map[k:green]\n"},
			{in: "fmt.Println([]any{[]Color{0, 1}})", out: "[[red green]]\n"},
		}},
		{"nil pointers show as nil, whatever their type's methods", []step{
			{in: "type N struct{ v int }", out: "type N struct{ v int }\n"},
			{in: "var n *N", out: "n *N = nil\n"},
			{in: "func (n *N) String() string { if n == nil { return \"empty\" }; return \"N\" }", out: "func (n *N) String() string\n"},
			{in: "var n2 *N; n2", out: "n2 *N = nil\nnil  // *N\n"},
			{in: "[]*N{nil}", out: "[empty]  // []*N\n"},
			{in: "type Q struct{ v int }; func (q Q) String() string { return \"Q\" }", out: "type Q struct{ v int }\nfunc (q Q) String() string\n"},
			{in: "var q *Q", out: "q *Q = nil\n"},
		}},
		{"a pointer to a struct whose type has methods, held in an any", []step{
			{in: "type C struct{ X int }", out: "type C struct{ X int }\n"},
			{in: "func (c *C) Name() string { return \"c\" }", out: "func (c *C) Name() string\n"},
			{in: "var a any = &C{1}", out: "a any = &{X:1} (*C)\n"},
			{in: "a", out: "&{X:1}  // any (*C)\n"},
		}},
		{"an assertion to an interface one of two twins implements", []step{
			{in: "type C int; func (*C) Name() string { return \"c\" }", out: "type C int\nfunc (*C) Name() string\n"},
			{in: "type D int; func (D) String() string { return \"d\" }", out: "type D int\nfunc (D) String() string\n"},
			{in: "type Namer interface{ Name() string }", out: "type Namer interface{ Name() string }\n"},
			{in: "func mk() any { return new(C) }", out: "func mk() any\n"},
			{in: "_, ok := mk().(Namer)", errPat: `^input 5: panic: repl: \*[CD] or \*[CD] as Namer: the interpreter holds them alike \(as \*int\), and only one of them is a Namer; give the type a shape of its own`, wantErr: true},
			{in: "n, ok := mk().(Namer)", errPat: `^input 6: panic: repl: \*[CD] or \*[CD] as Namer: `, wantErr: true},
			{in: "var b any = 3; _, ok := b.(Namer); ok", out: "b any = 3 (int or C or D)\nok bool = false\nfalse  // bool\n"},
		}},
		{"an assertion to fmt.Stringer where a pointer to an enum and a pointer to its representation are both held", []step{
			{in: `type Lv int; func (l Lv) String() string { return "lv" }`, out: "type Lv int\nfunc (l Lv) String() string\n"},
			{in: `func str(v any) string { if s, ok := v.(fmt.Stringer); ok { return "S:" + s.String() }; return "V" }`, out: "func str(v any) string\n"},
			{in: "l := Lv(2); str(&l)", out: "l Lv = lv\n\"S:lv\"  // string\n"},
			// It answered "S:lv" for a *int.
			{in: "n := 3; str(&n)", errPat: `^input 4:13: a value put in an interface here is one an earlier input would take for its twin \(input 2:41: type assertion to fmt.Stringer: the interpreter holds \*Lv and \*int alike \(as \*int\), and only the first is a fmt.Stringer`, wantErr: true},
		}},
		{"a String method declared after functions that use its type names them", []step{
			{in: "type U struct{ n int }", out: "type U struct{ n int }\n"},
			{in: "func show(u U) string { return fmt.Sprint(u) }", out: "func show(u U) string\n"},
			{in: "func mk() U { return U{} }; func area(u U) int { return u.n }", out: "func mk() U\nfunc area(u U) int\n"},
			{in: "func (u U) Area() int { return u.n }", out: "func (u U) Area() int\n"},
			{in: `func (u U) String() string { return "U" }`, out: "func (u U) String() string\n", errPat: `^input 5:12: warning: area, mk, show were compiled before U had this method \(the interpreter binds a function when it compiles it\): what they print of U, and their assertions to interfaces, do not see it; declare area, mk, show again\n$`},
			{in: "func show(u U) string { return fmt.Sprint(u) }", out: "func show(u U) string\n"},
			{in: "show(U{3})", out: "\"U\"  // string\n"},
		}},
		{"a generic function's constraint declared in an earlier input is checked", []step{
			{in: "type Num interface{ ~int }", out: "type Num interface{ ~int }\n"},
			{in: "func Half[T Num](x T) T { return x / 2 }", out: "func Half[T Num](x T) T\n"},
			{in: "Half(7.0)", errPat: `^input 3:1: float64 does not satisfy Num \(float64 missing in ~int\)`, wantErr: true},
			{in: "Half(7)", out: "3  // int\n"},
			{in: "type Shower interface{ Show() string }; func ShowIt[T Shower](x T) string { return x.Show() }", out: "type Shower interface{ Show() string }\nfunc ShowIt[T Shower](x T) string\n"},
			{in: "ShowIt(3)", errPat: `^input 6:1: int does not satisfy Shower \(missing method Show\)`, wantErr: true},
		}},
		{"loop.Async of a function it cannot run panics at the call", []step{
			{in: "x := 1", out: "x int = 1\n"},
			{in: "loop.Await(loop.Async(func(x int) int { return x }))", errPat: `^input 2:12: panic: loop: Async needs a func\(\), func\(\) error, func\(\) T or func\(\) \(T, error\); got func\(int\) int`, wantErr: true},
			{in: "x", out: "1  // int\n"},
		}},
		{"a refusal at run time is placed at the line, not in the shell's rewriting of it", []step{
			{in: "type Result[T any] struct{ Val T }", out: "type Result[T any] struct{ Val T }\n"},
			{in: `func wrap() any { return Result[[]string]{Val: []string{"a"}} }`, out: "func wrap() any\n"},
			{in: "v := wrap()", out: "v any = {Val:[a]}\n"},
			{in: `x := 1; fmt.Printf("%T\n", v)`, errPat: `^input 4: panic: repl: the type of a value of an instance of main.Result held in an interface where the interpreter lost the instance's type arguments .*known`, wantErr: true},
		}},
		{"a method of a generic type declared after generic code made instances of it", []step{
			{in: "type Opt[T any] struct{ v T }", out: "type Opt[T any] struct{ v T }\n"},
			{in: "func (o Opt[T]) Val() T { return o.v }", out: "func (o Opt[T]) Val() T\n"},
			{in: "func Some[T any](v T) Opt[T] { return Opt[T]{v} }", out: "func Some[T any](v T) Opt[T]\n"},
			{in: "Some(3).Val()", out: "3  // int\n"},
			{in: "func (o Opt[T]) Get() T { return o.v }", errPat: `^input 5:13: the interpreter cannot add method Get to generic type Opt now \(its words: undefined type for T\): a call of generic code made instances of Opt, .*declare the type's methods before calling generic code that uses the type`, wantErr: true},
			{in: "Some(\"a\").Val()", out: "\"a\"  // string\n"},
		}},
		{"a nil interface of the program's declared by an earlier input, printed with %T and put in an any", []step{
			{in: "type Shape interface{ Area() float64 }; type Sq struct{ S float64 }; func (s Sq) Area() float64 { return s.S }", out: "type Shape interface{ Area() float64 }\ntype Sq struct{ S float64 }\nfunc (s Sq) Area() float64\n"},
			{in: "var sh Shape", out: "sh Shape = nil\n"},
			{in: "fmt.Printf(\"%T %v\\n\", sh, sh)", out: "<nil> <nil>\n"},
			{in: "var a any = sh", out: "a any = nil\n"},
			{in: "fmt.Printf(\"%T\\n\", a)", out: "<nil>\n"},
		}},
		{"an assertion to an instance of a generic type with a method, of a value an earlier input held", []step{
			{in: "type Result[T any] struct{ Val T }; func (r Result[T]) OK() bool { return true }", out: "type Result[T any] struct{ Val T }\nfunc (r Result[T]) OK() bool\n"},
			{in: "var a any = Result[int]{Val: 3}", out: "a any = {Val:3}\n"},
			{in: "r, ok := a.(Result[int])", out: "r Result[int] = {Val:3}\nok bool = true\n"},
			{in: "_, ok = a.(Result[string]); ok", out: "false  // bool\n"},
		}},
		{"a method of a generic type declared after an input made an instance of it", []step{
			{in: "type Stack[T any] struct{ items []T }", out: "type Stack[T any] struct{ items []T }\n"},
			{in: "s := &Stack[int]{}", out: "s *Stack[int] = &{items:[]}\n"},
			{in: "func (s *Stack[T]) Len() int { return len(s.items) }", out: "func (s *Stack[T]) Len() int\n"},
			{in: "s.Len()", errPat: `^input 4:3: s.Len undefined in the interpreter: it made Stack\[int\] before method Len was declared, .*declare a generic type's methods before the inputs that use it`, wantErr: true},
			{in: "s.Nope()", errPat: `^input 5:3: s.Nope undefined \(type \*Stack\[int\] has no field or method Nope\)`, wantErr: true},
			{in: "(&Stack[string]{}).Len()", out: "0  // int\n"},
		}},
		{"a panic in an expression is placed at it", []step{
			{in: "sl := []int{1}", out: "sl []int = [1]\n"},
			{in: "sl[3]", errPat: `^input 2:1: panic: runtime error: index out of range \[3\] with length 1\n$`, wantErr: true},
		}},
		{"constant overflow is an error", []step{
			{in: "1 << 70", errPat: `^input 1:1: cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value \(overflows\)\n$`, wantErr: true},
			{in: "math.MaxUint64", errPat: `^input 2:1: cannot use math.MaxUint64 \(untyped int constant 18446744073709551615\) as int value \(overflows\)\n$`, wantErr: true},
			{in: "uint64(math.MaxUint64)", out: "18446744073709551615  // uint64\n"},
		}},
		{"untyped constants too big to hold", []step{
			// Declared, shown exactly, and usable in constant expressions, as in Go.
			{in: "const big = 1 << 100", out: "big untyped int = 1267650600228229401496703205376\n"},
			{in: "big >> 98", out: "4  // int\n"},
			{in: "const half = big / 2", out: "half untyped int = 633825300114114700748351602688\n"},
			{in: "const (\n\tk = iota * 1e200\n\tl\n\tm\n)", out: "k untyped float = 0\nl untyped float = 1e+200\nm untyped float = 2e+200\n"},
			{in: "const huge = 1e400", out: "huge untyped float = 1e+400\n"},
			{in: "huge / 1e399", out: "10  // float64\n"},
			{in: "x := big", errPat: `^input 7:6: .*overflows`, wantErr: true},
			{in: "half >> 97", out: "4  // int\n"},
			{in: "big > 5", out: "true  // bool\n"},
			{in: "if half != 0 { fmt.Println(\"nonzero\") }", out: "nonzero\n"},
		}},
		{"receive as a result", []step{
			{in: "func recv() int { ch := make(chan int, 1); ch <- 9; return <-ch }", out: "func recv() int\n"},
			{in: "recv()", out: "9  // int\n"},
			{in: "func named() (r int) { ch := make(chan int, 1); ch <- 4; r = <-ch; return }", out: "func named() (r int)\n"},
			{in: "named()", out: "4  // int\n"},
			{in: "func mixed() (int, int) { ch := make(chan int, 1); ch <- 5; a, b := 1, <-ch; return a, b }", out: "func mixed() (int, int)\n"},
			{in: "mixed()", out: "1  // int\n5  // int\n"},
			{in: "func pair() (int, int) { return 3, 4 }", out: "func pair() (int, int)\n"},
			{in: "func viaGoArgs() int { res := make(chan int, 1); ch := make(chan int, 1); ch <- 8; put := func(a, b int) { res <- a*100 + b }; go put(7, <-ch); x := <-res; go put(pair()); return x*1000 + <-res }", out: "func viaGoArgs() int\n"},
			{in: "viaGoArgs()", out: "708304  // int\n", racy: true},
			// A select case receiving into declared variables.
			{in: "func sel() (int, bool) { ch := make(chan int, 1); ch <- 3; var x int; var ok bool; select { case x, ok = <-ch: }; return x, ok }", out: "func sel() (int, bool)\n"},
			{in: "sel()", out: "3  // int\ntrue  // bool\n"},
			{in: "var got int", out: "got int = 0\n"},
			{in: "func() { ch := make(chan int, 1); ch <- 6; select { case got = <-ch: } }(); got", out: "6  // int\n"},
			{in: "func() { ch := make(chan int, 2); ch <- 7; ch <- 8; select { case got = (<-ch): } }(); got", out: "7  // int\n"},
		}},
		{"deferred calls take their arguments at the defer", []step{
			{in: "func deferred() { x := 1; defer fmt.Print(x, \" \"); x = 2; for i := 0; i < 3; i++ { defer fmt.Print(i, \" \") } }", out: "func deferred()\n"},
			{in: "deferred()", out: "2 1 0 1 "},
			{in: "func recovered() (r int) { k := 4; defer func(k int) { if recover() != nil { r = k } }(k); panic(\"x\") }", out: "func recovered() (r int)\n"},
			{in: "recovered()", out: "4  // int\n"},
			// The function value too, in a loop or not (yaegi hung on the first).
			{in: "func fvals() { f := func() { fmt.Print(\"f \") }; for i := 0; i < 2; i++ { defer f() }; h := f; defer h(); h = func() { fmt.Print(\"g \") } }", out: "func fvals()\n"},
			{in: "fvals()", out: "f f f "},
			{in: "func goval() { ch := make(chan int); g := func() { ch <- 1 }; go g(); g = func() { ch <- 2 }; fmt.Print(<-ch, \" \") }", out: "func goval()\n"},
			{in: "goval()", out: "1 "},
			// A deferred coroutine function is called when the function returns.
			{in: "func mk() *loop.Coroutine { fmt.Print(\"made \"); return nil }", out: "func mk() *loop.Coroutine\n"},
			{in: "func deferMk() { defer func() { recover() }(); defer mk(); fmt.Print(\"body \") }", out: "func deferMk()\n"},
			{in: "deferMk()", out: "body made "},
			// recover gives the panic's value, not the interpreter's wrapper.
			{in: "func toErr() (err error) { defer func() { if e, ok := recover().(error); ok { err = fmt.Errorf(\"recovered %T: %w\", e, e) } }(); panic(errors.New(\"x\")) }", out: "func toErr() (err error)\n"},
			{in: "toErr()", out: "recovered *errors.errorString: x  // error (*fmt.wrapError)\n"},
			// errors.Join's error (the shell's own type) names Go's.
			{in: "errors.Join(errors.New(\"a\"))", out: "a  // error (*errors.joinError)\n"},
			{in: "func calm() (s string) { defer func() { if e, ok := recover().(error); ok { s = e.Error() } }(); return \"fine\" }", out: "func calm() (s string)\n"},
			{in: "calm()", out: "\"fine\"  // string\n"},
			{in: "func nilPanic() (s string) { defer func() { s = fmt.Sprintf(\"%T\", recover()) }(); panic(nil) }", out: "func nilPanic() (s string)\n"},
			{in: "nilPanic()", out: "\"*runtime.PanicNilError\"  // string\n"},
		}},
		// fmt's functions taken as values and a variadic wrapper print the
		// session's values by their methods; a named basic type held in
		// interfaces after the wrapper was declared is still told apart
		// from its representation where a verb names the type.
		{"fmt through values", []step{
			{in: "type Card struct{ rank int }", out: "type Card struct{ rank int }\n"},
			{in: "func (c Card) String() string { return fmt.Sprint(\"card\", c.rank) }", out: "func (c Card) String() string\n"},
			{in: "func logf(format string, a ...any) string { return fmt.Sprintf(format, a...) }", out: "func logf(format string, a ...any) string\n"},
			{in: "p := fmt.Sprint", out: "p func(a ...any) string = func\n"},
			{in: "p(Card{3})", out: "\"card3\"  // string\n"},
			{in: "logf(\"%v %T\", Card{4}, Card{})", out: "\"card4 main.Card\"  // string\n"},
			{in: "type Celsius float64", out: "type Celsius float64\n"},
			{in: "var c any = Celsius(3)", out: "c any = 3 (float64 or Celsius)\n"},
			{in: "logf(\"%.1f\", c)", out: "\"3.0\"  // string\n"},
			{in: "logf(\"%T\", c)", errPat: `^input 3:52: panic: repl: fmt.Sprintf with %T of argument 1, a float64 that may be a main.Celsius: `, wantErr: true},
		}},
		{"main does not re-run", []step{
			{in: "func main() { fmt.Println(\"main ran\") }", out: "func main()\n"},
			{in: "1", out: "1  // int\n"},
			{in: "main()", out: "main ran\n"},
		}},
		{"errors and recovery", []step{
			{in: "undefinedThing + 1", errPat: `^input 1:1: undefined: undefinedThing\n$`, wantErr: true},
			{in: "1", out: "1  // int\n"},
			{in: "x := 1 +", errPat: `^input 3:9: syntax error: `, wantErr: true},
			{in: "w := missing", errPat: `^input 4:6: undefined: missing\n$`, wantErr: true},
			{in: "w := 2; w", out: "w int = 2\n2  // int\n"},
			{in: `var s []int; s[3]`, errPat: `^input 6:\d+: panic: .*index out of range`, wantErr: true},
			{in: `func boom() { panic("deep") }`, out: "func boom()\n"},
			{in: "boom()", errPat: "^input 7:15: panic: deep\n\tcalled from input 8:1\n$", wantErr: true},
			{in: `go func() { panic("in goroutine") }()`, errPat: `^input 9:\d+: panic: in goroutine \(in a goroutine started at input 9:1\)`, eventually: true, racy: true},
			{in: `x := "still works"; x`, out: "x string = \"still works\"\n\"still works\"  // string\n"},
			{in: "func bad() int { return \"s\" }", errPat: `^input 11:\d+: `, wantErr: true},
			{in: "func bad() int { return 1 }; bad()", out: "func bad() int\n1  // int\n"},
			{in: "var i int = \"s\"", errPat: `^input 13:\d+: `, wantErr: true},
			{in: "os.Exit(3)", errPat: `os.Exit\(3\)`, wantErr: true},
			{in: "2", out: "2  // int\n"},
			// yaegi accepts this and fails when it runs: the type check
			// refuses it before, as Go's compiler does.
			{in: "func g() { loop.Await(42) }", errPat: `^input 16:23: cannot use 42 \(constant of type int\) as loop.Awaitable value in argument to loop.Await: int does not implement loop.Awaitable \(missing method ToFuture\)\n$`, wantErr: true},
			{in: "g()", errPat: `^input 17:1: undefined: g\n$`, wantErr: true},
			// A function the runtime calls on a goroutine of its own is
			// guarded as a go statement's is.
			{in: `_ = time.AfterFunc(time.Millisecond, func() { panic("later") })`, errPat: `^input 18:\d+: panic: later \(in a goroutine started at input 18:5\)`, eventually: true, racy: true},
			{in: "3", out: "3  // int\n"},
			{in: "a, b := 1, 2, 3", errPat: `^input 20:9: assignment mismatch: 2 variables but 3 values\n$`, wantErr: true},
			{in: "x, y := 1", errPat: `^input 21:9: assignment mismatch: 2 variables but 1 value\n$`, wantErr: true},
			{in: "len", errPat: `^input 22:1: len \(built-in\) must be called\n$`, wantErr: true},
			{in: "if true { return }", errPat: `^input 23:11: return outside a function: the statements of an input run at the top level \(put them in a function to return early\)\n$`, wantErr: true},
			{in: "defer fmt.Println(1)", errPat: `^input 24:1: defer outside a function`, wantErr: true},
			{in: "loop.Gather(1, 2)", errPat: `^input 25:13: cannot use 1 \(constant of type int\) as loop.Awaitable value in argument to loop.Gather: int does not implement loop.Awaitable \(missing method ToFuture\)\n$`, wantErr: true},
			{in: "var r io.Reader = 3", errPat: `^input 26:19: cannot use 3 \(constant of type int\) as io.Reader value in variable declaration: int does not implement io.Reader \(missing method Read\)\n$`, wantErr: true},
			{in: "4", out: "4  // int\n"},
		}},
		{"top-level await and tasks", []step{
			{in: "loop.Await(loop.Sleep(time.Second))", out: ""},
			{in: "t := loop.CreateTask(loop.Async(func() { for i := 0; i < 3; i++ { loop.Await(loop.Sleep(time.Second)); fmt.Println(\"tick\", i) } }))",
				out: "t *loop.Task = Task(<input2.func1>)<PENDING>\n", errPat: `^input 2:67: warning: loop.Await's error dropped as a statement`},
			{in: "loop.Await(loop.Sleep(1500 * time.Millisecond))", out: "tick 0\n"},
			{in: "loop.Await(t)", out: "tick 1\ntick 2\n"},
			{in: "t", out: "Task(<input2.func1>)<FINISHED result=<nil>>  // *loop.Task\n"},
			{in: "func fetch(n int) *loop.Coroutine { return loop.Async(func() (any, error) { loop.Await(loop.Sleep(time.Second)); return n * 10, nil }) }",
				out: "func fetch(n int) *loop.Coroutine\n", errPat: `^input 6:77: warning: loop.Await's error dropped as a statement`},
			{in: "loop.Await(fetch(4))", out: "40  // any (int)\n"},
			{in: "loop.CreateTask(fetch(1))", out: "Task(<fetch>)<PENDING>  // *loop.Task\n"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runSteps(t, repl.Config{}, tt.steps) })
	}
}

// A step is one input of a session test and what it must print.
type step struct {
	in      string
	out     string // exact stdout
	errPat  string // regexp for stderr; empty: no error
	wantErr bool
	// eventually: stderr comes from another goroutine, later
	eventually bool
	// racy: interpreted code keeps running on another goroutine while
	// the next input compiles, a data race inside yaegi (issue #140)
	racy bool
}

// runSteps runs the inputs of steps in a new session, one by one, and
// checks what each prints.
func runSteps(t *testing.T, cfg repl.Config, steps []step) {
	t.Helper()
	s, out, errs := newSession(t, cfg)
	for _, st := range steps {
		if st.racy && raceEnabled {
			s.Eval(context.Background(), "0") // keeps the input numbers
			continue
		}
		out.Reset()
		errs.Reset()
		err := s.Run(context.Background(), st.in)
		if (err != nil) != st.wantErr {
			t.Errorf("%q: error %v, want error %v", st.in, err, st.wantErr)
		}
		if got := out.String(); got != st.out {
			t.Errorf("%q: stdout\n%s\nwant\n%s", st.in, got, st.out)
		}
		got := errs.String()
		for deadline := time.Now().Add(5 * time.Second); st.eventually && got == "" && time.Now().Before(deadline); got = errs.String() {
			runtime.Gosched()
		}
		if st.errPat == "" && got != "" {
			t.Errorf("%q: unexpected stderr:\n%s", st.in, got)
		}
		if st.errPat != "" && !regexp.MustCompile(st.errPat).MatchString(got) {
			t.Errorf("%q: stderr\n%s\ndoes not match %s", st.in, got, st.errPat)
		}
	}
}

// TestInterruptCancelsTask checks that an interrupt cancels the running
// input's task at its await and leaves background tasks alone.
func TestInterruptCancelsTask(t *testing.T) {
	s, out, _ := newSession(t, repl.Config{Clock: "real"})
	ctx := context.Background()
	if err := s.Run(ctx, `bg := loop.CreateTask(loop.Async(func() { for { if _, err := loop.Await(loop.Sleep(time.Millisecond)); err != nil { return } } }))`); err != nil {
		t.Fatal(err)
	}
	ictx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		// Interrupt once the input runs (the input's own task is hidden
		// from :tasks, the marker it starts is not); a cancellation that
		// comes before its await is delivered there.
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); runtime.Gosched() {
			tasks, _ := s.Tasks()
			for _, ti := range tasks {
				if ti.Name == "marker" {
					cancel()
					return
				}
			}
		}
	}()
	_, err := s.Eval(ictx, `loop.CreateTask(loop.Async(func() { loop.Await(loop.Sleep(time.Hour)) }).Named("marker", "")); _, err := loop.Await(loop.Sleep(time.Hour)); if err != nil { panic(err) }`)
	if err == nil || !strings.Contains(err.Error(), "cancel") {
		t.Fatalf("interrupted input: err = %v, want a cancellation", err)
	}
	out.Reset()
	if err := s.Run(ctx, "bg.Done()"); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "false  // bool\n" {
		t.Errorf("background task after the interrupt: %q, want it still running", got)
	}
}

// TestInterruptStopsTightLoop checks that an input that never awaits is
// stopped at a safe point of its loop, and that the session then says
// where and keeps working, its background task still running.
func TestInterruptStopsTightLoop(t *testing.T) {
	s, out, _ := newSession(t, repl.Config{StopGrace: 20 * time.Second})
	ctx, cancel := context.WithCancel(context.Background())
	if err := s.Run(ctx, "bg := loop.CreateTask(loop.Async(func() (any, error) { for { if _, err := loop.Await(loop.Sleep(time.Hour)); err != nil { return 1, err } } }))"); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	go func() {
		// Cancelled once the loop runs: earlier, the input's task would
		// be cancelled before its first step, which is another test.
		for !strings.Contains(out.String(), "spinning") {
			runtime.Gosched()
		}
		cancel()
	}()
	_, err := s.Eval(ctx, "n := 0; fmt.Println(\"spinning\"); for { n++ }")
	var e *repl.Error
	if !errors.As(err, &e) || e.Msg != "input 2 interrupted at input 2:34" {
		t.Fatalf("tight loop: err = %v, want it interrupted at input 2:34 (its for)", err)
	}
	out.Reset()
	if err := s.Run(context.Background(), "1 + 1"); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "2  // int\n" {
		t.Errorf("after the interrupt: %q", got)
	}
	out.Reset()
	if err := s.Run(context.Background(), "loop.Await(loop.Sleep(0)); bg.Done()"); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "false  // bool\n" {
		t.Errorf("the background task after the interrupt: Done() = %q, want false", got)
	}
}

func TestTasksAndCancel(t *testing.T) {
	s, out, errs := newSession(t, repl.Config{})
	ctx := context.Background()
	if err := s.Run(ctx, "func sleeper() *loop.Coroutine { return loop.Async(func() { loop.Await(loop.Sleep(time.Hour)) }) }\nt1 := loop.CreateTask(sleeper())"); err != nil {
		t.Fatal(err)
	}
	tasks, err := s.Tasks()
	if err != nil || len(tasks) != 1 || tasks[0].Name != "sleeper" || !strings.HasPrefix(tasks[0].Origin, "input 1, line 1:") || !strings.HasPrefix(tasks[0].Awaiting, "sleep") {
		t.Fatalf("Tasks() = %+v", tasks)
	}
	if _, _, err := s.Cancel("nosuch"); err == nil {
		t.Error("Cancel(nosuch) succeeded")
	}
	if got, _, err := s.Cancel("1"); err != nil || len(got) != 1 {
		t.Fatalf("Cancel(1) = %v, %v", got, err)
	}
	out.Reset()
	if err := s.Run(ctx, "loop.Await(loop.Sleep(0)); t1.Done()"); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "true  // bool\n" {
		t.Errorf("after :cancel: %q (stderr %q)", got, errs.String())
	}
	if tasks, err := s.Tasks(); err != nil || len(tasks) != 0 {
		t.Errorf("tasks left: %v, %v", tasks, err)
	}
}

// TestTasksOfABlockedLoop checks that Tasks and Cancel fail when a callback
// blocks the loop, rather than report no pending tasks, and work again
// once it lets go.
func TestTasksOfABlockedLoop(t *testing.T) {
	defer repl.SetLoopPatience(50 * time.Millisecond)()
	s, _, errs := newSession(t, repl.Config{})
	if err := s.Run(context.Background(), "bt := loop.CreateTask(loop.Async(func() (any, error) { return loop.Await(loop.Sleep(time.Hour)) }))"); err != nil {
		t.Fatal(err)
	}
	release := make(chan struct{})
	blocking := make(chan struct{})
	s.Loop().CallSoonThreadsafe(func() { close(blocking); <-release })
	<-blocking
	if tasks, err := s.Tasks(); err == nil || len(tasks) != 0 {
		t.Errorf("Tasks() of a blocked loop = %v, %v; want an error", tasks, err)
	}
	for _, spec := range []string{"bt", "1", "all"} {
		if done, running, err := s.Cancel(spec); err == nil || len(done)+len(running) != 0 {
			t.Errorf("Cancel(%q) on a blocked loop = %v, %v, %v; want an error", spec, done, running, err)
		}
	}
	if err := s.SetClock("real"); err == nil {
		t.Error("SetClock on a blocked loop succeeded")
	}
	close(release)
	if tasks, err := s.Tasks(); err != nil || len(tasks) != 1 {
		t.Errorf("Tasks() once the loop is free = %v, %v; want bt", tasks, err)
	}
	if errs.String() != "" {
		t.Errorf("stderr: %q; the errors are the callers' to report", errs.String())
	}
}

// TestTasksOfASpinningTask checks that a request the loop does not get
// to, because a task computes without awaiting, names the task and how to
// stop it, and that :cancel by that name does.
func TestTasksOfASpinningTask(t *testing.T) {
	defer repl.SetLoopPatience(50 * time.Millisecond)()
	s, _, _ := newSession(t, repl.Config{})
	if err := s.Run(context.Background(), `n := 0; loop.CreateTask(loop.Async(func() { for { n++ } }), loop.Name("spinner"))`); err != nil {
		t.Fatal(err)
	}
	var err error
	for range 200 {
		if _, err = s.Tasks(); err != nil {
			break
		}
	}
	if err == nil || !strings.Contains(err.Error(), "Task(<spinner>) holds it, running without awaiting (:cancel spinner, or Ctrl-C at the prompt, stops it)") {
		t.Fatalf("Tasks() while a task spins: %v", err)
	}
	if cancelled, _, err := s.Cancel("spinner"); err != nil || len(cancelled) != 1 {
		t.Errorf("Cancel(spinner) = %v, %v", cancelled, err)
	}
}

func TestCloseCancelsPending(t *testing.T) {
	var out, errs syncbuf.Buffer
	s, err := repl.NewSession(repl.Config{Stdout: &out, Stderr: &errs, Clock: "virtual"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Run(context.Background(), "func forever() *loop.Coroutine { return loop.Async(func() { loop.Await(loop.Sleep(time.Hour)) }) }; loop.CreateTask(forever())"); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if got := errs.String(); !strings.Contains(got, "cancelling 1 pending task(s):\n  1  Task(<forever>)<PENDING>  created at input 1:") {
		t.Errorf("Close reported:\n%s", got)
	}
	if _, err := s.Eval(context.Background(), "1"); err == nil {
		t.Error("Eval after Close succeeded")
	}
}

func TestNeverAwaitedWarning(t *testing.T) {
	s, _, errs := newSession(t, repl.Config{})
	ctx := context.Background()
	s.Run(ctx, "func work() *loop.Coroutine { return loop.Async(func() {}) }")
	s.Run(ctx, "work()")
	s.Run(ctx, "1")
	if got := errs.String(); !strings.Contains(got, "'work'") || !strings.Contains(got, "never awaited") || !strings.Contains(got, "input 1:") {
		t.Errorf("stderr:\n%s\nwant a never-awaited warning naming work and input 1", got)
	}
}

// TestLoadNegZeroGeneric checks that a negative zero passed to a generic
// function of a :load keeps its sign (see lower_negzero.go).
func TestLoadNegZeroGeneric(t *testing.T) {
	s, out, errs := newSession(t, repl.Config{})
	src := []byte("package main\n\ntype Number interface{ ~int | ~float64 }\n\nfunc Pick[T Number](a T, ok bool) T {\n\tif ok {\n\t\treturn a\n\t}\n\tvar z T\n\treturn z\n}\n")
	if err := s.Load(context.Background(), "lib.go", src); err != nil {
		t.Fatalf("Load: %v\n%s", err, errs.String())
	}
	if err := s.Run(context.Background(), "z := 0.0; z = -z; fmt.Println(1/Pick(z, true), Pick(3, true), Pick[float64](-1, false))"); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "-Inf 3 0\nz float64 = -0\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestLoadNegZeroAnyGeneric checks a negative zero passed to generic
// functions of a :load whose parameters are of a type parameter that may
// be an interface, or of a type made of one (taken by a pointer, see
// internal/frontend/lower_negzero.go): it keeps its sign, and so do a nil
// and a value of the session's held in an interface.
func TestLoadNegZeroAnyGeneric(t *testing.T) {
	s, out, errs := newSession(t, repl.Config{})
	src := []byte(`package main

import "fmt"

type Pair[T any] struct{ A, B T }

func Show[T any](x T) string { return fmt.Sprint(x) }

func First[T comparable](p Pair[T]) T { return p.A }

func Head[T any](a [2]T) T { return a[0] }

type Label struct{ Text string }

func (l Label) String() string { return "label " + l.Text }
`)
	if err := s.Load(context.Background(), "lib.go", src); err != nil {
		t.Fatalf("Load: %v\n%s", err, errs.String())
	}
	for _, in := range []string{
		"z := 0.0; z = -z",
		"fmt.Println(Show(z), 1/First(Pair[float64]{z, 1}), 1/Head([2]float64{z, 0}))",
		"var st fmt.Stringer = Label{\"a\"}; fmt.Println(Show(st), Show[any](nil), Show[error](nil))",
		"f := Show[float64]; fmt.Println(f(z))",
	} {
		if err := s.Run(context.Background(), in); err != nil {
			t.Fatalf("%s: %v\n%s", in, err, errs.String())
		}
	}
	if got, want := out.String(), "z float64 = -0\n-0 -Inf -Inf\nlabel a <nil> <nil>\nst fmt.Stringer = label a\n-0\nf func(x float64) string = func\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestNegZeroAnyGenericAtThePrompt checks a negative zero passed to a
// generic function declared at the prompt whose parameter is of a type
// parameter that may be an interface: it keeps its sign, in a later input,
// through generic code, and among a call's several results passed on
// (must(strconv.Atoi(s)) took no float and was refused); an argument of a
// type that cannot be written where the call is goes as it is.
func TestNegZeroAnyGenericAtThePrompt(t *testing.T) {
	runSteps(t, repl.Config{}, []step{
		{in: "func Show[T any](x T) { fmt.Println(x) }", out: "func Show[T any](x T)\n"},
		{in: "func Twice[T any](x T) { Show(x); Show(x) }", out: "func Twice[T any](x T)\n"},
		{in: "z := math.Copysign(0, -1)", out: "z float64 = -0\n"},
		{in: "Show(z); Twice(z); Show(struct{ X float64 }{z})", out: "-0\n-0\n-0\n{-0}\n"},
		{in: "func two() (float64, float64) { return z, z }", out: "func two() (float64, float64)\n"},
		{in: "func Both[T any](a, b T) { fmt.Println(a, b) }", out: "func Both[T any](a, b T)\n"},
		{in: "Both(two())", out: "-0 -0\n"},
		{in: "func must[T any](v T, err error) T { if err != nil { panic(err) }; return v }", out: "func must[T any](v T, err error) T\n"},
		{in: "must(strconv.Atoi(\"42\")) + 1", out: "43  // int\n"},
		{in: "x := must(strconv.ParseFloat(\"-0\", 64))", out: "x float64 = -0\n"},
		{in: "a, b := two(); Both(a, b)", out: "-0 -0\na float64 = -0\nb float64 = -0\n"},
		// A type the input cannot write: an unexported one, holding no
		// float, goes as it is; one of a package the input does not
		// import is named.
		{in: "func Kind[T any](x T) { fmt.Printf(\"%T\\n\", x) }", out: "func Kind[T any](x T)\n"},
		{in: "Kind(http.NoBody); Kind(context.Background())", out: "http.noBody\ncontext.backgroundCtx\n"},
	})
}

func TestLoad(t *testing.T) {
	s, out, errs := newSession(t, repl.Config{})
	src := []byte(`package main

import "fmt"

func helper() int { return 41 }

func main() {
	l := loop.Get()
	l.RunUntilComplete(loop.Async(func() { fmt.Println("main ran", helper()+1) }))
}
`)
	src = []byte(strings.Replace(string(src), `import "fmt"`, "import (\n\t\"fmt\"\n\n\t\"github.com/asyncrepl/asyncrepl/loop\"\n)", 1))
	if err := s.Load(context.Background(), "prog.go", src); err != nil {
		t.Fatalf("Load: %v\n%s", err, errs.String())
	}
	if got := out.String(); got != "main ran 42\n" {
		t.Errorf("Load printed %q", got)
	}
	out.Reset()
	if err := s.Run(context.Background(), "helper()"); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "41  // int\n" {
		t.Errorf("helper() after Load: %q", got)
	}
	err := s.Load(context.Background(), "bad.go", []byte("package main\nfunc f() { undefinedName() }\n"))
	if err == nil || !strings.HasPrefix(err.Error(), "bad.go:2:12: undefined: undefinedName") {
		t.Errorf("Load(bad.go) = %v", err)
	}
}

// TestClockSwitchGoesForward checks that loop time keeps going forward when
// the clock is switched, so that a deadline read before a switch keeps its
// meaning after it.
func TestClockSwitchGoesForward(t *testing.T) {
	s, out, errs := newSession(t, repl.Config{Clock: "virtual"})
	ctx := context.Background()
	if err := s.Run(ctx, "loop.Await(loop.Sleep(time.Hour)); at := loop.Get().Time()"); err != nil {
		t.Fatal(err)
	}
	last := s.Loop().Time()
	if last < 3600 {
		t.Fatalf("after an hour's virtual sleep the loop reads %v", last)
	}
	for _, clock := range []string{"real", "virtual", "virtual", "real", "real"} {
		if err := s.SetClock(clock); err != nil {
			t.Fatalf("SetClock(%s): %v", clock, err)
		}
		now := s.Loop().Time()
		if now < last {
			t.Errorf("switched to the %s clock, the loop went back from %v to %v", clock, last, now)
		}
		last = now
	}
	if err := s.SetClock("virtual"); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if err := s.Run(ctx, `loop.Get().CallAt(at+2, func() { fmt.Println("due") }); loop.Await(loop.Sleep(3 * time.Second))`); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "due\n" {
		t.Errorf("a timer due 2s after a deadline read before the switches: %q (stderr %q)", got, errs.String())
	}
	for _, bad := range []string{"sundial", ""} {
		if err := s.SetClock(bad); err == nil {
			t.Errorf("SetClock(%q) succeeded", bad)
		}
	}
	if !s.Loop().Clock().Virtual() {
		t.Error("a bad clock name switched the clock")
	}
}

// TestLoadSameBaseName checks that two files with one base name, and one
// file under two spellings, load side by side, each reloadable, with
// messages that show each as the user named it.
func TestLoadSameBaseName(t *testing.T) {
	s, out, errs := newSession(t, repl.Config{})
	ctx := context.Background()
	prog := func(name string) []byte {
		return []byte("package main\n\nimport \"fmt\"\n\nfunc " + name + "() { panic(\"boom\") }\n\nfunc main() { fmt.Println(\"main of " + name + "\") }\n")
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	abs := filepath.Join(wd, "mine.go")
	loads := []struct{ name, fn string }{
		{"c/main.go", "c"},
		{"d/main.go", "d"},
		{abs, "absMine"},
		{"mine.go", "relMine"},
		{"d/main.go", "d"}, // a reload
		{abs, "absMine"},
	}
	for _, l := range loads {
		out.Reset()
		if err := s.Load(ctx, l.name, prog(l.fn)); err != nil {
			t.Fatalf("Load(%s): %v\n%s", l.name, err, errs.String())
		}
		if got, want := out.String(), "main of "+l.fn+"\n"; got != want {
			t.Errorf("Load(%s) printed %q, want %q", l.name, got, want)
		}
	}
	for _, call := range []struct{ fn, at string }{{"c", "c/main.go"}, {"d", "d/main.go"}, {"absMine", abs}, {"relMine", "mine.go"}} {
		errs.Reset()
		s.Run(ctx, call.fn+"()")
		if want := call.at + ":5:"; !strings.HasPrefix(errs.String(), want) {
			t.Errorf("%s() panicked with %q, want it at %s", call.fn, errs.String(), want)
		}
	}
	err = s.Load(ctx, "c/main.go", []byte("package main\n\nfunc main() { undefinedName() }\n"))
	if err == nil || !strings.HasPrefix(err.Error(), "c/main.go:3:15: undefined: undefinedName") {
		t.Errorf("Load(c/main.go) with an error = %v", err)
	}
}

// TestInterruptAfterBlockedLoop checks that the first interrupt of a
// session made after one whose loop was left blocked in a task's step
// cancels the input, as an interrupt does, rather than leave it running
// until it is stopped hard: the blocked loop must not count as running, or
// the new session's awaits look for their task among its blocked step's.
// It runs in a process of its own: once two loops have run at once in a
// process, tasks record their goroutines, which hides the fault.
func TestInterruptAfterBlockedLoop(t *testing.T) {
	const child = "REPL_TEST_BLOCKED_LOOP_CHILD"
	if os.Getenv(child) != "1" {
		guard, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(guard, os.Args[0], "-test.run=^TestInterruptAfterBlockedLoop$", "-test.v")
		cmd.Env = append(os.Environ(), child+"=1")
		out, err := cmd.CombinedOutput()
		if err != nil || !strings.Contains(string(out), "--- PASS: TestInterruptAfterBlockedLoop") {
			t.Errorf("in a process of its own: %v\n%s", err, out)
		}
		return
	}
	defer repl.SetLoopPatience(100 * time.Millisecond)()
	ctx := context.Background()
	old, _, _ := newSession(t, repl.Config{Clock: "real"})
	if err := old.Run(ctx, "var wg sync.WaitGroup; wg.Add(1)"); err != nil {
		t.Fatal(err)
	}
	// A task that waits in compiled code: its step never returns. Its
	// first step yields, so that the input ends before the loop blocks.
	if err := old.Run(ctx, "loop.CreateTask(loop.Async(func() { loop.Await(loop.Sleep(0)); wg.Wait() }))"); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(10 * time.Second); ; {
		if _, err := old.Tasks(); err != nil {
			break // the loop is blocked
		}
		if time.Now().After(deadline) {
			t.Fatal("the task did not block the loop")
		}
	}
	if err := old.Close(); err == nil {
		t.Fatal("Close of a blocked loop succeeded")
	}
	s, out, errs := newSession(t, repl.Config{Clock: "real", StopGrace: 10 * time.Second})
	interrupted, interrupt := context.WithCancel(ctx)
	defer interrupt()
	go func() {
		// Interrupt once the input runs; a cancellation that comes before
		// its await is delivered there.
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline) && out.String() == ""; {
			runtime.Gosched()
		}
		interrupt()
	}()
	_, err := s.Eval(interrupted, `fmt.Println("awaiting"); loop.Await(loop.Sleep(time.Hour))`)
	var e *repl.Error
	if !errors.As(err, &e) || e.Msg != "cancelled: input 1" {
		t.Errorf("the first interrupt of the next session: %v, want the input cancelled (stderr %q)", err, errs.String())
	}
}

// TestInterruptLoopHeldByTask: an input that ended, whose task started one
// that computes on the loop without awaiting, is interrupted while the
// shell still waits for the loop: the task holding the loop is stopped at
// a safe point, said so, and the input ends as it was.
func TestInterruptLoopHeldByTask(t *testing.T) {
	defer repl.SetLoopPatience(50 * time.Millisecond)()
	// The grace before a hard stop is long: on a loaded machine the task
	// may take a while to reach its next safe point.
	s, out, errs := newSession(t, repl.Config{Clock: "real", StopGrace: 5 * time.Second})
	interrupted, interrupt := context.WithCancel(context.Background())
	defer interrupt()
	// Interrupted once the task holds the loop (the watchdog says so):
	// an interrupt between the input's end and the task's first step
	// finds nothing holding the loop yet.
	go func() {
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline) && (out.String() == "" || !strings.Contains(errs.String(), "holds it")); {
			runtime.Gosched()
		}
		interrupt()
	}()
	// The task computes for a while (long enough for the interrupt to reach
	// it on a loaded machine), then ends, so that the session closes.
	err := s.Run(interrupted, "start := time.Now(); loop.CreateTask(loop.Async(func() { for time.Since(start) < 30*time.Second {} }))")
	// Stopped at the function's entry (1:49) or at the loop's back-edge
	// (1:58), whichever safe point the task reaches after the interrupt.
	want := regexp.MustCompile(`Task\(<input1.func1>\) interrupted at input 1:(49|58): it ends cancelled; the other tasks run on\n`)
	if err != nil || !want.MatchString(errs.String()) {
		t.Errorf("interrupting the input: %v, stderr %q, want no error and a match for %s", err, errs.String(), want)
	}
}

// TestInterruptHolderRunsWaitingInput: Ctrl-C while an input waits for
// the loop that a background task holds stops that task instead, and the
// input runs after it (it was cancelled too, and had to be typed again).
func TestInterruptHolderRunsWaitingInput(t *testing.T) {
	defer repl.SetLoopPatience(50 * time.Millisecond)()
	s, out, errs := newSession(t, repl.Config{Clock: "real", StopGrace: 5 * time.Second})
	if err := s.Run(context.Background(), `start := time.Now(); x := 0; loop.CreateTask(loop.Async(func() { for time.Since(start) < 30*time.Second { x++ } }), loop.Name("spinner"))`); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline) && !strings.Contains(errs.String(), "holds it"); {
		time.Sleep(time.Millisecond) // polling output, not timing the code under test
	}
	ctx, interrupt := context.WithCancel(context.Background())
	defer interrupt()
	go func() {
		time.Sleep(100 * time.Millisecond) // the input is waiting for the loop by then, or starts after the stop
		interrupt()
	}()
	out.Reset()
	err := s.Run(ctx, "x > 0")
	if err != nil || out.String() != "true  // bool\n" {
		t.Errorf("the waiting input: %v, stdout %q, want it run (true)", err, out.String())
	}
	if !regexp.MustCompile(`Task\(<spinner>\) interrupted at input 1:\d+: it ends cancelled; the other tasks run on\n`).MatchString(errs.String()) {
		t.Errorf("stderr %q, want the spinner interrupted", errs.String())
	}
}
