package repl_test

import (
	"testing"

	"github.com/asyncrepl/asyncrepl/repl"
)

// TestTwinUses checks which comparisons, map keys and type names of values
// in interfaces are refused because the interpreter holds two of the
// program's types alike (type W int and int, two structs of the same
// fields), and which still run: those whose static types tell the answer,
// and every one in a session without twins.
func TestTwinUses(t *testing.T) {
	tests := []struct {
		name  string
		steps []step
	}{
		{"no twins: comparisons and map keys of any run", []step{
			{in: "var x any = 3", out: "x any = 3 (int)\n"},
			{in: "x == 3", out: "true  // bool\n"},
			{in: "m := map[any]string{3: \"three\"}; m[x]", out: "m map[any]string = map[3:three]\n\"three\"  // string\n"},
			{in: "type P struct{ X, Y int }", out: "type P struct{ X, Y int }\n"},
			{in: "var p any = P{1, 2}; p == P{1, 2}", out: "p any = {X:1 Y:2} (P)\ntrue  // bool\n"},
			{in: "fmt.Printf(\"%T\\n\", p)", out: "main.P\n"},
		}},
		{"a named basic type: compared with a constant, refused", []step{
			{in: "type W int", out: "type W int\n"},
			{in: "var w any = W(3)", out: "w any = 3 (int or W)\n"},
			{in: "w == 3", errPat: `^input 3:1: == of an interface with int: the interpreter holds int and W alike in an interface \(as int\), so it would take one for the other; keep the value in a variable`, wantErr: true},
			{in: "w != any(3)", errPat: `^input 4:1: != of two interfaces: the interpreter holds W and int alike`, wantErr: true},
			{in: "switch w { case 3: }", errPat: `^input 5:17: switch case of an interface with int: the interpreter holds int and W alike`, wantErr: true},
			{in: "v := W(3); v == W(3)", out: "v W = 3\ntrue  // bool\n"},
			{in: "v == 3", out: "true  // bool\n"},
			{in: "w == nil", out: "false  // bool\n"},
		}},
		{"compiled code comparing a value with one it holds", []step{
			{in: "type Status int", out: "type Status int\n"},
			{in: "func cas() bool { var m sync.Map; m.Store(\"job\", Status(1)); return m.CompareAndSwap(\"job\", 1, Status(2)) }", errPat: `^input 2:69: sync.Map.CompareAndSwap of an interface with int: the interpreter holds int and Status alike in an interface \(as int\), so it would take one for the other`, wantErr: true},
			{in: "var v atomic.Value; v.Store(1); v.Load()", out: "v atomic.Value = {v:1}\n1  // any (int or Status)\n"},
		}},
		{"a named string type", []step{
			{in: "type Color string", out: "type Color string\n"},
			{in: "var c any = Color(\"red\")", out: "c any = \"red\" (string or Color)\n"},
			{in: "c == \"red\"", errPat: `^input 3:1: == of an interface with string: the interpreter holds string and Color alike`, wantErr: true},
		}},
		{"rune and byte are int32 and uint8 to the interpreter", []step{
			{in: "type R int32", out: "type R int32\n"},
			// Let through while no R is put in an interface: a later
			// input that puts one there is refused, naming the comparison.
			{in: "func isA(v any) bool { return v == 'a' }", out: "func isA(v any) bool\n"},
			{in: "isA(R('a'))", errPat: `^input 3:5: a value put in an interface here is one an earlier input would take for its twin \(input 2:31: == of an interface with rune: the interpreter holds rune and R alike`, wantErr: true},
			{in: "isA('a')", out: "true  // bool\n"},
			{in: "type B uint8", out: "type B uint8\n"},
			{in: "var b any = B(1); func isB(v any) bool { return v == byte(1) }", errPat: `^input 6:49: == of an interface with byte: the interpreter holds byte and B alike`, wantErr: true},
		}},
		{"struct types of the same fields compared in interfaces", []step{
			{in: "type A struct{ X int }", out: "type A struct{ X int }\n"},
			{in: "type B struct{ X int }", out: "type B struct{ X int }\n"},
			{in: "var a, b any = A{1}, B{1}", out: "a any = {X:1} (A)\nb any = {X:1} (B)\n"},
			{in: "a == b", out: "false  // bool\n"},
			{in: "a == A{1}", out: "true  // bool\n"},
			{in: "A{1} == A{1}", out: "true  // bool\n"},
		}},
		{"twins compared in interfaces", []step{
			{in: "type A int", out: "type A int\n"},
			{in: "type B int", out: "type B int\n"},
			{in: "var a, b any = A(1), B(1)", out: "a any = 1 (int or A or B)\nb any = 1 (int or A or B)\n"},
			{in: "a == b", errPat: `^input 4:1: == of two interfaces: the interpreter holds A and B alike in an interface \(as int\)`, wantErr: true},
			{in: "a == A(1)", errPat: `^input 5:1: == of an interface with A: the interpreter holds A and B alike`, wantErr: true},
		}},
		{"map keys of interface type", []step{
			{in: "type W int", out: "type W int\n"},
			{in: "var w any = W(3)", out: "w any = 3 (int or W)\n"},
			{in: "m := map[any]string{3: \"int three\"}", errPat: `^input 3:6: map key of interface type any: the interpreter holds W and int alike in an interface \(as int\)`, wantErr: true},
			{in: "var m map[any]string; len(m)", out: "m map[any]string = map[]\n0  // int\n"},
			{in: "m[w]", out: "\"\"  // string\n"}, // no int is in an interface yet
			{in: "m[3] = \"x\"", errPat: `^input 6:3: a value put in an interface here is one an earlier input would take for its twin \(input 5:1: map key of interface type any: the interpreter holds W and int alike`, wantErr: true},
			{in: "delete(m, 3)", errPat: `^input 7:11: a value put in an interface here is one an earlier input would take for its twin`, wantErr: true},
			{in: "k := map[W]string{3: \"W three\"}; k[3]", out: "k map[W]string = map[3:W three]\n\"W three\"  // string\n"},
		}},
		{"a map keyed by any: struct keys are one key however put in; a Color key is refused", []step{
			{in: "type Point struct{ X, Y int }; func (p Point) String() string { return \"P\" }", out: "type Point struct{ X, Y int }\nfunc (p Point) String() string\n"},
			{in: "m := map[any]int{Point{}: 1}", out: "m map[any]int = map[P:1]\n"},
			{in: "var k any = Point{}; m[k]++; m[Point{}] += 10; len(m)", out: "k any = P (Point)\n1  // int\n"},
			{in: "m[[]any{Point{}}[0]]", out: "12  // int\n"},
			{in: "type Color int; func (c Color) String() string { return \"red\" }", out: "type Color int\nfunc (c Color) String() string\n"},
			{in: "m[Color(0)] = 2", errPat: `^input 6:3: map key of type Color in a map keyed by any: the interpreter stores it as a bare int, which fmt prints without Color's methods and which a key of type int would find; key the map by Color itself`, wantErr: true},
			{in: "len(m)", out: "1  // int\n"},
		}},
		{"struct tags and fields read back as the program wrote them", []step{
			{in: "type User struct { Name string `json:\"name\"`; age int }", out: "type User struct { Name string `json:\"name\"`; age int }\n"},
			{in: "reflect.TypeOf(User{}).Field(0).Tag", out: "json:\"name\"  // reflect.StructTag\n"},
			{in: "f := reflect.TypeOf(User{}).Field(1); f.Name + \" \" + f.PkgPath", out: "f reflect.StructField = {Name:age PkgPath:main Type:int Tag: Offset:16 Index:[1] Anonymous:false}\n\"age main\"  // string\n"},
		}},
		{"an instance of a generic type held in an interface at the prompt", []step{
			{in: "type Box[T any] struct{ v T }", out: "type Box[T any] struct{ v T }\n"},
			{in: "func wrap[T any](v T) any { return Box[T]{v} }", out: "func wrap[T any](v T) any\n"},
			{in: "x := wrap(\"s\")", out: "x any = {v:s}\n"},
			{in: "fmt.Printf(\"%T\\n\", x)", errPat: `panic: repl: the type of a value of an instance of main.Box held in an interface where the interpreter lost the instance's type arguments \(for %T, or the message of a failed type assertion\); name the type where the value's static type is known`, wantErr: true},
			{in: "fmt.Printf(\"%T\\n\", Box[int]{})", out: "main.Box[int]\n"},
		}},
		{"the type of a value in an interface", []step{
			{in: "type W int", out: "type W int\n"},
			{in: "var w any = W(3)", out: "w any = 3 (int or W)\n"},
			// No int is in an interface yet, and the statement runs once.
			{in: "fmt.Printf(\"%T\\n\", w)", out: "main.W\n"},
			{in: "for _, v := range []any{w, \"s\"} { fmt.Printf(\"%T \", v) }; fmt.Println()", out: "main.W string \n"},
			// In a function, a later input may hand it an int.
			{in: "func show(v any) { fmt.Printf(\"%T\\n\", v) }", errPat: `^input 5:39: %T of an interface: the interpreter holds W and int alike`, wantErr: true},
			{in: "fmt.Printf(\"%T\\n\", w); func() { fmt.Printf(\"%T\\n\", w) }()", errPat: `^input 6:52: %T of an interface: the interpreter holds W and int alike`, wantErr: true},
			{in: "reflect.TypeOf(w)", errPat: `^input 7:1: reflect.TypeOf of an interface: the interpreter holds W and int alike`, wantErr: true},
			{in: "fmt.Printf(\"%T %v %d\\n\", W(3), w, w)", out: "main.W 3 3\n"},
			{in: "type Sq struct{}", out: "type Sq struct{}\n"},
			{in: "func() (m any) { defer func() { m = recover() }(); _ = w.(Sq); return }()", out: "interface conversion: interface {} is int or main.W (the interpreter holds them alike), not main.Sq  // any (*hostrt.RuntimeError)\n"},
			// A []W is held as a []int: refused, as in a function.
			{in: "var ws any = []W{1}", out: "ws any = [1] ([]int or []W)\n"},
			{in: "fmt.Printf(\"%T\\n\", ws)", errPat: `^input 12:20: %T of an interface that may hold a \[\]W: the interpreter holds it in an interface as its representation`, wantErr: true},
			// Once an int is in an interface too, refused.
			{in: "var n any = 4", out: "n any = 4 (int or W)\n"},
			{in: "fmt.Printf(\"%T\\n\", w)", errPat: `^input 14:20: %T of an interface`, wantErr: true},
		}},
		{"a method named _ makes no type an interface's, declared in an earlier input", []step{
			{in: "type I interface{ Foo() }", out: "type I interface{ Foo() }\n"},
			{in: "type S struct{}", out: "type S struct{}\n"},
			{in: "func (s *S) _() {}", out: "func (s *S) _()\n"},
			{in: "var e any = &S{}", out: "e any = &{} (*S)\n"},
			{in: "_, ok := e.(I); ok", out: "ok bool = false\nfalse  // bool\n"},
			{in: "switch e.(type) { case I: fmt.Println(\"I\"); default: fmt.Println(\"not I\") }", out: "not I\n"},
		}},
		{"log/slog with an any, where a struct with an unexported field was only encoded", []step{
			{in: "type cfg struct{ host string; Port int }", out: "type cfg struct{ host string; Port int }\n"},
			{in: "func logTo(w io.Writer) *slog.Logger { return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr { if a.Key == slog.TimeKey { return slog.Attr{} }; return a }})) }", out: "func logTo(w io.Writer) *slog.Logger\n"},
			// json.Marshal and an Encoder's Encode hand the cfg back to no one.
			{in: "c := cfg{\"h\", 1}; b, _ := json.Marshal(c); string(b)", out: "c cfg = {host:h Port:1}\nb []byte = [123 34 80 111 114 116 34 58 49 125]\n\"{\\\"Port\\\":1}\"  // string\n"},
			{in: "var a any = 3", out: "a any = 3 (int)\n"},
			{in: "{ var sb strings.Builder; logTo(&sb).Info(\"hi\", \"n\", a); fmt.Print(sb.String()) }", out: "level=INFO msg=hi n=3\n"},
			{in: "json.NewEncoder(io.Discard).Encode(c)", out: "nil  // error\n"},
			// Nor log/slog, which the shell hands the cfg as a value of its own.
			{in: "{ var sb strings.Builder; logTo(&sb).Info(\"hi\", \"c\", c, \"p\", &c); fmt.Print(sb.String()) }", out: "level=INFO msg=hi c=\"{host:h Port:1}\" p=\"&{host:h Port:1}\"\n"},
			{in: "{ var sb strings.Builder; logTo(&sb).Info(\"hi\", \"n\", a); fmt.Print(sb.String()) }", out: "level=INFO msg=hi n=3\n"},
			// Once a cfg is in an interface, an any may hold one: refused.
			{in: "var v any = c", out: "v any = {host:h Port:1} (cfg)\n"},
			{in: "{ var sb strings.Builder; logTo(&sb).Info(\"hi\", \"n\", a); fmt.Print(sb.String()) }", errPat: `^input 10:54: slog.Info's argument of type any, which may hold a cfg \(the program puts one in an interface\), whose fields fmt's %\+v would print wrongly`, wantErr: true},
		}},
		{"an interface with methods holds only the types that have them", []step{
			{in: "type W int", out: "type W int\n"},
			{in: "type S string; func (S) Name() string { return \"s\" }", out: "type S string\nfunc (S) Name() string\n"},
			{in: "type Namer interface{ Name() string }", out: "type Namer interface{ Name() string }\n"},
			{in: "func isX(n Namer) bool { return n == S(\"x\") }", out: "func isX(n Namer) bool\n"},
			{in: "var e error; e == nil", out: "e error = nil\ntrue  // bool\n"},
			{in: "type ErrA struct{}; func (ErrA) Error() string { return \"a\" }", out: "type ErrA struct{}\nfunc (ErrA) Error() string\n"},
			{in: "type ErrB struct{}; func (ErrB) Error() string { return \"b\" }", out: "type ErrB struct{}\nfunc (ErrB) Error() string\n"},
			{in: "e = errors.New(\"x\"); e == io.EOF", out: "false  // bool\n"},
			{in: "e == error(ErrB{})", out: "false  // bool\n"}, // no ErrA is in an interface yet
			{in: "e = ErrA{}", errPat: `^input 10:5: a value put in an interface here is one an earlier input would take for its twin \(input 9:1: == of two interfaces: the interpreter holds ErrA and ErrB alike in an interface \(as struct\{\}\)`, wantErr: true},
		}},
		{"keys of the program's types given to compiled code that compares them", []step{
			{in: "type ctxKey string", out: "type ctxKey string\n"},
			{in: "ctx := context.WithValue(context.Background(), ctxKey(\"user\"), \"bob\")", out: "ctx context.Context = context.Background.WithValue(main.ctxKey, bob) (*context.valueCtx)\n"},
			{in: "ctx.Value(\"user\")", out: "nil  // any\n"},
			// A key is not held in an interface: compiled code never hands it back.
			{in: "name, ok := ctx.Value(ctxKey(\"user\")).(string)", out: "name string = \"bob\"\nok bool = true\n"},
			{in: "func get(ctx context.Context, k any) any { return ctx.Value(k) }", out: "func get(ctx context.Context, k any) any\n"},
			{in: "get(ctx, ctxKey(\"user\"))", errPat: `^input 6:10: a value put in an interface here is one an earlier input would take for its twin`, wantErr: true},
			{in: "type reqKey int; var k any = reqKey(1); ctx.Value(k)", errPat: `^input 7:51: context.Context.Value: the key, of type any, may hold a value of type reqKey, which the interpreter gives compiled code without its type's name \(as int\)`, wantErr: true},
			{in: "type UserID int; var ids = []any{UserID(1)}", out: "type UserID int\nids []any = [1]\n"},
			{in: "slices.Contains(ids, any(1))", errPat: `^input 9:1: slices.Contains of two interfaces: the interpreter holds UserID and int alike in an interface \(as int\)`, wantErr: true},
			{in: "reflect.DeepEqual(UserID(1), 1)", out: "false  // bool\n"},
		}},
		{"twins held in a container's interfaces, compared", []step{
			{in: "type W int", out: "type W int\n"},
			{in: "a, b := []any{W(1)}, []any{1}", out: "a []any = [1]\nb []any = [1]\n"},
			{in: "reflect.DeepEqual(a, b)", errPat: `^input 3:1: reflect.DeepEqual of \[\]any, which holds values of type any: the interpreter holds W and int alike in an interface \(as int\), so it would take one for the other; keep the values in fields`, wantErr: true},
			{in: "reflect.DeepEqual(map[string]any{\"a\": W(1)}, map[string]any{\"a\": 1})", errPat: `^input 4:1: reflect.DeepEqual of map\[string\]any, which holds values of type any: the interpreter holds W and int alike`, wantErr: true},
			{in: "type P struct{ V any }", out: "type P struct{ V any }\n"},
			{in: "reflect.DeepEqual(P{W(1)}, P{1})", errPat: `^input 6:1: reflect.DeepEqual of P, which holds values of type any: the interpreter holds W and int alike`, wantErr: true},
			{in: "P{W(1)} == P{1}", errPat: `^input 7:1: == of P, which holds values of type any: the interpreter holds W and int alike`, wantErr: true},
			{in: "[1]any{W(1)} != [1]any{1}", errPat: `^input 8:1: != of \[1\]any, which holds values of type any: the interpreter holds W and int alike`, wantErr: true},
			{in: "m := map[P]string{{W(1)}: \"w\"}", errPat: `^input 9:6: map key of P, which holds values of type any: the interpreter holds W and int alike`, wantErr: true},
			{in: "reflect.DeepEqual([]int{1}, []int{1})", out: "true  // bool\n"},
			{in: "type Q struct{ N int; S string }", out: "type Q struct{ N int; S string }\n"},
			{in: "Q{1, \"a\"} == Q{1, \"a\"}", out: "true  // bool\n"},
			{in: "maps.Equal(map[string]any{\"a\": W(1)}, map[string]any{\"a\": 1})", errPat: `^input 13:1: maps.Equal of two interfaces: the interpreter holds W and int alike`, wantErr: true},
		}},
		{"twins in a container's interfaces, one never held", []step{
			{in: "type A int; type B int; type P struct{ V any }", out: "type A int\ntype B int\ntype P struct{ V any }\n"},
			{in: "reflect.DeepEqual(P{A(1)}, P{A(1)})", out: "true  // bool\n"},
			{in: "P{A(1)} == P{A(2)}", out: "false  // bool\n"},
			{in: "var b any = B(1)", errPat: `^input 4:13: a value put in an interface here is one an earlier input would take for its twin \(input 2:1: reflect.DeepEqual of P, which holds values of type any: the interpreter holds A and B alike`, wantErr: true},
		}},
		{"reflect.Types of struct types of one shape, and of twins", []step{
			{in: "type A struct{ X int }; type B struct{ X int }", out: "type A struct{ X int }\ntype B struct{ X int }\n"},
			{in: "reflect.TypeOf(A{}) == reflect.TypeOf(B{})", out: "false  // bool\n"},
			{in: "reflect.ValueOf(A{}).Type() != reflect.TypeOf(B{})", out: "true  // bool\n"},
			{in: "reflect.TypeOf(A{}) == reflect.TypeOf(\"\")", out: "false  // bool\n"},
			{in: "reflect.TypeOf(A{})", out: "main.A  // reflect.Type (*reflect.rtype)\n"},
			{in: "t := reflect.TypeOf(B{})", out: "t reflect.Type = main.B (*reflect.rtype)\n"},
			{in: "reflect.TypeOf(A{}).NumField()", out: "1  // int\n"},
			{in: "s := reflect.TypeOf(\"\"); s", out: "s reflect.Type = string (*reflect.rtype)\nstring  // reflect.Type (*reflect.rtype)\n"},
			{in: "var x any = A{}", out: "x any = {X:0} (A)\n"},
			{in: "reflect.ValueOf(x).Type() == reflect.TypeOf(B{})", out: "false  // bool\n"},
			{in: "type W int", out: "type W int\n"},
			{in: "reflect.TypeOf(W(0)) == reflect.TypeOf(0)", errPat: `^input 12:1: == of type reflect.Type: the interpreter holds W and int alike in an interface \(as int\), so it would take one for the other; tell the types apart`, wantErr: true},
			{in: "reflect.TypeOf(W(0)).AssignableTo(reflect.TypeOf(0))", errPat: `^input 13:1: reflect.Type's AssignableTo of two types: the interpreter holds W and int alike in an interface \(as int\)`, wantErr: true},
			{in: "type S []W; type T []int", out: "type S []W\ntype T []int\n"},
			{in: "reflect.TypeOf(S{}).ConvertibleTo(reflect.TypeOf(T{}))", errPat: `^input 15:1: reflect.Type's ConvertibleTo of two types: the interpreter holds S and T alike in an interface \(as \[\]int\)`, wantErr: true},
			{in: "reflect.ValueOf(S{}).CanConvert(reflect.TypeOf(T{}))", errPat: `^input 16:1: reflect.Value's CanConvert to a type: the interpreter holds S and T alike`, wantErr: true},
			{in: "reflect.TypeOf(A{}).AssignableTo(reflect.TypeOf(\"\"))", out: "false  // bool\n"},
			{in: "type O struct{ In A }", out: "type O struct{ In A }\n"},
			{in: "fmt.Println(reflect.TypeOf(O{}).Field(0))", errPat: `^input 19:13: fmt.Println of a value of type reflect.StructField, which holds a reflect.Type: the interpreter builds the program's types without their names and package, so it would print them wrongly`, wantErr: true},
			{in: "f := reflect.TypeOf(O{}).Field(0)", errPat: `^input 20:1: a variable of type reflect.StructField, shown at the prompt, holds a reflect.Type: .*declare the variable in one input and assign it in the next`, wantErr: true},
			{in: "reflect.TypeOf(O{}).Field(0).Name", out: "\"In\"  // string\n"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runSteps(t, repl.Config{}, tt.steps) })
	}
}
