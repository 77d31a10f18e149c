package repl_test

import (
	"context"
	"regexp"
	"testing"

	"github.com/asyncrepl/asyncrepl/repl"
)

// TestHeldAtThePrompt checks values of the session's types held in
// interfaces (lower_fmtheld.go, lower_jsonheld.go): printed by fmt,
// encoded by json, and shown as results, with their methods and names,
// the types and their methods declared in inputs of their own.
func TestHeldAtThePrompt(t *testing.T) {
	runSteps(t, repl.Config{}, []step{
		{in: "type Suit int", out: "type Suit int\n"},
		{in: `func (s Suit) String() string { return [...]string{"spades", "hearts"}[s] }`, out: "func (s Suit) String() string\n"},
		{in: "type Card struct{ Rank int; S Suit; note string }", out: "type Card struct{ Rank int; S Suit; note string }\n"},
		{in: "var v any = Suit(1)", out: "v any = hearts (Suit)\n"},
		{in: `fmt.Printf("%v %d %s\n", v, v, v)`, out: "hearts 1 hearts\n"},
		{in: `xs := []any{Suit(0), 2, Card{3, 1, "x"}}`, out: "xs []any = [spades 2 {3 hearts x}]\n"},
		{in: `fmt.Printf("%v %+v\n", xs, xs)`, out: "[spades 2 {3 hearts x}] [spades 2 {Rank:3 S:hearts note:x}]\n"},
		{in: "xs", out: "[spades 2 {3 hearts x}]  // []any\n"},
		{in: `m := map[string]any{"s": Suit(1)}; m`, out: "m map[string]any = map[s:hearts]\nmap[s:hearts]  // map[string]any\n"},
		{in: "b, _ := json.Marshal(xs)", out: "b []byte = [91 48 44 50 44 123 34 82 97 110 107 34 58 51 44 34 83 34 58 49 125 93]\n"},
		{in: "fmt.Println(string(b))", out: "[0,2,{\"Rank\":3,\"S\":1}]\n"},
		{in: "func show(x any) string { return fmt.Sprintf(\"%v|%+v\", x, x) }", out: "func show(x any) string\n"},
		{in: `show(Card{1, 0, "y"})`, out: "\"{1 spades y}|{Rank:1 S:spades note:y}\"  // string\n"},
		// The results of a call of several results, printed directly.
		{in: "func draw() (Suit, int) { return 1, 2 }", out: "func draw() (Suit, int)\n"},
		{in: "fmt.Println(draw())", out: "hearts 2\n"},
		// A Format method declared after show.
		{in: "type Money struct{ cents int64 }", out: "type Money struct{ cents int64 }\n"},
		{in: `func (m Money) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "$%d", m.cents) }`, out: "func (m Money) Format(f fmt.State, verb rune)\n"},
		{in: "show(Money{5})", out: "\"$5|$5\"  // string\n"},
	})
}

