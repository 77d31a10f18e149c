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
		{"byte type", `type Msg struct {
	Data []B
	Suit Suit
}

func main() { fmt.Printf("%#v\n", Msg{}) }`, "prog.go:22:35: fmt.Printf of a value of type main.Msg, which holds a slice or array of the program's byte type: the interpreter would print it wrongly (print its elements one by one, or declare it of byte)"},
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
