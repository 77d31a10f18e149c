package gosrc

import (
	"bytes"
	"go/scanner"
	"go/token"
	"strings"
)

// Incomplete reports whether src looks like the beginning of an input that
// continues on further lines: an unclosed bracket, block, raw string or
// comment, or a last line ending in an operator, a comma or a keyword
// after which Go's lexer ends no line (else, go, func, ...).
func Incomplete(src string) bool {
	var c Continuation
	return c.Add(src)
}

// A Continuation gathers the lines of one input and tells after each
// whether the input continues (as Incomplete does for all of them), in
// time linear in their length, so that a long pasted input is not
// rescanned at every line: it scans each line once, from the state the
// lines before left, and parses the whole (to find an error more lines
// cannot mend) at lengths growing geometrically once the input is long.
// The zero value is an empty input.
type Continuation struct {
	text []byte
	n    int // lines

	// The scan so far: up to safe (a line's start, outside any token) it
	// left depth open brackets, braces of them braces, and last as the
	// last token that counts.
	safe   int
	depth  int
	braces int
	last   token.Token
	// open is the raw string ('`') or comment ('*') left unterminated at
	// the end of the text: until a line has its end, the scan is not
	// resumed.
	open byte

	parsedAt int // the length of the text when it was last parsed
}

// Add appends a line (or several, with newlines) and reports whether the
// input continues.
func (c *Continuation) Add(line string) bool {
	if c.n > 0 {
		c.text = append(c.text, '\n')
	}
	c.text = append(c.text, line...)
	c.n++
	switch c.open {
	case '`':
		if !strings.Contains(line, "`") {
			return true
		}
	case '*':
		if !strings.Contains(line, "*/") {
			return true
		}
	}
	c.open = 0
	depth, braces, last, open := c.depth, c.braces, c.last, byte(0)
	var s scanner.Scanner
	src := c.text[c.safe:]
	// blockOpen: a brace opened on a line before the last, a block's (as
	// the braces stand where the last line starts).
	lastLine, blockOpen, seen := bytes.LastIndexByte(src, '\n')+1, false, false
	file := token.NewFileSet().AddFile("", -1, len(src))
	s.Init(file, src, func(_ token.Position, msg string) {
		switch msg {
		case "raw string literal not terminated":
			open = '`'
		case "comment not terminated":
			open = '*'
		}
	}, scanner.ScanComments)
	for {
		pos, t, lit := s.Scan()
		if !seen && (t == token.EOF || file.Offset(pos) >= lastLine) {
			blockOpen, seen = braces > 0, true
		}
		if t == token.EOF {
			break
		}
		switch t {
		case token.LPAREN, token.LBRACK, token.LBRACE:
			depth++
		case token.RPAREN, token.RBRACK, token.RBRACE:
			depth--
		}
		switch t {
		case token.LBRACE:
			braces++
		case token.RBRACE:
			braces--
		case token.COMMENT:
			continue
		}
		if t == token.SEMICOLON && lit == "\n" {
			continue
		}
		last = t
	}
	if open != 0 {
		// Scanned again from safe once a line ends it.
		c.open = open
		return true
	}
	c.safe, c.depth, c.braces, c.last = len(c.text), depth, braces, last
	switch last {
	case token.COMMA, token.PERIOD, token.ADD, token.SUB, token.MUL, token.QUO, token.REM,
		token.AND, token.OR, token.XOR, token.SHL, token.SHR, token.AND_NOT,
		token.LAND, token.LOR, token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ,
		token.ASSIGN, token.DEFINE, token.ARROW, token.COLON,
		// Keywords Go's lexer ends no line after: the statement goes on
		// (} else and its { on the next line).
		token.ELSE, token.IF, token.FOR, token.RANGE, token.SWITCH, token.SELECT, token.CASE,
		token.GO, token.DEFER, token.GOTO, token.FUNC, token.VAR, token.CONST, token.TYPE,
		token.IMPORT, token.PACKAGE, token.MAP, token.CHAN, token.STRUCT, token.INTERFACE:
		depth++
	}
	if depth <= 0 {
		// A surplus closer (x := (1 + 2)) in a function's body) inside
		// a block opened on an earlier line, which is left open: the
		// input is wrong, and read to the block's end, to be refused
		// whole, rather than end here and the block's remaining lines
		// run one by one as inputs of their own.
		return braces > 0 && blockOpen
	}
	// An open bracket or a trailing operator asks for more, unless the
	// input is already wrong before its end (as Python's codeop decides):
	// then more lines cannot mend it, and the error is better said now.
	// A long input is parsed again only once it has grown by a quarter,
	// and its error said then.
	if len(c.text) > 4<<10 && len(c.text)-c.parsedAt < c.parsedAt/4 {
		return true
	}
	c.parsedAt = len(c.text)
	if startsWithElse(c.text) {
		// An else on a line of its own (the if ended at the line before):
		// wrong whatever follows, but its block is read whole, to be
		// refused with it rather than run line by line.
		return true
	}
	wrong, strayElse := wrongBeforeEnd(string(c.text))
	if wrong && strayElse && braces > 0 {
		// So in a block (a function's body, a loop's): the block is read
		// to its end, to be refused whole, rather than its remaining
		// lines run one by one as inputs of their own (the else branch
		// assigning the session's variables). Any other error is said
		// at once (an unclosed literal's brace would never be matched).
		return true
	}
	return !wrong
}

// startsWithElse reports whether the first token of src is the keyword else.
func startsWithElse(src []byte) bool {
	var s scanner.Scanner
	s.Init(token.NewFileSet().AddFile("", -1, len(src)), src, nil, 0)
	_, t, _ := s.Scan()
	return t == token.ELSE
}

// String returns the input's lines, joined with newlines.
func (c *Continuation) String() string { return string(c.text) }

// Lines returns how many lines were added.
func (c *Continuation) Lines() int { return c.n }

// Reset empties the input.
func (c *Continuation) Reset() { *c = Continuation{} }