// TestHeldNameLost checks a value of the session's type with a String
// method that compiled code took and handed back (sync.Map): the
// interpreter hands it over as its representation, and fmt of such a
// value panics, saying so, rather than print the representation.
func TestHeldNameLost(t *testing.T) {
	runSteps(t, repl.Config{}, []step{
		{in: "type W int", out: "type W int\n"},
		{in: `func (w W) String() string { return "W!" }`, out: "func (w W) String() string\n"},
		{in: `func stash() any { var m sync.Map; m.Store("k", W(3)); v, _ := m.Load("k"); return v }`, out: "func stash() any\n"},
		{in: "v := stash()", out: "v any = 3 (int or W)\n"},
		{in: "fmt.Println(v)", errPat: `^input 5:13: panic: repl: fmt of a value of type int, which may be a main.W that compiled code handed back without its type's name`, wantErr: true},
		{in: `fmt.Println(W(4), "s")`, out: "W! s\n"},
		// Asserted to an interface W implements: the answer would be
		// false (an int has no String).
		{in: "_, ok := v.(fmt.Stringer)", errPat: `^input 7:10: panic: repl: type assertion to fmt.Stringer of a value of type int, which may be a main.W that compiled code handed back without its type's name`, wantErr: true},
		{in: "switch x := v.(type) { case fmt.Stringer: x.String(); default: }", errPat: `^input 8:13: panic: repl: type switch case fmt.Stringer of a value of type int, which may be a main.W`, wantErr: true},
		// One held with its name by interpreted code passes.
		{in: "var h any = W(5)", out: "h any = W! (W)\n"},
		{in: "s, ok := h.(fmt.Stringer)", out: "s fmt.Stringer = W! (W)\nok bool = true\n"},
		// So does one of another representation.
		{in: `_, ok2 := any("x").(fmt.Stringer)`, out: "ok2 bool = false\n"},
		// Stored into a compiled struct's field rather than passed.
		{in: "type R int", out: "type R int\n"},
		{in: `func (R) String() string { return "R!" }`, out: "func (R) String() string\n"},
		{in: "func ringed() any { r := ring.New(1); r.Value = R(1); return r.Value }", out: "func ringed() any\n"},
		{in: "_, ok3 := ringed().(fmt.Stringer)", errPat: `^input 15:11: panic: repl: type assertion to fmt.Stringer of a value of type int, which may be a main.R that compiled code handed back`, wantErr: true},
		// Values that cannot come from compiled code's interfaces are
		// answered: an int of the program's own, an int json.Unmarshal
		// made (a float64), kept in an array of any (a []any could be
		// filled through another name: it is checked).
		{in: "var k any = 7", out: "k any = 7 (int or R or W)\n"},
		{in: "_, ok4 := k.(fmt.Stringer)", out: "ok4 bool = false\n"},
		{in: "fmt.Println(k)", out: "7\n"},
		{in: "var j any", out: "j any = nil\n"},
		{in: "json.Unmarshal([]byte(`7`), &j)", out: "nil  // error\n"},
		{in: "kept := [2]any{k, int(j.(float64))}", out: "kept [2]any = [7 7]\n"},
		{in: "switch kept[1].(type) { case fmt.Stringer: fmt.Println(\"S\"); default: fmt.Println(\"other\") }", out: "other\n"},
		// A function of an earlier input may be handed one later.
		{in: "func isStringer(x any) bool { _, ok := x.(fmt.Stringer); return ok }", out: "func isStringer(x any) bool\n"},
		{in: "isStringer(j)", out: "false  // bool\n"},
		{in: "isStringer(stash())", errPat: `^input 23:40: panic: repl: type assertion to fmt.Stringer of a value of type int, which may be a main\.`, wantErr: true},
		// A function of an earlier input returning a variable a later
		// input fills.
		{in: "var sv any = 5", out: "sv any = 5 (int or R or W)\n"},
		{in: "func cur() any { return sv }", out: "func cur() any\n"},
		{in: "sv = stash()", out: ""},
		{in: "fmt.Println(cur())", errPat: `^input 29:13: panic: repl: fmt of a value of type int, which may be a main\.`, wantErr: true},
		// A decoder calling a type's own UnmarshalJSON, declared earlier,
		// may store anything.
		{in: "type Box struct{ V any }", out: "type Box struct{ V any }\n"},
		{in: "func (b *Box) UnmarshalJSON([]byte) error { b.V = stash(); return nil }", out: "func (b *Box) UnmarshalJSON([]byte) error\n"},
		{in: "var bx Box", out: "bx Box = {V:<nil>}\n"},
		{in: "json.Unmarshal([]byte(`{}`), &bx)", out: "nil  // error\n"},
		{in: "fmt.Println(bx.V)", errPat: `^input 34:13: panic: repl: fmt of a value of type int, which may be a main\.`, wantErr: true},
	})
}

