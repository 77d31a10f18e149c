package frontend

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// Bounds checks in Go's words.
//
// yaegi v0.16.1 indexes and slices through reflection, whose panics do not
// say the index or the length ("reflect: slice index out of range"); the
// session translates them into Go's runtime.Error (panics.go), but the
// numbers are lost, so a program that recovers and prints the value printed
// "runtime error: index out of range" where Go prints "runtime error: index
// out of range [3] with length 0". With the types in hand the pass checks
// the bounds of an index or slice expression itself, in a call that returns
// the index (or the low bound) and panics as Go's runtime does:
//
//	s[i]       ->  s[__repl.BoundsIndex(i, len(s))]
//	s[lo:hi]   ->  s[__repl.BoundsSlice(lo, hi, cap(s), true):hi]
//	str[i:]    ->  str[__repl.BoundsSlice(i, len(str), len(str), false):]
//	s[a:b:c]   ->  s[__repl.BoundsSlice3(a, b, c, cap(s), true):b:c]
//	s[:u]      ->  s[__repl.BoundsSliceU(0, uint64(u), cap(s), true, 2):u]
//
// A slice expression with an unsigned bound passes its bounds as uint64,
// with a bit set for each unsigned one (low, high, max), so that the
// message says an unsigned bound as Go's does (18446744073709551615, not
// -1).
//
// The operand and a bound the code repeats must be names, fields, literals
// and arithmetic of them (their evaluation has no effect and the front end
// knows how they are written after its other rewrites); otherwise the
// expression is left to the interpreter, whose message lacks the numbers.
// Left alone too: what Go checks when it compiles (a constant index of an
// array), a map, a type parameter, and the key of a range over the same
// variable, which the loop does not assign (s[i] in for i := range s), so
// that the commonest loops pay nothing. A check costs about 0.6 µs of CPU
// time (BenchmarkBoundsChecks, index=checked), the call into compiled code
// nearly all of it: in a copy of Go's test/copy.go it is some 40% of the
// run. A guard statement in interpreted code, if j < 0 || j >= len(s)
// {...} before the statement (index=guard), cost too little to tell from
// the unchecked loop (1.64 ms against 1.58 ms per 10,000 reads, 5.50 ms
// with the call; six interleaved runs); written so, a check would have to
// keep the panic's position and its order among the statement's effects,
// as checkBefore (lower_nilderef.go) does for nil pointers.

