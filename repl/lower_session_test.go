package repl_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/repl"
)

// TestLoweringAtThePrompt checks the lowering passes on inputs: the
// generic standard library, inference, range over functions, each with
// Go's results, declared into the session as inputs need them; and the
// constructs that cannot be lowered refused before they run.
func TestLoweringAtThePrompt(t *testing.T) {
	tests := []struct {
		name  string
		steps []step
	}{
		{"generic standard library", []step{
			{in: "s := []int{3, 1, 2}", out: "s []int = [3 1 2]\n"},
			{in: "slices.Sort(s)", out: ""},
			{in: "s", out: "[1 2 3]  // []int\n"},
			{in: `m := map[string]int{"b": 2, "a": 1}`, out: "m map[string]int = map[a:1 b:2]\n"},
			{in: "slices.Sorted(maps.Keys(m))", out: "[\"a\" \"b\"]  // []string\n"},
			{in: "fmt.Println(slices.Index(s, 3), slices.Max(s))", out: "2 3\n"},
			{in: "slices.Collect(strings.Lines(\"a\\nb\"))", out: "[\"a\\n\" \"b\"]  // []string\n"},
			{in: `cmp.Or("", "z")`, out: "\"z\"  // string\n"},
			{in: `once := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })`, out: "once func() int = func\n"},
			{in: "once() + once()", out: "computing\n84  // int\n"},
			{in: "next, stop := iter.Pull(slices.Values(s))", out: "next func() (int, bool) = func\nstop func() = func\n"},
			{in: "next()", out: "1  // int\ntrue  // bool\n"},
			{in: "stop(); next()", out: "0  // int\nfalse  // bool\n"},
		}},
		{"inference", []step{
			{in: "func Map[T, U any](xs []T, f func(T) U) []U { var r []U; for _, x := range xs { r = append(r, f(x)) }; return r }", out: "func Map[T, U any](xs []T, f func(T) U) []U\n"},
			{in: "Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i * 10) })", out: "[\"10\" \"20\"]  // []string\n"},
			{in: "func Id[T any](x T) T { return x }", out: "func Id[T any](x T) T\n"},
			{in: "var a int = Id(5)", out: "a int = 5\n"},
			{in: `b := Id("s")`, out: "b string = \"s\"\n"},
			{in: "var f func(float64) float64 = Id; f(2.5)", out: "f func(float64) float64 = func\n2.5  // float64\n"},
			{in: "type Number interface{ ~int | ~int64 }", out: "type Number interface{ ~int | ~int64 }\n"},
			{in: "func Sum[T Number](xs ...T) (s T) { for _, x := range xs { s += x }; return }", out: "func Sum[T Number](xs ...T) (s T)\n"},
			{in: "Sum(time.Second, time.Millisecond)", out: "1.001s  // time.Duration\n"},
		}},
		{"range over functions", []step{
			{in: "func count(n int) iter.Seq[int] { return func(yield func(int) bool) { for i := 0; i < n; i++ { if !yield(i) { return } } } }", out: "func count(n int) iter.Seq[int]\n"},
			{in: `for x := range count(5) { if x == 1 { continue }; if x == 3 { break }; fmt.Print(x, " ") }`, out: "0 2 "},
			{in: "total := 0", out: "total int = 0\n"},
			{in: "for x := range count(4) { total += x }; total", out: "6  // int\n"},
			{in: "for i, v := range slices.Backward([]string{\"a\", \"b\"}) { fmt.Print(i, v) }", out: "1b0a"},
			{in: "func first(seq iter.Seq[int], n int) int { for x := range seq { if x >= n { return x } }; return -1 }", out: "func first(seq iter.Seq[int], n int) int\n"},
			{in: "fmt.Println(first(count(10), 4), first(count(2), 4))", out: "4 -1\n"},
			{in: "for i := range len(\"abc\") { fmt.Print(i) }", out: "012"},
			{in: "func f() { for x := range count(3) { defer func() { recover() }(); _ = x } }", errPat: `^input 9:38: a deferred call that calls recover in the body of a range over a function`, wantErr: true},
			{in: "func g() { for x := range count(3) { if x > 1 { goto end } }; end: }", errPat: `^input 10:49: goto in the body of a range over a function`, wantErr: true},
			{in: "func g2() (n int) { for x := range count(3) { again: if n < x { n++; goto again } }; return }; g2()", out: "func g2() (n int)\n2  // int\n"},
			{in: "func h() { defer fmt.Println(\"h\"); for x := range count(3) { defer fmt.Print(x, \" \") }; fmt.Print(\"body \") }", out: "func h()\n"},
			{in: "h()", out: "body 2 1 0 h\n"},
		}},
		{"min and max", []step{
			{in: "min(1.5, 2)", out: "1.5  // float64\n"},
			{in: "x := 2.5", out: "x float64 = 2.5\n"},
			{in: "min(x, 1)", out: "1  // float64\n"},
			{in: `max("b", "ab")`, out: "\"b\"  // string\n"},
			{in: "max(math.NaN(), x)", out: "NaN  // float64\n"},
			{in: "d := 3 * time.Second", out: "d time.Duration = 3s\n"},
			{in: "min(d, time.Second)", out: "1s  // time.Duration\n"},
		}},
		{"map elements from several results", []step{
			{in: "m := map[string]int{}; var ok bool; var a any = 3", out: "m map[string]int = map[]\nok bool = false\na any = 3 (int)\n"},
			{in: `m["x"], ok = a.(int); m`, out: "map[x:3]  // map[string]int\n"},
			{in: `if m["y"], ok = a.(int); ok { fmt.Println(m) }`, errPat: `^input 3:4: an assignment to a map element from a value of several results, as the init of a statement`, wantErr: true},
		}},
		{"instances of generic types of several type parameters", []step{
			// One input of several segments writes an instance out once: it
			// runs (its check of the whole input had taken the instance for
			// one the session wrote out before).
			{in: `type P[K comparable, V any] struct{k K; v V}; x := P[int, string]{1, "a"}; x`, out: "type P[K comparable, V any] struct{k K; v V}\nx P[int, string] = {k:1 v:a}\n{k:1 v:a}  // P[int, string]\n"},
			{in: `y := P[int, string]{2, "b"}`, out: "y P[int, string] = {k:2 v:b}\n"},
			// The session's alias, declared before the input, for both.
			{in: "type Q[K comparable, V any] struct{k K}; a := Q[int, int]{1}; func f() Q[int, int] { return Q[int, int]{2} }", out: "type Q[K comparable, V any] struct{k K}\na Q[int, int] = {k:1}\nfunc f() Q[int, int]\n"},
			{in: "a.k + f().k + x.k + y.k", out: "6  // int\n"},
		}},
		{"struct types pointing to each other, one to itself", []step{
			// Built from Company (its first use), Employee's manager was
			// taken for a *Company, and storing an *Employee panicked.
			{in: "type Company struct{ name string; staff []*Employee }; type Employee struct{ name string; manager *Employee; company *Company }", out: "type Company struct{ name string; staff []*Employee }\ntype Employee struct{ name string; manager *Employee; company *Company }\n"},
			{in: `c := &Company{name: "acme"}`, out: "c *Company = &{name:acme staff:[]}\n"},
			{in: `func() string { e := &Employee{name: "ann", company: c}; e.manager = e; return e.manager.name + " " + e.company.name }()`, out: "\"ann acme\"  // string\n"},
		}},
		{"generic types that refer to each other, in one input", []step{
			// The prompt declares generic types one by one: the hint says
			// they cannot be declared there, not to put them in one input.
			{in: "type (\n\tElem[T any] struct{ list *List[T] }\n\tList[T any] struct{ root *Elem[T] }\n)", errPat: `^input 1, line 2:28: undefined: List \(generic types that refer to each other cannot be declared at the prompt, .*run them in a script, asyncrepl FILE.go, which writes them out per instance\)\n`, wantErr: true},
		}},
		{"the interpreter's stack refused", []step{
			{in: "_, file, line, ok := runtime.Caller(0)", errPat: `^input 1:22: runtime.Caller: called from interpreted code it would report the frames of the interpreter`, wantErr: true},
			{in: "func where() string { pc, _, _, _ := runtime.Caller(1); return runtime.FuncForPC(pc).Name() }", errPat: `^input 2:38: runtime.Caller: called from interpreted code`, wantErr: true},
			{in: "var pcs [8]uintptr; n := runtime.Callers(0, pcs[:])", errPat: `^input 3:26: runtime.Callers: `, wantErr: true},
			{in: "debug.PrintStack()", errPat: `^input 4:1: debug.PrintStack: `, wantErr: true},
			{in: "s := string(debug.Stack())", errPat: `^input 5:13: debug.Stack: `, wantErr: true},
			{in: "runtime.NumGoroutine() > 0", out: "true  // bool\n"},
			{in: "log.SetFlags(log.LstdFlags | log.Lshortfile)", errPat: `^input 7:34: log.Lshortfile: the log package would name the interpreter's frames`, wantErr: true},
			{in: "h := slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{AddSource: true})", errPat: `^input 8:58: slog.HandlerOptions.AddSource: the log package would name`, wantErr: true},
			// By value, at run time: log.SetFlags and log.New.
			{in: "flags := 16; log.SetFlags(flags)", errPat: `^input 9:\d+: panic: repl: log.SetFlags with log.Lshortfile or log.Llongfile among the flags`, wantErr: true},
			{in: "l := log.New(os.Stdout, \"\", log.LstdFlags|8)", errPat: `^input 10:\d+: panic: repl: log.New with log.Lshortfile or log.Llongfile among the flags`, wantErr: true},
			{in: "log.New(io.Discard, \"p: \", log.Lmsgprefix) != nil", out: "true  // bool\n"},
			// AddSource: false says what leaving it out says.
			{in: "slog.NewTextHandler(io.Discard, &slog.HandlerOptions{AddSource: false}) != nil", out: "true  // bool\n"},
		}},
		{"assignments into what the session holds", []step{
			// The call's results into an any holding a value of the
			// session's (reflect.Set panicked), and a comma-ok form into a
			// map's element (the rewriting did not parse).
			{in: "type Item struct{ Name string }\nfunc (i Item) String() string { return \"item \" + i.Name }", out: "type Item struct{ Name string }\nfunc (i Item) String() string\n"},
			{in: "var last any = Item{\"a\"}; var err error", out: "last any = item a (Item)\nerr error = nil\n"},
			{in: "last, err = loop.Await(loop.Async(func() string { return \"s\" }))", out: ""},
			{in: "last", out: "\"s\"  // any (string)\n"},
			{in: "m := map[string]int{}; src := map[string]int{\"c\": 5}; var ok bool", out: "m map[string]int = map[]\nsrc map[string]int = map[c:5]\nok bool = false\n"},
			{in: "m[\"c\"], ok = src[\"c\"]; m", out: "map[c:5]  // map[string]int\n"},
			{in: "m[\"k\"], ok = map[string]int{\"k\": 1}[\"k\"]; m", out: "map[c:5 k:1]  // map[string]int\n"},
			// The value of a comma-ok read of the session's map has the
			// map's element type (it had its representation: mismatched
			// types int and Coin).
			{in: "type Coin int; wallet := map[string]Coin{\"a\": 7}", out: "type Coin int\nwallet map[string]Coin = map[a:7]\n"},
			{in: "func spend(c Coin) Coin { p, ok := wallet[\"a\"]; if !ok { return 0 }; return p - c }", out: "func spend(c Coin) Coin\n"},
			{in: "spend(3)", out: "4  // Coin\n"},
			// A comma-ok read into a fmt.Stringer, and a function returning
			// (Shape, int) with an operation (reflect.Set panics).
			{in: "type Cent int; func (c Cent) String() string { return fmt.Sprintf(\"%d¢\", int(c)) }", out: "type Cent int\nfunc (c Cent) String() string\n"},
			{in: "purse := map[string]Cent{\"a\": 7}", out: "purse map[string]Cent = map[a:7¢]\n"},
			{in: "var cs fmt.Stringer = Cent(1); cs, ok = purse[\"a\"]; cs", out: "cs fmt.Stringer = 7¢ (Cent)\n7¢  // fmt.Stringer (Cent)\n"},
			{in: "type Shape interface{ Area() float64 }; type Sq float64; func (s Sq) Area() float64 { return float64(s * s) }", out: "type Shape interface{ Area() float64 }\ntype Sq float64\nfunc (s Sq) Area() float64\n"},
			{in: "func pick(n int) (Shape, int) { return Sq(n), n + 1 }", out: "func pick(n int) (Shape, int)\n"},
			{in: "var sh Shape = Sq(9); var k int; sh, k = pick(3); sh.Area() + float64(k)", out: "sh Shape = 3 (Sq)\nk int = 4\n13  // float64\n"},
		}},
		{"a coroutine of a function declared again", []step{
			// The coroutine keeps the literal, which keeps calling the
			// function it was compiled with: named with the variables.
			{in: "func step(i int) string { return fmt.Sprint(\"v1-\", i) }", out: "func step(i int) string\n"},
			{in: "co := loop.Async(func() string { return step(2) })", out: "co *loop.Coroutine = input2.func1()\n"},
			{in: "func step(i int) string { return fmt.Sprint(\"v2-\", i) }", out: "func step(i int) string\n", errPat: `^input 3:6: warning: co still calls the step declared before .*declare co again`},
			{in: "loop.Await(co)", out: "\"v1-2\"  // any (string)\n"},
		}},
		{"results as fmt prints them", []step{
			// A compiled Formatter by its Format (a *big.Float's String
			// rounds to 10 digits), and Sprint's spacing beside a string
			// type with methods held in an any.
			{in: "third := new(big.Float).SetPrec(100).Quo(big.NewFloat(1), big.NewFloat(3))", out: "third *big.Float = 0.3333333333333333333333333333335\n"},
			{in: "[]*big.Float{third}", out: "[0.3333333333333333333333333333335]  // []*big.Float\n"},
			{in: "type Tag string\nfunc (t Tag) String() string { return \"#\" + string(t) }", out: "type Tag string\nfunc (t Tag) String() string\n"},
			{in: "var a any = Tag(\"z\"); fmt.Sprint(1, a, 2)", out: "a any = #z (Tag)\n\"1#z2\"  // string\n"},
			// A context names the session's keys and values as the
			// context package does (it named the interpreter's structs).
			{in: "type key struct{ name string }\nfunc (k *key) String() string { return \"key \" + k.name }", out: "type key struct{ name string }\nfunc (k *key) String() string\n"},
			{in: "type val struct{ n int }; ctx := context.WithValue(context.Background(), &key{\"s\"}, val{2})", out: "type val struct{ n int }\nctx context.Context = context.Background.WithValue(key s, main.val) (*context.valueCtx)\n"},
			{in: "fmt.Println(ctx)", out: "context.Background.WithValue(key s, main.val)\n"},
			{in: "c2, cancel := context.WithCancel(ctx); fmt.Sprint(c2)", out: "c2 context.Context = context.Background.WithValue(key s, main.val).WithCancel (*context.cancelCtx)\ncancel context.CancelFunc = context.WithCancel.func1\n\"context.Background.WithValue(key s, main.val).WithCancel\"  // string\n"},
			// A reflect.Value held in an any prints what it holds.
			{in: "fmt.Println([]any{reflect.ValueOf(&key{\"r\"})}...)", out: "key r\n"},
		}},
		{"comma-ok map indexes into map elements", []step{
			{in: `src := map[string]int{"a": 1}; seen := map[string]bool{}; v := 7`, out: "src map[string]int = map[a:1]\nseen map[string]bool = map[]\nv int = 7\n"},
			// The value of a missing key is the zero value, not v's.
			{in: `v, seen["b"] = src["b"]; fmt.Println(v, seen)`, out: "0 map[b:false]\n"},
			// The left side's operands are evaluated before the right side.
			{in: `func f(s string) int { fmt.Print(s, " "); return 0 }`, out: "func f(s string) int\n"},
			{in: `arr := []int{5}; arr[f("lhs")], seen["c"] = src[fmt.Sprint(f("rhs"))]; fmt.Println(arr)`, out: "lhs rhs [0]\narr []int = [0]\n"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runSteps(t, repl.Config{}, tt.steps) })
	}
}

// TestLoadLocalTypeCompared checks that a file whose main declares a
// struct type it compares, beside a package-level struct with a field of
// type any, loads (the registration of fmt's conversions, at package
// level, named the local type: undefined: __f5).
func TestLoadLocalTypeCompared(t *testing.T) {
	s, out, errs := newSession(t, repl.Config{})
	loadSource(t, s, errs, "l.go", "package main\n\nimport \"fmt\"\n\ntype Tagged struct{ Label any }\n\nfunc main() {\n\ttype Conn struct{ ID int }\n\tfmt.Println(Conn{1} == Conn{1}, Tagged{Conn{2}})\n}\n")
	if _, err := s.Eval(context.Background(), "main()"); err != nil {
		t.Fatalf("main(): %v\n%s", err, errs.String())
	}
	if got, want := out.String(), "true {{2}}\n"; !strings.HasSuffix(got, want) {
		t.Errorf("printed %q, want it to end with %q", got, want)
	}
}

// TestLoadRangeOverCall checks that a range over an int that a call
// returns runs in a loaded file, its type known from the type check (it
// was refused: the front end could not tell it was an int).
func TestLoadRangeOverCall(t *testing.T) {
	s, out, errs := newSession(t, repl.Config{})
	loadSource(t, s, errs, "r.go", "package main\n\nimport \"fmt\"\n\nfunc count() int { return 3 }\n\nfunc main() {\n\tfor i := range count() {\n\t\tfmt.Print(i)\n\t}\n\tfor i := range max(count(), 1) {\n\t\tfmt.Print(i)\n\t}\n}\n")
	if got := out.String(); got != "012012" {
		t.Errorf("printed %q, want 012012", got)
	}
}

// loadSource writes src to a file named name and loads it into s, whose
// stderr errs has, failing the test where the load fails.
func loadSource(t *testing.T, s *repl.Session, errs fmt.Stringer, name, src string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(src), 0o666); err != nil {
		t.Fatal(err)
	}
	if err := s.Load(context.Background(), path, []byte(src)); err != nil {
		t.Fatalf("load: %v\n%s", err, errs.String())
	}
}

