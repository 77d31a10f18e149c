package frontend

import (
	"errors"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"regexp"
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
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
		segs := gosrc.Split(tt.src)
		for _, s := range segs {
			switch {
			case s.Kind == gosrc.SegFile && s.Imports:
				got.WriteString("i")
			case s.Kind == gosrc.SegFile:
				got.WriteString("f")
			default:
				got.WriteString("s")
			}
		}
		if got.String() != tt.want {
			t.Errorf("splitInput(%q) = %q, want %q", tt.src, got.String(), tt.want)
		}
		if n := len(segs); n > 0 && !segs[n-1].Last {
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
		// Wrong before the end: more lines cannot mend it.
		{"foo(\nvar y = 2", false},
		{"x := )(", false},
		{"func f() {\n\tx := 1 +\n\t\t2", true},
		{"m := map[string]int{\n\t\"a\": 1,\n", true},
		{"import (\n\t\"fmt\"", true},
		{"type T struct {\n\tA int", true},
		// An else on a line of its own is read to the end of its block,
		// to be refused whole rather than have its body run.
		{"else {", true},
		{"else {\n\tfmt.Println(1)", true},
		{"else {\n\tfmt.Println(1)\n}", false},
		{"else if x > 1 {", true},
		// Go's lexer ends no line after these keywords: the statement
		// goes on, and its parts do not run alone.
		{"if x > 1 {\n\tfmt.Println(1)\n} else", true},
		{"if x > 1 {\n\tfmt.Println(1)\n} else\n{\n\tfmt.Println(2)\n}", false},
		{"go", true},
		{"defer", true},
		{"switch", true},
		{"for i := range", true},
		{"func", true},
		{"var", true},
		{"x := make(chan", true},
		{"return", false},
		{"break", false},
	}
	for _, tt := range tests {
		if got := gosrc.Incomplete(tt.src); got != tt.want {
			t.Errorf("Incomplete(%q) = %v, want %v", tt.src, got, tt.want)
		}
	}
}

func TestPositions(t *testing.T) {
	src := gosrc.NewSource(gosrc.InputFile, 7, "ab\ncdef\ng")
	for _, tt := range []struct {
		off  int
		want string
	}{
		{0, "input 7, line 1:1"}, {1, "input 7, line 1:2"}, {3, "input 7, line 2:1"}, {6, "input 7, line 2:4"}, {8, "input 7, line 3:1"}, {100, "input 7, line 3:2"},
	} {
		if got := src.Position(tt.off); got != tt.want {
			t.Errorf("position(%d) = %s, want %s", tt.off, got, tt.want)
		}
	}
	// One line (a final newline does not make a second): the column alone.
	one := gosrc.NewSource(gosrc.InputFile, 8, "abc\n")
	if got := one.Position(2); got != "input 8:3" {
		t.Errorf("one-line position = %s, want input 8:3", got)
	}
	// Positions the interpreter reports decode to the same forms: the line
	// directives of a multi-line input mark it as one.
	for _, tt := range []struct {
		src  *gosrc.Source
		off  int
		want string
	}{{src, 6, "input 7, line 2:4"}, {src, 0, "input 7, line 1:1"}, {one, 2, "input 8:3"}} {
		d := tt.src.Directive(tt.off)
		m := regexp.MustCompile(`^/\*line input:(\d+):(\d+)\*/$`).FindStringSubmatch(d)
		if m == nil {
			t.Fatalf("directive(%d) = %q", tt.off, d)
		}
		if got := gosrc.DecodePositions("input:" + m[1] + ":" + m[2] + ": undefined: x"); got != tt.want+": undefined: x" {
			t.Errorf("decoded directive(%d) of %q = %q, want %q", tt.off, tt.src.Text, got, tt.want)
		}
	}
	if got := gosrc.DecodePositions("input:12:4: x"); got != "input:12:4: x" {
		t.Errorf("decodePositions changed a position it cannot decode: %q", got)
	}
	file := gosrc.NewSource("prog.go", 0, "package main\n")
	if got := file.Position(8); got != "prog.go:1:9" {
		t.Errorf("file position = %s", got)
	}
}

// TestRenderKeepsPositions checks that code rewritten with line directives
// reports every original token at its place in the user's text.
func TestRenderKeepsPositions(t *testing.T) {
	text := "x := 1\nfor i := range n { y := i }"
	src := gosrc.NewSource(gosrc.InputFile, 3, text)
	forOff := strings.Index(text, "for")
	lbrace := strings.Index(text, "{")
	code := "package main\nfunc _() {\n" + src.Render(0, len(text), []gosrc.Edit{
		{Off: forOff, End: lbrace, Text: "for i := 0; i < n; i++ "},
	}) + "\n}"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, gosrc.InputFile, code, 0)
	if err != nil {
		t.Fatal(err)
	}
	idx := strings.Index(code, "y :=")
	yPos := fset.Position(fset.File(f.Package).Pos(idx))
	if got, want := gosrc.DecodePositions(yPos.String()), "input 3, line 2:20"; got != want {
		t.Errorf("y is at %s, want %s (code:\n%s)", got, want, code)
	}
}

