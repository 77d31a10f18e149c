package repl_test

import (
	"testing"

	"github.com/asyncrepl/asyncrepl/repl"
)

// TestPromptLowerings runs, at the prompt, inputs the interpreter alone
// answered wrongly, and checks Go's answer or a refusal naming the
// construct.
func TestPromptLowerings(t *testing.T) {
	tests := []struct {
		name  string
		steps []step
	}{
		{"a constant or a function declared again as a variable", []step{
			{in: "const c = 10", out: "c untyped int = 10\n"},
			{in: "c := c + 1", out: "c int = 11\n"},
			{in: "const ch = 'a'", out: "ch untyped rune = 97\n"},
			{in: "fmt.Println(ch); ch := ch + 1", out: "97\nch rune = 98\n"},
			{in: "const third = 1.0 / 3", out: "third untyped float = 0.3333333333333333\n"},
			{in: "third := third * 3", out: "third float64 = 1\n"},
			{in: "type D int", out: "type D int\n"},
			{in: "const d D = 4", out: "d D = 4\n"},
			{in: `d := d * 2; s := "x"`, out: "d D = 8\ns string = \"x\"\n"},
			{in: "func f() int { return 1 }", out: "func f() int\n"},
			{in: "f := f() + 1", errPat: `^input 11:6: f: the input declares the function f again as a variable and uses the function: .* give the variable another name\n$`, wantErr: true},
			{in: "f()", out: "1  // int\n"},
			{in: "f := 3", out: "f int = 3\n"},
		}},
		{"an instance of a generic type of two type parameters", []step{
			{in: "type Pair[K comparable, V any] struct { Key K; Val V }", out: "type Pair[K comparable, V any] struct { Key K; Val V }\n"},
			{in: `a := Pair[string, int]{"a", 1}`, out: "a Pair[string, int] = {Key:a Val:1}\n"},
			{in: `b := Pair[string, int]{"b", 2}`, out: "b Pair[string, int] = {Key:b Val:2}\n"},
			{in: `ps := []Pair[string, int]{a, b}; ps[0].Val + ps[1].Val`, out: "ps []Pair[string, int] = [{a 1} {b 2}]\n3  // int\n"},
			{in: "func total(ps []Pair[string, int]) (n int) { for _, p := range ps { n += p.Val }; return }", out: "func total(ps []Pair[string, int]) (n int)\n"},
			{in: `total(ps) + a.Val`, out: "4  // int\n"},
			{in: "type PIS = Pair[int, string]", out: "type PIS = Pair[int, string]\n"},
			{in: `c := PIS{1, "c"}`, out: "c PIS = {Key:1 Val:c}\n"},
			{in: `d := PIS{2, "d"}; a.Val + c.Key + d.Key`, out: "d PIS = {Key:2 Val:d}\n4  // int\n"},
		}},
		{"slices.Collect of an iter.Seq of an instance of a generic type of two type parameters", []step{
			{in: "type Pair[K comparable, V any] struct { Key K; Val V }", out: "type Pair[K comparable, V any] struct { Key K; Val V }\n"},
			{in: "func Pairs[K comparable, V any](m map[K]V) iter.Seq[Pair[K, V]] { return func(yield func(Pair[K, V]) bool) { for k, v := range m { if !yield(Pair[K, V]{k, v}) { return } } } }", out: "func Pairs[K comparable, V any](m map[K]V) iter.Seq[Pair[K, V]]\n"},
			{in: `ps := slices.Collect(Pairs(map[string]int{"a": 1}))`, out: "ps []Pair[string, int] = [{a 1}]\n"},
			{in: "ps", out: "[{a 1}]  // []Pair[string, int]\n"},
		}},
		{"a method of a generic type calling a generic constructor of the type (its instance made first, by the session's alias)", []step{
			{in: "type Set[T comparable] map[T]struct{}", out: "type Set[T comparable] map[T]struct{}\n"},
			{in: "func NewSet[T comparable](xs ...T) Set[T] { s := Set[T]{}; for _, x := range xs { s[x] = struct{}{} }; return s }", out: "func NewSet[T comparable](xs ...T) Set[T]\n"},
			{in: "func (s Set[T]) Clone() Set[T] { r := NewSet[T](); for k := range s { r[k] = struct{}{} }; return r }", out: "func (s Set[T]) Clone() Set[T]\n"},
			{in: "len(NewSet(1, 2).Clone())", out: "2  // int\n"},
			{in: "func Build[T comparable](x T) Set[T] { return NewSet(x, x) }", out: "func Build[T comparable](x T) Set[T]\n"},
			{in: `len(Build("a").Clone())`, out: "1  // int\n"},
		}},
		{"== between interfaces holding struct types of one shape declared in inputs of their own", []step{
			{in: "type Namer interface{ Name() string }", out: "type Namer interface{ Name() string }\n"},
			{in: "type P struct{ N int }", out: "type P struct{ N int }\n"},
			{in: `func (P) Name() string { return "p" }`, out: "func (P) Name() string\n"},
			{in: "var n Namer = P{1}", out: "n Namer = {N:1} (P)\n"},
			{in: "n == P{1}", out: "true  // bool\n"},
			{in: "type Q struct{ N int }", out: "type Q struct{ N int }\n"},
			{in: `func (Q) Name() string { return "q" }`, out: "func (Q) Name() string\n"},
			{in: "var m Namer = Q{1}", out: "m Namer = {N:1} (Q)\n"},
			{in: "n == m", out: "false  // bool\n"},
		}},
		{"a type alias declared inside a function", []step{
			{in: "type IDs = []int", out: "type IDs = []int\n"},
			{in: "x := IDs{1}", out: "x IDs = [1]\n"},
			{in: `func g() { type L = []string; fmt.Println(L{"a"}) }`, errPat: `^input 3:17: type alias L declared inside a function: .* declare it at the package level\n$`, wantErr: true},
		}},
		{"a deferred function that panics, after one that recovers", []step{
			{in: "func f() (s string) {\n\tdefer func() { s = fmt.Sprint(recover()) }()\n\tdefer func() { panic(\"in defer\") }()\n\treturn \"no\"\n}", out: "func f() (s string)\n"},
			{in: "f()", out: "\"in defer\"  // string\n"},
			{in: "type Level int", out: "type Level int\n"},
			{in: `func (l Level) String() string { return [...]string{"LOW", "HIGH"}[l] }`, out: "func (l Level) String() string\n"},
			{in: "func lv() (r any) {\n\tdefer func() { r = recover() }()\n\tdefer func() { var m map[int]int; m[0] = 1 }()\n\tpanic(Level(1))\n}", out: "func lv() (r any)\n"},
			{in: "fmt.Sprint(lv())", out: "\"assignment to entry in nil map\"  // string\n"},
			{in: "func lv2() (r any) { defer func() { r = recover() }(); panic(Level(1)) }", out: "func lv2() (r any)\n"},
			{in: "fmt.Sprint(lv2())", out: "\"HIGH\"  // string\n"},
			{in: "func g() (s string) {\n\tdefer func() { s = fmt.Sprint(recover()) }()\n\tfunc() { defer func() { panic(\"in defer\") }() }()\n\treturn \"no\"\n}", out: "func g() (s string)\n"},
			{in: "g()", out: "\"in defer\"  // string\n"},
		}},
		{"a named non-struct type's value returned as an any and printed", []step{
			{in: "type Level int", out: "type Level int\n"},
			{in: `func (l Level) String() string { return [...]string{"LOW", "HIGH"}[l] }`, out: "func (l Level) String() string\n"},
			{in: "func mk() any { return Level(1) }", out: "func mk() any\n"},
			{in: "fmt.Println(mk(), []any{mk()})", out: "HIGH [HIGH]\n"},
		}},
		{"a coroutine's result of a named basic type, awaited and printed", []step{
			{in: "type Level int", out: "type Level int\n"},
			{in: `func (l Level) String() string { return [...]string{"LOW", "HIGH"}[l] }`, out: "func (l Level) String() string\n"},
			{in: "v, err := loop.Await(loop.Async(func() (Level, error) { return 1, nil }))", out: "v any = 1 (int or Level)\nerr error = nil\n"},
			{in: "fmt.Println(v)", errPat: `^input 4:13: panic: repl: fmt of a value of type int, which may be a main.Level that compiled code handed back without its type's name .*give the type a shape of its own \(a struct\)\n$`, wantErr: true},
			{in: "fmt.Println(v.(Level) + 0)", errPat: `type assertion to Level`, wantErr: true},
		}},
		{"a deferred function that panics runs the calls deferred before it", []step{
			{in: "func h() {\n\tdefer fmt.Println(\"cleanup\")\n\tdefer func() { panic(\"in defer\") }()\n}", out: "func h()\n"},
			{in: "func() { defer func() { fmt.Println(\"got\", recover()) }(); h() }()", out: "cleanup\ngot in defer\n"},
		}},
		{"a generic function constrained by an interface of an earlier input", []step{
			{in: "type Namer interface{ Name() string }", out: "type Namer interface{ Name() string }\n"},
			{in: "func Greet[T Namer](x T) string { return \"hi \" + x.Name() }", out: "func Greet[T Namer](x T) string\n"},
			{in: "type Dog struct{ n string }", out: "type Dog struct{ n string }\n"},
			{in: "func (d Dog) Name() string { return d.n }", out: "func (d Dog) Name() string\n"},
			{in: "Greet(Dog{\"rex\"})", out: "\"hi rex\"  // string\n"},
		}},
		{"a fallthrough into a default clause that is not the last", []step{
			{in: "switch x := 1; x {\ncase 1:\n\tfallthrough\ndefault:\n\tfmt.Println(\"d\")\ncase 2:\n}", errPat: `^input 1, line 3:2: fallthrough into or out of a default clause that is not the switch's last: .* \(move the default clause to the end, or write the shared statements in both clauses\)\n$`, wantErr: true},
			{in: "switch x := 1; x {\ncase 1:\n\tfallthrough\ncase 2:\n\tfmt.Println(\"two\")\ndefault:\n}", out: "two\n"},
		}},
		{"a negative zero passed to generic functions declared at the prompt", []step{
			{in: "type Number interface{ ~int | ~float64 }", out: "type Number interface{ ~int | ~float64 }\n"},
			{in: "func Largest[T Number](a, b T) T { if a > b { return a }; return b }", out: "func Largest[T Number](a, b T) T\n"},
			{in: "func Twice[T ~float32 | ~float64 | ~complex128](x T) T { return x + x }", out: "func Twice[T ~float32 | ~float64 | ~complex128](x T) T\n"},
			{in: "func Show[T any](x T) string { return fmt.Sprint(x) }", out: "func Show[T any](x T) string\n"},
			{in: "type Celsius float64", out: "type Celsius float64\n"},
			{in: "z := 0.0; z = -z", out: "z float64 = -0\n"},
			{in: "fmt.Println(1/Largest(z, z), Twice(z), Largest[float64](-1, z), Largest(Celsius(z), -1), Largest(2, 3))", out: "-Inf -0 -0 -0 3\n"},
			{in: "f := Largest[float64]; var g func(float64, float64) float64 = Largest", out: "f func(a float64, b float64) float64 = func\ng func(float64, float64) float64 = func\n"},
			{in: "fmt.Println(1/f(z, -1), 1/g(z, z), Twice(complex(z, z)), Twice(float32(z)))", out: "-Inf -Inf (-0-0i) -0\n"},
			{in: "var err error; fmt.Println(Show(err), Show[any](nil))", out: "<nil> <nil>\nerr error = nil\n"},
		}},
		{"generic code handing values made of its type parameters to fmt and encoding/json, with the program's types", []step{
			{in: "type Color int", out: "type Color int\n"},
			{in: `func (c Color) String() string { return []string{"red", "green"}[c] }`, out: "func (c Color) String() string\n"},
			{in: "func Print[T any](vs []T) { fmt.Println(vs) }", out: "func Print[T any](vs []T)\n"},
			{in: "Print([]int{1, 2})", out: "[1 2]\n"},
			{in: "Print([]Color{1, 0})", errPat: `^input 5:1: Print\[Color\]: Print hands values of \[\]T to fmt, encoding/json or another interface, and instantiated with Color the interpreter would show them as their representation, .*run the program as a script \(asyncrepl FILE.go\).*\n$`, wantErr: true},
			{in: "type Stack[T any] struct{ items []T }", out: "type Stack[T any] struct{ items []T }\n"},
			{in: "s := &Stack[Color]{items: []Color{1}}", out: "s *Stack[Color] = &{items:[1]}\n"},
			{in: "func (s *Stack[T]) String() string { return fmt.Sprint(s.items) }", errPat: `^input 8:20: method String of Stack: it hands values of \[\]T to fmt, .* an earlier input made Stack\[Color\], .*\n$`, wantErr: true},
			{in: "func Enc[T any](v T) string { b, _ := json.Marshal(v); return string(b) }", out: "func Enc[T any](v T) string\n"},
			{in: "Enc(Color(1))", out: "\"1\"  // string\n"},
			{in: "func Kinds[T any](v T) { fmt.Printf(\"%T\\n\", []T{v}) }", out: "func Kinds[T any](v T)\n"},
			{in: "Kinds(2.5)", out: "[]float64\n"},
			{in: "type E struct{ N int }", out: "type E struct{ N int }\n"},
			{in: "Kinds(E{1})", errPat: `^input 14:1: Kinds\[E\]: .*\n$`, wantErr: true},
			{in: "func Decode[T any](s string) (T, error) { var v T; err := json.Unmarshal([]byte(s), &v); return v, err }", out: "func Decode[T any](s string) (T, error)\n"},
			{in: "_, err := Decode[[]int](`[\"x\"]`)", out: "err error = json: cannot unmarshal string into Go value of type int (*json.UnmarshalTypeError)\n"},
			{in: "Decode[Color](`\"x\"`)", errPat: `^input 17:1: Decode\[Color\]: Decode hands values of \*T to fmt, encoding/json .*\n$`, wantErr: true},
			{in: "Decode[E](`{\"N\":\"x\"}`)", errPat: `^input 18:1: Decode\[E\]: .*\n$`, wantErr: true},
		}},
		{"x[k] op= f() in a for's post statement and with a call in the place", []step{
			{in: `one, two := map[string]int{"a": 1}, map[string]int{"a": 2}; m := one`, out: "one map[string]int = map[a:1]\ntwo map[string]int = map[a:2]\nm map[string]int = map[a:1]\n"},
			{in: `for n := 0; n < 1; m["a"] += func() int { n++; m = two; return 10 }() {}`},
			{in: "fmt.Println(one, two)", out: "map[a:1] map[a:12]\n"},
			{in: `key := func() string { m = one; return "a" }`, out: "key func() string = func\n"},
			{in: "m[key()] += func() int { m = two; return 100 }(); fmt.Println(one, two)", out: "map[a:1] map[a:112]\n"},
		}},
		{"values of instances of a generic type with a String method, held in interfaces", []step{
			{in: "type Box[T any] struct{ V T }", out: "type Box[T any] struct{ V T }\n"},
			{in: `func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.V) }`, out: "func (b Box[T]) String() string\n"},
			{in: "var x any = Box[int]{5}", out: "x any = Box(5)\n"},
			{in: "fmt.Println(x)", out: "Box(5)\n"},
			{in: "x", out: "Box(5)  // any\n"},
			{in: `y := []any{Box[string]{"a"}, Box[int]{2}}`, out: "y []any = [Box(a) Box(2)]\n"},
			{in: "fmt.Println(y, x)", out: "[Box(a) Box(2)] Box(5)\n"},
			{in: "func Show[T any](v T) { fmt.Println(v) }", out: "func Show[T any](v T)\n"},
			{in: "Show[any](Box[int]{3})", out: "Box(3)\n"},
		}},
		{"a named slice or map type without methods beside its representation held in an interface: printed, but with %#v", []step{
			{in: "type Names []string", out: "type Names []string\n"},
			{in: `var a any = []string{"x"}`, out: "a any = [\"x\"] ([]string or Names)\n"},
			// Each was refused: fmt prints either alike but with %T and %#v.
			{in: "fmt.Println(a)", out: "[x]\n"},
			{in: `var n any = Names{"y"}; fmt.Printf("%v %s %q\n", n, a, a)`, out: "[y] [x] [\"x\"]\nn any = [\"y\"] ([]string or Names)\n"},
			{in: "type Counts map[string]int", out: "type Counts map[string]int\n"},
			{in: `log.SetFlags(0); log.Println(map[string]any{"tags": map[string]int{"a": 1}})`, errPat: "^map\\[tags:map\\[a:1\\]\\]\n$"},
			{in: `fmt.Printf("%#v\n", a)`, errPat: `^input 7:21: panic: repl: fmt of a value of type \[\]string or main.Names: the interpreter holds them alike`, wantErr: true},
		}},
		{"a compiled interface asserted in a function declared before the type: a value lacking the pointer's methods is no error", []step{
			{in: "func isErr(v any) bool { _, ok := v.(error); return ok }", out: "func isErr(v any) bool\n"},
			{in: "type Oops struct{ Code int }", out: "type Oops struct{ Code int }\n"},
			{in: `func (o *Oops) Error() string { return "oops" }`, out: "func (o *Oops) Error() string\n"},
			// It said true: the interpreter compared the method names.
			{in: "isErr(Oops{3})", out: "false  // bool\n"},
			{in: "isErr(&Oops{3})", out: "true  // bool\n"},
		}},
		{"a type switch with a compiled interface case in a function declared before the type: a value lacking the pointer's methods takes no such case", []step{
			{in: `func kind(v any) string { switch v.(type) { case error: return "error"; case fmt.Stringer: return "stringer" }; return "other" }`, out: "func kind(v any) string\n"},
			{in: "type Oops struct{ Code int }", out: "type Oops struct{ Code int }\n"},
			{in: `func (o *Oops) Error() string { return "oops" }`, out: "func (o *Oops) Error() string\n"},
			// It said "error": the interpreter compared the method names.
			{in: "kind(Oops{3})", out: "\"other\"  // string\n"},
			{in: "kind(&Oops{3})", out: "\"error\"  // string\n"},
			{in: "kind(time.Second)", out: "\"stringer\"  // string\n"},
		}},
		{"a struct with an error field before an any field, on the result line", []step{
			{in: "type C int", out: "type C int\n"},
			{in: `func (c C) String() string { return "c!" }`, out: "func (c C) String() string\n"},
			{in: "type Q struct { E error; B any }", out: "type Q struct { E error; B any }\n"},
			// Shown {E:<nil> B:1}: the error field hid the any from the display's conversion.
			{in: "q := Q{nil, C(1)}", out: "q Q = {E:<nil> B:c!}\n"},
			{in: "q", out: "{E:<nil> B:c!}  // Q\n"},
		}},
		{"values of types with a Format method on the result line: as fmt's %v shows them", []step{
			{in: "type Pct float64", out: "type Pct float64\n"},
			{in: `func (p Pct) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "%.1f%%", float64(p)*100) }`, out: "func (p Pct) Format(f fmt.State, verb rune)\n"},
			// Shown as 0.256, the value without its method.
			{in: "p := Pct(0.256)", out: "p Pct = 25.6%\n"},
			{in: "p", out: "25.6%  // Pct\n"},
			{in: "type Q struct{ N int }", out: "type Q struct{ N int }\n"},
			{in: `func (q *Q) Format(f fmt.State, c rune) { fmt.Fprintf(f, "Q%d", q.N) }`, out: "func (q *Q) Format(f fmt.State, c rune)\n"},
			{in: "q := &Q{4}", out: "q *Q = Q4\n"},
			{in: "Q{5}", out: "{N:5}  // Q\n"},
		}},
		{"a struct embedding an interface of the session's: its methods called by later inputs", []step{
			{in: "type Greeter interface{ Greet() string }", out: "type Greeter interface{ Greet() string }\n"},
			{in: "type English struct{ Who string }", out: "type English struct{ Who string }\n"},
			{in: `func (e English) Greet() string { return "hello " + e.Who }`, out: "func (e English) Greet() string\n"},
			{in: "type Polite struct{ Greeter }", out: "type Polite struct{ Greeter }\n"},
			{in: `p := Polite{English{"bob"}}`, out: "p Polite = {Greeter:{Who:bob}}\n"},
			// Each failed to compile (CFG post-order panic), after the
			// registration of Polite's promoted Greet for reflection.
			{in: "p.Greet()", out: "\"hello bob\"  // string\n"},
			{in: "g := p.Greeter; g.Greet()", out: "g Greeter = {Who:bob} (English)\n\"hello bob\"  // string\n"},
			{in: `func (p Polite) Hi() string { return "kindly, " + p.Greeter.Greet() }`, out: "func (p Polite) Hi() string\n"},
			{in: "p.Hi()", out: "\"kindly, hello bob\"  // string\n"},
		}},
		{"an instance of a generic type with a String method over a struct of the session's, held in interfaces and looked at by later inputs", []step{
			{in: "type P struct{ X, Y int }", out: "type P struct{ X, Y int }\n"},
			{in: "type Box[T any] struct{ V T }", out: "type Box[T any] struct{ V T }\n"},
			{in: `func (b Box[T]) String() string { return fmt.Sprintf("box(%v)", b.V) }`, out: "func (b Box[T]) String() string\n"},
			{in: "var a any = Box[P]{P{2, 2}}", out: "a any = box({2 2})\n"},
			// It was shown by its fields ({V:{X:2 Y:2}}), and fmt refused it.
			{in: "a", out: "box({2 2})  // any\n"},
			{in: "fmt.Println(a)", out: "box({2 2})\n"},
			// The wrapper of fmt.Stringer holds the value's last field,
			// a P: it was said to be one.
			{in: "var s fmt.Stringer = Box[P]{P{1, 2}}", out: "s fmt.Stringer = box({1 2})\n"},
			{in: "s", out: "box({1 2})  // fmt.Stringer\n"},
			{in: `fmt.Printf("%T\n", s)`, errPat: `^input 9:20: %T of a value of type fmt.Stringer, which may hold an instance of main.Box as the interpreter's wrapper holds it \(its last field only\)`, wantErr: true},
			// It answered false, with a zero Box[P].
			{in: "b, ok := s.(Box[P])", errPat: `^input 10: panic: repl: a value held in a compiled interface with methods may be a main.Box\[main.P\]: the interpreter keeps only the last field`, wantErr: true},
		}},
		{"the var form of comma-ok over a set and a done channel of struct{}", []step{
			{in: `set := map[string]struct{}{"a": {}}`, out: "set map[string]struct{} = map[a:{}]\n"},
			// It failed to compile (the interpreter's "nil type").
			{in: `var _, ok = set["a"]`, out: "ok bool = true\n"},
			{in: `var v, open = <-func() chan struct{} { c := make(chan struct{}); close(c); return c }()`, out: "v struct{} = {}\nopen bool = false\n"},
		}},
		{"values in an unexported field of fmt.Stringer type, printed without their methods", []step{
			{in: `type Color int`, out: "type Color int\n"},
			{in: `func (c Color) String() string { return "c" }`, out: "func (c Color) String() string\n"},
			{in: `type node struct{ name fmt.Stringer; n int }`, out: "type node struct{ name fmt.Stringer; n int }\n"},
			{in: `fmt.Println(node{Color(1), 2})`, out: "{1 2}\n"},
			{in: `type Point struct{ X, Y int }`, out: "type Point struct{ X, Y int }\n"},
			{in: `func (p Point) String() string { return "P" }`, out: "func (p Point) String() string\n"},
			// A pointer below the top is its address: the conversion an
			// input registered for *Point showed &{1 2}.
			{in: `fmt.Sprint(node{&Point{1, 2}, 3})[:3]`, out: "\"{0x\"  // string\n"},
			// The wrapper holds the struct's last field: it printed {2 3}.
			{in: `fmt.Println(node{Point{1, 2}, 3})`, errPat: `^input 8: panic: repl: a value held in a compiled interface with methods may be a main.Point: the interpreter keeps only the last field`, wantErr: true},
		}},
		{"assertions to error and fmt.Stringer in functions declared before the types' methods", []step{
			{in: `func kind(v any) string { switch x := v.(type) { case error: return "error " + x.Error(); case fmt.Stringer: return "str " + x.String() }; return "other" }`, out: "func kind(v any) string\n"},
			{in: `func check(v any) string { if e, ok := v.(error); ok { return "error: " + e.Error() }; return "plain" }`, out: "func check(v any) string\n"},
			{in: "func must(v any) string { return v.(error).Error() }", out: "func must(v any) string\n"},
			{in: "type E struct{ msg string }", out: "type E struct{ msg string }\n"},
			{in: "func (e *E) Error() string { return e.msg }", out: "func (e *E) Error() string\n"},
			{in: "type S struct{ C int }", out: "type S struct{ C int }\n"},
			{in: `func (s S) String() string { return "S" }`, out: "func (s S) String() string\n"},
			// Each called a method of a wrapper whose methods were nil
			// (a nil dereference), or answered false for a pointer.
			{in: `check(&E{"bad"})`, out: "\"error: bad\"  // string\n"},
			{in: `kind(&E{"k"})`, out: "\"error k\"  // string\n"},
			{in: `must(&E{"m"})`, out: "\"m\"  // string\n"},
			{in: "kind(&S{1})", out: "\"str S\"  // string\n"},
			{in: "kind(S{1})", out: "\"str S\"  // string\n"},
			{in: "check(E{})", out: "\"plain\"  // string\n"},
			// A value whose method is on the pointer: it answered "".
			{in: "must(E{})", errPat: `^input 3:34: panic: interface conversion: main.E is not error: missing method Error`, wantErr: true},
			// An error of the session's, in its box: as it is (the
			// registered conversion panicked on the box).
			{in: `type NF struct{ Key string }; func (e NF) Error() string { return "nf " + e.Key }`, out: "type NF struct{ Key string }\nfunc (e NF) Error() string\n"},
			{in: `var e error = NF{"b"}; var a any = e`, out: "e error = nf b (NF)\na any = nf b (NF)\n"},
			{in: "_, ok := a.(error); ok", out: "ok bool = true\ntrue  // bool\n"},
			{in: "check(a)", out: "\"error: nf b\"  // string\n"},
			{in: "kind(e)", out: "\"error nf b\"  // string\n"},
			// A value from a []any, whose type lacks the method on the
			// value: the interpreter's assertion made its result from the
			// wrong frame ("call of reflect.Value.Interface on zero Value").
			{in: "hand := []any{E{\"v\"}, &E{\"p\"}}", out: "hand []any = [{v} p]\n"},
			{in: "check(hand[0])", out: "\"plain\"  // string\n"},
			{in: "kind(hand[1])", out: "\"error p\"  // string\n"},
		}},
		{"%T in a function declared before a type built alike with the value's", []step{
			{in: `func typ(v any) string { return fmt.Sprintf("%T", v) }`, out: "func typ(v any) string\n"},
			{in: "typ(2)", out: "\"int\"  // string\n"},
			{in: "type Color int", out: "type Color int\n"},
			// No Color put in an interface yet: an int is one.
			{in: "typ(3)", out: "\"int\"  // string\n"},
			{in: "c := Color(5); typ(3)", out: "c Color = 5\n\"int\"  // string\n"},
			// Each said int, []int: the interpreter holds a Color as an int.
			{in: "typ(Color(2))", errPat: `^input 1:51: panic: repl: %T of a value held in an interface as int, which may be, or be made of, main.Color, declared after the code was`, wantErr: true},
			{in: "typ([]Color{1})", errPat: `^input 1:51: panic: repl: %T of a value held in an interface as \[\]int, which may be`, wantErr: true},
			{in: `typ("s")`, out: "\"string\"  // string\n"},
			{in: "type P struct{ X int }", out: "type P struct{ X int }\n"},
			{in: "typ(P{})", out: "\"main.P\"  // string\n"},
		}},
		{"values of types declared after the function printing them: as Go prints them, but an instance of a generic type, refused", []step{
			{in: "func Show[T any](x T) string { return fmt.Sprint(x) }", out: "func Show[T any](x T) string\n"},
			{in: "func show(v any) { fmt.Println(v) }", out: "func show(v any)\n"},
			{in: "type W int", out: "type W int\n"},
			{in: `func (w W) String() string { return "W!" }`, out: "func (w W) String() string\n"},
			{in: "Show[any](W(2))", out: "\"W!\"  // string\n"},
			{in: "show(W(3))", out: "W!\n"},
			{in: "Show(W(4))", out: "\"W!\"  // string\n"},
			{in: "type Box[T any] struct{ v T }", out: "type Box[T any] struct{ v T }\n"},
			{in: `func (b Box[T]) String() string { return "box" }`, out: "func (b Box[T]) String() string\n"},
			{in: "show(Box[int]{1})", errPat: `^input 2:32: panic: repl: fmt of a value of an instance of main.Box, held in an interface, in code compiled before the instance was: .*declare the function printing it again`, wantErr: true},
			{in: "func Show2[T any](x T) string { return fmt.Sprint(x) }", out: "func Show2[T any](x T) string\n"},
			{in: "func show(v any) { fmt.Println(v) }", out: "func show(v any)\n"},
			{in: "show(W(3))", out: "W!\n"},
			{in: "Show2[any](W(2))", out: "\"W!\"  // string\n"},
		}},
		{"an instance of a generic type first made as a generic function's argument, and printed by a function declared after it was", []step{
			{in: "type Box[T any] struct{ v T }", out: "type Box[T any] struct{ v T }\n"},
			{in: "func show[V any](v V) string { return fmt.Sprint(v) }", out: "func show[V any](v V) string\n"},
			// "type not found: Box[int]": the instance goes through the
			// session's alias, declared before the input.
			{in: "show(Box[int]{3})", out: "\"{3}\"  // string\n"},
			{in: "fmt.Println(show(Box[string]{\"x\"}))", out: "{x}\n"},
			// A method declared after that is refused, said so (it was
			// the interpreter's "undefined selector" at a place in the
			// shell's rewriting).
			{in: `func (b Box[T]) String() string { return fmt.Sprint("box:", b.v) }`, wantErr: true, errPat: `^input 5:1: the interpreter cannot add method String to generic type Box now \(its words: undefined selector: String\)`},
			{in: "type Tag[T any] struct{ v T }", out: "type Tag[T any] struct{ v T }\n"},
			{in: `func (b Tag[T]) String() string { return fmt.Sprint("tag:", b.v) }`, out: "func (b Tag[T]) String() string\n"},
			{in: "b := Tag[float64]{4}", out: "b Tag[float64] = tag:4\n"},
			// Declared after b was made: its conversion names the
			// instance (fmt was refused it, as in code compiled before).
			{in: "func show2(v any) string { return fmt.Sprint(v) }", out: "func show2(v any) string\n"},
			{in: "show2(b)", out: "\"tag:4\"  // string\n"},
			// show was compiled before Tag was declared.
			{in: "show(b)", errPat: `^input 2:50: panic: repl: fmt of a value of an instance of main.Tag, held in an interface, in code compiled before the instance was`, wantErr: true},
		}},
		{"a named map of instances of a generic type with a String method, held in an interface and printed later: refused", []step{
			{in: "type Set[T comparable] map[T]bool", out: "type Set[T comparable] map[T]bool\n"},
			{in: `func (s Set[T]) String() string { return fmt.Sprintf("set of %d", len(s)) }`, out: "func (s Set[T]) String() string\n"},
			{in: "type Graph map[string]Set[string]", out: "type Graph map[string]Set[string]\n"},
			{in: `g := Graph{"a": {"b": true}}; fmt.Println(g)`, out: "map[a:set of 1]\ng Graph = map[a:set of 1]\n"},
			{in: "var v any = g", out: "v any = map[a:map[b:true]] (map[string]map[string]bool or Graph)\n"},
			{in: "fmt.Println(v)", errPat: `^input 6:13: panic: repl: fmt of a value held in an interface as map\[string\]map\[string\]bool, which may be a main.Graph, made of instances of a generic type`, wantErr: true},
		}},
		{"failed one-result assertions of values of the program's types: Go's panic, at the assertion", []step{
			{in: "func asFormatter(v any) fmt.Formatter { return v.(fmt.Formatter) }", out: "func asFormatter(v any) fmt.Formatter\n"},
			{in: "type Code int", out: "type Code int\n"},
			{in: `func (c Code) String() string { return "code" }`, out: "func (c Code) String() string\n"},
			{in: "asFormatter(Code(1))", errPat: `^input 1:48: panic: interface conversion: main.Code is not fmt.Formatter: missing method Format\n\tcalled from input 4:1\n$`, wantErr: true},
			{in: "type Circle struct{ R float64 }", out: "type Circle struct{ R float64 }\n"},
			{in: "var x any = Circle{2}", out: "x any = {R:2} (Circle)\n"},
			{in: "s := x.(fmt.Stringer)", errPat: `^input 7:6: panic: interface conversion: main.Circle is not fmt.Stringer: missing method String\n$`, wantErr: true},
			{in: "var e error = Code(3).(error)", errPat: `^input 8:15: invalid operation: Code\(3\) \(constant 3 of int type Code\) is not an interface\n$`, wantErr: true},
			{in: "var y any = Code(3); _ = y.(*strings.Builder)", errPat: `^input 9:26: panic: interface conversion: interface \{\} is main.Code, not \*strings.Builder\n$`, wantErr: true},
		}},
		{"%T in generic code of a type made of the program's struct types", []step{
			{in: "type P struct{ X int }", out: "type P struct{ X int }\n"},
			{in: `func Zero[T any]() string { var z T; return fmt.Sprintf("%T", z) }`, out: "func Zero[T any]() string\n"},
			{in: "fmt.Println(Zero[[]P](), Zero[map[string]*P](), Zero[P]())", out: "[]main.P map[string]*main.P main.P\n"},
			{in: "type Result[T any] struct{ Val T }", out: "type Result[T any] struct{ Val T }\n"},
			{in: "Zero[[]Result[string]]()", errPat: `^input 2: panic: repl: the type of a value of an instance of main.Result held in an interface where the interpreter lost the instance's type arguments \(for %T, or the message of a failed type assertion\); .*`, wantErr: true},
		}},
		{"a reflect.Type put in an interface by an earlier input", []step{
			{in: "type P struct{ X int }", out: "type P struct{ X int }\n"},
			{in: "var a any = reflect.TypeOf(P{})", out: "a any = main.P (*reflect.rtype)\n"},
			{in: "type W struct{ V any }", out: "type W struct{ V any }\n"},
			{in: "fmt.Println(a, []any{a})", out: "main.P [main.P]\n"},
			{in: "fmt.Println(W{a})", errPat: `^input 5:13: fmt.Println of a value of type main.W, which may hold a reflect.Type in an interface \(the program puts one in an interface at input 2:13\): .*\n$`, wantErr: true},
			{in: "w := W{a}", errPat: `^input 6:1: a variable of type W, shown at the prompt, may hold a reflect.Type in an interface \(the program puts one in an interface at input 2:13\): .*\n$`, wantErr: true},
			{in: "var s fmt.Stringer; s = a.(fmt.Stringer)", errPat: `^input 7:5: a variable of type fmt.Stringer, shown at the prompt, may hold a reflect.Type in an interface .* declare the variable in one input and assign it in the next, which shows nothing, or show the parts you need\n$`, wantErr: true},
			{in: "var s fmt.Stringer", out: "s fmt.Stringer = nil\n"},
			{in: "s = a.(fmt.Stringer)", out: ""},
			{in: "s.String()", errPat: `^input 10:3: String of a value of type fmt.Stringer, which may hold a reflect.Type \(the program puts one in an interface at input 2:13\): .* call String on the reflect.Type itself\n$`, wantErr: true},
			{in: "a.(reflect.Type).String()", out: "\"main.P\"  // string\n"},
			{in: "fmt.Println(s)", errPat: `^input 12:13: fmt.Println of a value of type fmt.Stringer, which may hold a reflect.Type in an interface`, wantErr: true},
		}},
		{"an instance of a generic type with String asserted to fmt.Stringer in a later input", []step{
			{in: "type Box[T any] struct{ V T }", out: "type Box[T any] struct{ V T }\n"},
			{in: `func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.V) }`, out: "func (b Box[T]) String() string\n"},
			{in: "var a any = Box[int]{3}", out: "a any = Box(3)\n"},
			{in: "st, ok := a.(fmt.Stringer)", out: "st fmt.Stringer = Box(3)\nok bool = true\n"},
			{in: "st.String()", out: "\"Box(3)\"  // string\n"},
		}},
		{"errors from gather's results taken back out", []step{
			{in: "type FetchError struct{ URL string }", out: "type FetchError struct{ URL string }\n"},
			{in: `func (e *FetchError) Error() string { return "fetch " + e.URL }`, out: "func (e *FetchError) Error() string\n"},
			{in: `get := func(u string) *loop.Coroutine { return loop.Async(func() (any, error) { if u == "bad" { return nil, &FetchError{u} }; return u, nil }) }`, out: "get func(u string) *loop.Coroutine = func\n"},
			{in: `res, err := loop.Await(loop.GatherReturnExceptions(get("a"), get("bad")))`, out: "res any = [a fetch bad] ([]any)\nerr error = nil\n"},
			{in: "fe, ok := res.([]any)[1].(*FetchError)", out: "fe *FetchError = fetch bad\nok bool = true\n"},
			{in: "func First[T any](xs []any) (T, bool) { for _, x := range xs { if v, ok := x.(T); ok { return v, true } }; var z T; return z, false }", out: "func First[T any](xs []any) (T, bool)\n"},
			{in: "fe2, ok2 := First[*FetchError](res.([]any))", out: "fe2 *FetchError = fetch bad\nok2 bool = true\n"},
			{in: `for _, r := range res.([]any) { switch v := r.(type) { case *FetchError: fmt.Println("fetch error", v.URL); case error: fmt.Println("other error", v); default: fmt.Println("value", v) } }`, out: "value a\nfetch error bad\n"},
		}},
		{"a named basic type put in an interface after a function printing one with a bad verb", []step{
			{in: "type Celsius float64", out: "type Celsius float64\n"},
			{in: `func show(v any) { fmt.Printf("%d\n", v) }`, out: "func show(v any)\n"},
			{in: "show(3)", out: "3\n"},
			{in: "show(Celsius(3))", errPat: `^input 4:6: a value of type main.Celsius put in an interface here, which fmt.Printf at input 2:39 may print with %d: the interpreter holds a main.Celsius in an interface as its float64, .* convert the value to float64 first, or declare the function printing it again\n$`, wantErr: true},
			{in: "type ID int", out: "type ID int\n"},
			{in: "show(ID(4))", out: "4\n"},
			{in: `f := "%d|%v\n"`, out: "f string = \"%d|%v\\n\"\n"},
			{in: "fmt.Printf(f, Celsius(3), Celsius(4))", out: "%!d(main.Celsius=3)|4\n"},
			{in: "var a any = Celsius(1)", errPat: `^input 9:13: a value of type main.Celsius put in an interface here, which fmt.Printf at input 2:39 may print with %d`, wantErr: true},
		}},
		{"pointers to values of types with String, printed by a function declared before the types", []step{
			{in: "func show(v any) { fmt.Println(v) }", out: "func show(v any)\n"},
			{in: "type Temp float64", out: "type Temp float64\n"},
			{in: `func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }`, out: "func (t Temp) String() string\n"},
			{in: "type Loc struct { Name string; T Temp }", out: "type Loc struct { Name string; T Temp }\n"},
			{in: `show(&Loc{"p", 5}); show(Loc{"v", 6})`, out: "&{p 5.0°}\n{v 6.0°}\n"},
			{in: "type Box struct { T *Temp }", out: "type Box struct { T *Temp }\n"},
			{in: "tt := Temp(4)", out: "tt Temp = 4.0°\n"},
			{in: "show(&Box{&tt})", out: "&{4.0°}\n"},
			{in: `show(&[]Temp{1}); show(&struct{ T Temp }{3}); show(&map[string]Temp{"a": 2})`, out: "&[1.0°]\n&{3.0°}\n&map[a:2.0°]\n"},
			{in: "var a any = &[]Temp{5}", out: "a any = &[5.0°] (*[]float64 or *[]Temp)\n"},
			{in: "show(a); show([]any{&Loc{}}[0] == nil)", out: "&[5.0°]\nfalse\n"},
			{in: "show(&[]float64{3})", errPat: `^input 1:32: panic: repl: fmt of a value of type \*\[\]float64 or \*\[\]main.Temp: the interpreter holds them alike in an interface .* print the value where its type is known`, wantErr: true},
		}},
		{"a dereference of a type assertion", []step{
			{in: "type Pt struct{ X, Y int }", out: "type Pt struct{ X, Y int }\n"},
			{in: "var a any = &Pt{1, 2}", out: "a any = &{X:1 Y:2} (*Pt)\n"},
			{in: "fmt.Println(*a.(*Pt), a.(*Pt).Y)", out: "{1 2} 2\n"},
			{in: `m := map[string]any{}`, out: "m map[string]any = map[]\n"},
			{in: `m["p"] = &Pt{3, 4}`, out: ""},
			{in: `q := *m["p"].(*Pt)`, out: "q Pt = {X:3 Y:4}\n"},
			{in: `q.X = 7; fmt.Println(q, *m["p"].(*Pt))`, out: "{7 4} {3 4}\n"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runSteps(t, repl.Config{}, tt.steps) })
	}
}
