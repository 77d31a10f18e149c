package frontend

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// The byte offsets of a range over a string.
//
// A range over a string yields the byte offset of each rune; a byte that
// is not valid UTF-8 is a rune of its own (utf8.RuneError) one byte long.
// yaegi v0.16.1 advanced past such a byte by the length of RuneError's
// encoding, three bytes, so the offsets after it were wrong, silently
// (Go's test/stringrange.go). Where the range uses the offset, the pass
// ranges over the runes and offsets the check decoded:
//
//	for i, c := range s { ... }  ->  for _, __p1 := range __repl.StringRange(s) { i, c := __p1.Off, __p1.Rune; ... }
//	for i = range s { ... }      ->  for _, __p1 := range __repl.StringRange(s) { i = __p1.Off; ... }
//
// A range that uses only the runes (for _, c := range s) is left alone:
// the interpreter gets those right.

// lowerStringRange rewrites the ranges over strings that use the offset.
func (w *rewriter) lowerStringRange(in *inspector.Inspector) {
	info := w.info()
	in.Preorder([]ast.Node{(*ast.RangeStmt)(nil)}, func(n ast.Node) {
		r := n.(*ast.RangeStmt)
		if r.Key == nil || isBlank(r.Key) || !isStringRange(info, r) {
			return
		}
		p := w.tmpName("p")
		lhs, vals := w.moved(r.Key), p+".Off"
		if r.Value != nil && !isBlank(r.Value) {
			lhs, vals = lhs+", "+w.moved(r.Value), vals+", "+p+".Rune"
		}
		tok := " = "
		if r.Tok == token.DEFINE {
			tok = " := "
		}
		// The key and value move into the body; the range is over the pairs.
		w.add(w.offset(r.Key.Pos()), w.offset(r.X.Pos()), "_, "+p+" := range "+HelperPkg+".StringRange(", 0)
		w.add(w.offset(r.X.End()), w.offset(r.X.End()), ")", 5)
		at := w.offset(r.Body.Lbrace) + 1
		w.add(at, at, " "+lhs+tok+vals+";", -55) // before loopVars' copies of them
	})
}

// isStringRange reports whether r ranges over a string.
func isStringRange(info *types.Info, r *ast.RangeStmt) bool {
	b, ok := underlying(info.TypeOf(r.X)).(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}