// lowerBounds checks the bounds of the segment's index and slice
// expressions as Go's runtime does.
func (w *rewriter) lowerBounds(in *inspector.Inspector) {
	info := w.info()
	in.WithStack([]ast.Node{(*ast.IndexExpr)(nil), (*ast.SliceExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		switch n := n.(type) {
		case *ast.IndexExpr:
			w.boundsIndex(info, n, stack)
		case *ast.SliceExpr:
			w.boundsSlice(info, n)
		}
		return true
	})
}

// seqKind classifies the operand of an index or slice expression: ok is
// false for what the pass leaves alone; capacity is whether a slice
// expression is bounded by the capacity (a slice) or the length; array is
// whether Go checks constant indices when it compiles.
func seqKind(t types.Type) (ok, capacity, array bool) {
	if t == nil {
		return false, false, false
	}
	if _, isParam := t.(*types.TypeParam); isParam {
		return false, false, false
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return true, true, false
	case *types.Array:
		return true, false, true
	case *types.Pointer:
		if _, isArr := u.Elem().Underlying().(*types.Array); isArr {
			if _, isParam := u.Elem().(*types.TypeParam); !isParam {
				return true, false, true
			}
		}
	case *types.Basic:
		if u.Info()&types.IsString != 0 {
			return true, false, false
		}
	}
	return false, false, false
}

func (w *rewriter) boundsIndex(info *types.Info, ix *ast.IndexExpr, stack []ast.Node) {
	if w.noBounds[ix] {
		return
	}
	xt, ok := info.Types[ix.X]
	if !ok || !xt.IsValue() {
		return // a generic instantiation
	}
	seq, _, array := seqKind(xt.Type)
	it, ok := info.Types[ix.Index]
	if !seq || !ok {
		return
	}
	if it.Value != nil && (array || xt.Value != nil) {
		return // checked when compiled
	}
	if w.rangeKeyOf(info, ix, stack) {
		return
	}
	x, ok := w.plainText(info, ix.X, false)
	if !ok {
		return
	}
	open, close := "int(", ")"
	if b, ok := it.Type.Underlying().(*types.Basic); ok {
		switch {
		case b.Kind() == types.Int || b.Info()&types.IsUntyped != 0:
			open, close = "", ""
		case b.Info()&types.IsUnsigned != 0:
			open = "uint64("
		}
	}
	fn := "BoundsIndex"
	if open == "uint64(" {
		fn = "BoundsIndexU"
	}
	w.add(w.offset(ix.Index.Pos()), w.offset(ix.Index.Pos()), HelperPkg+"."+fn+"("+open, -3)
	w.add(w.offset(ix.Index.End()), w.offset(ix.Index.End()), close+", len("+x+"))", 3)
}

func (w *rewriter) boundsSlice(info *types.Info, s *ast.SliceExpr) {
	xt, ok := info.Types[s.X]
	if !ok {
		return
	}
	seq, capacity, array := seqKind(xt.Type)
	if !seq {
		return
	}
	allConst := true
	for _, e := range []ast.Expr{s.Low, s.High, s.Max} {
		if e != nil && info.Types[e].Value == nil {
			allConst = false
		}
	}
	if allConst && (array || xt.Value != nil) {
		return // checked when compiled
	}
	x, ok := w.plainText(info, s.X, false)
	if !ok {
		return
	}
	bound := "len(" + x + ")"
	if capacity {
		bound = "cap(" + x + ")"
	}
	// unsigned has a bit set for each unsigned bound, low bound first: with
	// one, the bounds go to the checks as uint64 (boundsSliceU), so that an
	// unsigned bound is said as the number it is.
	unsigned := 0
	for i, e := range []ast.Expr{s.Low, s.High, s.Max} {
		if e == nil {
			continue
		}
		if b, ok := info.Types[e].Type.Underlying().(*types.Basic); ok && b.Info()&types.IsUnsigned != 0 {
			unsigned |= 1 << i
		}
	}
	conv := func(e ast.Expr, text string) string {
		if unsigned != 0 {
			return "uint64(" + text + ")"
		}
		if b, ok := info.Types[e].Type.Underlying().(*types.Basic); ok && (b.Kind() == types.Int || b.Info()&types.IsUntyped != 0) {
			return text
		}
		return "int(" + text + ")"
	}
	var args []string
	high := "len(" + x + ")"
	if unsigned != 0 {
		high = "uint64(" + high + ")"
	}
	if s.High != nil {
		t, ok := w.plainText(info, s.High, true)
		if !ok {
			return
		}
		high = conv(s.High, t)
	}
	args = append(args, high)
	fn := "BoundsSlice"
	if s.Slice3 {
		t, ok := w.plainText(info, s.Max, true)
		if !ok {
			return
		}
		args = append(args, conv(s.Max, t))
		fn = "BoundsSlice3"
	}
	rest := fmt.Sprintf(", %s, %s, %t)", strings.Join(args, ", "), bound, capacity)
	if unsigned != 0 {
		fn += "U"
		rest = fmt.Sprintf(", %s, %s, %t, %d)", strings.Join(args, ", "), bound, capacity, unsigned)
	}
	if s.Low == nil {
		at := w.offset(s.Lbrack) + 1
		w.add(at, at, HelperPkg+"."+fn+"(0"+rest, 0)
		return
	}
	open, close := HelperPkg+"."+fn+"(", rest
	if c := conv(s.Low, ""); c != "" {
		open, close = open+strings.TrimSuffix(c, ")"), ")"+close
	}
	w.add(w.offset(s.Low.Pos()), w.offset(s.Low.Pos()), open, -3)
	w.add(w.offset(s.Low.End()), w.offset(s.Low.End()), close, 3)
}

// rangeKeyOf reports whether ix indexes a variable with the counter of a
// loop over that same variable's indices, which the loop's body neither
// assigns nor takes the address of: the index is in range. The loops are
// for i := range s and for i := 0; i < len(s); i++ (from any constant at
// least 0).
func (w *rewriter) rangeKeyOf(info *types.Info, ix *ast.IndexExpr, stack []ast.Node) bool {
	xid, ok := ast.Unparen(ix.X).(*ast.Ident)
	kid, ok2 := ast.Unparen(ix.Index).(*ast.Ident)
	if !ok || !ok2 {
		return false
	}
	xv, kv := info.Uses[xid], info.Uses[kid]
	if xv == nil || kv == nil {
		return false
	}
	uses := func(e ast.Expr, obj types.Object) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && (info.Uses[id] == obj || info.Defs[id] == obj)
	}
	for i := len(stack) - 1; i >= 0; i-- {
		var body *ast.BlockStmt
		switch n := stack[i].(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return false
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE && n.Key != nil && uses(n.Key, kv) && uses(n.X, xv) {
				body = n.Body
			}
		case *ast.ForStmt:
			init, ok := n.Init.(*ast.AssignStmt)
			cond, ok2 := n.Cond.(*ast.BinaryExpr)
			post, ok3 := n.Post.(*ast.IncDecStmt)
			if !ok || !ok2 || !ok3 || init.Tok != token.DEFINE || len(init.Lhs) != 1 || !uses(init.Lhs[0], kv) ||
				post.Tok != token.INC || !uses(post.X, kv) || cond.Op != token.LSS || !uses(cond.X, kv) {
				break
			}
			if v := info.Types[init.Rhs[0]].Value; v == nil || constant.Sign(v) < 0 {
				break
			}
			if call, ok := cond.Y.(*ast.CallExpr); ok && len(call.Args) == 1 && uses(call.Args[0], xv) {
				if b, ok := info.Uses[ast.Unparen(call.Fun).(*ast.Ident)].(*types.Builtin); ok && b.Name() == "len" {
					body = n.Body
				}
			}
		}
		if body == nil {
			continue
		}
		changed := false
		ast.Inspect(body, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.AssignStmt:
				for _, l := range m.Lhs {
					if uses(l, xv) || uses(l, kv) {
						changed = true
					}
				}
			case *ast.IncDecStmt:
				changed = changed || uses(m.X, kv)
			case *ast.UnaryExpr:
				changed = changed || m.Op == token.AND && (uses(m.X, xv) || uses(m.X, kv))
			}
			return !changed
		})
		return !changed
	}
	return false
}

