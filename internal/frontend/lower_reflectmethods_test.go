package frontend

import (
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// TestReflectMethods checks that reflection's reads of method sets go
// through the host runtime with the methods registered, and that what the
// registry could answer wrongly is refused before it runs, at the call,
// naming the twins.
func TestReflectMethods(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"os\"\n\t\"reflect\"\n\t\"text/template\"\n)\n\nvar _, _, _ = os.Stdout, template.New, reflect.TypeOf\n\n"
	for _, tt := range []struct {
		name, code string
		want       []string // in the lowered code
		refused    string   // the error's suffix
	}{
		{name: "lowered", code: `type S struct{ N int }

func (s S) Get() int     { return s.N }
func (s *S) Set(n int)   { s.N = n }
func (s S) hidden()      {}

func main() {
	t := reflect.TypeOf(S{})
	_ = t.NumMethod()
	_, _ = reflect.TypeOf(&S{}).MethodByName("Set")
	_ = reflect.ValueOf(S{}).Method(0)
	_ = reflect.Type.Implements
}`, want: []string{
			`__repl.TypeNumMethod("prog.go:19:8", t)`,
			`__repl.TypeMethodByName("prog.go:20:30", reflect.TypeOf(&S{}), "Set")`,
			`__repl.ValueMethod("prog.go:21:27", reflect.ValueOf(S{}), 0)`,
			`__repl.TypeImplementsExpr("prog.go:22:19")`,
			`var _ = __repl.Method("main.S", "Get", false, func(__r S) any { return __r.Get })`,
			`var _ = __repl.Method("main.S", "Set", true, func(__r *S) any { return __r.Set })`,
		}},
		{name: "no reads, no registrations", code: `type S struct{ N int }

func (s S) Get() int { return s.N }

func main() { _ = reflect.TypeOf(S{}).NumField() }`},
		{name: "through an interface", code: `type S struct{ N int }

func (s S) Get() int { return s.N }

type methoder interface{ Method(int) reflect.Method }

func main() {
	var m methoder = reflect.TypeOf(S{})
	_ = m.Method(0)
}`, want: []string{`__repl.TypeMethodOr("prog.go:19:8", m, m.Method, 0)`}},
		{name: "any", code: `func main() {
	var x any = 3
	_ = reflect.TypeOf(x).NumMethod()
}`, want: []string{`__repl.TypeNumMethod("prog.go:13:24", __repl.TypeOf(x))`}},
		{name: "basic twin", code: `type M int

func (M) Hi() {}

func main() {
	_ = reflect.TypeOf(M(1)).NumMethod()
	_ = reflect.TypeOf([]int{})
}`, refused: "prog.go:16:27: reflection of a method set: the interpreter holds M and int alike (as int), so reflection could not tell their methods apart; give the type a shape of its own (a struct with a field no other type has)"},
		{name: "registered twin", code: `type M int

func (M) Hi() {}

func main() {
	_ = reflect.TypeOf(3).NumMethod()
}`, refused: "prog.go:16:24: reflection of a method set: the interpreter holds M and int alike (as int)"},
		{name: "struct twins", code: `type A struct{}
type B struct{}

func (A) Hi() {}
func (B) Ho() {}

func main() {
	_ = reflect.TypeOf(A{}).NumMethod()
	_ = reflect.ValueOf(B{})
}`, refused: "prog.go:18:26: reflection of a method set: the interpreter holds A and B alike (as struct{})"},
		{name: "generic", code: `type G[T any] struct{ v T }

func (G[T]) Hi() {}

func main() {
	_ = reflect.TypeOf(G[int]{}).NumMethod()
}`, refused: "prog.go:16:31: reflection of a method set: the interpreter builds G[int] without its methods, and cannot give them to reflection (a generic type, a type declared in a function or an unnamed struct promoting methods); declare a type of its own at package level"},
		{name: "method value", code: `func main() {
	t := reflect.TypeOf(1)
	f := t.NumMethod
	_ = f
}`, refused: "prog.go:13:9: reflect.Type's NumMethod as a method value: the shell reads the program's method sets through a function of its own; call it (or use the method expression reflect.Type.NumMethod)"},
		{name: "template", code: `type U struct{ First string }

func (u U) Name() string { return u.First }

func main() {
	t := template.Must(template.New("t").Parse("{{.Name}}"))
	t.Execute(os.Stdout, []U{{"a"}})
}`, refused: "prog.go:17:4: template Execute with a value of U, which has methods: the template finds methods by reflection in compiled code, which the interpreter's types do not show it; pass the values the template reads (a map, or a struct of fields, with the methods' results)"},
		{name: "template method value", code: `type City struct{ Name string }

func (c City) Up() string { return c.Name }

func main() {
	t := template.Must(template.New("t").Parse("{{.Name}} {{.Up}}"))
	ex := t.Execute
	ex(os.Stdout, City{"Rome"})
}`, refused: "prog.go:17:10: template Execute taken as a function value: the shell checks the data a template is executed with where Execute is called, which it cannot see through the value (and the template finds methods by reflection in compiled code, which the interpreter's types do not show it); call t.Execute(w, data) directly"},
		{name: "template function", code: `type C struct{ Deg float64 }

func (c C) String() string { return "hot" }

func main() {
	t := template.Must(template.New("t").Funcs(template.FuncMap{
		"temp":  func() C { return C{40} },
		"plain": func() float64 { return 1 },
	}).Parse("{{temp}}"))
	t.Execute(os.Stdout, nil)
}`, refused: "prog.go:17:12: template function returning a value of C, which has methods: the template finds methods by reflection in compiled code, which the interpreter's types do not show it; return the values the template reads (a map, or a struct of fields, with the methods' results)"},
		{name: "template function stored into a FuncMap", code: `type C struct{ Deg float64 }

func (c C) String() string { return "hot" }

func main() {
	funcs := template.FuncMap{}
	funcs["temp"] = func() any { return C{40} }
	t := template.Must(template.New("t").Funcs(funcs).Parse("{{temp}}"))
	t.Execute(os.Stdout, nil)
}`, refused: "prog.go:17:18: template function returning a value of C, which has methods: "},
		{name: "template functions relaying data, or with an error of the program's", code: `type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func lookup(k string) (string, error) {
	if k == "" {
		return "", &NotFound{k}
	}
	return k, nil
}

func main() {
	t := template.Must(template.New("t").Funcs(map[string]any{
		"lookup": lookup,
		"first":  func(xs []any) any { return xs[0] },
	}).Parse("{{lookup \"a\"}}"))
	t.Execute(os.Stdout, nil)
}`},
		{name: "template functions of plain results", code: `func main() {
	t := template.Must(template.New("t").Funcs(template.FuncMap{
		"plain": func() float64 { return 1 },
		"words": func(s string) []string { return []string{s} },
	}).Parse("{{plain}}"))
	t.Execute(os.Stdout, nil)
}`},
		{name: "in a package variable's initializer", code: `type S struct{}

func (S) Hi() {}

var n = reflect.TypeOf(S{}).NumMethod()

func main() {}`, refused: "prog.go:15:29: NumMethod in a package variable's initializer: the shell registers the methods this code declares after the package variables are initialized, so it would find none; read it in main or in an init function"},
		{name: "in a function literal a package variable's initializer calls", code: `type S struct{}

func (S) Hi() {}

var n = func() int { return reflect.TypeOf(S{}).NumMethod() }()

func main() {}`, refused: "prog.go:15:49: NumMethod in a package variable's initializer: "},
		{name: "in a function a package variable's initializer calls", code: `type S struct{}

func (S) Hi() {}

func count() int { return reflect.TypeOf(S{}).NumMethod() }

func twice() int { return 2 * count() }

var n = twice()

func main() {}`, refused: "prog.go:15:47: NumMethod in count, which a package variable's initializer calls: "},
		{name: "in a function literal a package variable holds", code: `type S struct{}

func (S) Hi() {}

func count() int { return reflect.TypeOf(S{}).NumMethod() }

var f = func() int { return reflect.TypeOf(S{}).NumMethod() + count() }

func main() { _ = f() + count() }`, want: []string{`__repl.TypeNumMethod("prog.go:17:49", reflect.TypeOf(S{}))`}},
		{name: "template with a map of any holding a Stringer", code: `type Level int

func (l Level) String() string { return "high" }

func main() {
	t := template.Must(template.New("t").Parse("{{.L}}"))
	t.Execute(os.Stdout, map[string]any{"L": Level(1)})
}`, refused: "prog.go:17:4: template Execute with a value of map[string]any, which may hold a Level (the program puts one in an interface), which has methods"},
		{name: "template with a map of any holding a slice of a type with methods", code: `type Row struct{ Score int }

func (r Row) Passed() bool { return r.Score >= 50 }

func main() {
	t := template.Must(template.New("t").Parse("{{range .Rows}}{{.Passed}}{{end}}"))
	t.Execute(os.Stdout, map[string]any{"Rows": []Row{{93}}})
}`, refused: "prog.go:17:4: template Execute with a value of map[string]any, which may hold a Row"},
		{name: "template with a map of any holding no type with methods", code: `type Row struct{ Score int }

type Level int

func (l Level) String() string { return "high" }

func main() {
	t := template.Must(template.New("t").Parse("{{range .Rows}}{{.Score}}{{end}}"))
	t.Execute(os.Stdout, map[string]any{"Rows": []Row{{93}}, "L": Level(1).String()})
}`},
		{name: "template without methods", code: `type U struct{ First string }

func main() {
	t := template.Must(template.New("t").Parse("{{.First}}"))
	t.Execute(os.Stdout, U{"a"})
}`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := head + tt.code + "\n"
			fe := NewFrontEnd(map[string]string{}, nil)
			src := gosrc.NewSource("prog.go", 0, text)
			p, err := fe.Analyse(src, gosrc.Segment{Kind: gosrc.SegFile, To: len(text), Last: true}, ModeScript)
			if tt.refused != "" {
				if err == nil || !strings.Contains(err.Error(), tt.refused) {
					t.Fatalf("got %v\nwant %s", err, tt.refused)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			code := lineDirective.ReplaceAllString(p.Code, "")
			for _, w := range tt.want {
				if !strings.Contains(code, w) {
					t.Errorf("lowered code lacks %s:\n%s", w, code)
				}
			}
			if len(tt.want) == 0 && strings.Contains(code, "__repl.Method(") {
				t.Errorf("registrations where no method set is read:\n%s", code)
			}
		})
	}
}