func TestInterpError(t *testing.T) {
	e := gosrc.InterpError(errors.New("input:30001:5: undefined: foo"))
	if e.Pos != "input 3:5" || e.Msg != "undefined: foo" {
		t.Errorf("interpError = %+v", e)
	}
	if got := e.Error(); got != "input 3:5: undefined: foo" {
		t.Errorf("Error() = %q", got)
	}
	e = gosrc.InterpError(errors.New("input:35002:7: undefined: foo"))
	if e.Pos != "input 3, line 2:7" || e.Msg != "undefined: foo" {
		t.Errorf("interpError of a multi-line input = %+v", e)
	}
	e = gosrc.InterpError(errors.New("something else"))
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
// they are (Coroutine.CreatedAt), and the rewrites of loop.Async and
// loop.Await.
func TestCreatedAtRewrite(t *testing.T) {
	fe := NewFrontEnd(map[string]string{}, nil)
	text := "package main\n\nimport \"github.com/asyncrepl/asyncrepl/loop\"\n\nfunc test() *loop.Coroutine { return loop.Async(func() {}) }\n\nconst d = 3\n\nfunc main() {\n\ttest()\n\tloop.Await(loop.Sleep(2 * d))\n\t_, err := loop.Await(loop.Sleep(d))\n\t_ = err\n\tloop.Await(loop.Gather())\n\tr, _ := loop.Await(loop.Gather())\n\t_ = r\n}\n"
	src := gosrc.NewSource("prog.go", 0, text)
	p, err := fe.Analyse(src, gosrc.Segment{Kind: gosrc.SegFile, To: len(text), Last: true}, ModeScript)
	if err != nil {
		t.Fatal(err)
	}
	// loop.Async(f) becomes one helper call that names the coroutine too, and
	// loop.Await(loop.Sleep(d)) one helper call (one without results when
	// they are dropped), and any other Await one with its position (one
	// without results when they are dropped); an Await with other
	// arguments is left alone.
	for _, want := range []string{`.CreatedAt("prog.go:10")`, `__repl.Async`, "(func() func() { return /*line ", "{} }()/*line ", `, "test", "prog.go:5"`,
		`__repl.AwaitSleepStmt("prog.go:11", /*line /`, `*/2 * d)/*line `, `_, err := __repl.AwaitSleep("prog.go:12", `,
		"\t__repl.AwaitStmt(\"prog.go:14\", ", `r, _ := __repl.AwaitAt("prog.go:15", /*line `} {
		if !strings.Contains(p.Code, want) {
			t.Errorf("code lacks %s:\n%s", want, p.Code)
		}
	}
	if strings.Contains(p.Code, "loop.Async") || strings.Contains(p.Code, ".Named(") {
		t.Errorf("loop.Async(...).Named(...) left in:\n%s", p.Code)
	}
}

// TestRenderMovedSpans checks that text moved by an edit takes the edits
// made inside it along, and that they no longer apply at its old place.
func TestRenderMovedSpans(t *testing.T) {
	strip := regexp.MustCompile(`/\*line [^*]*\*/`)
	tests := []struct {
		name string
		text string
		// edits builds the edits; it may call src.moved.
		edits func(src *gosrc.Source, at func(s string) int) []gosrc.Edit
		want  string
	}{
		{"hoisted argument keeps its inner edit", "go f(min(a, 2))",
			func(src *gosrc.Source, at func(string) int) []gosrc.Edit {
				arg, end := at("min("), at("))")+1
				return []gosrc.Edit{
					{Off: 0, End: 0, Text: "{ t := " + src.Moved(arg, end) + "; ", Prio: -20},
					{Off: arg, End: end, Text: "t", Prio: -1, Vacates: true},
					{Off: arg, End: arg + 3, Text: "mn"},
					{Off: len("go f(min(a, 2))"), End: len("go f(min(a, 2))"), Text: " }", Prio: 20},
				}
			},
			"{ t := mn(a, 2); go f(t) }"},
		{"swapped operands each keep theirs", "m(1, x(y))",
			func(src *gosrc.Source, at func(string) int) []gosrc.Edit {
				one, other := at("1"), at("x(y)")
				return []gosrc.Edit{
					{Off: one, End: one + 1, Text: src.Moved(other, other+4), Vacates: true},
					{Off: other, End: other + 4, Text: src.Moved(one, one+1), Vacates: true},
					{Off: other, End: other + 1, Text: "X"},
					{Off: other + 4, End: other + 4, Text: ".Y", Prio: 1},
				}
			},
			"m(X(y).Y, 1)"},
		{"a renaming of the whole moved text moves with it", "go f(i)",
			func(src *gosrc.Source, at func(string) int) []gosrc.Edit {
				i := at("i)")
				return []gosrc.Edit{
					{Off: i, End: i + 1, Text: "c"},
					{Off: 0, End: 0, Text: "{ t := " + src.Moved(i, i+1) + "; ", Prio: -20},
					{Off: i, End: i + 1, Text: "t", Prio: -1, Vacates: true},
					{Off: 7, End: 7, Text: " }", Prio: 20},
				}
			},
			"{ t := c; go f(t) }"},
		{"moved span within a moved span", "a(b(c))",
			func(src *gosrc.Source, at func(string) int) []gosrc.Edit {
				b, c := at("b("), at("c")
				return []gosrc.Edit{
					{Off: 0, End: 7, Text: "[" + src.Moved(b, b+4) + "]"},
					{Off: c, End: c + 1, Text: "<" + src.Moved(c, c+1) + ">", Vacates: true},
				}
			},
			"[b(<c>)]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := gosrc.NewSource(gosrc.InputFile, 1, tt.text)
			at := func(s string) int { return strings.Index(tt.text, s) }
			got := strip.ReplaceAllString(src.Render(0, len(tt.text), tt.edits(src, at)), "")
			if got != tt.want {
				t.Errorf("render = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestConstValue checks the front end's constant evaluation against
// go/types on the same expressions: equal values where it gives one, and
// nil only where the expression is not an untyped constant expression of
// the kinds it knows.
func TestConstValue(t *testing.T) {
	tests := []struct {
		expr string
		nil  bool // the front end declines it
	}{
		{expr: "1 << 100"},
		{expr: "(1 << 100) >> 98"},
		{expr: "-(1 << 64) + 1"},
		{expr: "^0"},
		{expr: "7 / 2"},
		{expr: "7 / 2.0"},
		{expr: "7 % 3"},
		{expr: "1e400 / 1e399"},
		{expr: "0x10 | 0b1 &^ 1"},
		{expr: `"a" + "b"`},
		{expr: "'a' + 1"},
		{expr: "2i * 2i"},
		{expr: "1 < 2 && !(3 == 4)"},
		{expr: "iota + 3"},
		{expr: "K * 2"},
		{expr: "int(1) << 3", nil: true},
		{expr: "len(\"abc\")", nil: true},
		{expr: "unknown + 1", nil: true},
		{expr: "1 / 0", nil: true},
		{expr: "1 << -1", nil: true},
		{expr: `"a" + 1`, nil: true},
		{expr: `"a" * 2`, nil: true},
		{expr: `"a" / "b"`, nil: true},
		{expr: `true + 1`, nil: true},
	}
	fe := NewFrontEnd(nil, nil)
	fe.Names["K"] = &NameInfo{Kind: kindConst, cval: constant.MakeInt64(21)}
	for _, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			e, err := parser.ParseExpr(tt.expr)
			if err != nil {
				t.Fatal(err)
			}
			got := fe.constValue(e, 2)
			if tt.nil {
				if got != nil {
					t.Fatalf("constValue = %v, want nil", got)
				}
				return
			}
			src := "package p\nconst K = 21\nconst (\n\t_ = iota\n\t_\n\tX = " + tt.expr + "\n)\n"
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, "p.go", src, 0)
			if err != nil {
				t.Fatal(err)
			}
			info := &types.Info{Defs: map[*ast.Ident]types.Object{}}
			if _, err := (&types.Config{}).Check("p", fset, []*ast.File{f}, info); err != nil {
				t.Fatalf("go/types: %v", err)
			}
			var want constant.Value
			for id, obj := range info.Defs {
				if id.Name == "X" {
					want = obj.(*types.Const).Val()
				}
			}
			if got == nil || got.Kind() != want.Kind() || !constant.Compare(got, token.EQL, want) {
				t.Fatalf("constValue = %v, go/types = %v", got, want)
			}
		})
	}
}

func TestReplacePath(t *testing.T) {
	tests := []struct{ msg, want string }{
		{"/a/b.go:3:4: x", "b.go:3:4: x"},
		{"/c/a/b.go:3:4: x", "/c/a/b.go:3:4: x"},
		{"at /a/b.go:1:2 and /a/b.go:5:6", "at b.go:1:2 and b.go:5:6"},
		{"(/a/b.go:1:2)", "(b.go:1:2)"},
		{"x/a/b.go:1:2", "x/a/b.go:1:2"},
	}
	for _, tt := range tests {
		if got := gosrc.ReplacePath(tt.msg, "/a/b.go:", "b.go:"); got != tt.want {
			t.Errorf("replacePath(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
}