// TestLoadAgainAfterRefusal checks that a file refused before it ran
// leaves nothing of its imports behind: loaded again, fixed, it makes
// them (they were taken for made, and its code found neither the host
// runtime nor its packages).
func TestLoadAgainAfterRefusal(t *testing.T) {
	s, out, errs := newSession(t, repl.Config{})
	path := filepath.Join(t.TempDir(), "a.go")
	for _, step := range []struct {
		body    string
		wantErr string
	}{
		{"func where() { _, _, _, _ = runtime.Caller(0) }", "runtime.Caller: called from interpreted code"},
		{"func where() int { return runtime.NumGoroutine() }", ""},
	} {
		src := "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\n" + step.body + "\n\nfunc hello() { fmt.Println(\"hello\") }\n"
		err := s.Load(context.Background(), path, []byte(src))
		if step.wantErr == "" && err != nil || step.wantErr != "" && (err == nil || !strings.Contains(err.Error(), step.wantErr)) {
			t.Fatalf("load of %s: error %v, want %q\n%s", step.body, err, step.wantErr, errs.String())
		}
	}
	if _, err := s.Eval(context.Background(), "hello()"); err != nil {
		t.Fatalf("hello(): %v\n%s", err, errs.String())
	}
	if got := out.String(); got != "hello\n" {
		t.Errorf("printed %q, want %q", got, "hello\n")
	}
}

