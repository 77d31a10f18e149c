package gosrc

import (
	"errors"
	"go/parser"
	"go/scanner"
	"go/token"
	"strings"
)

// SegKind says how a segment of input is compiled.
type SegKind int

const (
	// SegFile segments hold imports, functions, methods and types: they are
	// compiled as a file of package main.
	SegFile SegKind = iota
	// SegStmt segments hold statements (and var and const declarations,
	// which the interpreter keeps at package level when they appear at the
	// top of an input): they are compiled as a block.
	SegStmt
)

// A Segment is a run of consecutive top-level pieces of one input that the
// interpreter can take in one go.
type Segment struct {
	Kind     SegKind
	From, To int  // byte offsets in the input
	Imports  bool // a file segment made of imports only
	Last     bool // the last segment of the input
}

type chunkKind int

const (
	chunkImport chunkKind = iota
	chunkDecl
	chunkStmt
	chunkPackage // a package clause, first in the input (dropped)
)

type tok struct {
	off   int
	tok   token.Token
	depth int
}

// Split cuts src into segments: it scans top-level pieces (separated by
// semicolons, explicit or automatic, outside any bracket) and classifies each
// by its first tokens, since yaegi's own entry point decides by the first token
// of the whole input alone. Syntax errors are left for the parser to report.
func Split(src string) []Segment {
	chunks := scanChunks(src)
	var segs []Segment
	for i, c := range chunks {
		if c.kind == chunkPackage && i == 0 {
			continue // see PackageClause
		}
		kind := SegStmt
		if c.kind != chunkStmt {
			kind = SegFile
		}
		isImport := c.kind == chunkImport
		if n := len(segs); n > 0 && segs[n-1].Kind == kind &&
			// an import after a declaration starts a new file
			!(kind == SegFile && isImport && !segs[n-1].Imports) {
			segs[n-1].To = c.to
			segs[n-1].Imports = segs[n-1].Imports && isImport
			continue
		}
		segs = append(segs, Segment{Kind: kind, From: c.from, To: c.to, Imports: isImport})
	}
	if n := len(segs); n > 0 {
		segs[n-1].Last = true
	}
	return segs
}

// A chunk is one top-level piece of an input.
type chunk struct {
	kind     chunkKind
	first    token.Token // its first token
	from, to int
}

// scanChunks cuts src into its top-level pieces (see Split).
func scanChunks(src string) []chunk {
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(src))
	var s scanner.Scanner
	s.Init(file, []byte(src), func(token.Position, string) {}, 0)

	var chunks []chunk
	var cur []tok
	depth := 0
	flush := func(end int) {
		if len(cur) == 0 {
			return
		}
		chunks = append(chunks, chunk{kind: classify(cur), first: cur[0].tok, from: cur[0].off, to: end})
		cur = cur[:0]
	}
	for {
		pos, t, lit := s.Scan()
		off := file.Offset(pos)
		if t == token.EOF {
			flush(len(src))
			break
		}
		if t == token.SEMICOLON && depth == 0 {
			end := off
			if lit == ";" {
				end = off + 1
			}
			flush(end)
			continue
		}
		switch t {
		case token.LPAREN, token.LBRACK, token.LBRACE:
			depth++
		case token.RPAREN, token.RBRACK, token.RBRACE:
			if depth > 0 {
				depth--
			}
		}
		cur = append(cur, tok{off: off, tok: t, depth: depth})
	}
	return chunks
}

// classify decides from its tokens whether a top-level piece is an import, a
// declaration that must be compiled as part of a file, or a statement.
func classify(ts []tok) chunkKind {
	switch ts[0].tok {
	case token.PACKAGE:
		if len(ts) == 2 && ts[1].tok == token.IDENT {
			return chunkPackage
		}
	case token.IMPORT:
		return chunkImport
	case token.TYPE:
		return chunkDecl
	case token.FUNC:
		if len(ts) < 2 {
			return chunkStmt
		}
		switch ts[1].tok {
		case token.IDENT:
			return chunkDecl // func name(...)
		case token.LPAREN:
			// func (r T) Name(...) is a method; func(...) ... is a literal.
			for i := 2; i < len(ts); i++ {
				if ts[i].tok == token.RPAREN && ts[i].depth == 0 {
					if i+2 < len(ts) && ts[i+1].tok == token.IDENT &&
						(ts[i+2].tok == token.LPAREN || ts[i+2].tok == token.LBRACK) {
						return chunkDecl
					}
					return chunkStmt
				}
			}
		}
	}
	return chunkStmt
}

// wrongBeforeEnd reports whether src, as declarations and as statements,
// has a syntax error before its end, and whether that error is an else
// where a statement goes (an else on a line of its own, the if ended at
// the line before).
func wrongBeforeEnd(src string) (wrong, strayElse bool) {
	end := len(strings.TrimRight(src, " \t\r\n"))
	wrappers := [][2]string{{"package p\n", ""}, {"package p\nfunc _() {\n", "\n}"}}
	if PackageClause(src) != "" {
		wrappers = [][2]string{{"", ""}} // a file pasted whole
	}
	for _, w := range wrappers {
		_, err := parser.ParseFile(token.NewFileSet(), "", w[0]+src+w[1], parser.SkipObjectResolution)
		var list scanner.ErrorList
		if err == nil || !errors.As(err, &list) || len(list) == 0 || list[0].Pos.Offset-len(w[0]) >= end {
			return false, false
		}
		strayElse = strayElse || strings.Contains(list[0].Msg, "found 'else'")
	}
	return true, strayElse
}

// PackageClause returns the package name of the clause that begins src
// (after comments), or "". An input pasted from a file may begin with one:
// the session's inputs are all of its package main, so splitInput drops it
// and the session says so.
func PackageClause(src string) string {
	var s scanner.Scanner
	fset := token.NewFileSet()
	s.Init(fset.AddFile("", -1, len(src)), []byte(src), func(token.Position, string) {}, 0)
	if _, t, _ := s.Scan(); t != token.PACKAGE {
		return ""
	}
	_, t, lit := s.Scan()
	if t != token.IDENT {
		return ""
	}
	if _, t, _ := s.Scan(); t != token.SEMICOLON && t != token.EOF {
		return ""
	}
	return lit
}

// AwaitHint returns a note for a syntax error found right after the word
// await (before is the text up to the error): Python's await x is written
// loop.Await(x) here.
func AwaitHint(before string) string {
	before = strings.TrimRight(before, " \t")
	if !strings.HasSuffix(before, "await") {
		return ""
	}
	if i := len(before) - len("await"); i > 0 {
		if c := before[i-1]; c == '_' || c == '.' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			return ""
		}
	}
	return " (Go has no await keyword: write loop.Await(x), which returns x's result and error)"
}