// TestStringerThatIsError checks a value held in a fmt.Stringer whose type
// also has Error, Format or GoString (see stdlib_bindings/std/maptypes.go):
// fmt, the session's display and an assertion to error find those methods,
// as Go's fmt finds them on the dynamic value.
func TestStringerThatIsError(t *testing.T) {
	runSteps(t, repl.Config{}, []step{
		{in: "type E struct{ Key string }", out: "type E struct{ Key string }\n"},
		{in: `func (e E) Error() string { return "err " + e.Key }`, out: "func (e E) Error() string\n"},
		{in: `func (e E) String() string { return "str " + e.Key }`, out: "func (e E) String() string\n"},
		{in: `var s fmt.Stringer = E{"a"}`, out: "s fmt.Stringer = err a\n"},
		{in: "s", out: "err a  // fmt.Stringer\n"},
		{in: `fmt.Printf("%v|%s|%q\n", s, s, s)`, out: "err a|err a|\"err a\"\n"},
		{in: "s.String()", out: "\"str a\"  // string\n"},
		{in: `[]fmt.Stringer{s, E{"b"}}`, out: "[err a err b]  // []fmt.Stringer\n"},
		{in: "func show(x fmt.Stringer) { fmt.Println(x) }", out: "func show(x fmt.Stringer)\n"},
		{in: `show(E{"c"})`, out: "err c\n"},
		{in: "type K int", out: "type K int\n"},
		{in: `func (K) String() string { return "k" }`, out: "func (K) String() string\n"},
		{in: `func (K) Format(f fmt.State, c rune) { fmt.Fprintf(f, "K%c", c) }`, out: "func (K) Format(f fmt.State, c rune)\n"},
		{in: `show(K(1))`, out: "Kv\n"},
		{in: `_, ok := s.(error); ok`, out: "ok bool = true\ntrue  // bool\n"},
	})
}

// TestJSONHeldComposite checks a []Level (Level with MarshalText and
// UnmarshalText) passed as an any to json by a function an earlier input
// compiled: the interpreter holds it as its representation ([]int), which
// that function's code cannot tell from an []int, so the call panics,
// saying so, rather than encode it as its ints (or fail to decode it); a
// *Level passed to json.Unmarshal there panics too (the function's code
// cannot name the type). Before an input makes a value of a composite of
// Level, a []int is surely one, and is encoded and decoded as such.
func TestJSONHeldComposite(t *testing.T) {
	runSteps(t, repl.Config{}, []step{
		{in: "type Level int", out: "type Level int\n"},
		{in: `func (l Level) MarshalText() ([]byte, error) { return []byte(fmt.Sprint("L", int(l))), nil }`, out: "func (l Level) MarshalText() ([]byte, error)\n"},
		{in: `func (l *Level) UnmarshalText(b []byte) error { _, err := fmt.Sscanf(string(b), "L%d", (*int)(l)); return err }`, out: "func (l *Level) UnmarshalText(b []byte) error\n"},
		{in: `func enc(v any) string { b, _ := json.Marshal(v); return string(b) }`, out: "func enc(v any) string\n"},
		{in: `func dec(s string, v any) error { return json.Unmarshal([]byte(s), v) }`, out: "func dec(s string, v any) error\n"},
		{in: `fmt.Println(enc(Level(1)), enc([]string{"a"}))`, out: "\"L1\" [\"a\"]\n"},
		// No input made a value of a composite of Level: a []int is one.
		{in: `fmt.Println(enc([]int{1, 2}), enc(map[string][]int{"a": {3}}))`, out: "[1,2] {\"a\":[3]}\n"},
		{in: `var v any = []int{4}; b, _ := json.Marshal(v); fmt.Println(string(b))`, out: "[4]\nv any = [4] ([]int)\nb []byte = [91 52 93]\n"},
		{in: `var ps *[]int; fmt.Println(dec("[5]", &ps), *ps)`, out: "<nil> [5]\nps *[]int = &[5]\n"},
		{in: `var l Level; fmt.Println(dec("\"L3\"", &l))`, errPat: `panic: repl: json.Unmarshal into a pointer held in an interface that may be a \*main.Level`, wantErr: true},
		{in: `fmt.Println(enc([]Level{1, 2}))`, errPat: `panic: repl: json of a value held in an interface, of type \[\]int, which may be a value of the session's types`, wantErr: true},
		{in: `var ls []Level; fmt.Println(dec("[\"L3\"]", &ls))`, errPat: `panic: repl: json.Unmarshal into a pointer held in an interface, of type \*\[\]int`, wantErr: true},
		// Now one did: a []int may be a []Level.
		{in: `fmt.Println(enc([]int{1, 2}))`, errPat: `panic: repl: json of a value held in an interface, of type \[\]int, which may be a value of the session's types`, wantErr: true},
	})
}

