package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// A comma-ok map index.
//
// yaegi v0.16.1 does not write the value of v, ok = m[k] when k is
// missing: v keeps what it held, where Go gives the zero value. It held
// it after v := 5 (v, ok := m["missing"] printed 5 false, for Go's
// 0 false), in a plain assignment anywhere, and in a loop or after a goto
// for v, ok := m[k] declaring v (the previous iteration's value), also in
// an if or switch header. Its single-valued m[k] gives the zero value, so
// the pass reads the map again when the key is missing:
//
//	v, ok := m[k]   ->  v, ok := m[k]; if !ok { v = m[k] }
//
// The map and the key are read once, into variables, when evaluating them
// again could change something (a call, a receive) or give another value
// (k, ok := m[k] reads k before it declares k):
//
//	v, ok = m[key(k)]  ->  __mk1 := key(k); v, ok = m[__mk1]; if !ok { v = m[__mk1] }
//
// A header's statement moves into a block around its statement, which
// keeps its scope (also after else):
//
//	if v, ok := m[k]; ok {...}  ->  { v, ok := m[k]; if !ok { v = m[k] }; if ok {...} }
//
// With the found result blank, the single-valued index is the whole
// answer: v, _ = m[k] -> v = m[k]. At the prompt, an index of a map of
// the session's is left to commaOK, which reads it in a function of its
// own, where the value starts from zero.
//
// A for statement's init or post statement is left as it is where the
// loop's condition is the found result of the variables its init declares
// (for v, ok := m[k]; ok; v, ok = m[v]: a missing key ends the loop, and
// v's scope with it); elsewhere it is refused, and so is a left side that
// calls a function (the fix needs a place the statement does not give, or
// would change the order of the calls).

