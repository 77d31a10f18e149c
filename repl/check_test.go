package repl_test

import (
	"context"
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/repl"
)

// TestTypeCheck checks that inputs are type-checked as Go, in the context of
// what the session declared: invalid Go is refused before it runs, in the
// type checker's words at the user's position, and the session keeps what it
// had; valid Go that builds on earlier inputs is accepted.
func TestTypeCheck(t *testing.T) {
	tests := []struct {
		name  string
		steps []step
	}{
		{"refused in the checker's words", []step{
			{in: "x := 1", out: "x int = 1\n"},
			{in: "func f() int { }", errPat: `^input 2:16: missing return\n$`, wantErr: true},
			{in: "var u uint8 = 255 + 1", errPat: `^input 3:15: cannot use 255 \+ 1 \(untyped int constant 256\) as uint8 value in variable declaration \(overflows\)\n$`, wantErr: true},
			{in: "b := uint8(255) + 1", errPat: `^input 4:6: uint8\(255\) \+ 1 \(constant 256 of type uint8\) overflows uint8\n$`, wantErr: true},
			{in: "g := func() { y := 1 }", errPat: `^input 5:15: declared and not used: y\n$`, wantErr: true},
			{in: "a, b := x", errPat: `^input 6:9: assignment mismatch: 2 variables but 1 value\n$`, wantErr: true},
			{in: "strings.ToUpper(\"a\", \"b\")", errPat: `^input 7:22: too many arguments in call to strings.ToUpper\n\thave \(string, string\)\n\twant \(string\)\n$`, wantErr: true},
			{in: "type R struct{ r R }", errPat: `^input 8:6: invalid recursive type: R refers to itself\n$`, wantErr: true},
			{in: "type G[T any] struct{ v T }", out: "type G[T any] struct{ v T }\n"},
			{in: "var g G", errPat: `^input 10:7: cannot use generic type G\[T any\] without instantiation\n$`, wantErr: true},
			{in: "var s string = x", errPat: `^input 11:16: cannot use x \(variable of type int\) as string value in variable declaration\n$`, wantErr: true},
			{in: "x + 1", out: "2  // int\n"},
		}},
		{"main and init are no variables of the session; //go:embed", []step{
			{in: "x := 5", out: "x int = 5\n"},
			{in: "main := func() {\n\tfmt.Println(\"hi\")\n}", errPat: `^input 2, line 1:1: cannot declare main - must be func \(a variable declared at the prompt is the session's, at package level: give it another name\)\n$`, wantErr: true},
			{in: "var a, init = 1, 2", errPat: `^input 3:8: cannot declare init - must be func`, wantErr: true},
			{in: "x", out: "5  // int\n"},
			{in: "func f() int { main := 1; return main }", out: "func f() int\n"},
			{in: "f()", out: "1  // int\n"},
			{in: "//go:embed hello.txt\nvar hello string", errPat: `^input 7, line 1:1: //go:embed is refused: the shell cannot embed files in a program \(the variable would be empty\); read the file when the program runs`, wantErr: true},
			{in: "raw := `\n//go:embed x\n`; len(raw)", out: "raw string = \"\\n//go:embed x\\n\"\n14  // int\n"},
		}},
		{"the session's declarations", []step{
			{in: "type T struct{ n int }", out: "type T struct{ n int }\n"},
			{in: "func (t T) Get() int { return t.n }", out: "func (t T) Get() int\n"},
			{in: "func (t *T) Set(n int) { t.n = n }", out: "func (t *T) Set(n int)\n"},
			{in: "t := T{3}", out: "t T = {n:3}\n"},
			{in: "t.Set(5); t.Get()", out: "5  // int\n"},
			{in: "t.Nope()", errPat: `^input 6:3: t.Nope undefined \(type T has no field or method Nope\)\n$`, wantErr: true},
			{in: "func twice(t T) T { t.n *= 2; return t }", out: "func twice(t T) T\n"},
			{in: "twice(t).Get()", out: "10  // int\n"},
			{in: "type P[K comparable, V any] struct { k K; v V }", out: "type P[K comparable, V any] struct { k K; v V }\n"},
			{in: "func (p P[K, V]) Key() K { return p.k }", out: "func (p P[K, V]) Key() K\n"},
			{in: "p := P[string, int]{k: \"a\", v: 1}", out: "p P[string, int] = {k:a v:1}\n"},
			{in: "p.Key() + \"b\"", out: "\"ab\"  // string\n"},
			// Only what an input uses is checked with it: a variable's type,
			// the types that one mentions, and their methods.
			{in: "type Inner struct{ n int }", out: "type Inner struct{ n int }\n"},
			{in: "func (i Inner) Twice() int { return 2 * i.n }", out: "func (i Inner) Twice() int\n"},
			{in: "type Outer struct{ in map[string][]Inner }", out: "type Outer struct{ in map[string][]Inner }\n"},
			{in: "o := Outer{in: map[string][]Inner{\"a\": {{n: 21}}}}", out: "o Outer = {in:map[a:[{n:21}]]}\n"},
			{in: "o.in[\"a\"][0].Twice()", out: "42  // int\n"},
			{in: "o.in[\"a\"][0].Thrice()", errPat: `^input 18:14: o.in\["a"\]\[0\].Thrice undefined \(type Inner has no field or method Thrice\)\n$`, wantErr: true},
		}},
		{"constants keep their exact values and kinds", []step{
			{in: "const third = 1.0 / 3", out: "third untyped float = 0.3333333333333333\n"},
			{in: "third*3 == 1", out: "true  // bool\n"},
			{in: "const huge = 1 << 100", out: "huge untyped int = 1267650600228229401496703205376\n"},
			{in: "huge >> 98", out: "4  // int\n"},
			{in: "const r = 'a'", out: "r untyped rune = 97\n"},
			{in: "var rr rune = r + 1; rr", out: "rr rune = 98\n98  // rune\n"},
			{in: "const typed uint8 = 200", out: "typed uint8 = 200\n"},
			{in: "typed + 100", errPat: `^input 8:1: typed \+ 100 \(constant 300 of type uint8\) overflows uint8\n$`, wantErr: true},
			{in: `const s = "q\"uote"`, out: "s untyped string = \"q\\\"uote\"\n"},
			{in: "len(s)", out: "6  // int\n"},
			// Shown as its default type, as Go says of printing it.
			{in: "huge", errPat: `^input 11:1: cannot use huge \(untyped int constant 1267650600228229401496703205376\) as int value \(overflows\)\n$`, wantErr: true},
			{in: "1e300 * 1e300", errPat: `^input 12:1: cannot use 1e300 \* 1e300 \(untyped float constant 1e\+600\) as float64 value \(overflows\)\n$`, wantErr: true},
		}},
		{"redeclared names", []step{
			{in: "x := 1", out: "x int = 1\n"},
			{in: `x := "s"`, out: "x string = \"s\"\n"},
			{in: `x + "t"`, out: "\"st\"  // string\n"},
			{in: "x + 1", errPat: `^input 4:1: invalid operation: x \+ 1 \(mismatched types string and untyped int\)\n$`, wantErr: true},
			{in: "func f() int { return 1 }", out: "func f() int\n"},
			{in: "func f() string { return \"one\" }", out: "func f() string\n"},
			{in: "f() + \"!\"", out: "\"one!\"  // string\n"},
			// A type of a variable's or function's name: a struct is
			// declared, a defined type of another kind refused (the
			// interpreter took the name for the variable).
			{in: "type x []int", errPat: `^input 8:6: type x: the session declares x, a variable, which the interpreter keeps beside a type of that name and takes for it; name the type otherwise, or :reset for a fresh session\n$`, wantErr: true},
			{in: "type f int", errPat: `^input 9:6: type f: the session declares f, a function`, wantErr: true},
			{in: "x", out: "\"s\"  // string\n"},
			{in: "type x struct{ A int }", out: "type x struct{ A int }\n"},
			{in: "x{2}", out: "{A:2}  // x\n"},
		}},
		{"results print as fmt prints them", []step{
			{in: "type C int", out: "type C int\n"},
			{in: "func (c C) String() string { return fmt.Sprintf(\"C(%d)\", int(c)) }", out: "func (c C) String() string\n"},
			{in: "c := C(1)", out: "c C = C(1)\n"},
			{in: "c + 1", out: "C(2)  // C\n"},
			{in: "type E struct{ m string }", out: "type E struct{ m string }\n"},
			{in: "func (e *E) Error() string { return \"E:\" + e.m }", out: "func (e *E) Error() string\n"},
			{in: "var np *E", out: "np *E = nil\n"},
			{in: "var err error = &E{\"x\"}", out: "err error = E:x (*E)\n"},
			{in: "var none error; none", out: "none error = nil\nnil  // error\n"},
			{in: "type P struct{}", out: "type P struct{}\n"},
			{in: "func (P) String() string { panic(\"boom\") }", out: "func (P) String() string\n"},
			{in: "P{}", out: "%!v(PANIC=String method: boom)  // P\n"},
			// A nil embedded interface's promoted method: Go's runtime error.
			{in: "type NE struct{ error }", out: "type NE struct{ error }\n"},
			{in: "NE{}", out: "%!v(PANIC=Error method: runtime error: invalid memory address or nil pointer dereference)  // NE\n"},
			{in: "n, err := loop.Await(loop.Async(func() (any, error) { return 41, nil }))", out: "n any = 41 (int or C)\nerr error = nil\n"},
		}},
		{"an assertion compiled before its twin was declared", []step{
			{in: "func isInt(v any) bool { _, ok := v.(int); return ok }", out: "func isInt(v any) bool\n"},
			{in: "type ID int", out: "type ID int\n"},
			{in: "isInt(ID(3))", errPat: `^input 3:7: a value of ID put in an interface here is one an earlier input's code, checked before ID was declared, would take for its twin \(input 1:38: type assertion to int: the interpreter holds both as int\); declare that code again`, wantErr: true},
			{in: "isInt(3)", out: "true  // bool\n"},
		}},
		{"assertions the interpreter cannot answer are refused", []step{
			{in: "type W int", out: "type W int\n"},
			{in: "var a any = W(1)", out: "a any = 1 (int or W)\n"},
			{in: "_, isInt := a.(int)", errPat: `^input 3:16: type assertion to int: the interpreter holds int and W alike \(as int\), so it would take one for the other; give the type a shape of its own`, wantErr: true},
			{in: "type A int", out: "type A int\n"},
			{in: "type B int", out: "type B int\n"},
			{in: "var pa any = new(A); func isB(v any) bool { switch v.(type) { case *B: return true }; return false }", errPat: `^input 6:68: type switch case \*B: the interpreter holds \*B and \*A alike \(as \*int\)`, wantErr: true},
			// Let through while no *A is in an interface; putting one
			// there later is refused.
			{in: "func isB(v any) bool { switch v.(type) { case *B: return true }; return false }", out: "func isB(v any) bool\n"},
			{in: "isB(new(B))", out: "true  // bool\n"},
			{in: "isB(new(A))", errPat: `^input 9:5: a value put in an interface here is one an earlier input would take for its twin \(input 7:47: type switch case \*B: the interpreter holds \*B and \*A alike`, wantErr: true},
			{in: "type C struct{ Y int }", out: "type C struct{ Y int }\n"},
			{in: "func isC(v any) bool { _, ok := v.(C); return ok }", out: "func isC(v any) bool\n"},
			{in: "isC(C{1}) && !isC(A(1))", out: "true  // bool\n"},
			// Struct types of the same fields are told apart.
			{in: "type S1 struct{ X int }; type S2 struct{ X int }", out: "type S1 struct{ X int }\ntype S2 struct{ X int }\n"},
			{in: "var s any = &S1{1}; _, isS2 := s.(*S2)", out: "s any = &{X:1} (*S1)\nisS2 bool = false\n"},
			{in: "func isS1(v any) bool { switch v.(type) { case *S1: return true }; return false }; isS1(&S2{1})", out: "func isS1(v any) bool\nfalse  // bool\n"},
			// A struct type declared as another, in an input of its own, is
			// a type of its own: its fields are written out with its own
			// tag (the interpreter gave it the other's struct type).
			{in: "type V S1", out: "type V S1\n"},
			{in: "var v any = V{2}", out: "v any = {X:2} (V)\n"},
			{in: "_, isS1 := v.(S1)", out: "isS1 bool = false\n"},
			{in: "reflect.TypeOf(V{}) == reflect.TypeOf(S1{})", out: "false  // bool\n"},
			{in: "S1(v.(V)) == S1{2}", out: "true  // bool\n"},
		}},
		{"an input is refused whole", []step{
			{in: "type Q struct{}; func (Q) M() {}; z := nosuch", errPat: `^input 1:40: undefined: nosuch\n$`, wantErr: true},
			{in: "Q{}", errPat: `^input 2:1: undefined: Q\n$`, wantErr: true},
			{in: "import m \"math\"\ntype R struct{ a float64 }\nr := R{m.Sqrt(16)}\nr.a", out: "type R struct{ a float64 }\nr R = {a:4}\n4  // float64\n"},
		}},
		{"twins through errors.As, and types that hold themselves", []step{
			{in: "type Node struct{ Next *Node; V int }", out: "type Node struct{ Next *Node; V int }\n"},
			{in: "var x any = 1", out: "x any = 1 (int)\n"},
			{in: "_, ok := x.(int)", out: "ok bool = true\n"},
			{in: "type NotFound struct{ Key string }; func (e *NotFound) Error() string { return \"nf\" }", errPat: ``, out: "type NotFound struct{ Key string }\nfunc (e *NotFound) Error() string\n"},
			{in: "type Conflict struct{ Key string }; func (e *Conflict) Error() string { return \"c\" }", out: "type Conflict struct{ Key string }\nfunc (e *Conflict) Error() string\n"},
			// Struct types of the same fields are told apart.
			{in: "var c error = &Conflict{}; var nf *NotFound; errors.As(c, &nf)", out: "c error = c (*Conflict)\nnf *NotFound = nil\nfalse  // bool\n"},
			{in: "var nf *NotFound; errors.As(errors.New(\"x\"), &nf)", out: "nf *NotFound = nil\nfalse  // bool\n"},
		}},
		{"errors' methods on struct types of one shape; a value error type is told by name", []step{
			{in: "type Wrap struct{ Err error }; func (w *Wrap) Error() string { return \"w\" }; func (w *Wrap) Unwrap() error { return w.Err }", out: "type Wrap struct{ Err error }\nfunc (w *Wrap) Error() string\nfunc (w *Wrap) Unwrap() error\n"},
			{in: "type Plain struct{ Err error }; func (p *Plain) Error() string { return \"p\" }", out: "type Plain struct{ Err error }\nfunc (p *Plain) Error() string\n"},
			{in: "errors.Unwrap(&Plain{})", out: "nil  // error\n"},
			{in: "type Code int; func (c Code) Error() string { return \"code\" }", out: "type Code int\nfunc (c Code) Error() string\n"},
			{in: "var e error = Code(3)", out: "e error = code (Code)\n"},
			{in: "c, ok := e.(Code)", out: "c Code = code\nok bool = true\n"},
		}},
		{"errors.As to the program's interface sees the session's types", []step{
			{in: "type Coder interface{ Code() int }", out: "type Coder interface{ Code() int }\n"},
			{in: "type NF struct{ n int }", out: "type NF struct{ n int }\n"},
			{in: `func (e NF) Error() string { return "nf" }`, out: "func (e NF) Error() string\n"},
			{in: "func (e NF) Code() int { return 404 + e.n }", out: "func (e NF) Code() int\n"},
			{in: "var c Coder; errors.As(NF{1}, &c)", out: "c Coder = nf (NF)\ntrue  // bool\n"},
			{in: `var c Coder; errors.As(fmt.Errorf("w: %w", NF{2}), &c)`, out: "c Coder = nf (NF)\ntrue  // bool\n"},
			{in: "c.Code()", out: "406  // int\n"},
			{in: "func asC(err error) int { var c Coder; if errors.As(err, &c) { return c.Code() }; return -1 }", out: "func asC(err error) int\n"},
			{in: "asC(NF{1})", out: "405  // int\n"},
			{in: "type Timeout struct{}", out: "type Timeout struct{}\n"},
			{in: `func (*Timeout) Error() string { return "to" }`, out: "func (*Timeout) Error() string\n"},
			{in: "func (*Timeout) Timeout() bool { return true }", out: "func (*Timeout) Timeout() bool\n"},
			{in: "type TO interface{ Timeout() bool }", out: "type TO interface{ Timeout() bool }\n"},
			{in: "var err error = &Timeout{}", out: "err error = to (*Timeout)\n"},
			{in: "var to TO; errors.As(err, &to)", out: "to TO = to (*Timeout)\ntrue  // bool\n"},
		}},
		{"a Python programmer's habits", []step{
			{in: "x = 5", errPat: `^input 1:1: undefined: x \(declare it with x := \.\.\. or var x = \.\.\.; = assigns to a variable declared before\)\n$`, wantErr: true},
			{in: "x == 5", errPat: `^input 2:1: undefined: x\n$`, wantErr: true},
			{in: "func f() { total = 1 }", errPat: `^input 3:12: undefined: total \(declare it with total :=`, wantErr: true},
			{in: "n := 3", out: "n int = 3\n"},
			{in: "str(n)", errPat: `^input 5:1: undefined: str \(Go writes a number as text with strconv.Itoa\(n\) or fmt.Sprint\(n\)\)\n$`, wantErr: true},
			{in: `"n=" + n`, errPat: `^input 6:1: invalid operation: "n=" \+ n \(mismatched types untyped string and int\) \(Go writes a number as text with strconv.Itoa`, wantErr: true},
			{in: `int("5")`, errPat: `^input 7:5: cannot convert "5" \(untyped string constant\) to type int \(a conversion does not parse text: strconv.Atoi does\)\n$`, wantErr: true},
			{in: "ok := True", errPat: `^input 8:7: undefined: True \(Go's booleans are true and false\)\n$`, wantErr: true},
			{in: "v, err := loop.Await(loop.Async(func() (any, error) { return []int{1, 2}, nil }))", out: "v any = [1 2] ([]int)\nerr error = nil\n"},
			{in: "v[0]", errPat: `^input 10:1: cannot index v \(variable of interface type any\) \(assert the type v holds first: it held a \[\]int when declared, v.\(\[\]int\); a type switch tells which\)\n$`, wantErr: true},
			{in: "v.([]int)[1]", out: "2  // int\n"},
			{in: "names := []string{\"b\"}", out: "names []string = [\"b\"]\n"},
			{in: `names.append("a")`, errPat: `^input 13:7: names.append undefined \(type \[\]string has no field or method append\) \(Go writes it names = append\(names, x\)\)\n$`, wantErr: true},
			{in: "x := \"5\"", out: "x string = \"5\"\n"},
			{in: "x + 1", errPat: `^input 15:1: invalid operation: x \+ 1 \(mismatched types string and untyped int\)\n$`, wantErr: true},
			{in: `"ab".upper()`, errPat: `^input 16:6: "ab".upper undefined \(type untyped string has no field or method upper\)\n$`, wantErr: true},
			{in: "s := \"ab\"; s.upper()", errPat: `\(Go writes it strings.ToUpper\(s\)\)\n$`, wantErr: true},
			{in: "n ** 2", errPat: `^input 18:6: invalid operation: cannot indirect 2 \(untyped int constant\) \(Go has no power operator: math.Pow\(x, y\) for floats, or a loop of multiplications\)\n$`, wantErr: true},
			{in: "while n > 0 { n-- }", errPat: `^input 19:7: syntax error: unexpected name n at end of statement \(Go's only loop is for: for x > 0 \{ ... \}\)\n$`, wantErr: true},
			{in: "if n > 5 {\n} elif n > 2 {\n}", errPat: `^input 20, line 2:3: syntax error: unexpected name elif at end of statement \(Go writes else if\)\n`, wantErr: true},
			{in: "def f():", errPat: `^input 21:5: syntax error: unexpected name f at end of statement \(Go declares a function with func: func f\(x int\) int \{ ... \}\)\n$`, wantErr: true},
			{in: "n > 1 and n < 5", errPat: `^input 22:7: syntax error: unexpected name and at end of statement \(Go's logical operators are &&, \|\| and !\)\n$`, wantErr: true},
			// Not where the name is the input's own, in another scope:
			// a field, a variable declared after, a local function.
			{in: "type T struct{ zz int }\nfunc (t *T) set() { zz = 5 }", errPat: `^input 23, line 2:21: undefined: zz\n$`, wantErr: true},
			{in: "func h() {\n  str := func(int) string { return \"\" }\n  _ = str\n}\nfunc k() string { return str(1) }", errPat: `^input 24, line 5:26: undefined: str( \(the prompt compiles[^)]*\))?\n$`, wantErr: true},
			{in: "q := new(int); ***q", errPat: `^input 25:18: invalid operation: cannot indirect \*q \(variable of type int\)\n$`, wantErr: true},
			// A name of the session's own is no habit.
			{in: "type str int", out: "type str int\n"},
			{in: "str(n)", out: "3  // str\n"},
			// Nor a field of a struct of the session's, in a method
			// declared later (p.X meant).
			{in: "type P struct{ X int }", out: "type P struct{ X int }\n"},
			{in: "func (p *P) Set() { X = 5 }", errPat: `^input 29:21: undefined: X\n$`, wantErr: true},
		}},
		{"imports at the prompt", []step{
			{in: `import m "math"`, out: ""},
			{in: "m.Sqrt(16)", out: "4  // float64\n"},
			{in: "import \"no/such/pkg\"", errPat: `^input 3:8: package "no/such/pkg" is not available`, wantErr: true},
			{in: "strings.Splt(\"a\", \"\")", errPat: `^input 4:9: undefined: strings.Splt \(did you mean strings.Split\?\)\n$`, wantErr: true},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runSteps(t, repl.Config{}, tt.steps) })
	}
}