// plainText returns e as the code handed to the interpreter writes it, for
// repeating it elsewhere, when e is a name, a field or package member of a
// name, or (with arith) a literal or arithmetic of those: evaluating it
// again has no effect. Names the front end renamed are written as renamed;
// any other rewrite inside e makes it not plain.
func (w *rewriter) plainText(info *types.Info, e ast.Expr, arith bool) (string, bool) {
	start, end := w.offset(e.Pos()), w.offset(e.End())
	if strings.Contains(w.src.Text[start:end], "\n") {
		return "", false
	}
	renames := map[int]taggedEdit{} // by offset
	plain := true
	ast.Inspect(e, func(n ast.Node) bool {
		if !plain || n == nil {
			return false
		}
		switch n := n.(type) {
		case *ast.Ident:
			switch info.Uses[n].(type) {
			case *types.Var, *types.PkgName, *types.Const, *types.Nil:
			default:
				plain = false
			}
		case *ast.SelectorExpr:
			if s := info.Selections[n]; s != nil && s.Kind() != types.FieldVal {
				plain = false
			}
		case *ast.IndexExpr:
			// x[i] of plain operands: repeated, it panics where the
			// original would have, first.
			if tv, ok := info.Types[n.X]; !ok || !tv.IsValue() {
				plain = false
				break
			}
			if _, ok := w.plainText(info, n.Index, true); !ok {
				plain = false
			}
		case *ast.ParenExpr, *ast.BasicLit:
		case *ast.BinaryExpr:
			plain = arith && n.Op != token.LAND && n.Op != token.LOR && n.Op != token.QUO && n.Op != token.REM
		case *ast.UnaryExpr:
			plain = arith && (n.Op == token.SUB || n.Op == token.ADD || n.Op == token.XOR)
		default:
			plain = false
		}
		return plain
	})
	if !plain {
		return "", false
	}
	idents := map[int]int{} // ident offsets: start -> end
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			idents[w.offset(id.Pos())] = w.offset(id.End())
		}
		return true
	})
	for _, te := range w.edits {
		ed := te.Edit
		if ed.End <= start || ed.Off >= end || ed.Off == ed.End && (ed.Off == start || ed.Off == end) {
			continue // outside, or an insertion at an end
		}
		if ed.Off <= start && ed.End >= end && (ed.Off < start || ed.End > end) {
			continue // an edit around e, moving it (its inner edits go along) or replacing it whole
		}
		if idEnd, ok := idents[ed.Off]; ok && ed.End == idEnd && isIdentText(ed.Text) {
			renames[ed.Off] = te
			continue
		}
		return "", false
	}
	var b strings.Builder
	at := start
	for off := start; off < end; off++ {
		if te, ok := renames[off]; ok {
			b.WriteString(w.src.Text[at:off])
			b.WriteString(te.Edit.Text)
			at = te.Edit.End
		}
	}
	b.WriteString(w.src.Text[at:end])
	return "(" + b.String() + ")", true
}

// isIdentText reports whether s is one Go identifier.
func isIdentText(s string) bool {
	if s == "" || strings.Contains(s, gosrc.SpanMark) {
		return false
	}
	for i, r := range s {
		if !(r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || i > 0 && '0' <= r && r <= '9') {
			return false
		}
	}
	return true
}