// TestTopBlocksAtThePrompt checks an input that declares variables and
// declares others in a block of its top-level code (lower_topblocks.go):
// the interpreter lost or confused the block's variables.
func TestTopBlocksAtThePrompt(t *testing.T) {
	runSteps(t, repl.Config{}, []step{
		{in: `xs := []any{1, "a", 2}`, out: "xs []any = [1 a 2]\n"},
		{in: "n := 0; for _, x := range xs { if v, ok := x.(int); ok { n += v } }; n", out: "n int = 3\n3  // int\n"},
		{in: `m := map[string]int{"a": 2}; c := 0; for _, k := range []string{"a", "b"} { v, ok := m[k]; if ok { c += v } }; c`, out: "m map[string]int = map[a:2]\nc int = 2\n2  // int\n"},
		{in: "k := 0; switch { case len(xs) > 1: a, b := xs[0].(int); if b { k = a } }; k", out: "k int = 1\n1  // int\n"},
	})
}

// TestGenericInterfaceAtThePrompt checks a generic interface declared at
// the prompt, used by later inputs (its methods were kept as methods
// declared on it, whose text broke every later input's check).
func TestGenericInterfaceAtThePrompt(t *testing.T) {
	runSteps(t, repl.Config{}, []step{
		{in: "type Getter[T any] interface{ Get() T }", out: "type Getter[T any] interface{ Get() T }\n"},
		{in: "var g Getter[int]", out: "g Getter[int] = nil\n"},
		{in: "type Box[T any] struct{ v T }; func (b Box[T]) Get() T { return b.v }", out: "type Box[T any] struct{ v T }\nfunc (b Box[T]) Get() T\n"},
		{in: "g = Box[int]{3}; g.Get()", out: "3  // int\n"},
		{in: `func use(x Getter[string]) string { return x.Get() }; use(Box[string]{"s"})`, out: "func use(x Getter[string]) string\n\"s\"  // string\n"},
	})
}

