package repl

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// names is a defined []string without methods.
type names []string

// TestFormatValueCyclesAndSize: a value that holds itself shows <cycle>
// where fmt would recurse until the stack overflows (the process died); a
// value too long to show is cut with a note of what was left out; what
// neither touches prints as fmt prints it.
func TestFormatValueCyclesAndSize(t *testing.T) {
	type node struct {
		N    int
		Self *node
	}
	self := map[string]any{"a": 1}
	self["self"] = self
	loopSlice := []any{1, nil}
	loopSlice[1] = loopSlice
	a, b := map[string]any{}, map[string]any{}
	a["b"], b["a"] = b, a
	shared := map[string]int{"k": 1}
	n := &node{N: 1}
	n.Self = n
	huge := make([]byte, 1<<20)
	tests := []struct {
		name string
		v    any
		want string // a regular expression for the whole text
	}{
		{"map holding itself", self, `map\[a:1 self:<cycle>\]`},
		{"slice holding itself", loopSlice, `\[1 <cycle>\]`},
		{"pointer to a slice holding itself", &loopSlice, `&\[1 <cycle>\]`},
		{"two maps holding each other", a, `map\[b:map\[a:<cycle>\]\]`},
		{"a struct field holding a cycle", struct{ M map[string]any }{self}, `\{M:map\[a:1 self:<cycle>\]\}`},
		{"a map shown twice is no cycle", map[string]any{"x": shared, "y": shared}, `map\[x:map\[k:1\] y:map\[k:1\]\]`},
		{"a pointer cycle", n, `&\{N:1 Self:0x[0-9a-f]+\}`},
		{"fmt's text otherwise", []any{1, "a", nil, time.Second, []int{2}}, `\[1 a <nil> 1s \[2\]\]`},
		// GatherReturnExceptions' results: an error and a string with its
		// text must differ.
		{"an error among any values shows its text, as fmt shows it", []any{"e", errors.New("boom")}, `^\[e boom\]$`},
		{"an error of a static error type does not", []error{errors.New("e")}, `\[e\]`},
		{"map order", map[int]string{2: "b", 1: "a"}, `map\[1:a 2:b\]`},
		{"a nil channel at the top", (chan int)(nil), `^nil$`},
		{"a nil channel below the top", []chan int{nil}, `^\[<nil>\]$`},
		{"a pointer below the top", []any{&node{N: 2}, &shared}, `\[0x[0-9a-f]+ 0x[0-9a-f]+\]`},
		{"a Stringer below the top", map[string]any{"d": time.Second, "p": &stringer{}}, `map\[d:1s p:S\]`},
		{"huge slice", huge, `\[0( 0)* \.\.\.\] \(\d+ more elements not shown\)`},
		{"huge string", strings.Repeat("x", 1<<20), `"x+ \.\.\. \(1044578 more bytes not shown\)`},
		{"huge string slice", make([]string, 10000), `\[""( "")* \.\.\.\] \(\d+ more elements not shown\)`},
		{"string array, quoted as a string slice is", [2]string{"Hello", ""}, `\["Hello" ""\]`},
		{"defined string slice", names{"a", "b c"}, `\["a" "b c"\]`},
		{"huge nested", struct{ S []int }{make([]int, 1e5)}, `\{S:\[0( 0)* \.\.\.\]\} \(\d+ more elements not shown\)`},
		{"huge behind a pointer", &struct{ S []int }{make([]int, 1e5)}, `&\{S:\[0( 0)* \.\.\.\]\} \(\d+ more elements not shown\)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := formatValue(tt.v, nil)
			if !regexp.MustCompile(`^` + tt.want + `$`).MatchString(got) {
				if len(got) > 300 {
					got = got[:150] + " [...] " + got[len(got)-150:]
				}
				t.Errorf("got %s\nwant %s", got, tt.want)
			}
			if len(got) > maxValueLen+cutSlack+100 {
				t.Errorf("%d bytes shown", len(got))
			}
		})
	}
	// What the note counts is what was left out.
	got := formatValue(huge, nil)
	m := regexp.MustCompile(`\((\d+) more elements`).FindStringSubmatch(got)
	if m == nil {
		t.Fatalf("no note: %.100s", got)
	}
	left, _ := strconv.Atoi(m[1])
	if shown := strings.Count(got, "0") - strings.Count(m[1], "0"); shown+left != len(huge) {
		t.Errorf("%d shown and %d left out of %d", shown, left, len(huge))
	}
}

// A text cut in the middle of a character is cut before it.
func TestFormatValueCutsWholeCharacters(t *testing.T) {
	got := formatValue(strings.Repeat("é", maxValueLen), nil)
	text, _, _ := strings.Cut(got, " ... (")
	if !strings.HasPrefix(text, `"é`) || strings.ToValidUTF8(text, "?") != text {
		t.Errorf("cut text %q...", text[len(text)-10:])
	}
}

// Deeply nested values stop at the limit rather than recurse on.
func TestFormatValueDeep(t *testing.T) {
	var x any
	for range 100000 {
		x = []any{x}
	}
	if got := formatValue(x, nil); len(got) > 3*maxValueLen || !strings.HasSuffix(got, "not shown)") {
		t.Errorf("%d bytes: %.100s", len(got), got)
	}
}

type stringer struct{}

func (*stringer) String() string { return "S" }

// Values that neither hold themselves nor are long print as fmt prints
// them, whichever of the printer or fmt writes them; but for an error held
// in an any, which shows its type (see TestFormatValueCyclesAndSize).
func TestFormatValueAsFmt(t *testing.T) {
	type inner struct {
		A any
		B []any
	}
	x := 3
	values := []any{
		[]any{1, "a", nil, 2.5, true, []int{1}, map[string]int{"k": 1}},
		map[string]any{"b": []any{1, "x"}, "a": nil, "c": map[int]any{2: "two", 1: []string{"o"}}},
		[]any{&x, time.Duration(5)},
		[][]any{{1}, {"2", nil}},
		[2]any{1, "b"},
		map[any]int{"a": 1},
		// Keys in fmt's order: structs and arrays field by field,
		// interfaces by their values (not their text).
		map[struct{ N int }]int{{10}: 1, {9}: 2},
		map[[2]int]string{{10, 0}: "b", {9, 1}: "a"},
		map[any]int{20: 1, 3: 2},
		map[complex128]int{2i: 1, 1 + 1i: 2, 1: 3},
		map[*int]int{nil: 1},
		[]error{errors.New("x"), nil},
		[]any{[]byte("ab"), struct{}{}},
		// A reflect.Value shows what it holds at the top, its String
		// method's text inside.
		reflect.ValueOf(3),
		reflect.ValueOf([]int{1, 2}),
		[]reflect.Value{reflect.ValueOf(1)},
		reflect.Value{},
		// A nil pointer below the top: its method, as fmt calls it
		// (a nil *time.Location is UTC).
		[]*time.Location{nil},
	}
	for _, v := range values {
		if got, want := formatValue(v, nil), fmtText(v); got != want {
			t.Errorf("got %s, fmt %s", got, want)
		}
	}
	for _, v := range []any{inner{A: []any{1}, B: []any{"s", nil}}, inner{}, struct{ Loc *time.Location }{}} {
		if got, want := formatValue(v, nil), fmtPlus(v); got != want {
			t.Errorf("got %s, fmt %s", got, want)
		}
	}
}

func fmtText(v any) string { return fmt.Sprintf("%v", v) }
func fmtPlus(v any) string { return fmt.Sprintf("%+v", v) }
