package frontend

import (
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files of testdata")

// TestSafepointsGolden runs the safepoints pass alone on each program in
// testdata/safepoints and compares its output, without line directives,
// with the program's .golden file (go test -run SafepointsGolden -update
// rewrites them).
func TestSafepointsGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/safepoints/*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no programs: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			text, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			// The golden files show the poll's usual form, whichever this
			// build takes.
			got := strings.ReplaceAll(lowerSafepoints(t, "/src/"+filepath.Base(file), string(text)), PollCondFor(true), PollCondFor(false))
			golden := file + ".golden"
			if *updateGolden {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("lowered %s:\n%s\nwant:\n%s", file, got, want)
			}
		})
	}
}

// lowerSafepoints returns the program text with the safepoints pass's
// edits made, and no others.
func lowerSafepoints(t *testing.T, name, text string) string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, text, 0)
	if err != nil {
		t.Fatal(err)
	}
	// With the types, as the front end has them: a function that calls
	// none gets no poll at its entry.
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}}
	if _, err := (&types.Config{Importer: stdImporter{}}).Check("main", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	src := gosrc.NewSource(name, 0, text)
	w := &rewriter{fe: NewFrontEnd(nil, nil), src: src, fset: fset, file: f, mode: ModeScript,
		plan:   &Plan{Seg: gosrc.Segment{Kind: gosrc.SegFile, To: len(text), Last: true}, Checked: &Checked{Info: info}},
		offset: func(p token.Pos) int { return fset.File(p).Offset(p) }}
	w.safepoints()
	var es []gosrc.Edit
	for _, e := range w.edits {
		es = append(es, e.Edit)
	}
	return lineDirective.ReplaceAllString(src.Render(0, len(text), es), "")
}

// TestSafepointsInput checks where an input's statements get polls: not
// at the entry of the wrapper the front end puts around them.
func TestSafepointsInput(t *testing.T) {
	tests := []struct {
		in   string
		want []string // the positions of the polls, in order
	}{
		{"1 + 1", nil},
		{"n := 0; for { n++ }", []string{"input 1:9"}},
		{"func f() int { return 1 }", nil},
		{"func g(n int) int { return int(float64(len(make([]int, n)))) }", nil},
		{"func h(n int) int { if n > 0 { return h(n-1) }; return 0 }", []string{"input 1:1"}},
		{"func k(n int) int { for { n++ } }", []string{"input 1:21"}},
		{"func seq(yield func(int) bool) { yield(1) }; func r() { for range seq {} }", []string{"input 1:1", "input 1:46", "input 1:57"}},
		{"ch := make(chan int, 1); ch <- 1; <-ch", []string{"input 1:26", "input 1:35"}},
		{"f := func() {}\nf()", nil},
		{"var f func()\nf = func() { f() }", []string{"input 1, line 2:5"}},
	}
	safepoint := regexp.MustCompile(pollFunc + `\("([^"]*)"\)`)
	for _, tt := range tests {
		fe := NewFrontEnd(nil, nil)
		src := gosrc.NewSource(gosrc.InputFile, 1, tt.in)
		var got []string
		for _, seg := range gosrc.Split(tt.in) {
			p, err := fe.Analyse(src, seg, ModeInput)
			if err != nil {
				t.Fatalf("%q: %v", tt.in, err)
			}
			for _, m := range safepoint.FindAllStringSubmatch(p.Code, -1) {
				got = append(got, m[1])
			}
			fe.Record(p, nil, true)
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("%q: polls at %q, want %q", tt.in, got, tt.want)
		}
	}
}