// TestCompiledStructsAtThePrompt checks variables of compiled struct
// types with unexported fields of interface type, shown at the prompt
// once the session has a type of its own (the display read those
// fields, which interpreted code cannot: the input panicked and the
// variable was lost).
func TestCompiledStructsAtThePrompt(t *testing.T) {
	runSteps(t, repl.Config{}, []step{
		{in: "type Item struct{ name string }", out: "type Item struct{ name string }\n"},
		{in: "var av atomic.Value", out: "av atomic.Value = {v:<nil>}\n"},
		{in: "av.Store(Item{\"x\"}); av.Load()", out: "{name:x}  // any (Item)\n"},
	})
}

// TestTypeVerbOfTwins checks %T of a value held in an interface where
// the program has twins of its type: a panic saying so, not a name that
// is no type's.
func TestTypeVerbOfTwins(t *testing.T) {
	runSteps(t, repl.Config{}, []step{
		{in: "type Age int", out: "type Age int\n"},
		{in: `func typeName[T any](v T) string { return fmt.Sprintf("%T", v) }`, out: "func typeName[T any](v T) string\n"},
		{in: `typeName("s")`, out: "\"string\"  // string\n"},
		{in: "typeName(Age(1))", errPat: `^input 2:61: panic: repl: %T of a value of type int or main.Age: the interpreter holds them alike`, wantErr: true},
	})
}
