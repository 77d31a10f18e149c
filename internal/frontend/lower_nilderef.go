package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: dereferencing a nil pointer.
//
// yaegi v0.16.1 reads and writes through a pointer with reflection, and a
// nil one panics in reflection's words, "reflect: call of
// reflect.Value.Interface on zero Value" (or Set, for *p = v and for a
// method with a value receiver called through p), not with Go's
// runtime.Error, so a program that recovers saw another value, and the
// message named no nil pointer. (p.f of a nil p panics as Go does: the
// session translates reflection's words there, see panics.go.)
//
// Where the type checker sees a pointer dereferenced explicitly (*p, read
// or assigned) or implicitly by a call of a method with a value receiver
// (p.M()), the pointer goes through a function literal that panics with
// Go's run-time error when it is nil:
//
//	*p     ->  *func(__p *T) *T { if __p == nil { panic(__repl.NilDeref("f.go:3:5")) }; return __p }(p)
//	p.M()  ->  func(__p *T) *T { ... }(p).M()
//	f = p.M  ->  f = func(__p *T) *T { ... }(p).M   (a method value copies *p)
//	p[i]   ->  (*func(__p *[4]int) *[4]int { ... }(p))[i]   (p a pointer to an array; p[i:j] too)
//
// A pointer that cannot be nil (&x, new(T)) is left alone, and so is one
// whose type cannot be written where it is.
//
// p.f = v() stores through p after it calls v, in Go; the interpreter
// takes the field's address first, and a nil p panicked before v ran. The
// value goes to a variable first: var __fv1 int = v(); p.f = __fv1.
//
// Go does not dereference a pointer to an array in len(*p), cap(p) and
// the like, nor in for i := range *p (the length is the type's); the
// interpreter did, and a nil p panicked. for i, v := range p reads through
// p: p is checked (the interpreter panicked in reflection's words, "call
// of reflect.Value.Len on zero Value"). Where the length is a constant,
// an array of as many empty structs is written in place of *p (len(*p) ->
// len([4]struct{}{}), for range [4]struct{}{}), and where p is evaluated
// (len(f())), p goes to a function literal that returns the length.

