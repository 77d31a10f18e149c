package frontend

import (
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

const colorPrint = `import "fmt"

type Color int

func (c Color) String() string { return []string{"red", "green"}[c] }

func Print[T any](vs []T) { fmt.Println(vs) }
`

// TestGenericComposites checks that a script's generic code handing
// values made of its type parameters to fmt runs written out for its
// type arguments, and that an instance that cannot be is refused.
func TestGenericComposites(t *testing.T) {
	for _, tt := range []struct {
		name, code string
		want       []string // in the lowered code
		refused    string   // the error's suffix
	}{
		{name: "written out", code: colorPrint + `
func main() {
	Print([]Color{1, 0})
	Print([]int{1})
}`, want: []string{"Print__1", "Print__2", "func Print__1(vs []Color)", "func Print__2(vs []int)"}},
		{name: "a method calling it", code: colorPrint + `
type Stack[T any] struct{ items []T }

func (s *Stack[T]) Show() { Print(s.items) }

func main() {
	(&Stack[Color]{}).Show()
}`, want: []string{"(vs []Color)", "Stack__x" + hexOf("main.Stack[main.Color]")}},
		{name: "type declared in a function", code: colorPrint + `
func main() {
	type Row struct{ C Color }
	Print([]Color{1, 0})
	Print([]Row{{1}})
}`, refused: "prog.go:14:2: Print[Row]: Print hands values of []T to fmt, encoding/json or another interface, and instantiated with Row the interpreter would show them as their representation, without the methods or type names Go shows; declare the type argument at the package level, or write the code for the type argument rather than generic (func Print(vs []Color), not Print[T])"},
		{name: "names shown", code: `import "fmt"

type E struct{ N int }

func Kinds[T any](v T) { fmt.Printf("%T\n", []T{v}) }

func main() {
	type L struct{ N int }
	Kinds(L{1})
	Kinds(E{1})
}`, refused: "prog.go:11:2: Kinds[L]: Kinds hands values of []T"},
		{name: "no method fmt calls", code: `import "fmt"

type E struct{ N int }

func Print[T any](vs []T) { fmt.Println(vs) }

func main() {
	type L struct{ N int }
	Print([]L{{1}})
	Print([]E{{1}})
}`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkScriptLowering(t, tt.code, tt.want, func(err error) bool { return strings.Contains(err.Error(), tt.refused) }, tt.refused)
		})
	}
}

// TestGenericCompositesPrompt checks the refusals at the prompt, where
// nothing is written out: an instance in a later input of a function
// declared before, and a method added to a type instantiated before.
func TestGenericCompositesPrompt(t *testing.T) {
	for _, tt := range []struct {
		name   string
		inputs []string
		want   string // the last input's error, "" for none
	}{
		{"function", []string{"type Color int", `func (c Color) String() string { return "c" }`, "func Print[T any](vs []T) { fmt.Println(vs) }", "Print([]int{1})", "Print([]Color{1})"},
			"input 5:1: Print[Color]: Print hands values of []T"},
		{"function calling it", []string{"type Color int", `func (c Color) String() string { return "c" }`, "func Print[T any](vs []T) { fmt.Println(vs) }", "func Outer[T any](v T) { Print([]T{v}) }", "Outer(1)", "Outer(Color(1))"},
			"input 6:1: Outer[Color]: Outer hands values of []T"},
		{"function declared again", []string{"type Color int", `func (c Color) String() string { return "c" }`, "func Print[T any](vs []T) { fmt.Println(vs) }", "func Print[T any](vs []T) { fmt.Println(len(vs)) }", "Print([]Color{1})"}, ""},
		{"method added", []string{"type Color int", `func (c Color) String() string { return "c" }`, "type Stack[T any] struct{ items []T }", "s := &Stack[Color]{}", "func (s *Stack[T]) String() string { return fmt.Sprint(s.items) }"},
			"input 5:20: method String of Stack: it hands values of []T to fmt, encoding/json or another interface, and an earlier input made Stack[Color]"},
		{"json only", []string{"type Color int", `func (c Color) String() string { return "c" }`, "func Enc[T any](v []T) string { b, _ := json.Marshal(v); return string(b) }", "Enc([]Color{1})"}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fe := NewFrontEnd(map[string]string{"fmt": "fmt", "json": "encoding/json"}, nil)
			var err error
			for i, in := range tt.inputs {
				src := gosrc.NewSource(gosrc.InputFile, i+1, in)
				for _, seg := range gosrc.Split(in) {
					var p *Plan
					if p, err = fe.Analyse(src, seg, ModeInput); err != nil {
						break
					}
					fe.Record(p, nil, true)
				}
				if err != nil && i < len(tt.inputs)-1 {
					t.Fatalf("input %d: %v", i+1, err)
				}
			}
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Fatalf("got %v, want an error starting %q", err, tt.want)
			}
		})
	}
}
