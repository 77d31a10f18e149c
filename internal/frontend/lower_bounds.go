package frontend

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
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
// An index is checked rather by a statement before the statement holding
// it, where that panics where Go would (see boundsGuards):
//
//	t += s[j]  ->  if j < 0 || j >= len(s) { panic(__repl.IndexError(j, len(s), "f.go:3:7")) }; t += s[j]
//
// The call into compiled code costs about 0.4 µs of CPU time, several
// times the indexing (BenchmarkBoundsChecks: 10,000 checked reads took
// 5.5 ms with the call, 1.9 ms with the guard, 1.7 ms unchecked; Go's
// test/copy.go took 25 s of CPU time against 29 s). The guard also says
// the panic's position, which the interpreter does not. A store's value
// with an effect (s[i] = f()) goes first, to a variable.
//
// The operand and a bound the code repeats must be names, fields, literals
// and arithmetic of them (their evaluation has no effect and the front end
// knows how they are written after its other rewrites); otherwise the
// expression is left to the interpreter, whose message lacks the numbers.
// Left alone too: what Go checks when it compiles (a constant index of an
// array), a map, a type parameter, and the key of a range over the same
// variable, which the loop does not assign (s[i] in for i := range s), so
// that the commonest loops pay nothing.

// lowerBounds checks the bounds of the segment's index and slice
// expressions as Go's runtime does.
func (w *rewriter) lowerBounds(in *inspector.Inspector) {
	info := w.info()
	guarded := w.boundsGuards(in)
	in.WithStack([]ast.Node{(*ast.IndexExpr)(nil), (*ast.SliceExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		switch n := n.(type) {
		case *ast.IndexExpr:
			if !guarded[n] {
				w.boundsIndex(info, n, stack)
			}
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
	if tp, isParam := t.(*types.TypeParam); isParam {
		// A type parameter every type of whose set is a slice (S ~[]E),
		// or a string: each instance is one.
		switch {
		case paramOf(tp, func(u types.Type) bool { _, ok := u.(*types.Slice); return ok }):
			return true, true, false
		case paramOf(tp, func(u types.Type) bool { b, ok := u.(*types.Basic); return ok && b.Info()&types.IsString != 0 }):
			return true, false, false
		}
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

// paramOf reports whether the underlying type of every type in tp's type
// set is one kind reports.
func paramOf(tp *types.TypeParam, kind func(types.Type) bool) bool {
	iface, ok := tp.Constraint().Underlying().(*types.Interface)
	if !ok || iface.NumEmbeddeds() == 0 {
		return false
	}
	for i := range iface.NumEmbeddeds() {
		u, ok := iface.EmbeddedType(i).(*types.Union)
		if !ok {
			if !kind(iface.EmbeddedType(i).Underlying()) {
				return false
			}
			continue
		}
		for j := range u.Len() {
			if !kind(u.Term(j).Type().Underlying()) {
				return false
			}
		}
	}
	return true
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
	if op, isOp := w.opOperands[ast.Unparen(ix.X)]; isOp {
		x, ok = op.name, true // s()[i] op= f(): s() went to a variable
	}
	length := "len(" + x + ")"
	if !ok {
		// An operand the check cannot repeat, whose length its type or
		// its literal says ([...]string{"lo", "hi"}[l], an enum's String).
		n, known := staticLen(info, ix.X)
		if !known {
			return
		}
		length = strconv.FormatInt(n, 10)
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
	if w.wrapOpOperand(ix.Index, HelperPkg+"."+fn+"("+open, close+", "+length+")") {
		return // an index of x[k] op= f() evaluated before f
	}
	w.wrapArg(ix.Index, HelperPkg+"."+fn+"("+open, -3)
	w.add(w.offset(ix.Index.End()), w.offset(ix.Index.End()), close+", "+length+")", 3)
}

// staticLen returns the length of x, a sequence, where it is known before
// the code runs: an array's (or a pointer to one, not nil: its elements
// are indexed), or a slice literal's without keys.
func staticLen(info *types.Info, x ast.Expr) (int64, bool) {
	t := underlying(info.TypeOf(x))
	if p, ok := t.(*types.Pointer); ok {
		t = underlying(p.Elem())
	}
	if a, ok := t.(*types.Array); ok {
		return a.Len(), true
	}
	lit, ok := ast.Unparen(x).(*ast.CompositeLit)
	if _, isSlice := t.(*types.Slice); !ok || !isSlice {
		return 0, false
	}
	for _, e := range lit.Elts {
		if _, keyed := e.(*ast.KeyValueExpr); keyed {
			return 0, false
		}
	}
	return int64(len(lit.Elts)), true
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
	w.wrapArg(s.Low, open, -3)
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
	if xv == nil || kv == nil || w.changedElsewhere(info, xv) {
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

// changedElsewhere reports whether v may change while a loop's body runs
// without the body assigning it: a package-level variable (any call may
// assign it), or one a function literal assigns, or whose address is
// taken (s := []int{1, 2, 3}; shrink := func() { s = s[:1] }; for i :=
// range s { shrink(); _ = s[i] }).
func (w *rewriter) changedElsewhere(info *types.Info, v types.Object) bool {
	if v.Parent() == nil || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return true
	}
	if w.changedVars == nil {
		w.changedVars = map[types.Object]bool{}
		var lits int
		var walk func(n ast.Node) bool
		walk = func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				lits++
				ast.Inspect(n.Body, walk)
				lits--
				return false
			case *ast.AssignStmt:
				if lits > 0 {
					for _, l := range n.Lhs {
						if id, ok := ast.Unparen(l).(*ast.Ident); ok && info.Uses[id] != nil {
							w.changedVars[info.Uses[id]] = true
						}
					}
				}
			case *ast.UnaryExpr:
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && info.Uses[id] != nil {
					w.changedVars[info.Uses[id]] = true
				}
			}
			return true
		}
		ast.Inspect(w.file, walk)
	}
	return w.changedVars[v]
}

// plainText returns e as the code handed to the interpreter writes it, for
// repeating it elsewhere, when e is a name, a field or package member of a
// name, or (with arith) a literal, len, cap, a numeric conversion or
// arithmetic of those: evaluating it again has no effect. Names the front
// end renamed are written as renamed; any other rewrite inside e makes it
// not plain.
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
			switch obj := info.Uses[n].(type) {
			case *types.Var, *types.PkgName, *types.Const, *types.Nil:
			case *types.Builtin:
				plain = arith && (obj.Name() == "len" || obj.Name() == "cap")
			case *types.TypeName:
				_, basic := obj.Type().Underlying().(*types.Basic)
				plain = arith && basic
			default:
				plain = false
			}
		case *ast.CallExpr:
			// len, cap and numeric conversions, in arithmetic: no
			// effect, no panic.
			if tv, ok := info.Types[n.Fun]; ok && tv.IsType() {
				b, ok := tv.Type.Underlying().(*types.Basic)
				plain = arith && ok && b.Info()&types.IsNumeric != 0 && len(n.Args) == 1
				if plain {
					if at, ok := info.Types[n.Args[0]].Type.Underlying().(*types.Basic); !ok || at.Info()&types.IsNumeric == 0 {
						plain = false
					}
				}
				break
			}
			plain = arith && isBuiltin(info, n.Fun, "len", "cap")
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

// boundsGuards checks, with a statement of its own before the statement
// holding it, each index expression where that panics as Go would, and
// returns those it checked:
//
//	t += s[j]  ->  if j < 0 || j >= len(s) { panic(__repl.IndexError(j, len(s), "f.go:3:7")) }; t += s[j]
//
// The guard runs in the interpreter, where a call into compiled code
// would cost several times the indexing. It repeats the operand and the
// index, so both must be plain (see plainText), and it runs first, so
// nothing the statement evaluates before the indexing may have an effect
// or panic (see quietStmt). Indices are checked in the order Go checks
// them, a store (s[i] = v) after its value.
func (w *rewriter) boundsGuards(in *inspector.Inspector) map[*ast.IndexExpr]bool {
	info := w.info()
	guarded := map[*ast.IndexExpr]bool{}
	inRange := map[*ast.IndexExpr]bool{} // guarded, or in range without a check
	// The index expressions that need a check, decided in the order Go
	// checks them: one in range may precede another.
	type candidate struct {
		ix    *ast.IndexExpr
		stmt  ast.Stmt
		at    token.Pos
		store bool
	}
	var cands []candidate
	in.WithStack([]ast.Node{(*ast.IndexExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		ix := n.(*ast.IndexExpr)
		xt, ok := info.Types[ix.X]
		it, ok2 := info.Types[ix.Index]
		if w.noBounds[ix] || !ok || !ok2 || !xt.IsValue() {
			return true
		}
		seq, _, array := seqKind(xt.Type)
		if !seq {
			return true
		}
		if it.Value != nil && (array || xt.Value != nil) || w.rangeKeyOf(info, ix, stack) {
			inRange[ix] = true
			return true
		}
		if si := blockStmtOf(stack); si >= 0 {
			stmt := stack[si].(ast.Stmt)
			if st, ok := stmt.(*ast.AssignStmt); ok && st.Tok != token.ASSIGN && st.Tok != token.DEFINE && len(st.Lhs) == 1 && len(st.Rhs) == 1 &&
				st.Lhs[0].Pos() <= ix.Pos() && ix.End() <= st.Lhs[0].End() && runsCode(info, st.Rhs[0]) {
				// x[i] op= f(): Go checks i after it calls f; the check
				// goes in place, after f (lower_assignop.go).
				return true
			}
			if _, isExpr := stmt.(*ast.ExprStmt); isExpr && stmt.Pos() == ix.Pos() || stmt.Pos() == ix.Pos() && slices.ContainsFunc(stack[si+1:], func(n ast.Node) bool {
				_, assert := n.(*ast.TypeAssertExpr)
				return assert
			}) {
				// ss[0].(Rect) as a statement, ptrs[0].(*Pt).X = 9: a
				// guard before it would go inside the text another pass
				// moves from there (the assertion's lowering).
				return true
			}
			if at, ok := guardPlace(stmt, ix, stack[si+1:]); ok {
				cands = append(cands, candidate{ix, stmt, at, at != ix.End()})
			}
		}
		return true
	})
	slices.SortStableFunc(cands, func(a, b candidate) int {
		if a.at != b.at {
			return int(a.at - b.at)
		}
		switch {
		case a.store == b.store:
			return 0
		case b.store:
			return -1 // of d[k] = s[i], s[i] first
		}
		return 1
	})
	var stmts []ast.Stmt
	guards := map[ast.Stmt][]string{}
	seen := map[ast.Stmt]map[[2]string]bool{}
	hoisted := map[ast.Stmt]string{} // the type of a store's value, evaluated first
	// The stores whose value another pass already took to a variable
	// before the statement (lower_nilderef.go's p.s[i] = f()): the guard
	// goes after that variable's declaration.
	taken := map[ast.Stmt]bool{}
	for _, c := range cands {
		x, ok := w.plainText(info, c.ix.X, false)
		if !ok {
			continue
		}
		i, ok := w.plainText(info, c.ix.Index, true)
		if !ok {
			continue
		}
		var value ast.Expr
		typ := ""
		if st, isAssign := c.stmt.(*ast.AssignStmt); c.store && isAssign && hasEffects(info, st.Rhs[0]) {
			// s[i] = f(): Go calls f before it checks i. The value goes
			// first, to a variable: { var __v T = f(); guard; s[i] = __v }.
			value = st.Rhs[0]
			if w.vacated(value) {
				taken[c.stmt] = true
			} else if typ, ok = w.typeSource(info.TypeOf(c.ix), c.stmt.Pos()); !ok || !w.hoistable(info, st) {
				continue
			}
		}
		if !w.quietStmt(info, c.stmt, c.ix, c.at, value, inRange) {
			continue
		}
		guarded[c.ix], inRange[c.ix] = true, true
		if guards[c.stmt] == nil {
			stmts = append(stmts, c.stmt)
			seen[c.stmt] = map[[2]string]bool{}
		}
		switch k := [2]string{x, i}; {
		case value != nil:
			if !taken[c.stmt] {
				hoisted[c.stmt] = typ
			}
		case seen[c.stmt][k]:
			continue // s[k] = s[k] * 2: once is enough
		default:
			seen[c.stmt][k] = true
		}
		guards[c.stmt] = append(guards[c.stmt], indexGuard(info.Types[c.ix.Index], bareText(x), bareText(i), w.src.Position(w.offset(c.ix.Pos()))))
	}
	for _, stmt := range stmts {
		gs := guards[stmt]
		var b strings.Builder
		for k, g := range gs {
			if typ, ok := hoisted[stmt]; ok && k == len(gs)-1 {
				// The store's guard, last: after its value.
				v := w.tmpName("v")
				value := stmt.(*ast.AssignStmt).Rhs[0]
				var init string
				if _, isFunc := info.TypeOf(value).Underlying().(*types.Signature); isFunc {
					init = w.moved(value) // (through a literal, it panicked in reflection's words)
				} else {
					// A generic call's result: in a literal, or the
					// variable stayed zero (out[i] = double(x) stored 0).
					init = w.varInit(info, value, typ)
				}
				fmt.Fprintf(&b, "{ var %s %s = %s; ", v, typ, init)
				w.vacate(value, v+" }") // the value ends the statement
			}
			b.WriteString(g + "; ")
		}
		// Before the checks of other passes (see checkBefore): those
		// of what Go evaluates before an index keep the index from a
		// guard (quietStmt).
		start := w.offset(stmt.Pos())
		if taken[stmt] {
			w.add(start, start, b.String(), -89) // after the value's variable (-90)
			continue
		}
		w.add(start, start, b.String(), -96)
	}
	return guarded
}

// vacated reports whether another pass moved x's text elsewhere (a value
// taken to a variable before its statement).
func (w *rewriter) vacated(x ast.Expr) bool {
	off, end := w.offset(x.Pos()), w.offset(x.End())
	return slices.ContainsFunc(w.edits, func(te taggedEdit) bool {
		return te.Vacates && te.Off == off && te.End == end
	})
}

// hoistable reports whether the value of the store st (s[i] = v) can go
// to a variable before st: no other pass checks anything of v with a
// statement before st's (it would then come after v), and no edit of st
// reaches across v's bounds.
func (w *rewriter) hoistable(info *types.Info, st *ast.AssignStmt) bool {
	v := st.Rhs[0]
	ok := true
	ast.Inspect(v, func(n ast.Node) bool {
		if _, lit := n.(*ast.FuncLit); lit || !ok {
			return false
		}
		ok = n == nil || noOwnCheck(info, n)
		return ok
	})
	if !ok {
		return false
	}
	start, end := w.offset(st.Pos()), w.offset(st.End())
	vs, ve := w.offset(v.Pos()), w.offset(v.End())
	ls, le := w.offset(st.Lhs[0].Pos()), w.offset(st.Lhs[0].End())
	for _, te := range w.edits {
		e := te.Edit
		if e.End < start || e.Off > end || e.Off == e.End && (e.Off == start || e.Off == end) {
			continue // outside, or an insertion at an end
		}
		if e.Off >= vs && e.End <= ve || e.Off >= ls && e.End <= le {
			continue // inside the value or the target
		}
		return false
	}
	return true
}

// noOwnCheck reports whether n's own operation has no check that another
// pass writes as a statement before n's (see checkBefore): a dereference,
// a method selected (its receiver checked), a shift by a count that is
// not constant, a store into a map keyed by an interface.
func noOwnCheck(info *types.Info, n ast.Node) bool {
	switch n := n.(type) {
	case *ast.StarExpr:
		return false
	case *ast.SelectorExpr:
		s := info.Selections[n]
		return s == nil || s.Kind() == types.FieldVal
	case *ast.IndexExpr, *ast.SliceExpr:
		var x ast.Expr
		if ix, ok := n.(*ast.IndexExpr); ok {
			x = ix.X
		} else {
			x = n.(*ast.SliceExpr).X
		}
		_, isPtr := underlying(info.TypeOf(x)).(*types.Pointer)
		return !isPtr
	case *ast.BinaryExpr:
		return n.Op != token.SHL && n.Op != token.SHR || info.Types[n.Y].Value != nil
	}
	return true
}

// guardPlace reports whether a guard statement before stmt can check ix
// (path: the nodes from stmt's child down to ix), and when Go checks it:
// where its evaluation ends, or for a store (s[i] = v) where the
// statement's does.
func guardPlace(stmt ast.Stmt, ix *ast.IndexExpr, path []ast.Node) (token.Pos, bool) {
	at := ix.End()
	within := func(e ast.Node) bool { return e != nil && e.Pos() <= ix.Pos() && ix.End() <= e.End() }
	switch st := stmt.(type) {
	case *ast.ExprStmt, *ast.IncDecStmt, *ast.ReturnStmt, *ast.SendStmt, *ast.DeclStmt:
	case *ast.AssignStmt:
		if len(st.Lhs) != 1 || len(st.Rhs) != 1 {
			return 0, false // a, b = x, y: lower_tupleorder.go moves them
		}
		if st.Tok == token.ASSIGN && st.Lhs[0] == ix {
			at = st.End() // Go stores after it evaluates the value
		}
	case *ast.IfStmt:
		if st.Init != nil || !within(st.Cond) {
			return 0, false
		}
	case *ast.SwitchStmt:
		if st.Init != nil || !within(st.Tag) {
			return 0, false
		}
	default:
		return 0, false
	}
	// Not conditional: not the right operand of && or ||.
	for _, n := range path {
		if b, ok := n.(*ast.BinaryExpr); ok && (b.Op == token.LAND || b.Op == token.LOR) && within(b.Y) {
			return 0, false
		}
	}
	return at, true
}

// quietStmt reports whether a guard of ix before stmt panics where Go
// would: what stmt evaluates before Go checks ix (before at, or holding
// the check: the operand and the index, plain) has no effect and cannot
// panic, but by indexing an expression of inRange, value aside (a
// store's, evaluated before the guard when not nil). (What Go evaluates
// after ix may have checks of its own, a nil pointer's, a shift count's,
// before stmt too: the guards go first.)
func (w *rewriter) quietStmt(info *types.Info, stmt ast.Stmt, ix *ast.IndexExpr, at token.Pos, value ast.Expr, inRange map[*ast.IndexExpr]bool) bool {
	if _, isPtr := underlying(info.TypeOf(ix.X)).(*types.Pointer); isPtr {
		return false // p[i] of a nil p: Go finds p nil first
	}
	ok := true
	ast.Inspect(stmt, func(n ast.Node) bool {
		if !ok || n == nil {
			return false
		}
		if n == value {
			return false // evaluated before the guard (see boundsGuards)
		}
		switch n.(type) {
		case *ast.FuncLit:
			return false // made, not run
		case *ast.BlockStmt:
			return false // the body of an if or switch, run after
		}
		if e, isExpr := n.(ast.Expr); isExpr {
			if tv, found := info.Types[e]; found && tv.IsType() {
				return false
			}
		}
		switch {
		case n == ix:
			// The operand and the index are plain; an index in them
			// must be in range (checked before this one).
			ast.Inspect(ix, func(m ast.Node) bool {
				if inner, isIx := m.(*ast.IndexExpr); isIx && inner != ix && !quietOp(info, inner, inRange, false) {
					ok = false
				}
				return ok
			})
			return false
		case n.Pos() <= ix.Pos() && ix.End() <= n.End():
			// Around ix: its own operation comes after ix's.
		case n.End() <= at:
			ok = quietOp(info, n, inRange, storedAfter(stmt, n))
		}
		return ok
	})
	return ok
}

// quietOp reports whether n's own operation (not its operands') has no
// effect and cannot panic, or (storeAfter, see storedAfter) comes after.
func quietOp(info *types.Info, n ast.Node, inRange map[*ast.IndexExpr]bool, storeAfter bool) bool {
	if storeAfter {
		return true
	}
	switch n := n.(type) {
	case *ast.Ident, *ast.BasicLit, *ast.ParenExpr, *ast.KeyValueExpr:
		return true
	case *ast.CompositeLit:
		m, isMap := underlying(info.TypeOf(n)).(*types.Map)
		return !isMap || hashableStatically(m.Key())
	case *ast.BinaryExpr:
		switch n.Op {
		case token.QUO, token.REM:
			b, ok := underlying(info.TypeOf(n)).(*types.Basic)
			return ok && b.Info()&types.IsInteger == 0
		case token.SHL, token.SHR:
			return info.Types[n.Y].Value != nil
		case token.EQL, token.NEQ:
			// Comparing interfaces panics on a dynamic type that is not
			// comparable.
			return isNil(info, n.X) || isNil(info, n.Y) || hashableStatically(info.TypeOf(n.X)) && hashableStatically(info.TypeOf(n.Y))
		}
		return true
	case *ast.UnaryExpr:
		return n.Op != token.ARROW
	case *ast.SelectorExpr:
		s := info.Selections[n]
		return s == nil || s.Kind() == types.FieldVal && !s.Indirect()
	case *ast.CallExpr:
		if tv, ok := info.Types[n.Fun]; ok && tv.IsType() {
			switch tv.Type.Underlying().(type) {
			case *types.Basic, *types.Interface:
				return true
			}
			return false
		}
		return isBuiltin(info, n.Fun, "len", "cap")
	case *ast.IndexExpr:
		if inRange[n] {
			return true
		}
		_, isMap := underlying(info.TypeOf(n.X)).(*types.Map)
		return isMap && hashableStatically(info.TypeOf(n.Index))
	}
	return false
}

// storedAfter reports whether stmt stores into n (s[i], *p, p.f) with =,
// which Go does after it evaluates the statement's values: what n's own
// operation checks is checked then.
func storedAfter(stmt ast.Stmt, n ast.Node) bool {
	st, ok := stmt.(*ast.AssignStmt)
	return ok && st.Tok == token.ASSIGN && slices.Contains(st.Lhs, n.(ast.Expr))
}

// isNil reports whether e is the predeclared nil.
func isNil(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.IsNil()
}

// hashableStatically reports whether every value of type t can be
// hashed (a map key) and compared without a panic: t holds no interface.
func hashableStatically(t types.Type) bool {
	if t == nil {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Kind() != types.Invalid && u.Kind() != types.UntypedNil
	case *types.Pointer, *types.Chan:
		return true
	case *types.Array:
		return hashableStatically(u.Elem())
	case *types.Struct:
		for f := range u.Fields() {
			if !hashableStatically(f.Type()) {
				return false
			}
		}
		return true
	}
	return false // an interface, a type parameter, or not comparable
}

// indexGuard returns the guard statement of x[i], i of type and value it,
// at pos.
func indexGuard(it types.TypeAndValue, x, i, pos string) string {
	n := "len(" + x + ")"
	b, _ := it.Type.Underlying().(*types.Basic)
	if b != nil && b.Info()&types.IsUnsigned != 0 {
		return fmt.Sprintf("if uint64(%s) >= uint64(%s) { panic(%s.IndexErrorU(uint64(%s), %s, %q)) }", i, n, HelperPkg, i, n, pos)
	}
	if b == nil || b.Kind() != types.Int && b.Info()&types.IsUntyped == 0 {
		i = "int(" + i + ")"
	}
	cond := i + " < 0 || " + i + " >= " + n
	if it.Value != nil {
		cond = i + " >= " + n // a constant index is not negative
	}
	return fmt.Sprintf("if %s { panic(%s.IndexError(%s, %s, %q)) }", cond, HelperPkg, i, n, pos)
}

// bareText returns plainText's text without its parentheses where it is
// a name or a selector of names.
func bareText(t string) string {
	inner := strings.TrimSuffix(strings.TrimPrefix(t, "("), ")")
	for _, r := range inner {
		if !(r == '_' || r == '.' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r > 127) {
			return t
		}
	}
	return inner
}