// lowerNilDerefs checks the dereferences described above.
func (w *rewriter) lowerNilDerefs(in *inspector.Inspector) {
	info := w.info()
	checked := map[ast.Stmt]map[any]bool{} // the statement checks made
	check := func(x ast.Expr, at token.Pos, stack []ast.Node, deref bool) {
		t := info.TypeOf(x)
		if _, ok := types.Unalias(t).(*types.Pointer); !ok {
			return
		}
		switch x := ast.Unparen(x).(type) {
		case *ast.UnaryExpr:
			if x.Op == token.AND {
				return
			}
		case *ast.CallExpr:
			if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok {
				if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "new" {
					return
				}
			}
		}
		if w.checkBefore(x, at, stack, checked, simpleGuard("== nil", HelperPkg+".NilDeref"), true) {
			return
		}
		typ, ok := w.typeSource(t, x.Pos())
		if !ok {
			return
		}
		end := w.offset(x.End())
		open := fmt.Sprintf("func(__p %s) %s { if __p == nil { panic(%s.NilDeref(%q)) }; return __p }(", typ, typ, HelperPkg, w.src.Position(w.offset(at)))
		close := ")"
		if deref {
			// p[i] as (*p)[i]: the interpreter cannot take the address
			// of an element of a call's result (&f(p)[i], which
			// lower_tupleorder.go writes), and can of (*f(p))[i].
			open, close = "(*"+open, "))"
		}
		if w.wrapOpOperand(x, open, close) {
			return
		}
		// The check wraps x whole, where another lowering moves a part
		// of it (a of *a.(*T), which the assertion's rewriting moves).
		w.wrapArg(x, open, -3)
		w.add(end, end, close, 3)
	}
	in.WithStack([]ast.Node{(*ast.StarExpr)(nil), (*ast.CallExpr)(nil), (*ast.SelectorExpr)(nil), (*ast.IndexExpr)(nil), (*ast.SliceExpr)(nil), (*ast.RangeStmt)(nil), (*ast.AssignStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			// p.f = v(): Go calls v before it finds p nil; the
			// interpreter finds p nil first (it takes the place's
			// address before it evaluates the value), and v never ran.
			// The value goes to a variable first:
			// var __fv1 T = v(); p.f = __fv1.
			if n.Tok != token.ASSIGN || len(n.Lhs) != 1 || len(n.Rhs) != 1 || !hasEffects(info, n.Rhs...) || len(stack) < 2 {
				return true
			}
			if hasEffects(info, n.Lhs[0]) {
				// p.s[idx()] = v(): Go calls idx first, then v; the value
				// taken first would call v first. Left as it is, the
				// interpreter calls them in Go's order (and finds p nil
				// before it calls v: README's Known gaps).
				return true
			}
			// header: the if, for or switch statement n is the init of,
			// around which the variable goes in a block of its own
			// (before its label: a labeled loop's continue names it).
			var header ast.Node
			switch p := stack[len(stack)-2].(type) {
			case *ast.BlockStmt, *ast.CaseClause, *ast.LabeledStmt:
			case *ast.CommClause:
				if p.Comm == ast.Stmt(n) {
					return true
				}
			case *ast.IfStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.ForStmt:
				if f, ok := p.(*ast.ForStmt); ok && f.Init != ast.Stmt(n) {
					return true // the post statement: no place before it
				}
				header = p
				if len(stack) >= 3 {
					if l, ok := stack[len(stack)-3].(*ast.LabeledStmt); ok {
						header = l
					}
				}
			default:
				return true
			}
			if !derefsPointer(info, n.Lhs[0]) {
				return true
			}
			if id, ok := ast.Unparen(n.Lhs[0]).(*ast.SelectorExpr); ok {
				if root, ok := ast.Unparen(id.X).(*ast.Ident); ok && readsThrough(info, n.Rhs[0], info.Uses[root]) {
					return true // p.items = append(p.items, x): the value reads through p first
				}
			}
			typ, ok := w.typeSource(info.TypeOf(n.Lhs[0]), n.Pos())
			if !ok {
				return true
			}
			name := w.tmpName("fv")
			init := w.moved(n.Rhs[0])
			if _, isFunc := info.TypeOf(n.Rhs[0]).Underlying().(*types.Signature); !isFunc {
				// A generic call's result: in a literal, or the variable
				// stayed zero (p.s[i] = id(7) stored 0; see varInit). (A
				// function's, through a literal, failed to compile.)
				init = w.varInit(info, n.Rhs[0], typ)
			}
			decl := fmt.Sprintf("var %s %s = %s; ", name, typ, init)
			if header != nil {
				start, end := w.offset(header.Pos()), w.offset(header.End())
				w.addOuter(start, start, "{ "+decl, -90)
				w.addOuter(end, end, " }", 90)
			} else {
				at := w.offset(n.Pos())
				w.addOuter(at, at, decl, -90)
			}
			w.vacate(n.Rhs[0], name)
		case *ast.RangeStmt:
			// for i, v := range p reads the elements through p (with no
			// value, only the length, the type's).
			if n.Value == nil || isBlank(n.Value) {
				return true
			}
			if pt, ok := types.Unalias(info.TypeOf(n.X)).Underlying().(*types.Pointer); ok {
				if a, ok := pt.Elem().Underlying().(*types.Array); ok && a.Len() > 0 {
					check(n.X, n.X.Pos(), stack, false)
				}
			}
		case *ast.IndexExpr, *ast.SliceExpr:
			// p[i] and p[i:j] of a pointer to an array read through p.
			x := n.(ast.Expr)
			var px ast.Expr
			if ix, ok := x.(*ast.IndexExpr); ok {
				px = ix.X
			} else {
				px = x.(*ast.SliceExpr).X
			}
			if _, ok := info.TypeOf(px).Underlying().(*types.Pointer); !ok {
				return true
			}
			if len(stack) >= 2 {
				if as, ok := stack[len(stack)-2].(*ast.AssignStmt); ok && len(as.Lhs) > 1 && slices.Contains(as.Lhs, x) {
					return true // as *p in m[k], *p = x, y below
				}
				if u, ok := stack[len(stack)-2].(*ast.UnaryExpr); ok && u.Op == token.AND {
					return true // &p[i], lowerArrayPtr's (*p)
				}
			}
			check(px, x.Pos(), stack, true)
		case *ast.SelectorExpr:
			// p.M, a method value not called here: Go copies *p for it.
			if methodCalled(n, stack) {
				return true
			}
			if s := info.Selections[n]; s != nil && valueMethodOfPointer(s) {
				check(n.X, n.Sel.Pos(), stack, false)
			}
		case *ast.StarExpr:
			if tv, ok := info.Types[n]; ok && tv.IsType() {
				return true // *T, a type
			}
			if len(stack) >= 2 {
				if as, ok := stack[len(stack)-2].(*ast.AssignStmt); ok && len(as.Lhs) > 1 && slices.Contains(as.Lhs, ast.Expr(n)) {
					// m[k], *p = x, y: Go stores into m[k] before it
					// finds p nil; a check of p would run before both
					// (lower_tupleorder.go evaluates p first). Left to
					// the interpreter, which panics in its words there.
					return true
				}
			}
			if r, ok := stack[len(stack)-2].(*ast.RangeStmt); ok && r.X == ast.Expr(n) && (r.Value == nil || isBlank(r.Value)) && isArrayPtr(info.TypeOf(n)) {
				return false // for i := range *pp: not evaluated (lowerArrayPtr)
			}
			if at, text, ok := notEvaluated(info, n, stack); ok {
				// The interpreter evaluates it: the value in its place.
				w.add(w.offset(at.Pos()), w.offset(at.End()), text, -50)
				return false
			}
			check(n.X, n.Pos(), stack, false)
		case *ast.CallExpr:
			if tv, ok := info.Types[n]; ok && tv.Value != nil && len(n.Args) == 1 && isBuiltin(info, n.Fun, "len", "cap") {
				if av, ok := info.Types[n.Args[0]]; ok && av.Value == nil && throughPointer(info, n.Args[0]) {
					// len(p) or cap(p) of a pointer to an array, or of an
					// array read through a pointer, constant: Go does not
					// evaluate p, the interpreter did (a nil p panicked).
					// An array of as many empty structs in its place.
					a := n.Args[0]
					w.add(w.offset(a.Pos()), w.offset(a.End()), "["+tv.Value.ExactString()+"]struct{}{}", -50)
					return false
				}
			}
			if w.lowerArrayPtrLen(n) {
				return true
			}
			sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if s := info.Selections[sel]; s != nil && valueMethodOfPointer(s) {
				check(sel.X, sel.Sel.Pos(), stack, false)
			}
		}
		return true
	})
}

