package frontend

import (
	"fmt"
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

func TestFormatVerbs(t *testing.T) {
	for _, tt := range []struct {
		format string
		want   map[int]rune
	}{
		{"%d %s", map[int]rune{0: 'd', 1: 's'}},
		{"100%% %v", map[int]rune{0: 'v'}},
		{"%-5.2f|%+#x", map[int]rune{0: 'f', 1: 'x'}},
		{"%*d", map[int]rune{0: '*', 1: 'd'}},
		{"%[2]d %[1]s", map[int]rune{1: 'd', 0: 's'}},
		{"%[x]d", nil},
		{"trailing %", map[int]rune{}},
	} {
		if got := formatVerbs(tt.format); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("formatVerbs(%q) = %v, want %v", tt.format, got, tt.want)
		}
	}
	if got := replaceVerbs("%T %d %-4T %%T %T %w %p %p", []int{1, 3}, []int{5, 7}, 1); got != "%s %d %-4s %%T %T %v %p %v" {
		t.Errorf("replaceVerbs = %q", got)
	}
}

// TestLowerPrintArgs checks the code the lowering hands the interpreter.
func TestLowerPrintArgs(t *testing.T) {
	fe := NewFrontEnd(map[string]string{"fmt": "fmt", "errors": "errors"}, nil)
	text := `package main

import (
	"errors"
	"fmt"
)

type C int

func (c C) String() string { return "C" }

type E struct{}

func (*E) Error() string { return "E" }

func main() {
	var e error = &E{}
	var t *E
	fmt.Printf("%d %T %v\n", C(1), C(2), &E{})
	fmt.Printf("%#v %v %[2]s\n", C(3), C(4))
	fmt.Println(errors.Is(e, e), errors.As(e, &t), e == e, e != nil)
}
`
	src := gosrc.NewSource("prog.go", 0, text)
	p, err := fe.Analyse(src, gosrc.Segment{Kind: gosrc.SegFile, To: len(text), Last: true}, ModeScript)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`fmt.Printf("%d %s %v\n", int(C(1)), func(any) string { return "main.C" }(C(2)), func(__v *E) any { if __v == nil { return __repl.NilStringer(func() string { return __v.Error() }) }; return __repl.AsError(__v) }(&E{}))`,
		`fmt.Printf("%#v %v %[2]s\n", int(C(3)), func(__v C) fmt.Stringer { return __repl.Stringer(func() string { return __v.String() }) }(C(4)))`,
		`return __repl.ErrorsIsWith(__err, __target, func(__e any)`,
		`return __repl.ErrorsAsWith(__err, __target, func(__e any) bool { if __repl.IsTypedNil(__e, "*main.E") { var __n *E; *__target.(**E) = __n; return true }; __v, __ok := __e.(*E); if __ok { *__target.(**E) = __v }; return __ok }, func(__e any)`,
		`__repl.SameError(e , e)`,
		`e != nil`,
	} {
		if !strings.Contains(strings.Join(strings.Fields(lineDirective.ReplaceAllString(p.Code, "")), " "), strings.Join(strings.Fields(want), " ")) {
			t.Errorf("code lacks %s:\n%s", want, p.Code)
		}
	}
}
