package gosrc

import (
	"fmt"
	"strings"
	"testing"
)

// TestContinuationLineByLine: fed line by line, a continuation answers as
// Incomplete does for the lines so far, whatever the lines before left
// open (a raw string, a comment, brackets).
func TestContinuationLineByLine(t *testing.T) {
	inputs := []string{
		"func f() {\n\treturn 1\n}",
		"s := `raw\nmore\nstill` + \"x\"",
		"s := `raw\n\nend`",
		"/* comment\nstill\n*/ x := 1",
		"/* a */ y := [\n]int{1,\n2,\n}",
		"x := 1 +\n2",
		"m := map[string]int{\n\t\"a\": 1,\n}\n",
		"foo(\nvar y = 2",
		"func f() {\n\tx := `a\n}` + \"}\"\n\treturn\n}",
		"fmt.Println(\"(\",\n\")\")",
		"else {\n\tfmt.Println(1)\n}",
		"if x {\n} else\n{\n}",
		"go\nf()",
		"func f() {\n\tx := (1 + 2))\n\tn = 99\n}",
		"fmt.Println([]int{1, 2)\nfmt.Println(3)",
	}
	for _, in := range inputs {
		var c Continuation
		lines := strings.Split(in, "\n")
		for i, l := range lines {
			prefix := strings.Join(lines[:i+1], "\n")
			if got, want := c.Add(l), Incomplete(prefix); got != want {
				t.Errorf("%q, after line %d: continues = %v, Incomplete says %v", in, i+1, got, want)
			}
			if c.String() != prefix {
				t.Errorf("%q, after line %d: text %q", in, i+1, c.String())
			}
		}
	}
}

// TestContinuationLong: a long input continues to its last line, and an
// error early in one is still found (when the input has grown a quarter).
func TestContinuationLong(t *testing.T) {
	var c Continuation
	lines := longInput(20 << 10)
	for i, l := range lines {
		if more := c.Add(l); more != (i < len(lines)-1) {
			t.Fatalf("line %d of %d: continues = %v", i+1, len(lines), more)
		}
	}
	c.Reset()
	c.Add("x := f(")
	c.Add("\t) )(")
	ended := false
	for i := 0; i < 2000 && !ended; i++ {
		ended = !c.Add(fmt.Sprintf("\t%d,", i))
	}
	if !ended {
		t.Fatalf("an input wrong at its second line still continues after %d bytes", len(c.String()))
	}
}

// TestContinuationWrongInBlock: an input with an else on a line of its own
// inside a block is read to the block's end, so that none of its
// remaining lines runs as an input of its own; any other error is said at
// once, where a brace left open (a literal's) would never be closed.
func TestContinuationWrongInBlock(t *testing.T) {
	for _, lines := range [][]string{
		{"func withdraw(n int) {", "\tif n <= balance {", "\t\tbalance -= n", "\t}", "\telse {", "\t\tbalance = 0", "\t}", "}"},
		{"for i := range 3 {", "\tif i > 1 {", "\t}", "\telse {", "\t\tn += 100", "\t}", "}"},
		{"func f() {", "\tx := (1 + 2))", "\tn = 99", "}"},
		{"fmt.Println([]int{1, 2)"},
		{"m := map[string]int{\"a\": 1 2"},
	} {
		var c Continuation
		for i, l := range lines {
			if more := c.Add(l); more != (i < len(lines)-1) {
				t.Fatalf("%q, line %d of %d: continues = %v", lines, i+1, len(lines), more)
			}
		}
	}
}

// longInput is a function over lines making about n bytes.
func longInput(n int) []string {
	lines := []string{"func big() int {", "\tx := 0"}
	size := 0
	for i := 0; size < n; i++ {
		l := fmt.Sprintf("\tx += %d // a comment to make the line longer", i)
		lines = append(lines, l)
		size += len(l) + 1
	}
	return append(lines, "\treturn x", "}")
}

// BenchmarkContinuation is the shell's work, line by line, on a pasted
// input of 20 KB and of 200 KB: linear, the second costs about ten times
// the first.
func BenchmarkContinuation(b *testing.B) {
	for _, size := range []int{20 << 10, 200 << 10} {
		lines := longInput(size)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			for b.Loop() {
				var c Continuation
				for _, l := range lines {
					c.Add(l)
				}
			}
		})
	}
}