// readsThrough reports whether e reads a field of the pointer p (p.f),
// or calls a method of it with a value receiver, which a nil p panics at.
func readsThrough(info *types.Info, e ast.Expr, p types.Object) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && !found {
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && p != nil && info.Uses[id] == p {
				s := info.Selections[sel]
				found = s != nil && (s.Kind() == types.FieldVal || valueMethodOfPointer(s))
			}
		}
		return !found
	})
	return found
}

// derefsPointer reports whether storing into e goes through a pointer:
// *p, p.f of a pointer p (or a field promoted through one), p[i] of a
// pointer to an array, or such a place inside e.
func derefsPointer(info *types.Info, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.StarExpr:
		return true
	case *ast.SelectorExpr:
		if s := info.Selections[e]; s != nil && s.Indirect() {
			return true
		}
		return derefsPointer(info, e.X)
	case *ast.IndexExpr:
		if _, ok := types.Unalias(info.TypeOf(e.X)).Underlying().(*types.Pointer); ok {
			return true
		}
		if _, ok := info.TypeOf(e.X).Underlying().(*types.Map); ok {
			return false // an element of a map is no place of its own
		}
		return derefsPointer(info, e.X)
	}
	return false
}

// valueMethodOfPointer reports whether s selects a method with a value
// receiver declared on the type itself (embedded methods: the walk to the
// field checks), which a pointer's selection reads through the pointer.
func valueMethodOfPointer(s *types.Selection) bool {
	if s.Kind() != types.MethodVal || len(s.Index()) != 1 {
		return false
	}
	sig, ok := s.Obj().Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return false
	}
	_, ptrRecv := types.Unalias(sig.Recv().Type()).(*types.Pointer)
	return !ptrRecv && !types.IsInterface(sig.Recv().Type())
}

// methodCalled reports whether sel, stack holding its parents, is the
// function of a call.
func methodCalled(sel *ast.SelectorExpr, stack []ast.Node) bool {
	for i := len(stack) - 2; i >= 0; i-- {
		switch p := stack[i].(type) {
		case *ast.ParenExpr:
			continue
		case *ast.CallExpr:
			return ast.Unparen(p.Fun) == sel
		}
		return false
	}
	return false
}

// checkBefore checks the variable x, used at at (stack: the use's
// parents), with a statement of its own before the statement holding it,
// and reports whether it could: x is a variable, and the check there
// panics where Go would (the statement is one of a block's, the use is not
// conditional, and nothing of the statement that runs before the use has
// an effect: no call, no receive). The check is guard(x, "pos"), a
// statement (see simpleGuard). store says the use is a store through x (*x =
// v), which Go makes after it evaluates v: there the check goes around
// v. A variable checked so once in a statement is not checked again.
func (w *rewriter) checkBefore(x ast.Expr, at token.Pos, stack []ast.Node, checked map[ast.Stmt]map[any]bool, guard func(name, pos string) string, store bool) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := w.info().Uses[id].(*types.Var)
	if !ok {
		return false
	}
	return w.checkBeforeAs(w.identText(id), v, at, stack, checked, guard, store)
}

