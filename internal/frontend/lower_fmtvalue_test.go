package frontend

import (
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// TestFmtValueRefused checks that a value fmt would print wrongly and the
// lowering cannot convert is refused before it runs, with the construct,
// its position and the way around.
func TestFmtValueRefused(t *testing.T) {
	const decls = `package main

import "fmt"

type Suit int

func (s Suit) String() string { return "S" }

type Money int

func (m Money) Format(f fmt.State, c rune) {}

type B byte

var _ = fmt.Sprint

`
	for _, tt := range []struct{ name, code, want string }{
		{"blank field", `type Card struct {
	_    int
	Suit Suit
}

func main() { fmt.Println(Card{}) }`, "prog.go:22:27: fmt.Println of a value of type main.Card, which holds a blank (_) field: the interpreter would print it wrongly (name the field)"},
		{"held twins", `func main() {
	var x any = []Suit{1}
	var y any = []int{2}
	fmt.Println(x, y)
}`, "prog.go:20:14: fmt.Println of a value of type interface {}, which may hold []main.Suit, which the interpreter holds in an interface as its representation, alike with another type the program has values of (or put in an interface earlier): the interpreter would print it wrongly (print the value before it is put in the interface)"},
		{"one value, two verbs", `func main() { fmt.Printf("%d %[1]v\n", Suit(1)) }`,
			"prog.go:17:40: fmt.Printf of a value of type main.Suit printed with %d and %v through explicit argument indexes: the interpreter converts it for fmt once, for one of the verbs, and would print it wrongly for the other (pass the value once for each verb)"},
		{"one value, %v and %#v", `func main() { fmt.Printf("%v %#[1]v\n", Suit(1)) }`,
			"prog.go:17:41: fmt.Printf of a value of type main.Suit printed with %v and %#v through explicit argument indexes: the interpreter converts it for fmt once, for one of the verbs, and would print it wrongly for the other (pass the value once for each verb)"},
		{"an argument left over, of an interface", `func main() { var err error; fmt.Printf("%d\n", 1, err) }`,
			"prog.go:17:52: fmt.Printf's argument of type error, which its format has no verb for: Go prints it as %!(EXTRA type=value), and the interpreter would name the type wrongly (give it a verb, or drop the argument; go vet reports the call too)"},
		{"an argument left over, of the program's type", `type P struct{ X int }

func main() { _ = fmt.Sprintf("x", &P{1}) }`,
			"prog.go:19:36: fmt.Sprintf's argument of type *main.P, which its format has no verb for: Go prints it as %!(EXTRA type=value), and the interpreter would name the type wrongly (give it a verb, or drop the argument; go vet reports the call too)"},
		{"a bad verb of a named basic type held in an interface", `type Celsius float64

func main() {
	var a any = Celsius(3)
	fmt.Printf("%d\n", []any{a, 2})
}`, "prog.go:21:21: fmt.Printf's %d of a value of type []interface {}, which may hold a main.Celsius: the interpreter holds a main.Celsius in an interface as its float64, so fmt's text for the bad verb would name float64 where Go names main.Celsius (%!d(main.Celsius=...)); print the value with a verb for a float64, or before it is put in the interface"},
		{"a format that is not a constant, of a named basic type held in an interface", `type Celsius float64

func main() {
	f := "%v\n"
	var a any = Celsius(3)
	fmt.Printf(f, a)
}`, "prog.go:22:16: fmt.Printf, with a format that is not a constant, of a value of type interface {}, which may hold a main.Celsius: the interpreter holds a main.Celsius in an interface as its float64, so fmt's text for the bad verb would name float64 where Go names main.Celsius (%!d(main.Celsius=...)); write the format as a constant, or print the value before it is put in the interface"},
		{"a generic function printing, called by a generic type's method", `type Weekday int

func Join[T any](xs []T) string { return fmt.Sprint(xs[0]) }

type Set[T any] struct{ items []T }

func (s Set[T]) String() string { return Join(s.items) }

func main() { fmt.Println(Join([]Weekday{1}), Set[Weekday]{}) }`,
			"prog.go:19:53: fmt.Sprint of a value in a generic function that Set[...].String calls: the interpreter, making the function's instance and the method's from each other, would drop the function's body (format the value in the method, or in a function that is not generic)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fe := NewFrontEnd(map[string]string{}, nil)
			text := decls + tt.code + "\n"
			src := gosrc.NewSource("prog.go", 0, text)
			_, err := fe.Analyse(src, gosrc.Segment{Kind: gosrc.SegFile, To: len(text), Last: true}, ModeScript)
			if err == nil || !strings.HasSuffix(err.Error(), tt.want) {
				t.Errorf("got %v\nwant %s", err, tt.want)
			}
		})
	}
}

