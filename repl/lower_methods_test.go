package repl_test

import (
	"testing"

	"github.com/asyncrepl/asyncrepl/repl"
)

// TestMethodsAndPanicsAtThePrompt checks, on inputs, the lowerings of
// method expressions, comparisons of interfaces with methods, shifts,
// repeated const specs, deferred literals in loops and bounds checks, and
// the refusals of a map keyed by an interface with methods and of a value
// of a struct type embedding a compiled interface held as an interface,
// and of one whose method Go promotes from a shallower depth than the one
// the interpreter would call through an interface.
func TestMethodsAndPanicsAtThePrompt(t *testing.T) {
	tests := []struct {
		name  string
		steps []step
	}{
		{"method expressions", []step{
			{in: "type P struct{ X int }", out: "type P struct{ X int }\n"},
			{in: "func (p P) Add(q P) P { return P{p.X + q.X} }", out: "func (p P) Add(q P) P\n"},
			{in: "func (p *P) Scale(k int) { p.X *= k }", out: "func (p *P) Scale(k int)\n"},
			{in: "add := P.Add; p := P{2}", out: "add func(p P, q P) P = func\np P = {X:2}\n"},
			{in: "(*P).Scale(&p, 3); add(p, P{1})", out: "{X:7}  // P\n"},
		}},
		{"interfaces with methods compared", []step{
			{in: "type Key interface{ ID() int }", out: "type Key interface{ ID() int }\n"},
			{in: "type k struct{ n int }", out: "type k struct{ n int }\n"},
			{in: "func (x k) ID() int { return x.n }", out: "func (x k) ID() int\n"},
			{in: "var a, b Key = k{1}, k{1}", out: "a Key = {n:1} (k)\nb Key = {n:1} (k)\n"},
			{in: "fmt.Println(a == b, a != k{2}, a == k{2})", out: "true true false\n"},
			{in: "a.(k).n", out: "1  // int\n"}, // the assertion's operand moved, the result shown
			{in: "m := map[Key]string{}", errPat: `^input 7:6: a map keyed by an interface with methods \(Key\).*\(key the map by any, or by the concrete type\)`, wantErr: true},
			// A struct holding interfaces, compared by its fields' dynamic
			// types and values; a map keyed by it is refused.
			{in: "type pair struct{ K Key; N any }", out: "type pair struct{ K Key; N any }\n"},
			{in: "p, q := pair{k{1}, k{2}}, pair{k{1}, k{2}}", out: "p pair = {K:{n:1} N:{n:2}}\nq pair = {K:{n:1} N:{n:2}}\n"},
			{in: "fmt.Println(p == q, p != q, p == pair{k{1}, 2}, reflect.DeepEqual(p, q))", out: "true false false true\n"},
			{in: "seen := map[pair]bool{}", errPat: `^input 11:9: a map keyed by pair, which holds an interface: .*\(key the map by a struct of concrete types, or by a string made from the key\)`, wantErr: true},
			{in: "pair{k{1}, []int{1}} == pair{k{1}, []int{1}}", errPat: `runtime error: comparing uncomparable type \[\]int`, wantErr: true},
		}},
		{"struct embedding a compiled interface", []step{
			{in: "type Err struct{ error }", out: "type Err struct{ error }\n"},
			{in: `e := Err{errors.New("x")}`, out: "e Err = x\n"},
			{in: "e.Error()", out: "\"x\"  // string\n"},
			{in: "fmt.Println(e)", out: "x\n"},
			{in: "var err error = &e", out: "err error = x (*Err)\n"},
			{in: "func local() { type L struct{ error }; fmt.Println(L{errors.New(\"y\")}) }", errPat: `^input 6:52: a value of L held as any: L embeds the compiled interface error and promotes its methods \(Error\).*name the field and write the methods out`, wantErr: true},
		}},
		{"a struct whose only field embeds a compiled type with unexported methods", []step{
			{in: "type App struct{ *log.Logger }", errPat: `^input 1:18: a struct type whose only field is the embedded \*log.Logger, whose compiled methods include unexported ones: .* give the struct another field, or name the field \(Logger \*log.Logger\) and call its methods through it\n$`, wantErr: true},
			{in: "type App struct{ *log.Logger; level int }", out: "type App struct{ *log.Logger; level int }\n"},
			{in: `func run() string { var sb strings.Builder; a := App{log.New(&sb, "app: ", 0), 1}; a.Printf("%d items", 3); return sb.String() }`, out: "func run() string\n"},
			{in: "run()", out: "\"app: 3 items\\n\"  // string\n"},
			{in: "type SR struct{ *strings.Reader }", out: "type SR struct{ *strings.Reader }\n"},
			{in: `SR{strings.NewReader("xyz")}.Len()`, out: "3  // int\n"},
			{in: "type D struct{ time.Duration }", out: "type D struct{ time.Duration }\n"},
			{in: "x := struct{ D }{}", errPat: `^input 8:14: a struct type whose only field is the embedded D, whose only field embeds time.Duration \(a compiled type with methods\): the interpreter cannot build it .* give the struct another field, or name the field \(D D\) and call its methods through it\n$`, wantErr: true},
			{in: "type W struct{ *D }", errPat: `^input 9:16: a struct type whose only field is the embedded \*D, whose only field embeds time.Duration`, wantErr: true},
			{in: "type E struct{ N int; D }", out: "type E struct{ N int; D }\n"},
			{in: "E{D: D{time.Second}}.Seconds()", out: "1  // float64\n"},
		}},
		{"methods promoted from a struct embedded in a later input", []step{
			{in: "type Base struct{ ID int }", out: "type Base struct{ ID int }\n"},
			{in: "func (b Base) Describe() string { return fmt.Sprint(\"base \", b.ID) }", out: "func (b Base) Describe() string\n"},
			{in: "func (b *Base) SetID(n int) { b.ID = n }", out: "func (b *Base) SetID(n int)\n"},
			{in: "type Derived struct{ Base; Name string }", out: "type Derived struct{ Base; Name string }\n"},
			{in: "d := Derived{Base{7}, \"d\"}", out: "d Derived = {Base:{ID:7} Name:d}\n"},
			{in: "d.Describe()", out: "\"base 7\"  // string\n"},
			{in: "d.SetID(8); d.Describe()", out: "\"base 8\"  // string\n"},
			{in: "type Outer struct{ *Derived }", out: "type Outer struct{ *Derived }\n"},
			{in: "Outer{&d}.SetID(9); d.ID", out: "9  // int\n"},
			{in: "reflect.TypeOf(Outer{}).NumMethod()", out: "2  // int\n"},
			{in: "func describe(x interface{ Describe() string }) string { return x.Describe() }", out: "func describe(x interface{ Describe() string }) string\n"},
			{in: "describe(d) + \", \" + describe(Outer{&d})", out: "\"base 9, base 9\"  // string\n"},
		}},
		{"a method promoted from two depths", []step{
			{in: "type inner struct{}; func (inner) String() string { return \"inner\" }; type deep struct{ inner }", out: "type inner struct{}\nfunc (inner) String() string\ntype deep struct{ inner }\n"},
			{in: "type S struct{ deep; *bytes.Buffer }", out: "type S struct{ deep; *bytes.Buffer }\n"},
			{in: "func mk() S { return S{Buffer: bytes.NewBufferString(\"ok\")} }", out: "func mk() S\n"},
			{in: "mk().String()", out: "\"ok\"  // string\n"},
			{in: "fmt.Println(mk())", errPat: `^input 5:13: a value of S held as any: S's method String is promoted from its field Buffer \(x.Buffer.String\), but through an interface the interpreter would call the deeper x.deep.inner.String; write the method out`, wantErr: true},
			{in: "func str() string { s := mk(); var st fmt.Stringer = &s; return st.String() }", errPat: `^input 6:54: a value of \*S held as fmt.Stringer: `, wantErr: true},
			{in: "type T struct{ deep; *bytes.Buffer }; func (t T) String() string { return t.Buffer.String() }", out: "type T struct{ deep; *bytes.Buffer }\nfunc (t T) String() string\n"},
			{in: "fmt.Println(T{Buffer: bytes.NewBufferString(\"ok\")})", out: "ok\n"},
		}},
		{"nil values held as compiled interfaces", []step{
			{in: "type Names []string", out: "type Names []string\n"},
			{in: "func (n Names) Len() int { return len(n) }; func (n Names) Less(i, j int) bool { return n[i] < n[j] }; func (n Names) Swap(i, j int) { n[i], n[j] = n[j], n[i] }", out: "func (n Names) Len() int\nfunc (n Names) Less(i, j int) bool\nfunc (n Names) Swap(i, j int)\n"},
			{in: "var none Names; sort.Sort(none)", out: "none Names = []\n"},
			{in: "var s sort.Interface = none", out: "s sort.Interface = [] (Names)\n"},
			{in: "s != nil", out: "true  // bool\n"},
			{in: `sort.Interface(Names{"b", "a"})`, out: "[\"b\" \"a\"]  // sort.Interface (Names)\n"},
			{in: "type R struct{ n int }; func (r *R) Read(b []byte) (int, error) { if r == nil { return 0, io.EOF }; return 0, nil }", out: "type R struct{ n int }\nfunc (r *R) Read(b []byte) (int, error)\n"},
			{in: "var p *R; var r io.Reader = p", out: "p *R = nil\nr io.Reader = nil (*R)\n"},
			{in: "_, err := r.Read(nil); fmt.Println(r == nil, err)", out: "false EOF\nerr error = EOF (*errors.errorString)\n"},
		}},
		{"constants", []step{
			{in: "const (\n\tx, y = iota, iota * 10\n\tz, w\n)", out: "x untyped int = 0\ny untyped int = 0\nz untyped int = 1\nw untyped int = 10\n"},
			{in: "var u8 uint8 = 6; i := 1", out: "u8 uint8 = 6\ni int = 1\n"},
			{in: "u8 & (1 << i)", out: "2  // uint8\n"},
		}},
		{"ranges over slices of channels", []step{
			{in: "func chans() []chan int { c := make(chan int, 1); c <- 5; close(c); return []chan int{c} }", out: "func chans() []chan int\n"},
			{in: "func drain() { chs := chans(); for _, c := range chs { for v := range c { fmt.Println(v) } } }", out: "func drain()\n"},
			{in: "drain()", out: "5\n"},
			{in: "func mk() []chan int { return nil }", out: "func mk() []chan int\n"},
			{in: "for _, c := range mk() { _ = c }", out: ""},
			{in: "func mkm() map[int]chan int { return nil }", out: "func mkm() map[int]chan int\n"},
			{in: "for _, c := range mkm() { _ = c }", errPat: `^input 7:1: a range over a map of channels with a value variable: .*\(range over the keys`, wantErr: true},
		}},
		{"a variable named as a package used before", []step{
			{in: `fmt.Println("a")`, out: "a\n"},
			{in: "fmt := 3", out: "fmt int = 3\n"},
			{in: "fmt + 1", out: "4  // int\n"},
			{in: "fmt.Println(1)", errPat: `^input 4:5: fmt.Println undefined \(type int has no field or method Println\)`, wantErr: true},
		}},
		{"deferred literals and bounds", []step{
			{in: "func f() { for i := 0; i < 3; i++ { defer func() { fmt.Print(i) }() } }", out: "func f()\n"},
			{in: "f()", out: "210"},
			{in: "func try(g func()) (r any) { defer func() { r = recover() }(); g(); return }", out: "func try(g func()) (r any)\n"},
			{in: "func at(s []int, i int) int { return s[i] }", out: "func at(s []int, i int) int\n"},
			{in: "try(func() { at(nil, 3) })", out: "runtime error: index out of range [3] with length 0  // any (runtime.boundsError)\n"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runSteps(t, repl.Config{}, tt.steps) })
	}
}
