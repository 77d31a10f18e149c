package repl

import (
	"errors"
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

func TestSplitInput(t *testing.T) {
	tests := []struct {
		src  string
		want string // kinds of the segments: f (file) or s (statements), i for import-only files
	}{
		{"1 + 2", "s"},
		{"x := 1; x++", "s"},
		{`import "fmt"; fmt.Println(1)`, "is"},
		{"import (\n\t\"fmt\"\n\t\"os\"\n)\nfmt.Println(os.Args)", "is"},
		{"var x = 1\nx++", "s"},
		{"func f() {}\nf()", "fs"},
		{"func (p P) M() int { return 1 }; p.M()", "fs"},
		{"func() { fmt.Println(1) }()", "s"},
		{"func(x int) { }(3)", "s"},
		{"type T struct{ A int }\nt := T{1}\nt", "fs"},
		{`import "a"; func f() {}; import "b"; f()`, "fis"},
		{"x := 1\nfunc g() int { return x }\ng()", "sfs"},
		{"", ""},
		{"// just a comment", ""},
		{"if x {\n} else {\n}", "s"},
	}
	for _, tt := range tests {
		var got strings.Builder
		segs := splitInput(tt.src)
		for _, s := range segs {
			switch {
			case s.kind == segFile && s.imports:
				got.WriteString("i")
			case s.kind == segFile:
				got.WriteString("f")
			default:
				got.WriteString("s")
			}
		}
		if got.String() != tt.want {
			t.Errorf("splitInput(%q) = %q, want %q", tt.src, got.String(), tt.want)
		}
		if n := len(segs); n > 0 && !segs[n-1].last {
			t.Errorf("splitInput(%q): last segment not marked", tt.src)
		}
	}
}

func TestIncomplete(t *testing.T) {
	tests := []struct {
		src  string
		want bool
	}{
		{"1 + 2", false},
		{"func f() {", true},
		{"func f() {\n\treturn 1\n}", false},
		{"x := []int{1,", true},
		{"s := `raw", true},
		{"s := `raw\nmore`", false},
		{"/* comment", true},
		{"x := 1 +", true},
		{"fmt.Println(", true},
		{"for {", true},
		{"}", false},
		{`s := "unterminated`, false}, // an error, not a continuation
		{"a.", true},
		{"", false},
	}
	for _, tt := range tests {
		if got := Incomplete(tt.src); got != tt.want {
			t.Errorf("Incomplete(%q) = %v, want %v", tt.src, got, tt.want)
		}
	}
}

func TestPositions(t *testing.T) {
	src := newSource(inputFile, 7, "ab\ncdef\ng")
	for _, tt := range []struct {
		off  int
		want string
	}{
		{0, "input 7:1:1"}, {1, "input 7:1:2"}, {3, "input 7:2:1"}, {6, "input 7:2:4"}, {8, "input 7:3:1"}, {100, "input 7:3:2"},
	} {
		if got := src.position(tt.off); got != tt.want {
			t.Errorf("position(%d) = %s, want %s", tt.off, got, tt.want)
		}
	}
	if got, want := decodePositions("input:70002:4: undefined: x"), "input 7:2:4: undefined: x"; got != want {
		t.Errorf("decodePositions = %q, want %q", got, want)
	}
	if got := decodePositions("input:12:4: x"); got != "input:12:4: x" {
		t.Errorf("decodePositions changed a position it cannot decode: %q", got)
	}
	file := newSource("prog.go", 0, "package main\n")
	if got := file.position(8); got != "prog.go:1:9" {
		t.Errorf("file position = %s", got)
	}
}

// TestRenderKeepsPositions checks that code rewritten with line directives
// reports every original token at its place in the user's text.
func TestRenderKeepsPositions(t *testing.T) {
	text := "x := 1\nfor i := range n { y := i }"
	src := newSource(inputFile, 3, text)
	forOff := strings.Index(text, "for")
	lbrace := strings.Index(text, "{")
	code := "package main\nfunc _() {\n" + src.render(0, len(text), []edit{
		{off: forOff, end: lbrace, text: "for i := 0; i < n; i++ "},
	}) + "\n}"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, inputFile, code, 0)
	if err != nil {
		t.Fatal(err)
	}
	idx := strings.Index(code, "y :=")
	yPos := fset.Position(fset.File(f.Package).Pos(idx))
	if got, want := decodePositions(yPos.String()), "input 3:2:20"; got != want {
		t.Errorf("y is at %s, want %s (code:\n%s)", got, want, code)
	}
}

func TestInterpError(t *testing.T) {
	e := interpError(errors.New("input:30001:5: undefined: foo"))
	if e.Pos != "input 3:1:5" || e.Msg != "undefined: foo" {
		t.Errorf("interpError = %+v", e)
	}
	if got := e.Error(); got != "input 3:1:5: undefined: foo" {
		t.Errorf("Error() = %q", got)
	}
	e = interpError(errors.New("something else"))
	if e.Pos != "" || e.Error() != "something else" {
		t.Errorf("interpError without position = %+v", e)
	}
}

func TestIsIntExpr(t *testing.T) {
	for _, tt := range []struct {
		src  string
		want bool
	}{
		{"3", true}, {"len(s)", true}, {"n * 2", true}, {"int64(x)", true}, {"(4)", true},
		{"s", false}, {"3.5", false}, {`"abc"`, false}, {"f()", false}, {"1 << k", true},
	} {
		e, err := parser.ParseExpr(tt.src)
		if err != nil {
			t.Fatal(err)
		}
		if got := isIntExpr(e); got != tt.want {
			t.Errorf("isIntExpr(%s) = %v, want %v", tt.src, got, tt.want)
		}
	}
}

// TestCreatedAtRewrite checks that calls of coroutine functions say where
// they are, once the loop package offers Coroutine.CreatedAt.
func TestCreatedAtRewrite(t *testing.T) {
	fe := newFrontEnd(map[string]string{}, nil)
	fe.createdAt = true
	text := "package main\n\nimport \"github.com/asyncrepl/asyncrepl/loop\"\n\nfunc test() *loop.Coroutine { return loop.Async(func() {}) }\n\nfunc main() {\n\ttest()\n}\n"
	src := newSource("prog.go", 0, text)
	p, err := fe.analyse(src, segment{kind: segFile, to: len(text), last: true}, modeScript)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`.CreatedAt("prog.go:8")`, `.Named("test", "prog.go:5")`} {
		if !strings.Contains(p.code, want) {
			t.Errorf("code lacks %s:\n%s", want, p.code)
		}
	}
}
