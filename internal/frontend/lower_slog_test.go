package frontend

import (
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// TestSlogMethods checks that values of the program's types with methods
// log/slog calls go to slog with them, and that those the shell cannot
// hand over rightly are refused at the argument, with the way around.
func TestSlogMethods(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"log/slog\"\n)\n\n"
	for _, tt := range []struct {
		name, code string
		want       string // in the lowered code
		refused    string // the error's suffix
	}{
		{name: "stringer", code: `type Level int

func (l Level) String() string { return "L" }

func main() { slog.Info("x", "level", Level(1)) }`, want: `slog.Info("x", "level", func(__v Level) any { return __repl.SlogValue(__v, false, "String", func() string { return __v.String() }, nil) }(Level(1)))`},
		{name: "error pointer", code: `type E struct{ C int }

func (e *E) Error() string { return "e" }

func main() { slog.Any("err", &E{1}) }`, want: `slog.Any("err", func(__v *E) any { return __repl.SlogValue(__v, __v == nil, "Error", func() string { return __v.Error() }, nil) }(&E{1}))`},
		{name: "byte slice", code: `type B []byte

func (b B) String() string { return "b" }

func main() { slog.Info("x", "b", B("hi")) }`, want: `slog.Info("x", "b", B("hi"))`},
		{name: "marshal text", code: `type Level int

func (l Level) String() string { return "L" }
func (l Level) MarshalText() ([]byte, error) { return []byte("L"), nil }

func main() { slog.Warn("x", "level", Level(1)) }`, refused: "prog.go:12:39: slog.Warn's argument of type main.Level, which has a MarshalText method: the interpreter hands log/slog the value without its methods, so its handler would not call MarshalText (give the type a LogValue method, or log the method's result)"},
		{name: "stringer with an embedded field", code: `type Base struct{ ID int }
type Pt struct {
	Base
	X int
}

func (p Pt) String() string { return "pt" }

func main() { slog.Info("x", "p", Pt{}) }`, want: `return __repl.SlogValue(__v, false, "String", func() string { return __v.String() }, __j0(__v)) }(Pt{})`},
		{name: "field with a String method", code: `type Status int

func (s Status) String() string { return "active" }

type Order struct {
	ID     int
	Status Status
}

func main() { slog.Info("x", "order", Order{}) }`, want: `return __repl.SlogFields(__v, false, __f0(__v), nil) }(Order{})`},
		{name: "field of an interface", code: `type Status int

func (s Status) String() string { return "active" }

type Order struct{ Extra any }

func main() { slog.Info("x", "order", Order{Status(1)}) }`, refused: "prog.go:13:39: slog.Info's argument of type main.Order, which holds interfaces that may hold values of your types"},
		{name: "held in an any", code: `type Pt struct{ X int }

func (p Pt) String() string { return "pt" }

func main() {
	var v any = Pt{1}
	slog.Info("x", "p", v)
}`, refused: "prog.go:13:22: slog.Info's argument of type any, which may hold a Pt (the program puts one in an interface), whose String method log/slog would call"},
		{name: "held struct with an unexported field", code: `type cfg struct{ host string }

func main() {
	var v any = cfg{"h"}
	slog.Info("x", "cfg", v)
}`, refused: "prog.go:11:24: slog.Info's argument of type any, which may hold a cfg (the program puts one in an interface), whose fields fmt's %+v would print wrongly"},
		{name: "struct with an unexported field logged, then an any", code: `type cfg struct{ host string }

func main() {
	slog.Info("x", "cfg", cfg{"h"})
	var a any = 3
	slog.Info("y", "n", a)
}`, want: `slog.Info("y", "n", a)`},
		{name: "spread", code: `type Pt struct{ X int }

func (p Pt) String() string { return "pt" }

func logAll(args ...any) { slog.Info("x", args...) }

func main() { logAll("p", Pt{1}) }`, refused: "prog.go:11:43: slog.Info's argument of type []any, which may hold a Pt"},
		{name: "error held, with Error only", code: `type E struct{ C int }

func (e *E) Error() string { return "e" }

func find() error { return &E{1} }

func main() { slog.Info("x", "err", find()) }`, want: `slog.Info("x", "err", find())`},
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
			if code := lineDirective.ReplaceAllString(p.Code, ""); !strings.Contains(code, tt.want) {
				t.Errorf("lowered code lacks %s:\n%s", tt.want, code)
			}
		})
	}
}