// lowerMapCommaOK rewrites the comma-ok map indexes described above.
func (w *rewriter) lowerMapCommaOK(in *inspector.Inspector) {
	info := w.info()
	if info == nil {
		return
	}
	in.WithStack([]ast.Node{(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push || len(stack) < 2 {
			return true
		}
		var lhs []ast.Expr
		var rhs ast.Expr
		stmt := ast.Stmt(nil)
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) != 2 || len(n.Rhs) != 1 || w.ifaceCommaOK[n] {
				return true // (through variables of its own, lower_blankcommaok.go)
			}
			lhs, rhs, stmt = n.Lhs, n.Rhs[0], n
		case *ast.ValueSpec:
			if len(n.Names) != 2 || len(n.Values) != 1 || len(stack) < 4 {
				return true
			}
			d, ok := stack[len(stack)-3].(*ast.DeclStmt)
			if !ok {
				return true // a package's variable: made once
			}
			lhs, rhs, stmt = []ast.Expr{n.Names[0], n.Names[1]}, n.Values[0], d
			stack = stack[:len(stack)-2]
		}
		ix, ok := ast.Unparen(rhs).(*ast.IndexExpr)
		if !ok {
			return true
		}
		if _, isMap := underlying(info.TypeOf(ix.X)).(*types.Map); !isMap {
			return true
		}
		v, found := lhs[0], lhs[1]
		if isMapIndex(info, v) || isMapIndex(info, found) && stmt == n && valueViaTemp(v) {
			return true // through a variable of its own, zero for a missing key (lower_mapassign.go)
		}
		switch {
		case isBlank(v) && isBlank(found):
			return true // lower_blankcommaok.go
		case isBlank(v):
			return true // found is written right
		case w.blankFound(lhs, rhs):
			w.add(w.offset(v.End()), w.offset(found.End()), "", 0)
			return true
		case w.mode == ModeInput && w.operandElem(ix.X) != "":
			return true // read in a function of its own (see commaOK)
		}
		if !sideEffectFree(v) || !sideEffectFree(found) {
			w.refuse(stmt, "comma-ok map index assigned to "+w.text(v)+", "+w.text(found)+": the interpreter keeps the old value of "+w.text(v)+" for a missing key, and the fix would evaluate the left side again; assign to variables first")
			return true
		}
		// Where the statement is: in a list, or a header (whose label,
		// if it has one, the block goes before: break L names it).
		var header ast.Stmt
		var labeled *ast.LabeledStmt
		if len(stack) >= 3 {
			labeled, _ = stack[len(stack)-3].(*ast.LabeledStmt)
		}
		switch p := stack[len(stack)-2].(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause, *ast.LabeledStmt:
		case *ast.IfStmt:
			if p.Init != stmt {
				return true
			}
			header = p
		case *ast.SwitchStmt:
			if p.Init != stmt {
				return true
			}
			if !w.movedInits[stmt] { // (else a statement already: lower_emptyswitch.go)
				header = p
			}
		case *ast.TypeSwitchStmt:
			if p.Init != stmt {
				return true
			}
			if !w.movedInits[stmt] { // (else a statement already: typeSwitch, lower_emptyswitch.go)
				header = p
			}
		case *ast.ForStmt:
			if forGuarded(info, p, v, found) {
				return true // a missing key ends the loop, and v with it
			}
			w.refuse(stmt, "comma-ok map index in a for statement's header: the interpreter keeps the old value of "+w.text(v)+" for a missing key, and the fix needs a statement of its own; look the key up in the loop's body")
			return true
		default:
			return true
		}
		// The map and the key, read once.
		var before string
		mapText, keyText := w.shadowedText(ix.X), w.shadowedText(ix.Index)
		assigns := func(e ast.Expr) bool { // e reads what the statement stores in
			for _, l := range []ast.Expr{v, found} {
				if root := rootIdent(l); root != nil && mentionsName(e, root.Name) {
					return true
				}
			}
			return false
		}
		for _, e := range []ast.Expr{ix.X, ix.Index} {
			if info.Types[e].Value != nil || sideEffectFree(e) && !assigns(e) {
				continue // read again, it is the same (not k of k, ok := m[k])
			}
			name := w.tmpName("mk")
			before += name + " := " + w.moved(e) + "; "
			w.vacate(e, name)
			if e == ix.X {
				mapText = name
			} else {
				keyText = name
			}
		}
		missing := "!" + w.shadowedText(found)
		if b, ok := info.TypeOf(found).Underlying().(*types.Basic); !ok || b.Info()&types.IsBoolean == 0 {
			missing = w.shadowedText(found) + " == false" // found is an interface (var ok any)
		}
		vText := w.shadowedText(v)
		if id, ok := v.(*ast.Ident); ok && w.redeclTemps[id] != "" {
			vText = w.redeclTemps[id] // assigned to v after (lower_redeclared.go)
		}
		fix := fmt.Sprintf("; if %s { %s = %s[%s] }", missing, vText, mapText, keyText)
		if header == nil {
			if before != "" {
				// Before the statement, also where another lowering
				// writes its first target anew (m2["k"], ok = ...: see
				// lower_mapassign.go), whose edit would drop this one.
				at := w.offset(stmt.Pos())
				w.addOuter(at, at, before, -2)
			}
			at := w.offset(stmt.End())
			prio := 60
			if w.movedInits[stmt] {
				prio = -3 // before the header's rest, where typeSwitch or lower_emptyswitch.go moved it out
			}
			w.addOuter(at, at, fix, prio)
			return true
		}
		if w.movedInits == nil {
			w.movedInits = map[ast.Stmt]bool{}
		}
		w.movedInits[stmt] = true
		w.moveInit(header, labeled, stmt, before, fix)
		return true
	})
}

// shadowedText is e's text with the names lowerShadowedNames renames
// renamed (if len, ok := m[k]; ok: the fix assigns len__shadow).
func (w *rewriter) shadowedText(e ast.Expr) string {
	text, base := w.text(e), w.offset(e.Pos())
	info := w.info()
	var ids []*ast.Ident
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if obj := info.ObjectOf(id); obj != nil && w.shadowed[obj] {
				ids = append(ids, id)
			}
		}
		return true
	})
	for i := len(ids) - 1; i >= 0; i-- {
		at := w.offset(ids[i].Pos()) - base
		text = text[:at] + shadowName(info.ObjectOf(ids[i])) + text[at+len(ids[i].Name):]
	}
	return text
}