// checkBeforeAs is checkBefore of what name says (a variable, or fields
// of one: reading it has no effect), key telling the checks of a
// statement apart.
func (w *rewriter) checkBeforeAs(name string, key any, at token.Pos, stack []ast.Node, checked map[ast.Stmt]map[any]bool, guard func(name, pos string) string, store bool) bool {
	info := w.info()
	si := blockStmtOf(stack)
	if si < 0 {
		return false
	}
	stmt := stack[si].(ast.Stmt)
	switch st := stmt.(type) {
	case *ast.ExprStmt, *ast.IncDecStmt, *ast.ReturnStmt, *ast.SendStmt, *ast.DeclStmt:
	case *ast.AssignStmt:
		if len(st.Lhs) > 1 && st.Tok == token.ASSIGN {
			// a, m[k] = x, *p and m[k], ok = <-*p become blocks whose
			// text moves (lower_tupleorder.go, lower_mapassign.go): a
			// check at the statement's start would move with its first
			// target. The check goes in place.
			if len(st.Rhs) != len(st.Lhs) {
				return false
			}
			for _, l := range st.Lhs {
				if _, isName := ast.Unparen(l).(*ast.Ident); !isName {
					return false
				}
			}
		}
		// *p = f(): Go calls f before it finds p nil, so the check goes
		// around f(): *p = func(__v T) T { check; return __v }(f()).
		for _, l := range st.Lhs {
			if store && l.Pos() <= at && at < l.End() && hasEffects(info, st.Rhs...) {
				if st.Tok != token.ASSIGN || len(st.Lhs) != 1 || len(st.Rhs) != 1 {
					return false
				}
				typ, ok := w.typeSource(info.TypeOf(st.Lhs[0]), st.Pos())
				if !ok {
					return false
				}
				r := st.Rhs[0]
				end := w.offset(r.End())
				w.wrapArg(r, fmt.Sprintf("func(__v %s) %s { %s; return __v }(", typ, typ, guard(name, w.src.Position(w.offset(at)))), -3)
				w.add(end, end, ")", 3)
				return true
			}
		}
	case *ast.IfStmt:
		if st.Init != nil || !(st.Cond.Pos() <= at && at < st.Cond.End()) {
			return false
		}
	case *ast.SwitchStmt:
		if st.Init != nil || st.Tag == nil || !(st.Tag.Pos() <= at && at < st.Tag.End()) {
			return false
		}
	default:
		return false
	}
	// Not conditional: not the right operand of && or ||.
	for i := si + 1; i < len(stack); i++ {
		if b, ok := stack[i].(*ast.BinaryExpr); ok && (b.Op == token.LAND || b.Op == token.LOR) && b.Y.Pos() <= at && at < b.Y.End() {
			return false
		}
	}
	// Nothing with effects evaluated before it.
	before := false
	ast.Inspect(stmt, func(n ast.Node) bool {
		if before || n == nil {
			return false
		}
		if n.End() <= at && hasEffects[ast.Node](info, n) {
			before = true
			return false
		}
		if c, ok := n.(*ast.CallExpr); ok && c.Pos() <= at && at < c.End() && hasEffects[ast.Expr](info, c.Fun) {
			before = true // g()(*p): g is called first
			return false
		}
		return n.Pos() < at
	})
	if before {
		return false
	}
	if checked[stmt] == nil {
		checked[stmt] = map[any]bool{}
	}
	if !checked[stmt][key] {
		checked[stmt][key] = true
		start := w.offset(stmt.Pos())
		w.add(start, start, guard(name, w.src.Position(w.offset(at)))+"; ", -95)
	}
	return true
}

// blockStmtOf returns the index in stack (a node's parents, the node
// last) of the innermost statement holding the node, when that statement
// is one of a block's, in the same function: a statement can go before
// it. It returns -1 otherwise.
func blockStmtOf(stack []ast.Node) int {
	for i := len(stack) - 2; i >= 1; i-- {
		if _, ok := stack[i].(ast.Stmt); !ok {
			if _, isLit := stack[i].(*ast.FuncLit); isLit {
				return -1
			}
			continue
		}
		switch p := stack[i-1].(type) {
		case *ast.BlockStmt, *ast.CaseClause:
			return i
		case *ast.CommClause:
			if p.Comm != stack[i] {
				return i // not a select's case: case <-*p has no place before it
			}
		}
		return -1
	}
	return -1
}

