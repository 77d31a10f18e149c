package scripts

import (
	"bytes"
	"errors"
	"fmt"
	"go/scanner"
	"go/token"
	"regexp"
	"slices"
	"strings"

	"github.com/rogpeppe/go-internal/diff"
)

// Expect is what a script declares about its own output, read from the
// comment blocks at its end:
//
//	// Output:
//	// (3) close file
//	// (2) write into file
//
//	// Stderr:
//	// Executing Task\(<app>\) took [0-9.]+ seconds
//
// The Output block holds the exact standard output (compared the way go test
// compares an Example's output: trailing spaces of each line and blank lines
// at either end do not count). "Unordered output:" compares the lines in any
// order. The Stderr block holds regular expressions, one per line; each must
// match a line of standard error, in the order given, with any other lines
// allowed in between. A script without a Stderr block must write nothing to
// standard error.
//
// A block starts with a comment group whose first line is the block's header
// ("Output:", "Unordered output:" or "Stderr:", in any letter case, as a whole
// "//" comment of its own); inside such a group a later header line starts the
// next block. Comment groups that do not start with a header are prose and are
// ignored.
type Expect struct {
	// HasOutput reports whether the script has an Output block at all.
	HasOutput bool
	// Output is the expected standard output, normalized (see Normalize).
	Output string
	// Unordered is set for an "Unordered output:" block.
	Unordered bool
	// OutputLine is the line of the Output header, 0 if there is none.
	OutputLine int

	// HasStderr reports whether the script has a Stderr block.
	HasStderr bool
	// Stderr holds the patterns of the Stderr block, in order.
	Stderr []Pattern
	// StderrLine is the line of the Stderr header, 0 if there is none.
	StderrLine int
}

// Pattern is one line of a Stderr block.
type Pattern struct {
	Line int            // line in the script
	Re   *regexp.Regexp // the compiled pattern
}

func (p Pattern) String() string { return p.Re.String() }

// ErrNoOutput is returned (wrapped) by ParseExpectations for a script that has
// no Output block.
var ErrNoOutput = errors.New("scripts: no // Output: block")

type blockKind int

const (
	noBlock blockKind = iota
	outputBlock
	unorderedBlock
	stderrBlock
)

// header reports whether a line comment's text (without the "//") is a block
// header, which block, and the rest of the line after the colon.
func header(text string) (blockKind, string) {
	t := strings.TrimLeft(text, " \t")
	lower := strings.ToLower(t)
	for _, h := range []struct {
		prefix string
		kind   blockKind
	}{
		{"output:", outputBlock},
		{"unordered output:", unorderedBlock},
		{"stderr:", stderrBlock},
	} {
		if strings.HasPrefix(lower, h.prefix) {
			return h.kind, strings.TrimSpace(t[len(h.prefix):])
		}
	}
	return noBlock, ""
}

type lineComment struct {
	line int
	text string // without the leading "//"
}

// lineComments returns the "//" comments of src that stand alone on their line,
// grouped: a group is a run of such comments on consecutive lines.
func lineComments(src []byte) [][]lineComment {
	fset := token.NewFileSet()
	file := fset.AddFile("script.go", -1, len(src))
	var s scanner.Scanner
	// Errors do not matter here: the scanner carries on past them, and a script
	// that does not compile fails when it runs, with a better message.
	s.Init(file, src, func(token.Position, string) {}, scanner.ScanComments)

	var groups [][]lineComment
	var cur []lineComment
	lastCodeLine := 0
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		line := file.Line(pos)
		if tok != token.COMMENT {
			// The scanner reports automatic semicolons at the newline (or at
			// EOF), with lit "\n": they are not code on their own line.
			if tok == token.SEMICOLON && lit == "\n" {
				continue
			}
			lastCodeLine = line
			continue
		}
		if !strings.HasPrefix(lit, "//") || line == lastCodeLine {
			// A /* */ comment or a comment trailing code ends the group.
			if cur != nil {
				groups = append(groups, cur)
				cur = nil
			}
			continue
		}
		if cur != nil && cur[len(cur)-1].line != line-1 {
			groups = append(groups, cur)
			cur = nil
		}
		cur = append(cur, lineComment{line: line, text: strings.TrimSuffix(lit[2:], "\r")})
	}
	if cur != nil {
		groups = append(groups, cur)
	}
	return groups
}