// moveInit writes init, the init statement of header (an if or switch
// statement, labeled), before it in a block of its own, after before and
// followed by after: { before init after; if cond {...} }. The header's
// keyword goes after the init, which it is written before.
func (w *rewriter) moveInit(header ast.Stmt, labeled *ast.LabeledStmt, init ast.Stmt, before, after string) {
	var keyword string
	var rest token.Pos // what follows the init in the header
	switch h := header.(type) {
	case *ast.IfStmt:
		keyword, rest = "if ", h.Cond.Pos()
	case *ast.SwitchStmt:
		keyword, rest = "switch ", h.Body.Lbrace
		if h.Tag != nil {
			rest = h.Tag.Pos()
		}
	case *ast.TypeSwitchStmt:
		keyword, rest = "switch ", h.Assign.Pos()
	}
	start, open := header.Pos(), "{ "
	if labeled != nil && labeled.Stmt == header {
		start, keyword = labeled.Pos(), labeled.Label.Name+": "+keyword
		if w.gotoTarget(labeled.Label.Name) {
			// A goto to the label runs the init again (the label on the
			// statement, the goto jumped into the block: from after it,
			// the interpreter left the function).
			open, keyword = labeled.Label.Name+": { ", strings.TrimPrefix(keyword, labeled.Label.Name+": ")
		}
	}
	w.addOuter(w.offset(start), w.offset(init.Pos()), open+before, 0)
	w.addOuter(w.offset(init.End()), w.offset(rest), after+"; "+keyword, 0)
	end := w.offset(header.End())
	w.addOuter(end, end, " }", -60)
}

// forGuarded reports whether the comma-ok index assigning v, found in the
// header of loop leaves v unseen when the key is missing: both are the
// variables the loop's init declares, and its condition is found (or
// found && ...): for v, ok := m[k]; ok; v, ok = m[v] {...}.
func forGuarded(info *types.Info, loop *ast.ForStmt, v, found ast.Expr) bool {
	init, ok := loop.Init.(*ast.AssignStmt)
	if !ok || init.Tok != token.DEFINE {
		return false
	}
	obj := func(e ast.Expr) types.Object {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return nil
		}
		if o := info.Defs[id]; o != nil {
			return o
		}
		return info.Uses[id]
	}
	declared := func(e ast.Expr) bool {
		o := obj(e)
		return o != nil && slices.ContainsFunc(init.Lhs, func(l ast.Expr) bool { return obj(l) == o })
	}
	if !declared(v) || !declared(found) {
		return false
	}
	cond := loop.Cond
	if b, ok := ast.Unparen(cond).(*ast.BinaryExpr); ok && b.Op == token.LAND {
		cond = b.X
	}
	return cond != nil && obj(cond) == obj(found)
}

// blankFound reports whether lhs = rhs is a comma-ok map index whose found
// result is blank and value is not, which the pass makes single-valued.
func (w *rewriter) blankFound(lhs []ast.Expr, rhs ast.Expr) bool {
	ix, ok := ast.Unparen(rhs).(*ast.IndexExpr)
	if !ok || len(lhs) != 2 || isBlank(lhs[0]) || !isBlank(lhs[1]) {
		return false
	}
	_, isMap := underlying(w.typeOf(ix.X)).(*types.Map)
	return isMap
}

// sideEffectFree reports whether evaluating e again changes nothing and
// gives the same value (or place): a name, a literal, a field of one, an
// element of one with such an index, what a pointer of one points to.
func sideEffectFree(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		return sideEffectFree(e.X)
	case *ast.IndexExpr:
		return sideEffectFree(e.X) && sideEffectFree(e.Index)
	case *ast.StarExpr:
		return sideEffectFree(e.X)
	}
	return false
}
