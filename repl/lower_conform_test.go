package repl_test

import (
	"testing"

	"github.com/asyncrepl/asyncrepl/repl"
)

// TestConformanceLoweringsAtThePrompt checks, on inputs, constants written
// as go/types computed them, the refusal of an instantiation with an
// interface of a type parameter the generic code asserts to, across
// inputs, reflection's names of the program's fields and types, and the
// refusal of runtime.ReadMemStats.
func TestConformanceLoweringsAtThePrompt(t *testing.T) {
	tests := []struct {
		name  string
		steps []step
	}{
		{"constants out of order and complex", []step{
			{in: "const (\n\th = 1.0 / 3\n\tp = h * 3\n\tok = p == 1\n)", out: "h untyped float = 0.3333333333333333\np untyped float = 1\nok untyped bool = true\n"},
			{in: "const c = complex(p, 2) * 1i", out: "c untyped complex = (-2+1i)\n"},
			{in: "real(c) * 2", out: "-4  // float64\n"},
			{in: "var a [1e1]int; len(a)", out: "a [10]int = [0 0 0 0 0 0 0 0 0 0]\n10  // int\n"},
		}},
		{"assertions to type parameters", []step{
			{in: "func is[T any](x any) bool { _, ok := x.(T); return ok }", out: "func is[T any](x any) bool\n"},
			{in: "is[int](3)", out: "true  // bool\n"},
			{in: "is[any](3)", errPat: `^input 3:1: is instantiated with the interface any for a type parameter it asserts to .*\(assert to the interface outside the generic code, or instantiate with a concrete type\)`, wantErr: true},
			{in: "func kind[U any](x any) string { switch x.(type) { case U: return \"U\" }; return \"other\" }", out: "func kind[U any](x any) string\n"},
			{in: "func via[V any](x any) bool { return is[V](x) }", out: "func via[V any](x any) bool\n"},
			{in: "kind[string](\"s\") + kind[string](1)", out: "\"Uother\"  // string\n"},
			{in: "via[error](nil)", errPat: `^input 7:1: via instantiated with the interface error for a type parameter`, wantErr: true},
			{in: "kind[interface{ M() }](1)", errPat: `^input 8:1: kind instantiated with the interface interface\{M\(\)\}`, wantErr: true},
			{in: "func is[T any](x any) bool { return x != nil }", out: "func is[T any](x any) bool\n", errPat: `^input 9:6: warning: via still calls the is declared before`},
			{in: "is[any](3)", out: "true  // bool\n"},
		}},
		{"reflection's names of the program's types", []step{
			{in: "type pt struct{ x, Y int }", out: "type pt struct{ x, Y int }\n"},
			{in: "func field(i int) string { f := reflect.TypeOf(pt{}).Field(i); return fmt.Sprint(f.Name, f.PkgPath, f.IsExported()) }", out: "func field(i int) string\n"},
			{in: "field(0) + \" \" + field(1)", out: "\"xmainfalse Ytrue\"  // string\n"},
			{in: "reflect.TypeOf(pt{}).Name()", out: "\"pt\"  // string\n"},
			{in: "reflect.TypeOf(pt{}).String() + reflect.TypeOf(&pt{}).Elem().PkgPath()", out: "\"main.ptmain\"  // string\n"},
			{in: "fmt.Println(reflect.TypeOf(pt{}), reflect.TypeOf([]*pt{}))", out: "main.pt []*main.pt\n"},
			{in: "fmt.Println(reflect.TypeOf(3), reflect.ValueOf(\"s\").Type(), reflect.TypeOf(3).Name())", out: "int string int\n"},
			{in: "type failed struct{}; func (failed) Error() string { return \"failed\" }", out: "type failed struct{}\nfunc (failed) Error() string\n"},
			{in: "var err error = failed{}; reflect.TypeOf(err).Kind()", errPat: `^input 9:27: reflect.TypeOf of a value of type error, which may hold main.failed: the interpreter holds it in a wrapper of its own`, wantErr: true},
			{in: "func name() string { t := reflect.TypeOf(3.5); return t.String() }", out: "func name() string\n"},
			{in: "name()", out: "\"float64\"  // string\n"},
			// A type of another kind the interpreter builds as its
			// representation: a reflect type that may be one panics.
			{in: "func kind(x any) string { return reflect.TypeOf(x).String() }", out: "func kind(x any) string\n"},
			{in: "kind(pt{}) + \" \" + kind(2.5)", out: "\"main.pt float64\"  // string\n"},
			{in: "type Celsius float64", out: "type Celsius float64\n"},
			{in: "kind(2.5)", errPat: `^input 12:27: panic: repl: reflection's name of a type the interpreter builds alike for float64 and main.Celsius: the shell cannot tell which it is`, wantErr: true},
			{in: "func local() string { type L struct{ A int }; return reflect.TypeOf([]L{}).String() }; local()", out: "func local() string\n\"[]main.L\"  // string\n"},
			// A generic type of another kind, whose instances no input
			// registers: refused as before.
			{in: "type List[T any] []T", out: "type List[T any] []T\n"},
			{in: "reflect.TypeOf(pt{}).Name()", errPat: `^input 18:22: reflect.Type's Name: the interpreter builds the program's types without their names`, wantErr: true},
		}},
		{"memory statistics", []step{
			{in: "var st runtime.MemStats; runtime.ReadMemStats(&st)", errPat: `^input 1:26: runtime.ReadMemStats: called from interpreted code it would measure the interpreter's memory`, wantErr: true},
			{in: "testing.AllocsPerRun(10, func() {})", errPat: `^input 2:1: testing.AllocsPerRun: called from interpreted code it would measure the interpreter's memory`, wantErr: true},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runSteps(t, repl.Config{}, tt.steps) })
	}
}