// TestFmtHeldNarrowed checks that a value held in an interface is printed
// (not refused) where the types it may hold cannot be confused with their
// twins, and refused where they can.
func TestFmtHeldNarrowed(t *testing.T) {
	const code = `
type Code int

func (c Code) String() string { return fmt.Sprintf("C%d", int(c)) }
`
	const cache = `
type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
}

func (c *Cache[K, V]) String() string {
	var sb strings.Builder
	for _, k := range c.order {
		fmt.Fprintf(&sb, "%v:%v ", k, c.data[k])
	}
	return sb.String()
}
`
	for _, tt := range []struct {
		name, imports, code string
		cache               bool // the program declares Cache
		want                string
	}{
		// sort.Slice permutes a []T, and a []T of a type set of no
		// interface holds no value compiled code made: a *int never
		// passes for a *Code.
		{"sort.Slice of a []T, T ~int | ~string", `"sort"`, `func SortedCopy[T ~int | ~string](xs []T) []T {
	out := append([]T(nil), xs...)
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func main() {
	c := &Cache[string, Code]{data: map[string]Code{"a": 1}, order: []string{"a"}}
	fmt.Println(c, SortedCopy([]Code{3, 1}))
}`, true, ""},
		{"sort.Slice of a []T, T any", `"sort"`, `func SortedCopy[T any](xs []T, less func(a, b T) bool) []T {
	out := append([]T(nil), xs...)
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

func main() {
	c := &Cache[string, Code]{data: map[string]Code{"a": 1}, order: []string{"a"}}
	fmt.Println(c, SortedCopy([]Code{3, 1}, func(a, b Code) bool { return a < b }))
}`, true, ""},
		// json.Unmarshal may fill a []T of T any with values of its own
		// making (a *int among them), and gets the program's *[]Code: the
		// refusal stands. (A *Code the program never makes is not named.)
		{"json.Unmarshal into a []T, T any", `"encoding/json"`, `func Decode[T any](s string) []T {
	var out []T
	json.Unmarshal([]byte(s), &out)
	return out
}

func main() {
	c := &Cache[string, Code]{data: map[string]Code{"a": 1}, order: []string{"a"}}
	fmt.Println(c, Decode[Code]("[1]"))
}`, true, "prog.go:21:33: fmt.Fprintf of a value of type interface {}, which may hold *[]main.Code, which the interpreter holds in an interface as its representation"},
		// A Discount holds only the types that implement it: a *Code,
		// held as a *int, is none of them.
		{"a slice of an interface with methods", `"os"`, `type Discount interface{ Apply(sub Code) Code }

type PercentOff struct{ Pct int }

func (p PercentOff) Apply(sub Code) Code { return sub * Code(p.Pct) / 100 }

func main() {
	var c any = new(Code)
	_ = c
	ds := []Discount{PercentOff{10}}
	fmt.Fprintf(os.Stdout, "%+v %v\n", ds, &Cache[string, Code]{})
}`, true, ""},
		// Two types held alike that both implement it: refused.
		{"a slice of an interface twins implement", `"os"`, `type Named interface{ Name() string }

func (c Code) Name() string { return "code" }

type Level int

func (l Level) Name() string   { return "level" }
func (l Level) String() string { return "L" }

func main() {
	c, l := Code(1), Level(2)
	fmt.Fprintf(os.Stdout, "%v\n", []Named{&c, &l})
	_ = strings.ToUpper
}`, false, "prog.go:24:33: fmt.Fprintf of a value of type []main.Named, which holds *main.Code, which the interpreter holds in an interface as its representation"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fe := NewFrontEnd(map[string]string{}, nil)
			text := "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n\t" + tt.imports + "\n)\n" + code
			if tt.cache {
				text += cache
			}
			text += "\n" + tt.code + "\n"
			src := gosrc.NewSource("prog.go", 0, text)
			_, err := fe.Analyse(src, gosrc.Segment{Kind: gosrc.SegFile, To: len(text), Last: true}, ModeScript)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("got %v\nwant %s", err, tt.want)
			}
		})
	}
}
