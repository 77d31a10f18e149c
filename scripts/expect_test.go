package scripts

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

const chainSrc = `//go:build ignore

// Header prose may say Output: or Stderr: in the middle of a sentence.
// Output: at the start of a line inside prose does not count either.
package main

import "fmt"

func main() {
	fmt.Println("(3) close file") // Output: a trailing comment is not a block
	fmt.Println("(2) write into file")
	s := ` + "`" + `
// Output:
// inside a raw string
` + "`" + `
	_ = s
}

// Output:
// (3) close file   
// (2) write into file
//
// Stderr:
// Task was destroyed but it is pending
//   Task\(<create>\)
`

func TestParseExpectations(t *testing.T) {
	e, err := ParseExpectations([]byte(chainSrc))
	if err != nil {
		t.Fatal(err)
	}
	if !e.HasOutput || e.OutputLine != 19 {
		t.Errorf("HasOutput, OutputLine = %v, %d; want true, 19", e.HasOutput, e.OutputLine)
	}
	if want := "(3) close file\n(2) write into file"; e.Output != want {
		t.Errorf("Output = %q; want %q", e.Output, want)
	}
	if !e.HasStderr || e.StderrLine != 23 {
		t.Errorf("HasStderr, StderrLine = %v, %d; want true, 23", e.HasStderr, e.StderrLine)
	}
	var pats []string
	for _, p := range e.Stderr {
		pats = append(pats, p.String())
	}
	if got, want := strings.Join(pats, "|"), `Task was destroyed but it is pending|Task\(<create>\)`; got != want {
		t.Errorf("patterns = %q; want %q", got, want)
	}
	if e.Stderr[1].Line != 25 {
		t.Errorf("pattern 2 at line %d; want 25", e.Stderr[1].Line)
	}
}

func TestParseExpectationsForms(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		output    string
		unordered bool
		patterns  int
		err       string
	}{
		{name: "inline", src: "package main\n\nfunc main() {\n\t// Output: hello\n}\n", output: "hello"},
		{name: "inside main", src: "package main\n\nfunc main() {\n\tprintln()\n\t// output:\n\t// a\n\t//\n\t// b\n}\n", output: "a\n\nb"},
		{name: "empty", src: "package main\n\n// Output:\n", output: ""},
		{name: "unordered", src: "package main\n\n// Unordered output:\n// b\n// a\n", output: "a\nb", unordered: true},
		{name: "stderr first", src: "package main\n\n// Stderr: warn.*x\n// y\n\n// Output:\n// z\n", output: "z", patterns: 2},
		{name: "stderr in output group", src: "package main\n\n// Output:\n// z\n// Stderr:\n//\n// w\n", output: "z", patterns: 1},
		{name: "crlf", src: "package main\r\n\r\n// Output:\r\n// a\r\n// b\r\n", output: "a\nb"},
		{name: "no output", src: "package main\n\n// Stderr:\n// x\n", patterns: 1, err: "no // Output: block"},
		{name: "two outputs", src: "package main\n\n// Output:\n// a\n\n// Output:\n// b\n", err: "line 6: a second // Output: block (the first is at line 3)"},
		{name: "two stderrs", src: "package main\n\n// Output:\n// Stderr: a\n// Stderr: b\n", patterns: 1, err: "line 5: a second // Stderr: block"},
		{name: "bad pattern", src: "package main\n\n// Output:\n// Stderr:\n// a(b\n", err: "line 5: bad // Stderr: pattern"},
		{name: "block comment", src: "package main\n\n/* Output:\na\n*/\n", err: "no // Output: block"},
		{name: "separated by code", src: "package main\n\n// Output:\nvar x int\n// a\n", output: ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, err := ParseExpectations([]byte(tc.src))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) || !strings.HasPrefix(err.Error(), "scripts: ") {
					t.Fatalf("err = %v; want one containing %q", err, tc.err)
				}
			} else if err != nil {
				t.Fatal(err)
			} else if e.Output != tc.output || e.Unordered != tc.unordered {
				t.Errorf("Output, Unordered = %q, %v; want %q, %v", e.Output, e.Unordered, tc.output, tc.unordered)
			}
			if len(e.Stderr) != tc.patterns {
				t.Errorf("%d patterns; want %d", len(e.Stderr), tc.patterns)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	e, err := ParseExpectations([]byte(chainSrc))
	if err != nil {
		t.Fatal(err)
	}
	stderrOK := "time=\"x\" level=warning msg=\"Task was destroyed but it is pending\"\n\tTask(<create>)<PENDING>\n"

	if err := e.Check([]byte("\n(3) close file\r\n(2) write into file  \n\n"), []byte(stderrOK)); err != nil {
		t.Errorf("matching run: %v", err)
	}

	err = e.Check([]byte("(2) write into file\n(3) close file\n"), []byte(stderrOK))
	if err == nil {
		t.Fatal("swapped lines passed")
	}
	want := `scripts: stdout differs from the // Output: block (line 19):
--- want
+++ got
@@ -1,2 +1,2 @@
-(3) close file
 (2) write into file
+(3) close file`
	if err.Error() != want {
		t.Errorf("diff:\n%s\nwant:\n%s", err, want)
	}

	err = e.Check([]byte("(3) close file\n(2) write into file\n"), []byte("Task(<create>)\nTask was destroyed but it is pending\n"))
	if err == nil || !strings.Contains(err.Error(), `no line of stderr after the line matching pattern 1 matches pattern 2 of the // Stderr: block (line 25):
	Task\(<create>\)
stderr was:
	| Task(<create>)
	| Task was destroyed but it is pending`) {
		t.Errorf("out of order stderr: %v", err)
	}

	err = e.Check([]byte("(3) close file\n(2) write into file\n"), nil)
	if err == nil || !strings.Contains(err.Error(), "stderr is empty; pattern 1 of the // Stderr: block (line 24)") {
		t.Errorf("empty stderr: %v", err)
	}

	// Both streams wrong: both are reported.
	err = e.Check([]byte("nothing\n"), nil)
	if err == nil || !strings.Contains(err.Error(), "+nothing") || !strings.Contains(err.Error(), "stderr is empty") {
		t.Errorf("both wrong: %v", err)
	}
}