// TestTypeOfDocSelectors checks what the type checker answers about the
// session without running anything: :type, :doc and the fields and methods
// Tab offers after a dot.
func TestTypeOfDocSelectors(t *testing.T) {
	s, _, _ := newSession(t, repl.Config{})
	for _, in := range []string{
		"type Q struct{ items []int; Name string }",
		"func (q *Q) Put(x int) { q.items = append(q.items, x) }",
		"func (q Q) Len() int { return len(q.items) }",
		"q := &Q{}",
		"r := strings.NewReader(\"x\")",
		"n := 0",
		"type Sizer interface{ Len() int }",
		"func Max[T cmp.Ordered](a, b T) T { return max(a, b) }",
		"type Box[T any] struct{ V T }",
		// Doc comments: in the input, and alone in the input before.
		"// Point is a place.\n// On a plane.\ntype Point struct{ X, Y int }",
		"// Norm is the taxicab norm,",
		"// typed line by line.",
		"func (p Point) Norm() int { return p.X + p.Y }",
		"// lost: an input in between",
		"n2 := 1",
		"func undocumented() {}",
		"const Pi = 3.14",
	} {
		if err := s.Run(context.Background(), in); err != nil {
			t.Fatalf("%s: %v", in, err)
		}
	}
	for _, tt := range []struct{ expr, want, err string }{
		{"q", "*Q", ""},
		{"q.Len", "func() int", ""},
		{"q.Len() + n", "int", ""},
		{"1.0 / 4", "untyped float constant 0.25", ""},
		{"time.Duration", "type time.Duration int64", ""},
		{"Q", "type Q struct{items []int; Name string}", ""},
		{"strconv.Atoi(\"1\")", "(int, error)", ""},
		{"len", "built-in function len", ""},
		{"q.Put(1)", "no value (a call of a function without results)", ""},
		{"loop.Await(loop.Sleep(0))", "(any, error)", ""},
		{"nosuch", "", "repl: nosuch: undefined: nosuch"},
		{"q.Len() + nosuch", "", "repl: q.Len() + nosuch, column 11: undefined: nosuch"},
		{"n := 1", "", "is a statement, not an expression"},
		{"Max", "func[T cmp.Ordered](a T, b T) T", ""},
		{"Box", "type Box[T any] struct{V T}", ""},
		{"Box[int]", "type Box[int] struct{V int}", ""},
		{"Max(1, 2.5)", "float64", ""},
		{"slices.Collect", "func[E any](seq iter.Seq[E]) []E", ""},
		{"slices.Nope", "", "undefined: slices.Nope"},
		{"fmt", "", `repl: fmt is a package ("fmt"), which has no type: :doc fmt lists its members`},
	} {
		got, err := s.TypeOf(tt.expr)
		if got != tt.want || (err == nil) != (tt.err == "") || err != nil && !strings.Contains(err.Error(), tt.err) {
			t.Errorf("TypeOf(%q) = %q, %v; want %q, error containing %q", tt.expr, got, err, tt.want, tt.err)
		}
	}
	for _, tt := range []struct{ name, want, err string }{
		{"strings.Cut", "func Cut(s, sep string) (before, after string, found bool)\n\nCut slices s around", ""},
		{"loop.Sleep", "func Sleep(d time.Duration) *Coroutine\n\nSleep returns a coroutine", ""},
		{"Sleep", "func Sleep(d time.Duration) *Coroutine\n\n", ""},
		{"bufio.Reader.ReadString", "func (b *Reader) ReadString(delim byte) (string, error)\n\nReadString reads", ""},
		{"loop.Task.Result", "func (f *Future) Result() (any, error)\n\nResult returns", ""}, // promoted from Future
		{"Task.Cancel", "func (t *Task) Cancel", ""},
		{"r.ReadRune", "func (r *Reader) ReadRune() (ch rune, size int, err error)\n\nReadRune implements", ""},
		{"Q", "type Q struct{items []int; Name string}\nfunc (q Q) Len() int\nfunc (q *Q) Put(x int)\n", ""},
		{"q.Put", "func (q *Q) Put(x int)\n", ""},
		{"n", "var n int\n", ""},
		{"q.Name", "field Name string of Q\n", ""},
		{"q.Nope", "", "no documentation for q.Nope: Q has no field or method Nope"},
		{"strings.NoSuch", "", `strings.NoSuch: no such member of package strings ("strings")`},
		{"strings.Splt", "", `strings.Splt: no such member of package strings ("strings") (did you mean strings.Split?)`},
		{"loop.RunInExecutor", "", `loop.RunInExecutor: no such member of package loop ("github.com/asyncrepl/asyncrepl/loop") (it is a method: :doc loop.Loop.RunInExecutor)`},
		{"nosuch", "", "no documentation for nosuch"},
		{"loop.Queue.Gett", "", "loop.Queue has no method or field Gett (did you mean loop.Queue.Get?) (:doc loop.Queue lists its methods)"},
		{"io.Reader.Read", "func (io.Reader) Read(p []byte) (n int, err error)\n", ""},
		{"list.Element.Value", "field Value any of list.Element\n", ""},
		{"Point", "type Point struct{X int; Y int}\n    Point is a place.\n    On a plane.\nfunc (p Point) Norm() int\n    Norm is the taxicab norm,\n    typed line by line.\n", ""},
		{"Point.Norm", "func (p Point) Norm() int\n    Norm is the taxicab norm,\n    typed line by line.\n", ""},
		{"undocumented", "func undocumented()\n", ""},
		{"Pi", "const Pi = 3.14\n", ""},
		{"container/heap.Init", "func Init(h Interface)\n\nInit establishes", ""},
		{"math/rand/v2.IntN", "func IntN(n int) int\n\nIntN returns", ""},
		{"encoding/json.Nope", "", `encoding/json.Nope: no such member of package "encoding/json"`},
	} {
		got, err := s.Doc(tt.name)
		if !strings.HasPrefix(got, tt.want) || tt.want == "" && got != "" || (err == nil) != (tt.err == "") || err != nil && !strings.Contains(err.Error(), tt.err) {
			t.Errorf("Doc(%q) = %q, %v; want it to start %q, error containing %q", tt.name, got, err, tt.want, tt.err)
		}
	}
	// A package's comment is followed by an index of its members, as go
	// doc prints it: a type's constants and constructors under it.
	for _, tt := range []struct{ name, want string }{
		{"loop", "\nfunc Await(aw Awaitable) (any, error)\n"},
		{"loop", "\ntype Queue struct { ... }\n    func NewQueue(maxsize int) *Queue\n"},
		{"loop", "\ntype ReturnWhen int\n    const AllCompleted ReturnWhen = iota ...\n"},
		{"loop", "\nconst DefaultTraceLimit = 200_000\nvar ErrCancelled = errors.New(\"loop: cancelled\")\n"},
		{"strings", "\nfunc Cut(s, sep string) (before, after string, found bool)\n"},
		{"slices", "\nfunc Sorted[E cmp.Ordered](seq iter.Seq[E]) []E\n"},
		{"time", "\ntype Duration int64\n    const Nanosecond Duration = 1 ...\n    func ParseDuration(s string) (Duration, error)\n"},
		// A type's comment by the functions that make its values and
		// its methods.
		{"loop.Queue", "\n\nfunc NewQueue(maxsize int) *Queue\nfunc (q *Queue) Empty() bool\n"},
		{"loop.Queue", "\nfunc (q *Queue) TaskDone() error\n"},
		{"loop.Future", "\nfunc Gather(aws ...Awaitable) *Future\n"},
		{"strings.Builder", "\nfunc (b *Builder) WriteString(s string) (int, error)\n"},
	} {
		if got, err := s.Doc(tt.name); err != nil || !strings.Contains(got, tt.want) {
			t.Errorf("Doc(%q) = %q, %v; want it to hold %q", tt.name, got, err, tt.want)
		}
	}
	// An interface's methods are in its declaration, not listed after it
	// as methods with it as their receiver (func (_ Sizer) Len() int).
	if got, err := s.Doc("Sizer"); got != "type Sizer interface{Len() int}\n" || err != nil {
		t.Errorf("Doc(Sizer) = %q, %v; want the declaration alone", got, err)
	}
	for _, tt := range []struct {
		expr string
		want []string
	}{
		{"q", []string{"Len", "Name", "Put", "items"}},
		{"r", []string{"Len", "Read", "ReadAt", "ReadByte", "ReadRune", "Reset", "Seek", "Size", "UnreadByte", "UnreadRune", "WriteTo"}},
		{"nosuch", nil},
	} {
		got := s.Selectors(tt.expr)
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("Selectors(%q) = %v, want %v", tt.expr, got, tt.want)
		}
	}
}
