package repl

import "github.com/asyncrepl/asyncrepl/internal/gosrc"

// The names of the input model (package gosrc) the repl package offers
// its users.

// An Error is an error at a position in the user's text: a compile error
// (the type checker's, in its words) or one of the interpreter's. Pos is
// "input 3:5", "input 3, line 2:5" or "file.go:12:5", or empty when there
// is none.
type Error = gosrc.Error

// Incomplete reports whether src looks like the beginning of an input that
// continues on further lines: an unclosed bracket, block, raw string or
// comment, or a last line ending in an operator or comma.
func Incomplete(src string) bool { return gosrc.Incomplete(src) }

// shownPaths are the paths a script's positions show as written.
var shownPaths = &gosrc.ShownPaths