// ParseExpectations reads the Output and Stderr blocks of a script's source.
// A script without an Output block gets an error wrapping ErrNoOutput (and the
// Expect it returns is still usable for its Stderr block). A repeated block or
// a Stderr pattern that is not a valid regular expression is an error too.
func ParseExpectations(src []byte) (Expect, error) {
	var e Expect
	var outLines []string
	for _, group := range lineComments(src) {
		kind, _ := header(group[0].text)
		if kind == noBlock {
			continue
		}
		cur := noBlock
		for _, c := range group {
			if k, rest := header(c.text); k != noBlock {
				cur = k
				switch k {
				case outputBlock, unorderedBlock:
					if e.HasOutput {
						return e, fmt.Errorf("scripts: line %d: a second // Output: block (the first is at line %d)", c.line, e.OutputLine)
					}
					e.HasOutput, e.OutputLine, e.Unordered = true, c.line, k == unorderedBlock
					if rest != "" {
						outLines = append(outLines, rest)
					}
				case stderrBlock:
					if e.HasStderr {
						return e, fmt.Errorf("scripts: line %d: a second // Stderr: block (the first is at line %d)", c.line, e.StderrLine)
					}
					e.HasStderr, e.StderrLine = true, c.line
					if rest != "" {
						if err := e.addPattern(c.line, rest); err != nil {
							return e, err
						}
					}
				}
				continue
			}
			text := strings.TrimPrefix(c.text, " ")
			switch cur {
			case outputBlock, unorderedBlock:
				outLines = append(outLines, text)
			case stderrBlock:
				if strings.TrimSpace(text) == "" {
					continue
				}
				if err := e.addPattern(c.line, strings.TrimSpace(text)); err != nil {
					return e, err
				}
			}
		}
	}
	if !e.HasOutput {
		return e, ErrNoOutput
	}
	e.Output = Normalize(strings.Join(outLines, "\n"))
	if e.Unordered {
		e.Output = sortLines(e.Output)
	}
	return e, nil
}

func (e *Expect) addPattern(line int, expr string) error {
	re, err := regexp.Compile(expr)
	if err != nil {
		return fmt.Errorf("scripts: line %d: bad // Stderr: pattern: %v", line, err)
	}
	e.Stderr = append(e.Stderr, Pattern{Line: line, Re: re})
	return nil
}

// Normalize prepares output for comparison: "\r\n" becomes "\n", trailing
// spaces and tabs of every line go, and so do blank lines at the start and the
// end. The result has no final newline.
func Normalize(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t\r")
	}
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

func sortLines(s string) string {
	lines := strings.Split(s, "\n")
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

// Check compares a run's standard output and standard error with the
// expectations. The error, if any, says what differs: a unified diff (want,
// then got) for standard output, the first pattern that no line matched for
// standard error, or the unexpected standard error of a script that declares
// none.
func (e Expect) Check(stdout, stderr []byte) error {
	var errs []error
	if err := e.CheckStdout(stdout); err != nil {
		errs = append(errs, err)
	}
	if err := e.CheckStderr(stderr); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// CheckStdout compares standard output with the Output block.
func (e Expect) CheckStdout(stdout []byte) error {
	if !e.HasOutput {
		return ErrNoOutput
	}
	got := Normalize(string(stdout))
	if e.Unordered {
		got = sortLines(got)
	}
	if got == e.Output {
		return nil
	}
	d := diff.Diff("want", withNewline(e.Output), "got", withNewline(got))
	// The first line of diff.Diff's output ("diff want got") says nothing the
	// two after it do not.
	if _, rest, ok := bytes.Cut(d, []byte("\n")); ok {
		d = rest
	}
	return fmt.Errorf("scripts: stdout differs from the // Output: block (line %d):\n%s", e.OutputLine, strings.TrimRight(string(d), "\n"))
}

func withNewline(s string) []byte {
	if s == "" {
		return nil
	}
	return []byte(s + "\n")
}

// CheckStderr matches standard error against the Stderr block's patterns, or
// checks that it is empty when there is no Stderr block.
func (e Expect) CheckStderr(stderr []byte) error {
	text := Normalize(string(stderr))
	if !e.HasStderr {
		if text == "" {
			return nil
		}
		return fmt.Errorf("scripts: unexpected stderr (the script has no // Stderr: block):\n%s", indent(text))
	}
	var lines []string
	if text != "" {
		lines = strings.Split(text, "\n")
	}
	next := 0
	for i, p := range e.Stderr {
		found := false
		for next < len(lines) {
			l := lines[next]
			next++
			if p.Re.MatchString(l) {
				found = true
				break
			}
		}
		if !found {
			where := "stderr"
			if i > 0 {
				where = fmt.Sprintf("stderr after the line matching pattern %d", i)
			}
			if text == "" {
				return fmt.Errorf("scripts: stderr is empty; pattern %d of the // Stderr: block (line %d) wants a line matching\n\t%s", i+1, p.Line, p.Re)
			}
			return fmt.Errorf("scripts: no line of %s matches pattern %d of the // Stderr: block (line %d):\n\t%s\nstderr was:\n%s", where, i+1, p.Line, p.Re, indent(text))
		}
	}
	return nil
}

func indent(s string) string {
	return "\t| " + strings.ReplaceAll(s, "\n", "\n\t| ")
}