func TestCheckNoStderrBlock(t *testing.T) {
	e, err := ParseExpectations([]byte("package main\n\n// Output:\n// hi\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := e.Check([]byte("hi\n"), []byte("\n")); err != nil {
		t.Errorf("blank stderr: %v", err)
	}
	err = e.Check([]byte("hi\n"), []byte("level=warning msg=oops\n"))
	if err == nil || err.Error() != "scripts: unexpected stderr (the script has no // Stderr: block):\n\t| level=warning msg=oops" {
		t.Errorf("unexpected stderr: %v", err)
	}
}

func TestCheckUnordered(t *testing.T) {
	e, err := ParseExpectations([]byte("package main\n\n// Unordered output:\n// a\n// b\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := e.Check([]byte("b\na\n"), nil); err != nil {
		t.Error(err)
	}
	if err := e.Check([]byte("b\nb\n"), nil); err == nil {
		t.Error("b b matched a b")
	}
}

func TestCheckNoOutput(t *testing.T) {
	e, err := ParseExpectations([]byte("package main\n"))
	if !errors.Is(err, ErrNoOutput) {
		t.Fatalf("err = %v; want ErrNoOutput", err)
	}
	if err := e.Check(nil, nil); !errors.Is(err, ErrNoOutput) {
		t.Errorf("Check without an Output block: %v", err)
	}
}

func TestListFS(t *testing.T) {
	fsys := fstest.MapFS{
		"b.go":        {Data: []byte("//go:build ignore\n\n// B shows\n// a trap.\n//\n// More.\npackage main\n")},
		"a.go":        {Data: []byte("//go:build ignore\n\npackage main\n")},
		"lib.go":      {Data: []byte("// Package scripts.\npackage scripts\n")},
		"x_test.go":   {Data: []byte("package main\n")},
		"notes.txt":   {Data: []byte("package main\n")},
		"sub/c.go":    {Data: []byte("package main\n")},
		"broken.go.x": {Data: []byte("")},
	}
	list, err := listFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0] != (Example{"a", "a.go", ""}) || list[1] != (Example{"b", "b.go", "B shows a trap."}) {
		t.Errorf("listFS = %+v", list)
	}
	if _, err := listFS(fstest.MapFS{"bad.go": {Data: []byte("not go")}}); err == nil || !strings.HasPrefix(err.Error(), "scripts: ") {
		t.Errorf("unparsable file: %v", err)
	}
}

func FuzzParseExpectations(f *testing.F) {
	f.Add([]byte(chainSrc))
	f.Add([]byte("package main\n\n// Output:\n// a\n// Stderr:\n// (x\n"))
	f.Add([]byte("// Unordered output: b\n// a\n/* Stderr: */\n// Stderr:\n"))
	f.Add([]byte("x := `\n// Output:\n` // Output:\n\"// Stderr:\"\n// Output:\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		e, err := ParseExpectations(src)
		if err != nil && !strings.HasPrefix(err.Error(), "scripts: ") {
			t.Fatalf("error without the package prefix: %v", err)
		}
		if err != nil {
			return
		}
		if e.Output != Normalize(e.Output) {
			t.Fatalf("Output %q is not normalized", e.Output)
		}
		if e.OutputLine < 1 || (e.HasStderr && e.StderrLine < 1) {
			t.Fatalf("block lines %d, %d", e.OutputLine, e.StderrLine)
		}
		// What the block declares, printed, passes; with one more line, fails.
		out := []byte(e.Output + "\n")
		if !utf8.Valid(out) {
			return
		}
		if err := e.CheckStdout(out); err != nil {
			t.Fatalf("the block's own text does not pass: %v", err)
		}
		if err := e.CheckStdout(append(out, "one more line\n"...)); err == nil {
			t.Fatal("an extra line passed")
		}
	})
}