// TestLocalEmbedderAssertedLater checks a value of a struct type declared
// in a function of an earlier input, with methods by embedding, asserted
// to a compiled interface in a later input (lower_localassert.go): the
// interpreter's assertion misses those methods, and the later input cannot
// name the type, so the assertion panics saying so, where it said false;
// where the interpreter's assertion finds them, the answer is the value's.
func TestLocalEmbedderAssertedLater(t *testing.T) {
	const why = "the interpreter's assertion misses the methods it has by embedding, and this input cannot name the type"
	runSteps(t, repl.Config{}, []step{
		{in: "type Label struct{ Text string }", out: "type Label struct{ Text string }\n"},
		{in: `func (l Label) String() string { return "label " + l.Text }`, out: "func (l Label) String() string\n"},
		{in: "func open(s string) any { type counting struct{ *strings.Reader }; return &counting{strings.NewReader(s)} }", out: "func open(s string) any\n"},
		{in: "func tag() any { type tagged struct { Label; N int }; return tagged{Label{\"a\"}, 1} }", out: "func tag() any\n"},
		{in: "func val() any { type counting struct{ *strings.Reader }; return counting{strings.NewReader(\"v\")} }", out: "func val() any\n"},
		{in: `_, ok := open("hi").(io.Reader)`, errPat: `^input 6:10: panic: repl: a \*main.counting, declared in a function of an earlier input, asserted to io.Reader: ` + regexp.QuoteMeta(why), wantErr: true},
		{in: `r := open("hi").(io.Reader)`, errPat: `^input 7:6: panic: repl: a \*main.counting, declared in a function of an earlier input`, wantErr: true},
		{in: `switch tag().(type) { case fmt.Stringer: fmt.Println("stringer") }`, errPat: `^input 8:28: panic: repl: a main.tagged, declared in a function of an earlier input, asserted to fmt.Stringer`, wantErr: true},
		{in: `_, ok := open("hi").(fmt.Stringer); fmt.Println(ok)`, out: "false\nok bool = false\n"},
		{in: `_, ok := val().(io.Reader); fmt.Println(ok)`, out: "true\nok bool = true\n"},
		{in: `_, ok := any(Label{}).(fmt.Stringer); fmt.Println(ok)`, out: "true\nok bool = true\n"},
	})
}

// TestJSONHeldErrorNames checks the error of json.Unmarshal into a
// pointer held in an any at the prompt: named as Go names it where the
// input's code knows the pointer's type, and a panic saying so where a
// function an input compiled without the type cannot tell which to name.
func TestJSONHeldErrorNames(t *testing.T) {
	runSteps(t, repl.Config{}, []step{
		{in: "type Level int", out: "type Level int\n"},
		{in: `var l Level`, out: "l Level = 0\n"},
		{in: `fmt.Println(json.Unmarshal([]byte("\"x\""), any(&l)))`, out: "json: cannot unmarshal string into Go value of type main.Level\n"},
		{in: `func load(s string, v any) error { return json.Unmarshal([]byte(s), v) }`, out: "func load(s string, v any) error\n"},
		{in: `fmt.Println(load("3", &l), l)`, out: "<nil> 3\n"},
		{in: `fmt.Println(load("\"x\"", &l))`, errPat: `panic: repl: the error of json.Unmarshal into a pointer held in an interface that may be a \*int or a \*main.Level`, wantErr: true},
	})
}

// TestCompiledStructShown checks the display of a compiled struct with
// unexported fields (a *list.Element) where the session has a type whose
// String fmt calls: the fields are printed as fmt prints them, with no
// method called through an unexported one (the display panicked: "reflect:
// reflect.Value.Call using value obtained using unexported field").
func TestCompiledStructShown(t *testing.T) {
	s, out, errs := newSession(t, repl.Config{})
	for _, in := range []string{
		"type Celsius float64",
		`func (c Celsius) String() string { return "C!" }`,
		"var shown any = Celsius(1)",
		"l := list.New()",
		"l.PushBack(3)",
		`e := l.PushBack("s")`,
		"l.Len()",
	} {
		if err := s.Run(context.Background(), in); err != nil {
			t.Fatalf("%s: %v (stderr %q)", in, err, errs.String())
		}
	}
	want := regexp.MustCompile(`(?m)^&\{next:0x[0-9a-f]+ prev:0x[0-9a-f]+ list:0x[0-9a-f]+ Value:3\}  // \*list\.Element\n` +
		`e \*list\.Element = &\{next:0x[0-9a-f]+ prev:0x[0-9a-f]+ list:0x[0-9a-f]+ Value:s\}\n2  // int\n$`)
	if !want.MatchString(out.String()) {
		t.Errorf("stdout:\n%s\nwant a match of %s", out.String(), want)
	}
}
