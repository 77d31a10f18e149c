package frontend

import (
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

const stackQueue = `type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Push(x T) { q.items = append(q.items, x) }
`

// TestTypeCopies checks that a script's generic types whose methods the
// interpreter would take for one another are written out per instance,
// with the generic functions that instantiate them, and that what is not
// written out is refused where the second instance is made.
func TestTypeCopies(t *testing.T) {
	stack := "Stack__x" + hexOf("main.Stack[int]")
	for _, tt := range []struct {
		name, code string
		want       []string // in the lowered code
		refused    string   // the error's suffix
	}{
		{name: "instances", code: stackQueue + `
func main() {
	s := &Stack[int]{}
	s.Push(1)
	q := new(Queue[string])
	q.Push("a")
}`, want: []string{"s := &" + stack, "type " + stack + " struct{ items []int `json:\"-\" xml:\"-\" asyncrepl:\"-Stack[] 0\"`", "func (s *" + stack + ") Push(x int)", "q := new(Queue__x" + hexOf("main.Queue[string]")}},
		{name: "constructor", code: stackQueue + `
func NewStack[T any](xs ...T) *Stack[T] { s := &Stack[T]{}; for _, x := range xs { s.Push(x) }; return s }

func main() {
	_ = NewStack(1, 2)
	_ = &Queue[int]{}
}`, want: []string{"_ = NewStack__x" + hexOf("main.NewStack[int]"), "func NewStack__x" + hexOf("main.NewStack[int]") + "(xs ...int) *" + stack, "s := &" + stack}},
		{name: "generic method of another type", code: stackQueue + `
type Box[T any] struct{ v T }

func (b Box[T]) Make() *Stack[T] { return &Stack[T]{} }

func main() {
	_ = Box[int]{}.Make()
	_ = &Stack[int]{}
	_ = &Queue[int]{}
}`, refused: "Queue[int]: the interpreter names the instance of method Push of Queue and that of method Push of Stack alike (Push[int]) and would run one for the other; rename one of them"},
		{name: "made by a constructor with a local type", code: `type inner[T any] struct{ v T }

func (in *inner[T]) Describe() string { return "inner" }

type Outer[T any] struct{ in *inner[T] }

func New[T any](v T) Outer[T] { return Outer[T]{&inner[T]{v}} }

func (o Outer[T]) Describe() string { return "outer wraps " + o.in.Describe() }

func main() {
	type point struct{ x, y int }
	_ = New(point{1, 2}).Describe()
}`, refused: "inner[main.point] (made by New): the interpreter names the instance of method Describe of inner and that of method Describe of Outer alike (Describe[main.point]) and would run one for the other; rename one of them"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkScriptLowering(t, tt.code, tt.want, func(err error) bool { return strings.HasSuffix(err.Error(), tt.refused) }, tt.refused)
		})
	}
}

// TestTypeCopiesPrompt checks that at the prompt, where an input may
// instantiate a type after its copies were compiled, the second instance
// is still refused.
func TestTypeCopiesPrompt(t *testing.T) {
	err := analyseInputs(NewFrontEnd(nil, nil), stackQueue, "s := &Stack[int]{}", "q := &Queue[int]{}")
	const want = "input 3:7: Queue[int]: the interpreter names the instance of method Push of Queue and that of method Push of Stack alike (Push[int]) and would run one for the other; rename one of them"
	if err == nil || err.Error() != want {
		t.Fatalf("got %v, want %q", err, want)
	}
}

func hexOf(s string) string {
	const digits = "0123456789abcdef"
	var b strings.Builder
	for i := range len(s) {
		b.WriteByte(digits[s[i]>>4])
		b.WriteByte(digits[s[i]&15])
	}
	return b.String()
}

// checkScriptLowering lowers code, the declarations of a script's package
// main, and checks that the lowered code has each of want; where refused
// is not "", that the script is refused with an error matched accepts.
func checkScriptLowering(t *testing.T, code string, want []string, matched func(error) bool, refused string) {
	t.Helper()
	code = "package main\n\n" + code + "\n"
	fe := NewFrontEnd(map[string]string{}, nil)
	src := gosrc.NewSource("prog.go", 0, code)
	p, err := fe.Analyse(src, gosrc.Segment{Kind: gosrc.SegFile, To: len(code), Last: true}, ModeScript)
	if refused != "" {
		if err == nil || !matched(err) {
			t.Fatalf("got %v, want the error %q", err, refused)
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range want {
		if !strings.Contains(p.Code, w) {
			t.Errorf("lowered code lacks %q:\n%s", w, p.Code)
		}
	}
}

// TestMadeInstancesPrompt checks that at the prompt the instances a
// generic function of an earlier input makes with its type arguments are
// refused where they would be taken for another's, with the methods its
// types got since.
func TestMadeInstancesPrompt(t *testing.T) {
	err := analyseInputs(NewFrontEnd(map[string]string{"fmt": "fmt"}, nil),
		"type inner[T any] struct{ v T }",
		`func (in *inner[T]) Describe() string { return fmt.Sprint(in.v) }`,
		"type Outer[T any] struct{ in *inner[T] }",
		"func New[T any](v T) Outer[T] { return Outer[T]{&inner[T]{v}} }",
		`func (o Outer[T]) Describe() string { return "outer " + o.in.Describe() }`,
		"o := New(3)",
	)
	const want = "input 6:6: inner[int] (made by New): the interpreter names the instance of method Describe of inner and that of method Describe of Outer alike (Describe[int]) and would run one for the other; rename one of them"
	if err == nil || err.Error() != want {
		t.Fatalf("got %v, want %q", err, want)
	}
}

// analyseInputs analyses inputs in turn at the prompt, recording each, and
// returns the first error.
func analyseInputs(fe *FrontEnd, inputs ...string) error {
	for i, in := range inputs {
		src := gosrc.NewSource(gosrc.InputFile, i+1, in)
		for _, seg := range gosrc.Split(in) {
			p, err := fe.Analyse(src, seg, ModeInput)
			if err != nil {
				return err
			}
			fe.Record(p, nil, true)
		}
	}
	return nil
}
