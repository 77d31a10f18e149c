package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// Lowering: a labeled range over an integer.
//
// The rewriter turns for i := range n into a three-clause loop inside a
// block holding the bound (see rangeStmt), with the label on the loop,
// inside the block. A goto to the label from outside that block then
// jumps into a block, which Go forbids and yaegi v0.16.1 runs wrongly
// without a word (a program that looped back to L: printed nothing at
// all). With the types known, a labeled loop keeps its label where it
// was: the bound and the counter are both declared by the loop's init, of
// the key's type, so no block is needed:
//
//	L: for i := range n { ... }  ->  L: for __k, __n := int(0), int(n); __k < __n; __k++ { i := __k; { ... } }

// labeledRangeInt rewrites the labeled range over an integer n as the doc
// above says, and reports whether it did.
func (w *rewriter) labeledRangeInt(n *ast.RangeStmt) bool {
	c := w.plan.Checked
	if c == nil || c.Info == nil {
		return false
	}
	var t types.Type
	if n.Tok == token.ASSIGN && n.Key != nil && w.text(n.Key) != "_" {
		t = c.Info.TypeOf(n.Key)
	} else {
		t = c.Info.TypeOf(n.X)
		if t != nil {
			t = types.Default(t)
		}
	}
	if t == nil || !isInteger(t) {
		return false
	}
	typ, ok := w.typeSource(t, n.Pos())
	if !ok {
		return false
	}
	tmp, ctr := w.tmpName("n"), w.tmpName("k")
	start, header := w.offset(n.For), w.offset(n.Body.Lbrace)
	w.add(start, header, fmt.Sprintf("for %s, %s := (%s)(0), (%s)(%s); %s < %s; %s++ ", ctr, tmp, typ, typ, w.moved(n.X), ctr, tmp, ctr), 0)
	if n.Key != nil && w.text(n.Key) != "_" {
		lbrace, rbrace := w.offset(n.Body.Lbrace)+1, w.offset(n.Body.Rbrace)
		w.add(lbrace, lbrace, fmt.Sprintf(" %s %s %s; {", w.text(n.Key), n.Tok, ctr), -70)
		w.add(rbrace, rbrace, "}", 70)
	}
	return true
}