// simpleGuard returns the check if x <cond> { panic(<fail>("pos")) }, for
// checkBefore.
func simpleGuard(cond, fail string) func(name, pos string) string {
	return func(name, pos string) string {
		return fmt.Sprintf("if %s %s { panic(%s(%q)) }", name, cond, fail, pos)
	}
}

// hasEffects reports whether evaluating the expressions of es may have an
// effect: a call (other than a conversion or len, cap, min, max, complex,
// real and imag) or a receive.
func hasEffects[N ast.Node](info *types.Info, es ...N) bool {
	found := false
	for _, e := range es {
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if tv, ok := info.Types[n.Fun]; ok && tv.IsType() {
					break
				}
				if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
					if b, ok := info.Uses[id].(*types.Builtin); ok {
						switch b.Name() {
						case "len", "cap", "min", "max", "complex", "real", "imag":
							return true
						}
					}
				}
				found = true
			case *ast.UnaryExpr:
				if n.Op == token.ARROW {
					found = true
				}
			case *ast.FuncLit:
				return false // made, not run
			}
			return !found
		})
	}
	return found
}

// notEvaluated reports whether Go leaves the array *p (stack: its
// parents, itself last) unevaluated, so that a nil p does not panic: as
// the range of a loop with at most one iteration variable whose length is
// constant (the spec's "For statements with range clause"; for len(*p),
// see lowerNilDerefs). It returns what to write in place of at, which the
// interpreter would evaluate: an array of as many empty structs.
func notEvaluated(info *types.Info, star *ast.StarExpr, stack []ast.Node) (at ast.Node, text string, ok bool) {
	i := len(stack) - 2
	for i >= 0 {
		if _, ok := stack[i].(*ast.ParenExpr); !ok {
			break
		}
		i--
	}
	if i < 0 {
		return nil, "", false
	}
	switch p := stack[i].(type) {
	case *ast.RangeStmt:
		if ast.Unparen(p.X) != star || (p.Value != nil && !isBlank(p.Value)) || hasEffects(info, star.X) {
			return nil, "", false
		}
		if a, isArray := info.TypeOf(star).Underlying().(*types.Array); isArray {
			return p.X, fmt.Sprintf("[%d]struct{}{}", a.Len()), true
		}
	}
	return nil, "", false
}

// lowerArrayPtrLen rewrites len(p) or cap(p) of a pointer to an array that
// Go evaluates (p calls a function or receives) and reports whether it
// did: Go does not dereference p, so a nil one has the array's length;
// the interpreter dereferenced it and panicked. p is still evaluated:
//
//	len(f())  ->  func(_ *[4]int) int { return 4 }(f())
func (w *rewriter) lowerArrayPtrLen(call *ast.CallExpr) bool {
	info := w.info()
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok || len(call.Args) != 1 {
		return false
	}
	if b, ok := info.Uses[id].(*types.Builtin); !ok || (b.Name() != "len" && b.Name() != "cap") {
		return false
	}
	t := info.TypeOf(call.Args[0])
	if t == nil {
		return false
	}
	ptr, ok := t.Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	a, ok := ptr.Elem().Underlying().(*types.Array)
	if !ok {
		return false
	}
	ts, ok := w.typeSource(t, call.Pos())
	if !ok {
		return false
	}
	w.add(w.offset(call.Pos()), w.offset(call.Args[0].Pos()), fmt.Sprintf("func(_ %s) int { return %d }(", ts, a.Len()), -50)
	return true
}

// isBuiltin reports whether fun names one of the built-in functions names.
func isBuiltin(info *types.Info, fun ast.Expr, names ...string) bool {
	id, ok := ast.Unparen(fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := info.Uses[id].(*types.Builtin)
	return ok && slices.Contains(names, b.Name())
}

// throughPointer reports whether evaluating e reads through a pointer: e
// is one, or dereferences one (*p, p.f with p a pointer).
func throughPointer(info *types.Info, e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.StarExpr:
			found = true
		case *ast.SelectorExpr:
			if _, ok := underlying(info.TypeOf(n.X)).(*types.Pointer); ok {
				found = true
			}
		case ast.Expr:
			if _, ok := underlying(info.TypeOf(n)).(*types.Pointer); ok && n == e {
				found = true
			}
		}
		return !found
	})
	return found
}
