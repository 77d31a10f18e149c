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
			{in: `b := Pair[string, int]{"b", 2}`, errPat: `^input 3:6: Pair\[string, int\]: the interpreter loses values .* declare an alias for it in an input of its own \(type PairOf = Pair\[string, int\]\) and use that\n$`, wantErr: true},
			{in: "type PIS = Pair[int, string]", out: "type PIS = Pair[int, string]\n"},
			{in: `c := PIS{1, "c"}`, out: "c PIS = {Key:1 Val:c}\n"},
			{in: `d := PIS{2, "d"}; a.Val + c.Key + d.Key`, out: "d PIS = {Key:2 Val:d}\n4  // int\n"},
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
			{in: "func f() (s string) {\n\tdefer func() { s = fmt.Sprint(recover()) }()\n\tdefer func() { panic(\"in defer\") }()\n\treturn \"no\"\n}", errPat: `^input 1, line 3:2: a deferred function that panics, after one that recovers in the same function: .* recover in a function that calls this one\n$`, wantErr: true},
			{in: "func g() (s string) {\n\tdefer func() { s = fmt.Sprint(recover()) }()\n\tfunc() { defer func() { panic(\"in defer\") }() }()\n\treturn \"no\"\n}", out: "func g() (s string)\n"},
			{in: "g()", out: "\"in defer\"  // string\n"},
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
		{"errors from gather's results taken back out", []step{
			{in: "type FetchError struct{ URL string }", out: "type FetchError struct{ URL string }\n"},
			{in: `func (e *FetchError) Error() string { return "fetch " + e.URL }`, out: "func (e *FetchError) Error() string\n"},
			{in: `get := func(u string) *loop.Coroutine { return loop.Async(func() (any, error) { if u == "bad" { return nil, &FetchError{u} }; return u, nil }) }`, out: "get func(u string) *loop.Coroutine = func\n"},
			{in: `res, err := loop.Await(loop.GatherReturnExceptions(get("a"), get("bad")))`, out: "res any = [a fetch bad] ([]any)\nerr error = nil\n"},
			{in: "fe, ok := res.([]any)[1].(*FetchError)", out: "fe *FetchError = fetch bad\nok bool = true\n"},
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
