package repl

import "github.com/asyncrepl/asyncrepl/internal/gosrc"

// The input model (package gosrc) under the names the session and the
// front end use for it.

// An Error is an error at a position in the user's text: a compile error
// (the type checker's, in its words) or one of the interpreter's. Pos is
// "input 3:5", "input 3, line 2:5" or "file.go:12:5", or empty when there
// is none.
type Error = gosrc.Error

// Incomplete reports whether src looks like the beginning of an input that
// continues on further lines: an unclosed bracket, block, raw string or
// comment, or a last line ending in an operator or comma.
func Incomplete(src string) bool { return gosrc.Incomplete(src) }

type (
	source       = gosrc.Source
	segment      = gosrc.Segment
	continuation = gosrc.Continuation
)

const (
	inputFile = gosrc.InputFile
	spanMark  = gosrc.SpanMark
	segFile   = gosrc.SegFile
	segStmt   = gosrc.SegStmt
)

var (
	newSource       = gosrc.NewSource
	splitInput      = gosrc.Split
	decodePositions = gosrc.DecodePositions
	interpError     = gosrc.InterpError
	utf8BOM         = gosrc.UTF8BOM
	leadingPos      = gosrc.LeadingPos
	posLineCol      = gosrc.PosLineCol
	packageClause   = gosrc.PackageClause
	declsOnly       = gosrc.DeclsOnly
	startsDecl      = gosrc.StartsDecl
	shownPaths      = &gosrc.ShownPaths
)
